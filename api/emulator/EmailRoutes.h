#pragma once

#include "HttpResponse.h"

#include <QtGlobal>

namespace hexclave::emulator {

class DataStore;
class Router;
struct ProjectRecord;
struct RequestContext;

// Emails (see /work/notes/emails-facts.md). Templates and themes are the project's config
// (emails.templates, emails.themes, emails.selectedThemeId at the environment level, so GET
// /internal/config shows them); drafts and the outbox are the project's EmailStore.
// - admin: /internal/email-drafts (CRUD), /internal/email-templates (GET, POST, PATCH, DELETE),
//   /internal/email-themes (GET, POST, GET/PATCH one), POST /emails/render-email,
//   POST /internal/send-test-email;
// - server, admin: POST /emails/send-email, GET /emails/outbox, GET/PATCH /emails/outbox/{id},
//   GET /emails/delivery-info.
// Nothing is mailed: an email is delivered (rendered, then sent or skipped) the first time the
// outbox is read after its scheduled time, unless it is paused.
class EmailRoutes
{
public:
    explicit EmailRoutes(DataStore &store);
    void registerRoutes(Router &router);

    // Sends what is due: scheduled emails whose time has come become sent (or skipped, or a
    // render error). Runs before every outbox read; public for the sample data and tests.
    static void deliverDue(ProjectRecord &project, qint64 nowMillis);
    // The server's default source of a new draft (POST without tsx_source) and template.
    static const char *defaultDraftSource();
    static const char *defaultTemplateSource();

private:
    static HttpResponse listDrafts(RequestContext &context);
    static HttpResponse createDraft(RequestContext &context);
    static HttpResponse getDraft(RequestContext &context);
    static HttpResponse updateDraft(RequestContext &context);
    static HttpResponse deleteDraft(RequestContext &context);

    static HttpResponse listTemplates(RequestContext &context);
    static HttpResponse createTemplate(RequestContext &context);
    static HttpResponse updateTemplate(RequestContext &context);
    static HttpResponse deleteTemplate(RequestContext &context);

    static HttpResponse listThemes(RequestContext &context);
    static HttpResponse createTheme(RequestContext &context);
    static HttpResponse getTheme(RequestContext &context);
    static HttpResponse updateTheme(RequestContext &context);

    static HttpResponse renderEmail(RequestContext &context);
    static HttpResponse sendEmail(RequestContext &context);
    static HttpResponse listOutbox(RequestContext &context);
    static HttpResponse getOutboxEmail(RequestContext &context);
    static HttpResponse updateOutboxEmail(RequestContext &context);
    static HttpResponse deliveryInfo(RequestContext &context);
    HttpResponse sendTestEmail(RequestContext &context);

    DataStore &m_store;
};

} // namespace hexclave::emulator
