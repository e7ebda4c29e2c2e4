#include "EmailRoutes.h"

#include "Clock.h"
#include "DataStore.h"
#include "EmailBuiltins.h"
#include "EmailRenderer.h"
#include "EmailStore.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "ProjectRecord.h"
#include "RequestContext.h"
#include "Router.h"

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

constexpr int kMaxOutboxLimit = 100;
constexpr char kTransactionalId[] = "7bb82d33-2f54-4a3d-9d23-82739e0d66ef";
constexpr char kMarketingId[] = "4f6f8873-3d04-46bd-8bef-18338b1a1b4c";
// What previews render with in place of a recipient (the server's preview user).
constexpr char kPreviewUserName[] = "John Doe";
// The time an emulated delivery takes, after the scheduled time.
constexpr qint64 kDeliveryMillis = 800;

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

// --- the known errors of the emails routes (stack-shared known-errors.tsx) ---

HttpResponse requiresCustomEmailServer()
{
    return KnownErrors::make(400, "REQUIRES_CUSTOM_EMAIL_SERVER",
                             u"This action requires a custom SMTP server. Please edit your email server configuration and try again."_s);
}

HttpResponse emailRenderingError(const std::string &message)
{
    return KnownErrors::make(400, "EMAIL_RENDERING_ERROR", u"Failed to render email with theme: "_s + text(message),
                             ordered_json{{"error", message}});
}

HttpResponse emailNotEditable(const OutboxEmailRecord &email)
{
    const std::string status = outboxStatusDbName(email.effectiveStatus());
    return KnownErrors::make(400, "EMAIL_NOT_EDITABLE",
                             u"Email with ID \""_s + email.id.toQString() + u"\" cannot be edited because it is in status \""_s
                                 + text(status)
                                 + u"\". Only emails in PAUSED, PREPARING, RENDERING, RENDER_ERROR, SCHEDULED, QUEUED, or "
                                   "SERVER_ERROR status can be edited."_s,
                             ordered_json{{"email_id", email.id.toString()}, {"status", status}});
}

// A SCHEMA_ERROR the handler raises itself: the message as it is.
HttpResponse handlerSchemaError(const QString &message)
{
    return KnownErrors::make(400, "SCHEMA_ERROR", message, ordered_json{{"message", message.toStdString()}});
}

// --- the config: templates, themes, the email server ---

const ordered_json *configObject(const ProjectRecord &project, const char *path)
{
    const ordered_json *value = project.config.valueAt(path);
    return value && value->is_object() ? value : nullptr;
}

const ordered_json *entryIn(const ProjectRecord &project, const char *path, const std::string &id)
{
    const ordered_json *entries = configObject(project, path);
    if (!entries)
        return nullptr;
    const auto it = entries->find(id);
    return it != entries->end() && it->is_object() ? &*it : nullptr;
}

const ordered_json *templateEntry(const ProjectRecord &project, const std::string &id)
{
    return entryIn(project, "emails.templates", id);
}

const ordered_json *themeEntry(const ProjectRecord &project, const std::string &id)
{
    return entryIn(project, "emails.themes", id);
}

std::string stringIn(const ordered_json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool sharedEmailServer(const ProjectRecord &project)
{
    return project.config.boolAt("emails.server.isShared", true);
}

void writeEnvironment(ProjectRecord &project, const ordered_json &patch)
{
    project.config.patch(ConfigLevel::Environment, patch);
}

// A theme side of a request: its source, none for "no theme", or unknown.
struct ThemeSide
{
    std::optional<std::string> source;
    bool unknown = false;
};

// theme_id as the server reads it: absent or null → emails.selectedThemeId, false → none, an id.
ThemeSide themeFor(const ProjectRecord &project, const ordered_json *themeId)
{
    ThemeSide side;
    if (themeId && themeId->is_boolean())
        return side;
    std::string id;
    if (themeId && themeId->is_string()) {
        id = themeId->get<std::string>();
    } else if (const ordered_json *selected = project.config.valueAt("emails.selectedThemeId"); selected && selected->is_string()) {
        id = selected->get<std::string>();
    }
    if (id.empty())
        return side;
    const ordered_json *theme = themeEntry(project, id);
    if (!theme) {
        side.unknown = themeId && themeId->is_string();
        return side;
    }
    side.source = stringIn(*theme, "tsxSource");
    return side;
}

std::optional<std::string> categoryIdOf(const std::string &name)
{
    if (name == "Transactional")
        return kTransactionalId;
    if (name == "Marketing")
        return kMarketingId;
    return std::nullopt;
}

// theme_id of a body: a UUID, false or null (templateThemeIdSchema).
void checkThemeId(InputValidator &input, const char *key)
{
    const ordered_json *value = input.raw(key);
    if (!value || value->is_null() || (value->is_boolean() && !value->get<bool>()))
        return;
    if (value->is_string() && Uuid::parse(value->get<std::string>()))
        return;
    input.addProblem(u"body."_s + QString::fromLatin1(key) + u" must be a valid UUID, false, or null"_s);
}

// params.<name> must be a UUID (SCHEMA_ERROR otherwise).
std::optional<Uuid> uuidParam(const RequestContext &context, const QString &name, QStringList &problems)
{
    const auto id = Uuid::parse(context.param(name));
    if (!id)
        problems.append(u"params."_s + name + u" must be a valid UUID"_s);
    return id;
}

// The body of POST /internal/email-templates and -themes: {display_name}. nullopt, with the
// problems named, when the body is not that.
std::optional<std::string> readDisplayName(const RequestContext &context, QStringList &problems)
{
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator body(context.body.get(), u"body"_s, {"display_name"});
    body.require("display_name");
    const auto displayName = body.string("display_name");
    problems.append(body.problems());
    if (!problems.isEmpty())
        return std::nullopt;
    return displayName.value;
}

EmailRenderer::Values previewValues(const ProjectRecord &project)
{
    return {project.displayName, kPreviewUserName};
}

// --- delivery ---

void renderForDelivery(const ProjectRecord &project, OutboxEmailRecord &email, qint64 atMillis)
{
    email.startedRenderingAtMillis = atMillis;
    std::string userName;
    if (const auto userId = email.recipientUserId()) {
        const auto id = Uuid::parse(*userId);
        const auto index = id ? project.users.find(*id) : std::nullopt;
        if (index)
            userName = project.users.at(*index).displayName;
    }
    std::optional<std::string> themeSource;
    if (email.themeId) {
        const ordered_json themeId = *email.themeId;
        themeSource = themeFor(project, &themeId).source; // a theme deleted since: none
    }
    // {html} sends keep their body (the server wraps it in a template of its own) in the theme.
    const EmailRenderer::Values values{project.displayName, userName};
    const auto rendered = email.tsxSource.empty() ? EmailRenderer::wrap(email.bodyHtml, themeSource, values)
                                                  : EmailRenderer::render(email.tsxSource, themeSource, values);
    if (rendered.error) {
        email.status = OutboxStatus::RenderError;
        email.renderError = *rendered.error;
        return;
    }
    email.renderedAtMillis = atMillis;
    if (email.subject.empty())
        email.subject = rendered.subject.value_or(std::string());
    email.html = rendered.html;
    if (!email.notificationCategoryId)
        email.notificationCategoryId = categoryIdOf(rendered.notificationCategory.value_or("Transactional"));
    email.isTransactional = email.notificationCategoryId == std::string(kTransactionalId);
}

bool hasPrimaryEmail(const ProjectRecord &project, const OutboxEmailRecord &email)
{
    const auto userId = email.recipientUserId();
    if (!userId)
        return true; // custom addresses
    const auto id = Uuid::parse(*userId);
    const auto index = id ? project.users.find(*id) : std::nullopt;
    return index && !project.users.at(*index).primaryEmail.empty();
}

// --- reading bodies ---

struct SendRequest
{
    std::vector<std::string> userIds;
    bool hasUserIds = false;
    bool allUsers = false;
    Field<std::string> subject;
    Field<std::string> category;
    const ordered_json *themeId = nullptr;
    bool highPriority = false;
    Field<std::string> html;
    Field<Uuid> templateId;
    ordered_json variables = ordered_json::object();
    Field<Uuid> draftId;
    std::optional<qint64> scheduledAtMillis;
};

QStringList readSendRequest(const RequestContext &context, SendRequest &request)
{
    QStringList problems;
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator body(context.body.get(), u"body"_s,
                        {"user_ids", "all_users", "subject", "notification_category_name", "theme_id", "is_high_priority",
                         "html", "template_id", "variables", "draft_id", "scheduled_at_millis",
                         "emails"}); // custom addresses (newer servers): accepted, not emulated
    if (const ordered_json *ids = body.raw("user_ids"); ids && !ids->is_null()) {
        request.hasUserIds = true;
        if (!ids->is_array()) {
            body.addProblem(u"body.user_ids must be a `array` type, but the final value was: `"_s + InputValidator::printValue(*ids) + u"`."_s);
        } else {
            for (std::size_t i = 0; i < ids->size(); ++i) {
                const ordered_json &id = (*ids)[i];
                if (!id.is_string() || !Uuid::parse(id.get<std::string>()))
                    body.addProblem(u"body.user_ids["_s + QString::number(i) + u"] must be a valid UUID"_s);
                else
                    request.userIds.push_back(Uuid::parse(id.get<std::string>())->toString());
            }
        }
    }
    if (const ordered_json *all = body.raw("all_users"); all && !all->is_null()) {
        if (*all != true)
            body.addProblem(u"body.all_users must be one of the following values: true"_s);
        request.allUsers = true;
    }
    request.subject = body.string("subject");
    request.category = body.string("notification_category_name");
    checkThemeId(body, "theme_id");
    request.themeId = body.raw("theme_id");
    request.highPriority = body.boolean("is_high_priority").value;
    request.html = body.string("html");
    request.templateId = body.uuid("template_id");
    if (const ordered_json *variables = body.raw("variables"); variables && !variables->is_null()) {
        if (variables->is_object())
            request.variables = *variables;
        else
            body.addProblem(u"body.variables must be a `object` type, but the final value was: `"_s + InputValidator::printValue(*variables) + u"`."_s);
    }
    request.draftId = body.uuid("draft_id");
    const auto scheduled = body.integer("scheduled_at_millis");
    if (scheduled.hasValue())
        request.scheduledAtMillis = scheduled.value;
    problems.append(body.problems());
    if (problems.isEmpty() && !request.html.hasValue() && !request.templateId.hasValue() && !request.draftId.hasValue()) {
        problems.append(u"body is not matched by any of the provided schemas:\n"
                        "    Schema 0:\n      body.html must be defined\n"
                        "    Schema 1:\n      body.template_id must be defined\n"
                        "    Schema 2:\n      body.draft_id must be defined"_s);
    }
    return problems;
}

} // namespace

const char *EmailRoutes::defaultDraftSource()
{
    return R"tsx(import { Container } from "@react-email/components";
import { Subject, NotificationCategory, Props } from "@stackframe/emails";

export function EmailTemplate({ user, project }: Props) {
  return (
    <Container>
      <Subject value={`Hello ${user.displayName}!`} />
      <NotificationCategory value="Marketing" />
      <div className="font-bold">Hi {user.displayName}!</div>
      <br />
    </Container>
  );
}
)tsx";
}

const char *EmailRoutes::defaultTemplateSource()
{
    return R"tsx(import { type } from "arktype";
import { Container } from "@react-email/components";
import { Subject, NotificationCategory, Props } from "@stackframe/emails";

export const variablesSchema = type({
  count: "number"
});

export function EmailTemplate({ user, variables }: Props<typeof variablesSchema.infer>) {
  return (
    <Container>
      <Subject value={`Hello ${user.displayName}!`} />
      <NotificationCategory value="Transactional" />
      <div className="font-bold">Hi {user.displayName}!</div>
      <br />
      count is {variables.count}
    </Container>
  );
}

EmailTemplate.PreviewVariables = {
  count: 10
} satisfies typeof variablesSchema.infer
)tsx";
}

EmailRoutes::EmailRoutes(DataStore &store)
    : m_store(store)
{
}

void EmailRoutes::registerRoutes(Router &router)
{
    const quint8 serverOrAdmin = Router::kServer | Router::kAdmin;
    router.add("GET", u"/internal/email-drafts"_s, Router::kAdmin, [](RequestContext &c) { return listDrafts(c); });
    router.add("POST", u"/internal/email-drafts"_s, Router::kAdmin, [](RequestContext &c) { return createDraft(c); });
    router.add("GET", u"/internal/email-drafts/{id}"_s, Router::kAdmin, [](RequestContext &c) { return getDraft(c); });
    router.add("PATCH", u"/internal/email-drafts/{id}"_s, Router::kAdmin, [](RequestContext &c) { return updateDraft(c); });
    router.add("DELETE", u"/internal/email-drafts/{id}"_s, Router::kAdmin, [](RequestContext &c) { return deleteDraft(c); });

    router.add("GET", u"/internal/email-templates"_s, Router::kAdmin, [](RequestContext &c) { return listTemplates(c); });
    router.add("POST", u"/internal/email-templates"_s, Router::kAdmin, [](RequestContext &c) { return createTemplate(c); });
    router.add("PATCH", u"/internal/email-templates/{templateId}"_s, Router::kAdmin, [](RequestContext &c) { return updateTemplate(c); });
    router.add("DELETE", u"/internal/email-templates/{templateId}"_s, Router::kAdmin, [](RequestContext &c) { return deleteTemplate(c); });

    router.add("GET", u"/internal/email-themes"_s, Router::kAdmin, [](RequestContext &c) { return listThemes(c); });
    router.add("POST", u"/internal/email-themes"_s, Router::kAdmin, [](RequestContext &c) { return createTheme(c); });
    router.add("GET", u"/internal/email-themes/{id}"_s, Router::kAdmin, [](RequestContext &c) { return getTheme(c); });
    router.add("PATCH", u"/internal/email-themes/{id}"_s, Router::kAdmin, [](RequestContext &c) { return updateTheme(c); });

    router.add("POST", u"/emails/render-email"_s, Router::kAdmin, [](RequestContext &c) { return renderEmail(c); });
    router.add("POST", u"/emails/send-email"_s, serverOrAdmin, [](RequestContext &c) { return sendEmail(c); });
    router.add("GET", u"/emails/outbox"_s, serverOrAdmin, [](RequestContext &c) { return listOutbox(c); });
    router.add("GET", u"/emails/outbox/{id}"_s, serverOrAdmin, [](RequestContext &c) { return getOutboxEmail(c); });
    router.add("PATCH", u"/emails/outbox/{id}"_s, serverOrAdmin, [](RequestContext &c) { return updateOutboxEmail(c); });
    router.add("GET", u"/emails/delivery-info"_s, serverOrAdmin, [](RequestContext &c) { return deliveryInfo(c); });
    router.add("POST", u"/internal/send-test-email"_s, Router::kAdmin, [this](RequestContext &c) { return sendTestEmail(c); });
}

// --- drafts ---

HttpResponse EmailRoutes::listDrafts(RequestContext &context)
{
    ordered_json drafts = ordered_json::array();
    for (const EmailDraftRecord *draft : context.auth.project->emails.draftsByUpdate())
        drafts.push_back(EmailStore::draftJson(*draft));
    return HttpResponse::json(200, ordered_json{{"drafts", std::move(drafts)}});
}

HttpResponse EmailRoutes::createDraft(RequestContext &context)
{
    QStringList problems;
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator body(context.body.get(), u"body"_s, {"display_name", "theme_id", "tsx_source", "template_variables"});
    body.require("display_name");
    const auto displayName = body.string("display_name");
    checkThemeId(body, "theme_id");
    const auto source = body.string("tsx_source");
    const auto variables = body.anyJson("template_variables");
    problems.append(body.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);

    const qint64 now = Clock::nowMillis();
    EmailDraftRecord draft;
    draft.id = Uuid::randomFromSystem();
    draft.displayName = displayName.value;
    draft.tsxSource = source.hasValue() ? source.value : std::string(defaultDraftSource());
    draft.theme = EmailThemeRef::fromJson(body.raw("theme_id"));
    if (variables.hasValue() && variables.value->is_object())
        draft.templateVariables = *variables.value;
    draft.createdAtMillis = now;
    draft.updatedAtMillis = now;
    const std::string id = context.auth.project->emails.addDraft(std::move(draft)).id.toString();
    return HttpResponse::json(200, ordered_json{{"id", id}});
}

HttpResponse EmailRoutes::getDraft(RequestContext &context)
{
    QStringList problems;
    const auto id = uuidParam(context, u"id"_s, problems);
    if (!problems.isEmpty())
        return context.schemaError(problems);
    const EmailDraftRecord *draft = context.auth.project->emails.draft(*id);
    if (!draft)
        return HttpResponse::text(404, u"No draft found with given id"_s);
    return HttpResponse::json(200, EmailStore::draftJson(*draft));
}

HttpResponse EmailRoutes::updateDraft(RequestContext &context)
{
    QStringList problems;
    const auto id = uuidParam(context, u"id"_s, problems);
    InputValidator body(context.body.get(), u"body"_s, {"display_name", "theme_id", "tsx_source", "template_variables"});
    const auto displayName = body.string("display_name");
    checkThemeId(body, "theme_id");
    const auto source = body.string("tsx_source");
    const auto variables = body.anyJson("template_variables");
    problems.append(body.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);
    // The server has no check of its own here (its database refuses the update); the emulator
    // answers as GET and DELETE do.
    EmailDraftRecord *draft = context.auth.project->emails.draft(*id);
    if (!draft)
        return HttpResponse::text(404, u"No draft found with given id"_s);
    if (displayName.hasValue())
        draft->displayName = displayName.value;
    if (source.hasValue())
        draft->tsxSource = source.value;
    if (variables.hasValue() && variables.value->is_object())
        draft->templateVariables = *variables.value;
    // As the server does: the theme is written on every PATCH, so leaving theme_id out resets
    // the draft to the project's theme.
    draft->theme = EmailThemeRef::fromJson(body.raw("theme_id"));
    draft->updatedAtMillis = std::max(Clock::nowMillis(), draft->updatedAtMillis + 1);
    return HttpResponse::json(200, ordered_json{{"ok", "ok"}});
}

HttpResponse EmailRoutes::deleteDraft(RequestContext &context)
{
    QStringList problems;
    const auto id = uuidParam(context, u"id"_s, problems);
    if (!problems.isEmpty())
        return context.schemaError(problems);
    if (!context.auth.project->emails.removeDraft(*id))
        return HttpResponse::text(404, u"No draft found with given id"_s);
    return HttpResponse::json(200, ordered_json{{"ok", "ok"}});
}

// --- templates ---

HttpResponse EmailRoutes::listTemplates(RequestContext &context)
{
    ordered_json templates = ordered_json::array();
    if (const ordered_json *entries = configObject(*context.auth.project, "emails.templates")) {
        for (const auto &[id, entry] : entries->items()) {
            if (!entry.is_object())
                continue;
            ordered_json item = {{"id", id}, {"display_name", stringIn(entry, "displayName")}, {"tsx_source", stringIn(entry, "tsxSource")}};
            const auto theme = entry.find("themeId");
            if (theme != entry.end() && (theme->is_string() || theme->is_boolean()))
                item["theme_id"] = *theme;
            templates.push_back(std::move(item));
        }
    }
    return HttpResponse::json(200, ordered_json{{"templates", std::move(templates)}});
}

HttpResponse EmailRoutes::createTemplate(RequestContext &context)
{
    QStringList problems;
    const std::optional<std::string> displayName = readDisplayName(context, problems);
    if (!displayName)
        return context.schemaError(problems);
    ProjectRecord &project = *context.auth.project;
    if (sharedEmailServer(project))
        return requiresCustomEmailServer();
    const std::string id = Uuid::randomFromSystem().toString();
    writeEnvironment(project, {{"emails.templates." + id, {{"displayName", *displayName}, {"tsxSource", defaultTemplateSource()}}}});
    return HttpResponse::json(200, ordered_json{{"id", id}});
}

HttpResponse EmailRoutes::updateTemplate(RequestContext &context)
{
    QStringList problems;
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator body(context.body.get(), u"body"_s, {"tsx_source", "theme_id"});
    body.require("tsx_source");
    const auto source = body.string("tsx_source");
    checkThemeId(body, "theme_id");
    problems.append(body.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);
    ProjectRecord &project = *context.auth.project;
    if (sharedEmailServer(project))
        return requiresCustomEmailServer();
    const std::string id = context.param(u"templateId"_s).toStdString();
    const ordered_json *entry = templateEntry(project, id);
    if (!entry)
        return HttpResponse::text(404, u"No template found with given id"_s);

    const ordered_json *themeId = body.raw("theme_id");
    const auto stored = entry->find("themeId");
    const ordered_json storedTheme = stored != entry->end() ? *stored : ordered_json(nullptr);
    const ThemeSide theme = themeFor(project, themeId ? themeId : &storedTheme);
    if (theme.unknown)
        return HttpResponse::text(400, u"No theme found with given id"_s);
    const auto rendered = EmailRenderer::render(source.value, theme.source, previewValues(project));
    if (rendered.error)
        return emailRenderingError(*rendered.error);
    if (!rendered.subject)
        return emailRenderingError("Subject is required, import it from @stackframe/emails");
    if (!rendered.notificationCategory)
        return emailRenderingError("NotificationCategory is required, import it from @stackframe/emails");

    ordered_json patch = {{"emails.templates." + id + ".tsxSource", source.value}};
    if (themeId)
        patch["emails.templates." + id + ".themeId"] = *themeId;
    writeEnvironment(project, patch);
    return HttpResponse::json(200, ordered_json{{"rendered_html", rendered.html}});
}

HttpResponse EmailRoutes::deleteTemplate(RequestContext &context)
{
    ProjectRecord &project = *context.auth.project;
    if (sharedEmailServer(project))
        return requiresCustomEmailServer();
    const std::string id = context.param(u"templateId"_s).toStdString();
    if (!templateEntry(project, id))
        return HttpResponse::text(404, u"No template found with given id"_s);
    writeEnvironment(project, {{"emails.templates." + id, nullptr}});
    return HttpResponse::json(200, ordered_json::object());
}

// --- themes ---

HttpResponse EmailRoutes::listThemes(RequestContext &context)
{
    ordered_json themes = ordered_json::array();
    if (const ordered_json *entries = configObject(*context.auth.project, "emails.themes")) {
        for (const auto &[id, entry] : entries->items()) {
            if (entry.is_object())
                themes.push_back({{"id", id}, {"display_name", stringIn(entry, "displayName")}});
        }
    }
    return HttpResponse::json(200, ordered_json{{"themes", std::move(themes)}});
}

HttpResponse EmailRoutes::createTheme(RequestContext &context)
{
    QStringList problems;
    const std::optional<std::string> displayName = readDisplayName(context, problems);
    if (!displayName)
        return context.schemaError(problems);
    const std::string id = Uuid::randomFromSystem().toString();
    // A new theme starts as a copy of the light one (the server's LightEmailTheme).
    writeEnvironment(*context.auth.project,
                     {{"emails.themes." + id, {{"displayName", *displayName}, {"tsxSource", EmailBuiltins::themes().front().tsxSource}}}});
    return HttpResponse::json(200, ordered_json{{"id", id}});
}

HttpResponse EmailRoutes::getTheme(RequestContext &context)
{
    const std::string id = context.param(u"id"_s).toStdString();
    const ordered_json *theme = themeEntry(*context.auth.project, id);
    if (!theme)
        return HttpResponse::text(404, u"No theme found with given id"_s);
    return HttpResponse::json(200, ordered_json{{"id", id}, {"display_name", stringIn(*theme, "displayName")},
                                                {"tsx_source", stringIn(*theme, "tsxSource")}});
}

HttpResponse EmailRoutes::updateTheme(RequestContext &context)
{
    QStringList problems;
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator body(context.body.get(), u"body"_s, {"tsx_source"});
    body.require("tsx_source");
    const auto source = body.string("tsx_source");
    problems.append(body.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);
    ProjectRecord &project = *context.auth.project;
    const std::string id = context.param(u"id"_s).toStdString();
    const ordered_json *theme = themeEntry(project, id);
    if (!theme)
        return HttpResponse::text(404, u"No theme found with given id"_s);
    if (const auto problem = EmailRenderer::themeProblem(source.value))
        return emailRenderingError(*problem);
    const std::string displayName = stringIn(*theme, "displayName");
    writeEnvironment(project, {{"emails.themes." + id + ".tsxSource", source.value}});
    return HttpResponse::json(200, ordered_json{{"display_name", displayName}});
}

// --- render, send ---

HttpResponse EmailRoutes::renderEmail(RequestContext &context)
{
    QStringList problems;
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator body(context.body.get(), u"body"_s, {"template_id", "template_tsx_source", "theme_id", "theme_tsx_source"});
    const auto templateId = body.string("template_id");
    const auto templateSource = body.string("template_tsx_source");
    checkThemeId(body, "theme_id");
    const auto themeSource = body.string("theme_tsx_source");
    problems.append(body.problems());
    if (problems.isEmpty() && templateId.hasValue() == templateSource.hasValue()) {
        problems.append(u"body is not matched by any of the provided schemas:\n"
                        "    Schema 0:\n      body.template_id must be defined\n"
                        "    Schema 1:\n      body.template_tsx_source must be defined"_s);
    }
    if (!problems.isEmpty())
        return context.schemaError(problems);

    const ProjectRecord &project = *context.auth.project;
    ThemeSide theme;
    if (themeSource.hasValue()) {
        theme.source = themeSource.value;
    } else {
        theme = themeFor(project, body.raw("theme_id"));
        if (theme.unknown)
            return HttpResponse::text(400, u"No theme found with given id"_s);
    }
    std::string source = templateSource.value;
    if (templateId.hasValue()) {
        const ordered_json *entry = templateEntry(project, templateId.value);
        if (!entry)
            return HttpResponse::text(400, u"No template found with given id"_s);
        source = stringIn(*entry, "tsxSource");
    }
    const auto rendered = EmailRenderer::render(source, theme.source, previewValues(project));
    if (rendered.error)
        return emailRenderingError(*rendered.error);
    ordered_json answer = {{"html", rendered.html}};
    if (rendered.subject)
        answer["subject"] = *rendered.subject;
    if (rendered.notificationCategory)
        answer["notification_category"] = *rendered.notificationCategory;
    return HttpResponse::json(200, answer);
}

HttpResponse EmailRoutes::sendEmail(RequestContext &context)
{
    SendRequest request;
    const QStringList problems = readSendRequest(context, request);
    if (!problems.isEmpty())
        return context.schemaError(problems);
    ProjectRecord &project = *context.auth.project;
    if (sharedEmailServer(project))
        return requiresCustomEmailServer();
    if (request.hasUserIds == request.allUsers)
        return handlerSchemaError(u"Exactly one of user_ids or all_users must be provided"_s);
    std::optional<std::string> categoryId;
    if (request.category.hasValue()) {
        categoryId = categoryIdOf(request.category.value);
        if (!categoryId)
            return HttpResponse::text(400, u"Notification category not found with given name"_s);
    }
    const ordered_json *templateEntryJson = nullptr;
    if (request.templateId.hasValue()) {
        templateEntryJson = templateEntry(project, request.templateId.value.toString());
        if (!templateEntryJson)
            return HttpResponse::text(400, u"No template found with given template_id"_s);
    }
    EmailDraftRecord *draft = nullptr;
    if (request.draftId.hasValue()) {
        draft = project.emails.draft(request.draftId.value);
        if (!draft)
            return HttpResponse::text(400, u"No draft found with given draft_id"_s);
    }

    std::vector<std::string> recipients;
    if (request.allUsers) {
        for (quint32 i = 0; i < project.users.slotCount(); ++i) {
            const UserRecord &user = project.users.at(i);
            if (!user.deleted)
                recipients.push_back(user.id.toString());
        }
    } else {
        // Every id as requested, repeats included (one email each); the first unknown one refuses all.
        for (const std::string &id : request.userIds) {
            if (!project.users.find(*Uuid::parse(id)))
                return KnownErrors::userIdDoesNotExist(text(id));
        }
        recipients = request.userIds;
    }

    const qint64 now = Clock::nowMillis();
    OutboxEmailRecord base;
    base.createdAtMillis = now;
    base.updatedAtMillis = now;
    base.scheduledAtMillis = request.scheduledAtMillis.value_or(now);
    base.isHighPriority = request.highPriority;
    base.notificationCategoryId = categoryId;
    base.subject = request.subject.hasValue() ? request.subject.value : std::string();
    // theme_id: false → none, an id, null or left out → the project's theme (resolved now); for
    // a draft, left out means the draft's own theme.
    ordered_json themeId = request.themeId ? *request.themeId : ordered_json(nullptr);
    if (draft && !request.themeId) {
        const auto draftTheme = draft->theme.toJson();
        themeId = draftTheme ? *draftTheme : ordered_json(nullptr);
    }
    if (themeId.is_string()) {
        base.themeId = themeId.get<std::string>();
    } else if (themeId.is_null()) {
        const ordered_json *selected = project.config.valueAt("emails.selectedThemeId");
        if (selected && selected->is_string())
            base.themeId = selected->get<std::string>();
    }
    if (request.html.hasValue()) {
        base.bodyHtml = request.html.value;
    } else if (templateEntryJson) {
        base.tsxSource = stringIn(*templateEntryJson, "tsxSource");
        base.templateId = request.templateId.value.toString();
        base.variables = request.variables;
    } else if (draft) {
        base.tsxSource = draft->tsxSource;
        base.createdWith = "draft";
        base.draftId = draft->id;
        draft->sentAtMillis = now;
    }
    base.status = OutboxStatus::Scheduled;

    ordered_json results = ordered_json::array();
    for (const std::string &userId : recipients) {
        OutboxEmailRecord email = base;
        email.id = Uuid::randomFromSystem();
        email.to = {{"type", "user-primary-email"}, {"user_id", userId}};
        project.emails.addEmail(std::move(email));
        results.push_back({{"user_id", userId}});
    }
    return HttpResponse::json(200, ordered_json{{"results", std::move(results)}});
}

// --- outbox ---

void EmailRoutes::deliverDue(ProjectRecord &project, qint64 nowMillis)
{
    for (OutboxEmailRecord &email : project.emails.emails()) {
        const bool waiting = email.status == OutboxStatus::Scheduled || email.status == OutboxStatus::Queued
            || email.status == OutboxStatus::Preparing || email.status == OutboxStatus::Rendering;
        if (!waiting || email.isPaused || email.scheduledAtMillis > nowMillis)
            continue;
        const qint64 start = std::max(email.scheduledAtMillis, email.createdAtMillis);
        const qint64 done = std::min(nowMillis, start + kDeliveryMillis);
        email.updatedAtMillis = done;
        if (email.renderedAtMillis == 0) {
            renderForDelivery(project, email, start);
            if (email.status == OutboxStatus::RenderError)
                continue;
        }
        if (!hasPrimaryEmail(project, email)) {
            email.status = OutboxStatus::Skipped;
            email.skippedReason = "USER_HAS_NO_PRIMARY_EMAIL";
            email.outcomeAtMillis = done;
            continue;
        }
        email.startedSendingAtMillis = start;
        email.status = OutboxStatus::Sent;
        email.outcomeAtMillis = done;
    }
}

HttpResponse EmailRoutes::listOutbox(RequestContext &context)
{
    QStringList problems;
    InputValidator query(context.query.get(), u"query"_s, {"status", "simple_status", "user_id", "limit", "cursor"});
    const auto status = query.string("status");
    const auto simpleStatus = query.oneOf("simple_status", {"in-progress", "ok", "error"});
    const auto userId = query.string("user_id");
    const auto limit = query.string("limit");
    const auto cursor = query.string("cursor");
    problems.append(query.problems());
    OutboxFilter filter;
    if (status.hasValue()) {
        filter.status = outboxStatusFromId(status.value);
        if (!filter.status) // the server does not check the value (its database refuses it)
            problems.append(u"query.status must be one of the outbox statuses"_s);
    }
    if (!problems.isEmpty())
        return context.schemaError(problems);
    if (simpleStatus.hasValue())
        filter.simpleStatus = simpleStatus.value;
    if (userId.hasValue())
        filter.userId = Uuid::parse(userId.value) ? Uuid::parse(userId.value)->toString() : userId.value;
    int pageSize = kMaxOutboxLimit;
    if (limit.hasValue()) {
        const auto parsed = parseIntPrefix(limit.value);
        if (!parsed || *parsed < 1)
            return HttpResponse::text(400, u"Invalid limit parameter"_s);
        if (*parsed > kMaxOutboxLimit)
            return HttpResponse::text(400, u"Limit cannot exceed 100"_s);
        pageSize = int(*parsed);
    }
    std::optional<Uuid> from;
    if (cursor.hasValue()) {
        from = Uuid::parse(cursor.value);
        if (!from)
            from = Uuid(); // names no email: an empty page
    }

    ProjectRecord &project = *context.auth.project;
    deliverDue(project, Clock::nowMillis());
    const EmailStore::Page page = project.emails.list(filter, from, pageSize);
    ordered_json items = ordered_json::array();
    for (const OutboxEmailRecord *email : page.items)
        items.push_back(EmailStore::emailJson(*email));
    ordered_json answer = ordered_json::object();
    answer["items"] = std::move(items);
    answer["is_paginated"] = true;
    answer["pagination"] = {{"next_cursor", page.nextCursor ? ordered_json(page.nextCursor->toString()) : ordered_json(nullptr)}};
    return HttpResponse::json(200, answer);
}

HttpResponse EmailRoutes::getOutboxEmail(RequestContext &context)
{
    ProjectRecord &project = *context.auth.project;
    deliverDue(project, Clock::nowMillis());
    const auto id = Uuid::parse(context.param(u"id"_s));
    const OutboxEmailRecord *email = id ? project.emails.email(*id) : nullptr;
    if (!email)
        return HttpResponse::text(404, u"Email not found"_s);
    return HttpResponse::json(200, EmailStore::emailJson(*email));
}

HttpResponse EmailRoutes::updateOutboxEmail(RequestContext &context)
{
    QStringList problems;
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator body(context.body.get(), u"body"_s,
                        {"tsx_source", "theme_id", "to", "variables", "skip_deliverability_check", "scheduled_at_millis", "is_paused", "cancel"});
    const auto source = body.string("tsx_source");
    checkThemeId(body, "theme_id");
    const ordered_json *to = body.raw("to");
    if (to && !to->is_object())
        body.addProblem(u"body.to must be a `object` type, but the final value was: `"_s + InputValidator::printValue(*to) + u"`."_s);
    const ordered_json *variables = body.raw("variables");
    if (variables && !variables->is_object())
        body.addProblem(u"body.variables must be a `object` type, but the final value was: `"_s + InputValidator::printValue(*variables) + u"`."_s);
    const auto skipCheck = body.boolean("skip_deliverability_check");
    const auto scheduled = body.integer("scheduled_at_millis");
    const auto paused = body.boolean("is_paused");
    const auto cancel = body.boolean("cancel");
    problems.append(body.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);

    ProjectRecord &project = *context.auth.project;
    const qint64 now = Clock::nowMillis();
    deliverDue(project, now);
    const auto id = Uuid::parse(context.param(u"id"_s));
    OutboxEmailRecord *email = id ? project.emails.email(*id) : nullptr;
    if (!email)
        return HttpResponse::text(404, u"Email not found"_s);
    if (!isEditable(email->effectiveStatus()))
        return emailNotEditable(*email);

    email->updatedAtMillis = now;
    if (cancel.hasValue() && cancel.value) {
        email->isPaused = false;
        email->status = OutboxStatus::Skipped;
        email->skippedReason = "MANUALLY_CANCELLED";
        email->outcomeAtMillis = now;
        return HttpResponse::json(200, EmailStore::emailJson(*email));
    }
    const bool contentChanged = source.hasValue() || body.raw("theme_id") || to || variables;
    if (source.hasValue())
        email->tsxSource = source.value;
    if (const ordered_json *themeId = body.raw("theme_id")) {
        // Stored resolved, as at send time: null → the project's theme, false → none.
        email->themeId = std::nullopt;
        if (themeId->is_string()) {
            email->themeId = themeId->get<std::string>();
        } else if (themeId->is_null()) {
            if (const ordered_json *selected = project.config.valueAt("emails.selectedThemeId"); selected && selected->is_string())
                email->themeId = selected->get<std::string>();
        }
    }
    if (to)
        email->to = *to;
    if (variables)
        email->variables = *variables;
    if (skipCheck.hasValue())
        email->skipDeliverabilityCheck = skipCheck.value;
    if (contentChanged) { // rendered again before it is sent
        email->renderedAtMillis = 0;
        email->startedRenderingAtMillis = 0;
        email->renderError.clear();
        email->html.reset();
    }
    if (scheduled.hasValue())
        email->scheduledAtMillis = scheduled.value;
    if (contentChanged || scheduled.hasValue())
        email->status = OutboxStatus::Scheduled; // a failed one is tried again
    if (paused.hasValue())
        email->isPaused = paused.value;
    deliverDue(project, now);
    return HttpResponse::json(200, EmailStore::emailJson(*email));
}

HttpResponse EmailRoutes::deliveryInfo(RequestContext &context)
{
    ProjectRecord &project = *context.auth.project;
    const qint64 now = Clock::nowMillis();
    deliverDue(project, now);
    constexpr qint64 hour = 60 * 60 * 1000;
    const auto counts = [&](qint64 window) {
        const DeliveryCounts c = project.emails.deliveryCounts(now - window);
        return ordered_json{{"sent", c.sent}, {"bounced", c.bounced}, {"marked_as_spam", c.markedAsSpam}};
    };
    ordered_json stats = ordered_json::object();
    stats["hour"] = counts(hour);
    stats["day"] = counts(24 * hour);
    stats["week"] = counts(7 * 24 * hour);
    stats["month"] = counts(30 * 24 * hour);
    // fixture 44: 100,000 emails an hour, no boost, no penalty
    ordered_json capacity = ordered_json::object();
    capacity["rate_per_second"] = 100000.0 / 3600.0;
    capacity["boost_multiplier"] = 1;
    capacity["penalty_factor"] = 1;
    capacity["is_boost_active"] = false;
    capacity["boost_expires_at"] = nullptr;
    return HttpResponse::json(200, ordered_json{{"stats", std::move(stats)}, {"capacity", std::move(capacity)}});
}

// The emulator sends no mail. Its rule for a test email, so both answers can be seen:
// - a host ending in ".invalid" or port 0 times out (as an unreachable server does);
// - the password "wrong-password" is refused by the "server" (an authentication failure);
// - anything else succeeds, and the mail is recorded (Emulator::sentEmails(), kind TestEmail).
// The password is only compared, never logged or kept.
HttpResponse EmailRoutes::sendTestEmail(RequestContext &context)
{
    QStringList problems;
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator body(context.body.get(), u"body"_s, {"recipient_email", "email_config"});
    body.require("recipient_email");
    body.require("email_config");
    const auto recipient = body.email("recipient_email");
    const ordered_json *config = body.raw("email_config");
    problems.append(body.problems());
    InputValidator server(config && config->is_object() ? config : nullptr, u"body.email_config"_s,
                          {"host", "port", "username", "password", "sender_name", "sender_email"});
    if (config && !config->is_object())
        problems.append(u"body.email_config must be a `object` type, but the final value was: `"_s + InputValidator::printValue(*config) + u"`."_s);
    for (const char *key : {"host", "port", "username", "password", "sender_name", "sender_email"}) {
        if (config && config->is_object())
            server.require(key);
    }
    const auto host = server.string("host");
    const auto port = server.integer("port", false, 0, 65535);
    server.string("username");
    const auto password = server.string("password");
    server.string("sender_name");
    server.email("sender_email");
    problems.append(server.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);

    const QString hostName = text(host.value).trimmed().toLower();
    if (hostName.endsWith(u".invalid"_s) || port.value == 0) {
        return HttpResponse::json(200, ordered_json{{"success", false},
                                                    {"error_message", "Timed out. Make sure the email server is running and accepting connections."}});
    }
    if (password.value == "wrong-password") {
        return HttpResponse::json(200, ordered_json{{"success", false},
                                                    {"error_message", "Email server rejected the email: Invalid login: 535 5.7.8 Authentication failed"}});
    }
    SentEmail mail;
    mail.kind = SentEmail::Kind::TestEmail;
    mail.projectId = text(context.auth.project->id);
    mail.recipient = text(recipient.value);
    m_store.recordEmail(std::move(mail));
    return HttpResponse::json(200, ordered_json{{"success", true}});
}

} // namespace hexclave::emulator
