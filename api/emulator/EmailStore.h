#pragma once

#include "Uuid.h"

#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hexclave::emulator {

// Which theme wraps an email (the server's themeMode + themeId): the project's selected theme,
// none, or a theme by id. JSON: omitted, false, the id.
struct EmailThemeRef
{
    enum class Mode : quint8 { ProjectDefault, None, Custom };
    Mode mode = Mode::ProjectDefault;
    std::string themeId; // Custom only; empty reads back as the project default

    // templateThemeIdToThemeMode: absent → project default, false → none, null or an id → custom.
    static EmailThemeRef fromJson(const nlohmann::ordered_json *value);
    // themeModeToTemplateThemeId: none when the key is left out.
    std::optional<nlohmann::ordered_json> toJson() const;
};

// POST /internal/email-drafts
struct EmailDraftRecord
{
    Uuid id;
    std::string displayName;
    std::string tsxSource;
    EmailThemeRef theme;
    nlohmann::ordered_json templateVariables = nlohmann::ordered_json::object();
    std::optional<qint64> sentAtMillis;
    qint64 createdAtMillis = 0;
    qint64 updatedAtMillis = 0;
};

// The outbox's statuses (the server's EmailOutboxStatus), in the order the server lists them.
enum class OutboxStatus : quint8 {
    Paused, Preparing, Rendering, RenderError, Scheduled, Queued, Sending, ServerError, Skipped, Bounced,
    DeliveryDelayed, Sent, Opened, Clicked, MarkedAsSpam
};
const char *outboxStatusId(OutboxStatus status);        // "render-error"
std::string outboxStatusDbName(OutboxStatus status);    // "RENDER_ERROR"
const char *outboxSimpleStatus(OutboxStatus status);    // "in-progress" | "ok" | "error"
std::optional<OutboxStatus> outboxStatusFromId(std::string_view id);
bool isEditable(OutboxStatus status); // PATCH /emails/outbox/{id} may change it
bool hasDelivered(OutboxStatus status);

// One email of GET /emails/outbox. Times of later steps are 0 until reached.
struct OutboxEmailRecord
{
    Uuid id;
    qint64 createdAtMillis = 0;
    qint64 updatedAtMillis = 0;
    std::string tsxSource; // empty for an email sent as HTML
    std::string bodyHtml;  // the HTML it was sent with, before the theme wraps it
    std::optional<std::string> themeId; // resolved when sent (the project's theme then); none: no theme
    nlohmann::ordered_json to;          // {type: "user-primary-email", user_id} | …
    nlohmann::ordered_json variables = nlohmann::ordered_json::object();
    bool skipDeliverabilityCheck = false;
    qint64 scheduledAtMillis = 0;
    std::string createdWith = "programmatic-call"; // or "draft"
    std::optional<Uuid> draftId;
    std::optional<std::string> templateId;
    int sendRetries = 0;
    std::optional<qint64> nextSendRetryAtMillis;
    nlohmann::ordered_json sendAttemptErrors; // null or [{attempt_number, timestamp, …}]
    bool isPaused = false;
    bool isHighPriority = false;
    OutboxStatus status = OutboxStatus::Scheduled; // before pausing (status() reports Paused)

    // Rendering (has_rendered once renderedAtMillis is set).
    qint64 startedRenderingAtMillis = 0;
    qint64 renderedAtMillis = 0;
    std::string subject;
    std::optional<std::string> html;
    std::optional<std::string> text;
    bool isTransactional = false;
    std::optional<std::string> notificationCategoryId;
    std::string renderError;

    // Sending and what followed.
    qint64 startedSendingAtMillis = 0;
    qint64 outcomeAtMillis = 0; // error_at / skipped_at / bounced_at / delivered_at …
    qint64 openedAtMillis = 0;
    qint64 clickedAtMillis = 0;
    std::string serverError;
    std::string skippedReason;
    nlohmann::ordered_json skippedDetails = nlohmann::ordered_json::object();

    OutboxStatus effectiveStatus() const;
    std::optional<std::string> recipientUserId() const;
};

// Counts of GET /emails/delivery-info for one window.
struct DeliveryCounts
{
    qint64 sent = 0;
    qint64 bounced = 0;
    qint64 markedAsSpam = 0;
};

struct OutboxFilter
{
    std::optional<OutboxStatus> status;
    std::optional<std::string> simpleStatus;
    std::optional<std::string> userId;
};

// A project's drafts and outbox. Templates and themes are in the project's config. Not
// self-locking: the router holds the store lock.
class EmailStore
{
public:
    // --- drafts, newest change first ---
    EmailDraftRecord &addDraft(EmailDraftRecord draft);
    EmailDraftRecord *draft(const Uuid &id);
    bool removeDraft(const Uuid &id);
    std::vector<const EmailDraftRecord *> draftsByUpdate() const;

    // --- outbox, ordered created_at desc, id asc ---
    OutboxEmailRecord &addEmail(OutboxEmailRecord email);
    OutboxEmailRecord *email(const Uuid &id);
    const OutboxEmailRecord *email(const Uuid &id) const;
    std::size_t emailCount() const { return m_outbox.size(); }
    // In insertion order; change emails through it, never add or remove (addEmail keeps the index).
    std::vector<OutboxEmailRecord> &emails() { return m_outbox; }
    const std::vector<OutboxEmailRecord> &emails() const { return m_outbox; }

    struct Page
    {
        std::vector<const OutboxEmailRecord *> items;
        std::optional<Uuid> nextCursor; // the first email of the next page
    };
    // From the email `cursor` on (inclusive; none: the newest), at most `limit` matching ones.
    Page list(const OutboxFilter &filter, const std::optional<Uuid> &cursor, int limit) const;

    // Delivered, bounced and marked-as-spam emails whose outcome came after `sinceMillis`.
    DeliveryCounts deliveryCounts(qint64 sinceMillis) const;

    static nlohmann::ordered_json draftJson(const EmailDraftRecord &draft);
    static nlohmann::ordered_json emailJson(const OutboxEmailRecord &email);

private:
    const std::vector<quint32> &order() const;

    std::vector<EmailDraftRecord> m_drafts;
    std::vector<OutboxEmailRecord> m_outbox;
    std::unordered_map<Uuid, quint32, UuidHash> m_emailById;
    mutable std::vector<quint32> m_order;
    mutable bool m_orderDirty = false;
};

} // namespace hexclave::emulator
