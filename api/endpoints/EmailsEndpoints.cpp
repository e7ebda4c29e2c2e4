#include "EmailsEndpoints.h"

#include "dto/JsonSupport.h"

namespace hexclave::api::emails {

namespace {

const QString draftsPath = QStringLiteral("/internal/email-drafts");
const QString templatesPath = QStringLiteral("/internal/email-templates");
const QString themesPath = QStringLiteral("/internal/email-themes");
const QString outboxPath = QStringLiteral("/emails/outbox");

json::Json themeJson(const EmailThemeChoice &theme)
{
    switch (theme.kind) {
    case EmailThemeChoice::Kind::None:
        return false;
    case EmailThemeChoice::Kind::Theme:
        return json::toStd(theme.themeId);
    case EmailThemeChoice::Kind::ProjectDefault:
        break;
    }
    return nullptr;
}

QByteArray displayNameBody(const QString &displayName)
{
    return json::compact({{"display_name", json::toStd(displayName)}});
}

} // namespace

Call<EmailDrafts> drafts(const ProjectScope &scope)
{
    return {ApiRequest::get(draftsPath, scope)};
}

Call<EmailDraft> draft(const ProjectScope &scope, const QString &id)
{
    return {ApiRequest::get(resourcePath(draftsPath, {id}), scope)};
}

QByteArray DraftChange::toJson() const
{
    json::Json body = json::Json::object();
    if (displayName)
        body["display_name"] = json::toStd(*displayName);
    body["theme_id"] = themeJson(theme);
    if (tsxSource)
        body["tsx_source"] = json::toStd(*tsxSource);
    return json::compact(body);
}

Call<CreatedEmailObject> createDraft(const ProjectScope &scope, const QString &displayName,
                                     const EmailThemeChoice &theme, const std::optional<QString> &tsxSource)
{
    json::Json body = json::Json::object();
    body["display_name"] = json::toStd(displayName);
    // Left out rather than null: the server reads a missing theme_id as "the project's theme".
    if (theme.kind != EmailThemeChoice::Kind::ProjectDefault)
        body["theme_id"] = themeJson(theme);
    if (tsxSource)
        body["tsx_source"] = json::toStd(*tsxSource);
    return {ApiRequest::post(draftsPath, scope, json::compact(body))};
}

Call<NoContent> updateDraft(const ProjectScope &scope, const QString &id, const DraftChange &change)
{
    return {ApiRequest::patch(resourcePath(draftsPath, {id}), scope, change.toJson())};
}

Call<NoContent> deleteDraft(const ProjectScope &scope, const QString &id)
{
    return {ApiRequest::del(resourcePath(draftsPath, {id}), scope)};
}

Call<EmailTemplates> templates(const ProjectScope &scope)
{
    return {ApiRequest::get(templatesPath, scope)};
}

Call<CreatedEmailObject> createTemplate(const ProjectScope &scope, const QString &displayName)
{
    return {ApiRequest::post(templatesPath, scope, displayNameBody(displayName))};
}

Call<RenderedTemplate> updateTemplate(const ProjectScope &scope, const QString &id, const QString &tsxSource,
                                      const std::optional<EmailThemeChoice> &theme)
{
    json::Json body = json::Json::object();
    body["tsx_source"] = json::toStd(tsxSource);
    if (theme)
        body["theme_id"] = themeJson(*theme);
    return {ApiRequest::patch(resourcePath(templatesPath, {id}), scope, json::compact(body))};
}

Call<NoContent> deleteTemplate(const ProjectScope &scope, const QString &id)
{
    return {ApiRequest::del(resourcePath(templatesPath, {id}), scope)};
}

Call<EmailThemes> themes(const ProjectScope &scope)
{
    return {ApiRequest::get(themesPath, scope)};
}

Call<EmailTheme> theme(const ProjectScope &scope, const QString &id)
{
    return {ApiRequest::get(resourcePath(themesPath, {id}), scope)};
}

Call<CreatedEmailObject> createTheme(const ProjectScope &scope, const QString &displayName)
{
    return {ApiRequest::post(themesPath, scope, displayNameBody(displayName))};
}

Call<NoContent> updateTheme(const ProjectScope &scope, const QString &id, const QString &tsxSource)
{
    return {ApiRequest::patch(resourcePath(themesPath, {id}), scope,
                              json::compact({{"tsx_source", json::toStd(tsxSource)}}))};
}

QByteArray RenderRequest::toJson() const
{
    json::Json body = json::Json::object();
    if (!templateId.isEmpty())
        body["template_id"] = json::toStd(templateId);
    else
        body["template_tsx_source"] = json::toStd(templateTsxSource);
    if (!themeTsxSource.isEmpty())
        body["theme_tsx_source"] = json::toStd(themeTsxSource);
    else if (theme.kind != EmailThemeChoice::Kind::ProjectDefault)
        body["theme_id"] = themeJson(theme);
    return json::compact(body);
}

Call<RenderedEmail> renderEmail(const ProjectScope &scope, const RenderRequest &request)
{
    ApiRequest render = ApiRequest::post(QStringLiteral("/emails/render-email"), scope, request.toJson());
    render.repeatable = true; // renders without changing anything
    return {render};
}

QByteArray SendEmailRequest::toJson() const
{
    json::Json body = json::Json::object();
    if (allUsers) {
        body["all_users"] = true;
    } else {
        json::Json ids = json::Json::array();
        for (const QString &id : userIds)
            ids.push_back(json::toStd(id));
        body["user_ids"] = ids;
    }
    if (!subject.isEmpty())
        body["subject"] = json::toStd(subject);
    if (!notificationCategoryName.isEmpty())
        body["notification_category_name"] = json::toStd(notificationCategoryName);
    if (!draftId.isEmpty()) {
        body["draft_id"] = json::toStd(draftId);
    } else if (!templateId.isEmpty()) {
        body["template_id"] = json::toStd(templateId);
        if (!variablesJson.isEmpty())
            body["variables"] = json::Json::parse(json::toStd(variablesJson));
    } else {
        body["html"] = json::toStd(html);
    }
    if (scheduledAtMillis)
        body["scheduled_at_millis"] = *scheduledAtMillis;
    return json::compact(body);
}

Call<SentEmails> sendEmail(const ProjectScope &scope, const SendEmailRequest &request)
{
    return {ApiRequest::post(QStringLiteral("/emails/send-email"), scope, request.toJson())};
}

Call<Page<OutboxEmail>> outbox(const ProjectScope &scope, const OutboxQuery &query)
{
    QUrlQuery urlQuery = encodedQuery({{QStringLiteral("limit"), QString::number(query.limit)}});
    const auto addIfSet = [&urlQuery](const QString &key, const QString &value) {
        if (!value.isEmpty())
            urlQuery.addQueryItem(key, urlComponent(value));
    };
    addIfSet(QStringLiteral("status"), query.status);
    addIfSet(QStringLiteral("simple_status"), query.simpleStatus);
    addIfSet(QStringLiteral("user_id"), query.userId);
    addIfSet(QStringLiteral("cursor"), query.cursor);
    return {ApiRequest::get(outboxPath, scope, urlQuery)};
}

Call<OutboxEmail> outboxEmail(const ProjectScope &scope, const QString &id)
{
    return {ApiRequest::get(resourcePath(outboxPath, {id}), scope)};
}

QByteArray OutboxChange::toJson() const
{
    json::Json body = json::Json::object();
    json::putIfSet(body, "is_paused", paused);
    if (cancel)
        body["cancel"] = true;
    json::putIfSet(body, "scheduled_at_millis", scheduledAtMillis);
    return json::compact(body);
}

Call<OutboxEmail> updateOutboxEmail(const ProjectScope &scope, const QString &id, const OutboxChange &change)
{
    return {ApiRequest::patch(resourcePath(outboxPath, {id}), scope, change.toJson())};
}

Call<DeliveryInfo> deliveryInfo(const ProjectScope &scope)
{
    return {ApiRequest::get(QStringLiteral("/emails/delivery-info"), scope)};
}

QByteArray TestEmailRequest::toJson() const
{
    json::Json config = json::Json::object();
    config["host"] = json::toStd(server.host);
    config["port"] = server.port.value_or(587);
    config["username"] = json::toStd(server.username);
    config["password"] = json::toStd(server.password);
    config["sender_name"] = json::toStd(server.senderName);
    config["sender_email"] = json::toStd(server.senderEmail);
    return json::compact({{"recipient_email", json::toStd(recipientEmail)}, {"email_config", config}});
}

Call<TestEmailResult> sendTestEmail(const ProjectScope &scope, const TestEmailRequest &request)
{
    return {ApiRequest::post(QStringLiteral("/internal/send-test-email"), scope, request.toJson())};
}

} // namespace hexclave::api::emails
