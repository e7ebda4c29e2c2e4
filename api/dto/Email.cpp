#include "Email.h"

#include "PageJson.h"

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

template EmailDrafts parseJson<EmailDrafts>(const QByteArray &);
template EmailTemplates parseJson<EmailTemplates>(const QByteArray &);
template EmailThemes parseJson<EmailThemes>(const QByteArray &);
template Page<OutboxEmail> parseJson<Page<OutboxEmail>>(const QByteArray &);
template DeliveryInfo parseJson<DeliveryInfo>(const QByteArray &);

} // namespace hexclave::api
