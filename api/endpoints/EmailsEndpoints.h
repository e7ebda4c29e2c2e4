#pragma once

#include "core/Call.h"
#include "dto/Email.h"

#include <optional>

namespace hexclave::api::emails {

// Drafts: /internal/email-drafts (admin only). A PATCH without theme_id resets the draft to the
// project's theme on the server, so every change carries the theme choice.
Call<EmailDrafts> drafts(const ProjectScope &scope);
Call<EmailDraft> draft(const ProjectScope &scope, const QString &id); // unknown: 404 plain text
struct DraftChange
{
    std::optional<QString> displayName;
    EmailThemeChoice theme; // always sent
    std::optional<QString> tsxSource;

    QByteArray toJson() const;
};
// POST {display_name, theme_id, tsx_source?} → {id}; without a source the server writes its default.
Call<CreatedEmailObject> createDraft(const ProjectScope &scope, const QString &displayName,
                                     const EmailThemeChoice &theme = {}, const std::optional<QString> &tsxSource = {});
Call<NoContent> updateDraft(const ProjectScope &scope, const QString &id, const DraftChange &change);
Call<NoContent> deleteDraft(const ProjectScope &scope, const QString &id);

// Templates: /internal/email-templates. Edits render first (EMAIL_RENDERING_ERROR) and are refused
// on the shared email server (REQUIRES_CUSTOM_EMAIL_SERVER).
Call<EmailTemplates> templates(const ProjectScope &scope);
Call<CreatedEmailObject> createTemplate(const ProjectScope &scope, const QString &displayName);
// PATCH {tsx_source, theme_id?} → {rendered_html}; theme left out when nullopt.
Call<RenderedTemplate> updateTemplate(const ProjectScope &scope, const QString &id, const QString &tsxSource,
                                      const std::optional<EmailThemeChoice> &theme = {});
Call<NoContent> deleteTemplate(const ProjectScope &scope, const QString &id);

// Themes: /internal/email-themes. The project's theme is emails.selectedThemeId in the config.
Call<EmailThemes> themes(const ProjectScope &scope);
Call<EmailTheme> theme(const ProjectScope &scope, const QString &id); // with its source
Call<CreatedEmailObject> createTheme(const ProjectScope &scope, const QString &displayName);
Call<NoContent> updateTheme(const ProjectScope &scope, const QString &id, const QString &tsxSource);
inline const QString selectedThemePath = QStringLiteral("emails.selectedThemeId");

// POST /emails/render-email: one template side (id or source) and one theme side (choice or
// source) → {html, subject?, notification_category?}; EMAIL_RENDERING_ERROR when the TSX fails.
struct RenderRequest
{
    QString templateId;        // either this…
    QString templateTsxSource; // …or this
    EmailThemeChoice theme;    // used unless themeTsxSource is set
    QString themeTsxSource;

    QByteArray toJson() const;
};
Call<RenderedEmail> renderEmail(const ProjectScope &scope, const RenderRequest &request);

// POST /emails/send-email. Recipients: user ids or every user. Content: a draft, a template with
// variables, or HTML. A scheduled time is sent as scheduled_at_millis (servers that predate it
// ignore the key and send at once).
struct SendEmailRequest
{
    QStringList userIds;
    bool allUsers = false;
    QString subject;                  // empty: not sent (the draft's <Subject> applies)
    QString notificationCategoryName; // empty: not sent
    QString draftId;
    QString templateId;
    QString variablesJson; // with templateId: a JSON object (toJson() throws on malformed text); empty: not sent
    QString html;
    std::optional<qint64> scheduledAtMillis;

    QByteArray toJson() const;
};
Call<SentEmails> sendEmail(const ProjectScope &scope, const SendEmailRequest &request);

// GET /emails/outbox: newest first, limit ≤ 100, the cursor is an email id.
struct OutboxQuery
{
    QString status;       // e.g. "scheduled"; empty: all
    QString simpleStatus; // "in-progress" | "ok" | "error"; empty: all
    QString userId;
    QString cursor;
    int limit = 100;
};
Call<Page<OutboxEmail>> outbox(const ProjectScope &scope, const OutboxQuery &query);
Call<OutboxEmail> outboxEmail(const ProjectScope &scope, const QString &id);
// PATCH /emails/outbox/{id} → the email; EMAIL_NOT_EDITABLE once it is on its way or sent.
struct OutboxChange
{
    std::optional<bool> paused;
    bool cancel = false;
    std::optional<qint64> scheduledAtMillis;

    QByteArray toJson() const;
};
Call<OutboxEmail> updateOutboxEmail(const ProjectScope &scope, const QString &id, const OutboxChange &change);

// GET /emails/delivery-info
Call<DeliveryInfo> deliveryInfo(const ProjectScope &scope);

// POST /internal/send-test-email: tries an email server before it is saved (every field is
// required; a server without a port is tried on 587, the SMTP submission port). The body carries
// the password; like every body it is never logged.
struct TestEmailRequest
{
    QString recipientEmail;
    EmailServerSettings server;

    QByteArray toJson() const;
};
Call<TestEmailResult> sendTestEmail(const ProjectScope &scope, const TestEmailRequest &request);

} // namespace hexclave::api::emails
