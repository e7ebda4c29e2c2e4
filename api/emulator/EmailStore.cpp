#include "EmailStore.h"

#include <algorithm>
#include <array>

using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

struct StatusInfo
{
    OutboxStatus status;
    const char *id;
    const char *simple;
    bool editable;
    bool delivered;
};

constexpr std::array<StatusInfo, 15> kStatuses = {{
    {OutboxStatus::Paused, "paused", "in-progress", true, false},
    {OutboxStatus::Preparing, "preparing", "in-progress", true, false},
    {OutboxStatus::Rendering, "rendering", "in-progress", true, false},
    {OutboxStatus::RenderError, "render-error", "error", true, false},
    {OutboxStatus::Scheduled, "scheduled", "in-progress", true, false},
    {OutboxStatus::Queued, "queued", "in-progress", true, false},
    {OutboxStatus::Sending, "sending", "in-progress", false, false},
    {OutboxStatus::ServerError, "server-error", "error", true, false},
    {OutboxStatus::Skipped, "skipped", "ok", false, false},
    {OutboxStatus::Bounced, "bounced", "error", false, false},
    {OutboxStatus::DeliveryDelayed, "delivery-delayed", "ok", false, false},
    {OutboxStatus::Sent, "sent", "ok", false, true},
    {OutboxStatus::Opened, "opened", "ok", false, true},
    {OutboxStatus::Clicked, "clicked", "ok", false, true},
    {OutboxStatus::MarkedAsSpam, "marked-as-spam", "ok", false, true},
}};

const StatusInfo &infoOf(OutboxStatus status)
{
    return kStatuses[std::size_t(status)];
}

ordered_json millisOrNull(qint64 millis)
{
    return millis ? ordered_json(millis) : ordered_json(nullptr);
}

template <class T>
ordered_json optionalJson(const std::optional<T> &value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

} // namespace

const char *outboxStatusId(OutboxStatus status)
{
    return infoOf(status).id;
}

std::string outboxStatusDbName(OutboxStatus status)
{
    std::string name = infoOf(status).id;
    for (char &c : name)
        c = c == '-' ? '_' : char(std::toupper(static_cast<unsigned char>(c)));
    return name;
}

const char *outboxSimpleStatus(OutboxStatus status)
{
    return infoOf(status).simple;
}

std::optional<OutboxStatus> outboxStatusFromId(std::string_view id)
{
    for (const StatusInfo &info : kStatuses) {
        if (id == info.id)
            return info.status;
    }
    return std::nullopt;
}

bool isEditable(OutboxStatus status)
{
    return infoOf(status).editable;
}

bool hasDelivered(OutboxStatus status)
{
    return infoOf(status).delivered;
}

EmailThemeRef EmailThemeRef::fromJson(const ordered_json *value)
{
    if (!value)
        return {};
    if (value->is_boolean())
        return {Mode::None, {}};
    return {Mode::Custom, value->is_string() ? value->get<std::string>() : std::string()};
}

std::optional<ordered_json> EmailThemeRef::toJson() const
{
    switch (mode) {
    case Mode::None: return ordered_json(false);
    case Mode::Custom:
        if (!themeId.empty())
            return ordered_json(themeId);
        return std::nullopt;
    case Mode::ProjectDefault: break;
    }
    return std::nullopt;
}

OutboxStatus OutboxEmailRecord::effectiveStatus() const
{
    return isPaused && isEditable(status) ? OutboxStatus::Paused : status;
}

std::optional<std::string> OutboxEmailRecord::recipientUserId() const
{
    const auto it = to.find("user_id");
    if (it == to.end() || !it->is_string())
        return std::nullopt;
    return it->get<std::string>();
}

EmailDraftRecord &EmailStore::addDraft(EmailDraftRecord draft)
{
    m_drafts.push_back(std::move(draft));
    return m_drafts.back();
}

EmailDraftRecord *EmailStore::draft(const Uuid &id)
{
    const auto it = std::find_if(m_drafts.begin(), m_drafts.end(), [&](const EmailDraftRecord &d) { return d.id == id; });
    return it == m_drafts.end() ? nullptr : &*it;
}

bool EmailStore::removeDraft(const Uuid &id)
{
    const auto it = std::find_if(m_drafts.begin(), m_drafts.end(), [&](const EmailDraftRecord &d) { return d.id == id; });
    if (it == m_drafts.end())
        return false;
    m_drafts.erase(it);
    return true;
}

std::vector<const EmailDraftRecord *> EmailStore::draftsByUpdate() const
{
    std::vector<const EmailDraftRecord *> drafts;
    for (const EmailDraftRecord &draft : m_drafts)
        drafts.push_back(&draft);
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const EmailDraftRecord *a, const EmailDraftRecord *b) { return a->updatedAtMillis > b->updatedAtMillis; });
    return drafts;
}

OutboxEmailRecord &EmailStore::addEmail(OutboxEmailRecord email)
{
    m_emailById[email.id] = quint32(m_outbox.size());
    m_outbox.push_back(std::move(email));
    m_orderDirty = true;
    return m_outbox.back();
}

OutboxEmailRecord *EmailStore::email(const Uuid &id)
{
    const auto it = m_emailById.find(id);
    return it == m_emailById.end() ? nullptr : &m_outbox[it->second];
}

const OutboxEmailRecord *EmailStore::email(const Uuid &id) const
{
    const auto it = m_emailById.find(id);
    return it == m_emailById.end() ? nullptr : &m_outbox[it->second];
}

const std::vector<quint32> &EmailStore::order() const
{
    if (m_orderDirty || m_order.size() != m_outbox.size()) {
        m_order.resize(m_outbox.size());
        for (quint32 i = 0; i < m_order.size(); ++i)
            m_order[i] = i;
        std::sort(m_order.begin(), m_order.end(), [this](quint32 a, quint32 b) {
            const OutboxEmailRecord &x = m_outbox[a];
            const OutboxEmailRecord &y = m_outbox[b];
            if (x.createdAtMillis != y.createdAtMillis)
                return x.createdAtMillis > y.createdAtMillis;
            return x.id < y.id;
        });
        m_orderDirty = false;
    }
    return m_order;
}

EmailStore::Page EmailStore::list(const OutboxFilter &filter, const std::optional<Uuid> &cursor, int limit) const
{
    const auto matches = [&filter](const OutboxEmailRecord &email) {
        const OutboxStatus status = email.effectiveStatus();
        if (filter.status && *filter.status != status)
            return false;
        if (filter.simpleStatus && *filter.simpleStatus != outboxSimpleStatus(status))
            return false;
        if (filter.userId && email.recipientUserId() != filter.userId)
            return false;
        return true;
    };
    Page page;
    const std::vector<quint32> &rows = order();
    std::size_t start = 0;
    if (cursor) {
        const auto it = m_emailById.find(*cursor);
        if (it == m_emailById.end())
            return page;
        start = std::size_t(std::find(rows.begin(), rows.end(), it->second) - rows.begin());
    }
    for (std::size_t i = start; i < rows.size(); ++i) {
        const OutboxEmailRecord &email = m_outbox[rows[i]];
        if (!matches(email))
            continue;
        if (int(page.items.size()) == limit) {
            page.nextCursor = email.id;
            break;
        }
        page.items.push_back(&email);
    }
    return page;
}

DeliveryCounts EmailStore::deliveryCounts(qint64 sinceMillis) const
{
    DeliveryCounts counts;
    for (const OutboxEmailRecord &email : m_outbox) {
        if (email.outcomeAtMillis < sinceMillis)
            continue;
        if (hasDelivered(email.status))
            ++counts.sent;
        if (email.status == OutboxStatus::Bounced)
            ++counts.bounced;
        if (email.status == OutboxStatus::MarkedAsSpam)
            ++counts.markedAsSpam;
    }
    return counts;
}

ordered_json EmailStore::draftJson(const EmailDraftRecord &draft)
{
    ordered_json json = ordered_json::object();
    json["id"] = draft.id.toString();
    json["display_name"] = draft.displayName;
    json["tsx_source"] = draft.tsxSource;
    if (const auto theme = draft.theme.toJson())
        json["theme_id"] = *theme;
    json["sent_at_millis"] = optionalJson(draft.sentAtMillis);
    json["template_variables"] = draft.templateVariables;
    return json;
}

ordered_json EmailStore::emailJson(const OutboxEmailRecord &email)
{
    const OutboxStatus status = email.effectiveStatus();
    ordered_json json = ordered_json::object();
    json["id"] = email.id.toString();
    json["created_at_millis"] = email.createdAtMillis;
    json["updated_at_millis"] = email.updatedAtMillis;
    json["tsx_source"] = email.tsxSource;
    json["theme_id"] = optionalJson(email.themeId);
    json["to"] = email.to;
    json["variables"] = email.variables;
    json["skip_deliverability_check"] = email.skipDeliverabilityCheck;
    json["scheduled_at_millis"] = email.scheduledAtMillis;
    json["created_with"] = email.createdWith;
    json["email_draft_id"] = email.draftId ? ordered_json(email.draftId->toString()) : ordered_json(nullptr);
    json["email_programmatic_call_template_id"] = optionalJson(email.templateId);
    json["send_retries"] = email.sendRetries;
    json["next_send_retry_at_millis"] = optionalJson(email.nextSendRetryAtMillis);
    json["send_attempt_errors"] = email.sendAttemptErrors;
    json["is_paused"] = email.isPaused;
    const bool rendered = email.renderedAtMillis != 0;
    json["has_rendered"] = rendered;
    json["has_delivered"] = hasDelivered(status);
    if (email.startedRenderingAtMillis)
        json["started_rendering_at_millis"] = email.startedRenderingAtMillis;
    if (rendered) {
        json["rendered_at_millis"] = email.renderedAtMillis;
        json["subject"] = email.subject;
        json["html"] = optionalJson(email.html);
        json["text"] = optionalJson(email.text);
        json["is_transactional"] = email.isTransactional;
        json["is_high_priority"] = email.isHighPriority;
        json["notification_category_id"] = optionalJson(email.notificationCategoryId);
    }
    json["status"] = outboxStatusId(status);
    json["simple_status"] = outboxSimpleStatus(status);
    if (email.startedSendingAtMillis && status != OutboxStatus::Skipped)
        json["started_sending_at_millis"] = email.startedSendingAtMillis;
    switch (status) {
    case OutboxStatus::RenderError: json["render_error"] = email.renderError; break;
    case OutboxStatus::ServerError:
        json["error_at_millis"] = millisOrNull(email.outcomeAtMillis);
        json["server_error"] = email.serverError;
        break;
    case OutboxStatus::Skipped:
        json["skipped_at_millis"] = millisOrNull(email.outcomeAtMillis);
        json["skipped_reason"] = email.skippedReason.empty() ? std::string("UNKNOWN") : email.skippedReason;
        json["skipped_details"] = email.skippedDetails;
        break;
    case OutboxStatus::Bounced: json["bounced_at_millis"] = millisOrNull(email.outcomeAtMillis); break;
    case OutboxStatus::DeliveryDelayed: json["delivery_delayed_at_millis"] = millisOrNull(email.outcomeAtMillis); break;
    case OutboxStatus::Sent:
    case OutboxStatus::Opened:
    case OutboxStatus::Clicked:
    case OutboxStatus::MarkedAsSpam:
        json["delivered_at_millis"] = millisOrNull(email.outcomeAtMillis);
        json["can_have_delivery_info"] = true;
        if (status == OutboxStatus::Opened || status == OutboxStatus::Clicked)
            json["opened_at_millis"] = millisOrNull(email.openedAtMillis);
        if (status == OutboxStatus::Clicked)
            json["clicked_at_millis"] = millisOrNull(email.clickedAtMillis);
        if (status == OutboxStatus::MarkedAsSpam)
            json["marked_as_spam_at_millis"] = millisOrNull(email.clickedAtMillis ? email.clickedAtMillis : email.outcomeAtMillis);
        break;
    default: break;
    }
    return json;
}

} // namespace hexclave::emulator
