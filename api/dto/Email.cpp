#include "Email.h"

#include "PageJson.h"
#include "ProjectConfig.h"

#include <QHash>

#include <algorithm>

namespace hexclave::api {

namespace {

EmailThemeChoice themeChoiceOf(const json::Json &object)
{
    const auto it = object.find("theme_id");
    if (it == object.end() || it->is_null())
        return {};
    if (it->is_boolean())
        return {EmailThemeChoice::Kind::None, {}};
    return {EmailThemeChoice::Kind::Theme, json::toQString(*it)};
}

template <class T>
QList<T> listAt(const json::Json &object, const char *key)
{
    const auto &items = object.at(key);
    if (!items.is_array())
        throw std::runtime_error(std::string("\"") + key + "\" is not a list");
    QList<T> list;
    list.reserve(qsizetype(items.size()));
    for (const auto &item : items)
        list.append(item.get<T>());
    return list;
}

DeliveryCounts countsOf(const json::Json &stats, const char *period)
{
    const auto &counts = stats.at(period);
    return {counts.at("sent").get<qint64>(), counts.at("bounced").get<qint64>(),
            counts.at("marked_as_spam").get<qint64>()};
}

std::optional<qint64> millisAt(const json::Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return std::nullopt;
    return it->get<qint64>();
}

QString indentedJson(const json::Json &value)
{
    if (value.is_null())
        return {};
    if (value.is_string())
        return json::toQString(value);
    if (value.is_structured() && value.empty())
        return {};
    return QString::fromStdString(value.dump(2));
}

// The field that holds when an email reached its status ("sent" → delivered_at_millis).
const char *statusTimeField(const QString &status)
{
    static const QHash<QString, const char *> fields{
        {QStringLiteral("rendering"), "started_rendering_at_millis"},
        {QStringLiteral("render-error"), "rendered_at_millis"},
        {QStringLiteral("scheduled"), "scheduled_at_millis"},
        {QStringLiteral("queued"), "scheduled_at_millis"},
        {QStringLiteral("sending"), "started_sending_at_millis"},
        {QStringLiteral("server-error"), "error_at_millis"},
        {QStringLiteral("skipped"), "skipped_at_millis"},
        {QStringLiteral("bounced"), "bounced_at_millis"},
        {QStringLiteral("delivery-delayed"), "delivery_delayed_at_millis"},
        {QStringLiteral("sent"), "delivered_at_millis"},
        {QStringLiteral("opened"), "opened_at_millis"},
        {QStringLiteral("clicked"), "clicked_at_millis"},
        {QStringLiteral("marked-as-spam"), "marked_as_spam_at_millis"},
        {QStringLiteral("paused"), "updated_at_millis"},
        {QStringLiteral("preparing"), "updated_at_millis"},
    };
    return fields.value(status, nullptr);
}

void readDeliveryDetails(const json::Json &j, OutboxEmail &email)
{
    if (const char *field = statusTimeField(email.status))
        email.statusAtMillis = millisAt(j, field);
    email.renderedAtMillis = millisAt(j, "rendered_at_millis");
    email.startedSendingAtMillis = millisAt(j, "started_sending_at_millis");
    email.nextRetryAtMillis = millisAt(j, "next_send_retry_at_millis");
    email.sendRetries = json::intOr(j, "send_retries");
    const auto errors = j.find("send_attempt_errors");
    if (errors != j.end() && errors->is_array()) {
        for (const auto &error : *errors) {
            if (!error.is_object())
                continue;
            OutboxEmail::AttemptError attempt;
            attempt.attemptNumber = json::intOr(error, "attempt_number");
            attempt.atMillis = millisAt(error, "timestamp");
            if (!attempt.atMillis) {
                // Some versions write the moment as an ISO date.
                const QDateTime at = QDateTime::fromString(json::stringOrEmpty(error, "timestamp"), Qt::ISODateWithMs);
                if (at.isValid())
                    attempt.atMillis = at.toMSecsSinceEpoch();
            }
            attempt.externalMessage = json::stringOrEmpty(error, "external_message");
            attempt.internalMessage = json::stringOrEmpty(error, "internal_message");
            if (const auto it = error.find("external_details"); it != error.end())
                attempt.externalDetailsJson = indentedJson(*it);
            if (const auto it = error.find("internal_details"); it != error.end())
                attempt.internalDetailsJson = indentedJson(*it);
            email.attemptErrors.append(attempt);
        }
    }
    if (const auto it = j.find("skipped_details"); it != j.end())
        email.skippedDetailsJson = indentedJson(*it);
}

} // namespace

void from_json(const nlohmann::ordered_json &j, EmailDraft &draft)
{
    draft.id = json::requiredString(j, "id");
    draft.displayName = json::stringOrEmpty(j, "display_name");
    draft.tsxSource = json::stringOrEmpty(j, "tsx_source");
    draft.theme = themeChoiceOf(j);
    draft.sentAtMillis = json::optionalMillis(j, "sent_at_millis");
}

void from_json(const nlohmann::ordered_json &j, EmailTemplate &emailTemplate)
{
    emailTemplate.id = json::requiredString(j, "id");
    emailTemplate.displayName = json::stringOrEmpty(j, "display_name");
    emailTemplate.tsxSource = json::stringOrEmpty(j, "tsx_source");
    emailTemplate.theme = themeChoiceOf(j);
}

void from_json(const nlohmann::ordered_json &j, EmailTheme &theme)
{
    theme.id = json::requiredString(j, "id");
    theme.displayName = json::stringOrEmpty(j, "display_name");
    theme.tsxSource = json::stringOrEmpty(j, "tsx_source");
}

void from_json(const nlohmann::ordered_json &j, OutboxEmail &email)
{
    email.id = json::requiredString(j, "id");
    email.createdAtMillis = j.at("created_at_millis").get<qint64>();
    email.updatedAtMillis = json::optionalMillis(j, "updated_at_millis").value_or(email.createdAtMillis);
    email.scheduledAtMillis = json::optionalMillis(j, "scheduled_at_millis");
    const auto to = j.find("to");
    if (to != j.end() && to->is_object()) {
        email.recipientKind = json::stringOrEmpty(*to, "type");
        email.recipientUserId = json::stringOrEmpty(*to, "user_id");
        const auto emails = to->find("emails");
        if (emails != to->end() && emails->is_array()) {
            for (const auto &address : *emails) {
                if (address.is_string())
                    email.recipientEmails.append(json::toQString(address));
            }
        }
    }
    email.subject = json::stringOrEmpty(j, "subject");
    email.status = json::requiredString(j, "status");
    email.simpleStatus = json::stringOrEmpty(j, "simple_status");
    email.isPaused = json::boolOr(j, "is_paused");
    email.hasDelivered = json::boolOr(j, "has_delivered");
    email.createdWith = json::stringOrEmpty(j, "created_with");
    email.emailDraftId = json::stringOrEmpty(j, "email_draft_id");
    email.serverError = json::stringOrEmpty(j, "server_error");
    email.renderError = json::stringOrEmpty(j, "render_error");
    email.skippedReason = json::stringOrEmpty(j, "skipped_reason");
    email.html = json::stringOrEmpty(j, "html");
    email.text = json::stringOrEmpty(j, "text");
    const auto theme = j.find("theme_id");
    if (theme != j.end() && theme->is_string())
        email.themeId = json::toQString(*theme);
    email.notificationCategoryId = json::stringOrEmpty(j, "notification_category_id");
    email.isHighPriority = json::boolOr(j, "is_high_priority");
    email.isTransactional = json::boolOr(j, "is_transactional");
    readDeliveryDetails(j, email);
    email.json = QByteArray::fromStdString(j.dump());
}

QString OutboxEmail::prettyJson() const
{
    try {
        return QString::fromStdString(json::Json::parse(json.constData(), json.constData() + json.size()).dump(2));
    } catch (const std::exception &) {
        return QString::fromUtf8(json);
    }
}

bool OutboxEmail::isEditable() const
{
    const QList<OutboxStatus> &all = outboxStatuses();
    return std::any_of(all.begin(), all.end(),
                       [this](const OutboxStatus &known) { return known.id == status && known.editable; });
}

const QList<OutboxStatus> &outboxStatuses()
{
    const QString inProgress = QStringLiteral("in-progress"), ok = QStringLiteral("ok"), error = QStringLiteral("error");
    static const QList<OutboxStatus> statuses{
        {QStringLiteral("paused"), inProgress, true},       {QStringLiteral("preparing"), inProgress, true},
        {QStringLiteral("rendering"), inProgress, true},    {QStringLiteral("render-error"), error, true},
        {QStringLiteral("scheduled"), inProgress, true},    {QStringLiteral("queued"), inProgress, true},
        {QStringLiteral("sending"), inProgress, false},     {QStringLiteral("server-error"), error, true},
        {QStringLiteral("skipped"), ok, false},             {QStringLiteral("bounced"), error, false},
        {QStringLiteral("delivery-delayed"), ok, false},    {QStringLiteral("sent"), ok, false},
        {QStringLiteral("opened"), ok, false},              {QStringLiteral("clicked"), ok, false},
        {QStringLiteral("marked-as-spam"), ok, false},
    };
    return statuses;
}

QStringList notificationCategoryNames()
{
    return {QStringLiteral("Transactional"), QStringLiteral("Marketing")};
}

EmailServerSettings emailServerSettingsFrom(const ConfigTree &config)
{
    EmailServerSettings settings;
    const QString text = config.jsonAt(emailServerPath);
    if (text.isEmpty())
        return settings;
    const json::Json object = json::Json::parse(json::toStd(text), nullptr, false);
    if (!object.is_object())
        return settings;
    settings.isShared = json::boolOr(object, "isShared", true);
    settings.provider = json::optionalString(object, "provider").value_or(QStringLiteral("smtp"));
    settings.host = json::stringOrEmpty(object, "host");
    const auto port = object.find("port");
    if (port != object.end() && port->is_number_integer())
        settings.port = port->get<int>();
    settings.username = json::stringOrEmpty(object, "username");
    settings.password = json::stringOrEmpty(object, "password");
    settings.senderName = json::stringOrEmpty(object, "senderName");
    settings.senderEmail = json::stringOrEmpty(object, "senderEmail");
    settings.otherFieldsJson = json::otherFields(
        object, {"isShared", "provider", "host", "port", "username", "password", "senderName", "senderEmail"});
    return settings;
}

QString emailServerConfigJson(const EmailServerSettings &settings)
{
    json::Json object = json::Json::object();
    object["isShared"] = settings.isShared;
    object["provider"] = json::toStd(settings.provider);
    const auto putText = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object[key] = json::toStd(value);
    };
    putText("host", settings.host);
    if (settings.port)
        object["port"] = *settings.port;
    putText("username", settings.username);
    putText("password", settings.password);
    putText("senderName", settings.senderName);
    putText("senderEmail", settings.senderEmail);
    json::mergeOtherFields(object, settings.otherFieldsJson);
    return QString::fromStdString(object.dump());
}

void from_json(const nlohmann::ordered_json &j, DeliveryInfo &info)
{
    const auto &stats = j.at("stats");
    info.hour = countsOf(stats, "hour");
    info.day = countsOf(stats, "day");
    info.week = countsOf(stats, "week");
    info.month = countsOf(stats, "month");
    const auto capacity = j.find("capacity");
    if (capacity != j.end() && capacity->is_object()) {
        const auto number = [&capacity](const char *key, double fallback) {
            const auto it = capacity->find(key);
            return it != capacity->end() && it->is_number() ? it->get<double>() : fallback;
        };
        info.ratePerSecond = number("rate_per_second", 0);
        info.boostMultiplier = number("boost_multiplier", 1);
        info.penaltyFactor = number("penalty_factor", 1);
        info.boostActive = json::boolOr(*capacity, "is_boost_active");
        if (const auto expires = json::optionalString(*capacity, "boost_expires_at")) {
            const QDateTime at = QDateTime::fromString(*expires, Qt::ISODateWithMs);
            if (at.isValid())
                info.boostExpiresAt = at;
        }
    }
}

void from_json(const nlohmann::ordered_json &j, EmailDrafts &list)
{
    list.drafts = listAt<EmailDraft>(j, "drafts");
}

void from_json(const nlohmann::ordered_json &j, EmailTemplates &list)
{
    list.templates = listAt<EmailTemplate>(j, "templates");
}

void from_json(const nlohmann::ordered_json &j, EmailThemes &list)
{
    list.themes = listAt<EmailTheme>(j, "themes");
}

void from_json(const nlohmann::ordered_json &j, CreatedEmailObject &created)
{
    created.id = json::requiredString(j, "id");
}

void from_json(const nlohmann::ordered_json &j, RenderedEmail &rendered)
{
    rendered.html = json::requiredString(j, "html");
    rendered.subject = json::stringOrEmpty(j, "subject");
    rendered.notificationCategory = json::stringOrEmpty(j, "notification_category");
}

void from_json(const nlohmann::ordered_json &j, RenderedTemplate &rendered)
{
    rendered.html = json::stringOrEmpty(j, "rendered_html");
}

void from_json(const nlohmann::ordered_json &j, SentEmails &sent)
{
    const auto &results = j.at("results");
    if (!results.is_array())
        throw std::runtime_error("\"results\" is not a list");
    for (const auto &result : results)
        sent.userIds.append(json::requiredString(result, "user_id"));
}

void from_json(const nlohmann::ordered_json &j, TestEmailResult &result)
{
    result.success = j.at("success").get<bool>();
    result.errorMessage = json::stringOrEmpty(j, "error_message");
}

template EmailDrafts parseJson<EmailDrafts>(const QByteArray &);
template EmailTemplates parseJson<EmailTemplates>(const QByteArray &);
template EmailThemes parseJson<EmailThemes>(const QByteArray &);
template Page<OutboxEmail> parseJson<Page<OutboxEmail>>(const QByteArray &);
template DeliveryInfo parseJson<DeliveryInfo>(const QByteArray &);
template EmailDraft parseJson<EmailDraft>(const QByteArray &);
template EmailTheme parseJson<EmailTheme>(const QByteArray &);
template OutboxEmail parseJson<OutboxEmail>(const QByteArray &);
template CreatedEmailObject parseJson<CreatedEmailObject>(const QByteArray &);
template RenderedEmail parseJson<RenderedEmail>(const QByteArray &);
template RenderedTemplate parseJson<RenderedTemplate>(const QByteArray &);
template SentEmails parseJson<SentEmails>(const QByteArray &);
template TestEmailResult parseJson<TestEmailResult>(const QByteArray &);

} // namespace hexclave::api
