#include "Email.h"

#include "PageJson.h"
#include "ProjectConfig.h"

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
    static const QStringList editable{QStringLiteral("paused"),       QStringLiteral("preparing"),
                                      QStringLiteral("rendering"),    QStringLiteral("render-error"),
                                      QStringLiteral("scheduled"),    QStringLiteral("queued"),
                                      QStringLiteral("server-error")};
    return editable.contains(status);
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
        const auto rate = capacity->find("rate_per_second");
        if (rate != capacity->end() && rate->is_number())
            info.ratePerSecond = rate->get<double>();
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
