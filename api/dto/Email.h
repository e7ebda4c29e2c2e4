#pragma once

#include "JsonParse.h"
#include "Page.h"

#include <nlohmann/json_fwd.hpp>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hexclave::api {

// Which theme wraps an email: a theme by id, none at all, or the project's selected theme. The
// server writes these as a uuid, `false` and null (or the key left out).
struct EmailThemeChoice
{
    enum class Kind { ProjectDefault, None, Theme };
    Kind kind = Kind::ProjectDefault;
    QString themeId; // Kind::Theme only

    friend bool operator==(const EmailThemeChoice &, const EmailThemeChoice &) = default;
};

// GET /internal/email-drafts item.
struct EmailDraft
{
    QString id;
    QString displayName;
    QString tsxSource;
    EmailThemeChoice theme;
    std::optional<qint64> sentAtMillis; // set when the draft was sent
};

// GET /internal/email-templates item (templates live in the config, environment level).
struct EmailTemplate
{
    QString id;
    QString displayName;
    QString tsxSource;
    EmailThemeChoice theme; // theme_id, left out by the server for the project's theme
};

// GET /internal/email-themes item; GET /internal/email-themes/{id} adds the source.
struct EmailTheme
{
    QString id;
    QString displayName;
    QString tsxSource; // empty in the list
};

// The server's outbox statuses in the order an email goes through them, each with its
// simple_status ("in-progress" | "ok" | "error") and whether PATCH /emails/outbox/{id} may still
// change an email in it.
struct OutboxStatus
{
    QString id; // "scheduled", "sent", …
    QString simpleStatus;
    bool editable = false;
};
const QList<OutboxStatus> &outboxStatuses();

// The two notification categories every project has (names as the server matches them).
QStringList notificationCategoryNames(); // "Transactional", "Marketing"

// POST /internal/email-drafts, -templates, -themes answer {id}.
struct CreatedEmailObject
{
    QString id;
};

// POST /emails/render-email → {html, subject?, notification_category?}.
struct RenderedEmail
{
    QString html;
    QString subject;
    QString notificationCategory;
};

// PATCH /internal/email-templates/{id} → {rendered_html}.
struct RenderedTemplate
{
    QString html;
};

// POST /emails/send-email → {results: [{user_id}]}: one per recipient the server accepted.
// Delivery itself is asynchronous (see the outbox).
struct SentEmails
{
    QStringList userIds;
};

// POST /internal/send-test-email → {success, error_message?}: SMTP failures are a 200.
struct TestEmailResult
{
    bool success = false;
    QString errorMessage;
};

// GET /emails/outbox item: one email on its way or sent.
struct OutboxEmail
{
    QString id;
    qint64 createdAtMillis = 0;
    qint64 updatedAtMillis = 0;
    std::optional<qint64> scheduledAtMillis;
    QString recipientKind;    // to.type: "user-primary-email", "user-custom-emails", "custom-emails"
    QString recipientUserId;  // for the user kinds
    QStringList recipientEmails;
    QString subject;          // empty until rendered
    QString status;           // e.g. "scheduled", "sending", "sent", "bounced", "server-error"
    QString simpleStatus;     // "in-progress" | "ok" | "error" (as sent)
    bool isPaused = false;
    bool hasDelivered = false;
    QString createdWith;      // "draft" | "programmatic-call"
    QString emailDraftId;
    QString serverError;      // empty when none
    QString renderError;      // empty when none
    QString skippedReason;    // e.g. "MANUALLY_CANCELLED"; empty unless skipped
    QString html;             // the rendered body; empty until rendered
    QString text;             // the rendered plain-text body
    QString themeId;          // the theme it was (or will be) rendered with; empty: none
    QString notificationCategoryId;
    bool isHighPriority = false;
    bool isTransactional = false;
    std::optional<qint64> statusAtMillis;  // when it reached its current status
    std::optional<qint64> renderedAtMillis;
    std::optional<qint64> startedSendingAtMillis;
    std::optional<qint64> nextRetryAtMillis;
    int sendRetries = 0;
    struct AttemptError
    {
        int attemptNumber = 0;
        std::optional<qint64> atMillis;
        QString externalMessage; // what the email server said
        QString internalMessage; // what Hexclave made of it
        QString externalDetailsJson;
        QString internalDetailsJson;
    };
    QList<AttemptError> attemptErrors; // send_attempt_errors
    QString skippedDetailsJson;        // skipped_details, indented; empty when none
    QByteArray json;                   // the item as sent, compact UTF-8

    QString prettyJson() const; // the item as sent, indented, for showing
    // Whether PATCH /emails/outbox/{id} may still change it (pause, cancel, reschedule): the
    // server refuses the others with EMAIL_NOT_EDITABLE.
    bool isEditable() const;
};

// GET /emails/delivery-info: totals over the last hour, day, week and month.
struct DeliveryCounts
{
    qint64 sent = 0;
    qint64 bounced = 0;
    qint64 markedAsSpam = 0;
};
struct DeliveryInfo
{
    DeliveryCounts hour, day, week, month;
    // capacity: how fast the server sends, and a temporary boost (POST /emails/capacity-boost)
    double ratePerSecond = 0;
    double boostMultiplier = 1;
    double penaltyFactor = 1;
    bool boostActive = false;
    std::optional<QDateTime> boostExpiresAt;
};

// The three lists the dashboard's emails area reads, each under its own key.
struct EmailDrafts
{
    QList<EmailDraft> drafts;
};
struct EmailTemplates
{
    QList<EmailTemplate> templates;
};
struct EmailThemes
{
    QList<EmailTheme> themes;
};

// emails.server of the environment config: the shared Hexclave server, or the project's own
// (SMTP, Resend — an SMTP server whose password is the API key — or managed).
struct EmailServerSettings
{
    bool isShared = true;
    QString provider = QStringLiteral("smtp"); // "smtp" | "resend" | "managed"
    QString host;
    std::optional<int> port;
    QString username;
    QString password; // a secret: shown masked, never logged or written outside the config
    QString senderName;
    QString senderEmail;
    QString otherFieldsJson; // keys of emails.server this client does not edit, kept as sent
};
class ConfigTree;
EmailServerSettings emailServerSettingsFrom(const ConfigTree &config);
QString emailServerConfigJson(const EmailServerSettings &settings); // the value of emails.server
inline const QString emailServerPath = QStringLiteral("emails.server");

void from_json(const nlohmann::ordered_json &j, EmailDraft &draft);
void from_json(const nlohmann::ordered_json &j, EmailTemplate &emailTemplate);
void from_json(const nlohmann::ordered_json &j, EmailTheme &theme);
void from_json(const nlohmann::ordered_json &j, OutboxEmail &email);
void from_json(const nlohmann::ordered_json &j, DeliveryInfo &info);
void from_json(const nlohmann::ordered_json &j, EmailDrafts &list);
void from_json(const nlohmann::ordered_json &j, EmailTemplates &list);
void from_json(const nlohmann::ordered_json &j, EmailThemes &list);
void from_json(const nlohmann::ordered_json &j, CreatedEmailObject &created);
void from_json(const nlohmann::ordered_json &j, RenderedEmail &rendered);
void from_json(const nlohmann::ordered_json &j, RenderedTemplate &rendered);
void from_json(const nlohmann::ordered_json &j, SentEmails &sent);
void from_json(const nlohmann::ordered_json &j, TestEmailResult &result);

extern template EmailDrafts parseJson<EmailDrafts>(const QByteArray &);
extern template EmailTemplates parseJson<EmailTemplates>(const QByteArray &);
extern template EmailThemes parseJson<EmailThemes>(const QByteArray &);
extern template Page<OutboxEmail> parseJson<Page<OutboxEmail>>(const QByteArray &);
extern template DeliveryInfo parseJson<DeliveryInfo>(const QByteArray &);
extern template EmailDraft parseJson<EmailDraft>(const QByteArray &);
extern template EmailTheme parseJson<EmailTheme>(const QByteArray &);
extern template OutboxEmail parseJson<OutboxEmail>(const QByteArray &);
extern template CreatedEmailObject parseJson<CreatedEmailObject>(const QByteArray &);
extern template RenderedEmail parseJson<RenderedEmail>(const QByteArray &);
extern template RenderedTemplate parseJson<RenderedTemplate>(const QByteArray &);
extern template SentEmails parseJson<SentEmails>(const QByteArray &);
extern template TestEmailResult parseJson<TestEmailResult>(const QByteArray &);

} // namespace hexclave::api
