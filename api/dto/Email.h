#pragma once

#include "JsonParse.h"
#include "Page.h"

#include <nlohmann/json_fwd.hpp>

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
};

// GET /internal/email-themes item.
struct EmailTheme
{
    QString id;
    QString displayName;
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
    double ratePerSecond = 0; // capacity.rate_per_second
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

void from_json(const nlohmann::ordered_json &j, EmailDraft &draft);
void from_json(const nlohmann::ordered_json &j, EmailTemplate &emailTemplate);
void from_json(const nlohmann::ordered_json &j, EmailTheme &theme);
void from_json(const nlohmann::ordered_json &j, OutboxEmail &email);
void from_json(const nlohmann::ordered_json &j, DeliveryInfo &info);
void from_json(const nlohmann::ordered_json &j, EmailDrafts &list);
void from_json(const nlohmann::ordered_json &j, EmailTemplates &list);
void from_json(const nlohmann::ordered_json &j, EmailThemes &list);

extern template EmailDrafts parseJson<EmailDrafts>(const QByteArray &);
extern template EmailTemplates parseJson<EmailTemplates>(const QByteArray &);
extern template EmailThemes parseJson<EmailThemes>(const QByteArray &);
extern template Page<OutboxEmail> parseJson<Page<OutboxEmail>>(const QByteArray &);
extern template DeliveryInfo parseJson<DeliveryInfo>(const QByteArray &);

} // namespace hexclave::api
