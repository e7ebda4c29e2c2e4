// EmailRoutes: the built-in templates and themes (fixtures 41, 42) in the config, drafts with the
// three theme encodings (and the PATCH that resets the theme), render-email and its failures,
// send-email with each refusal in the server's order, the outbox (fixture 43's shape, paging,
// filters, limits, pause/resume/cancel, EMAIL_NOT_EDITABLE), delivery-info (fixture 44) and
// send-test-email. The answers also go through the client's DTO parsing.
#include "EmulatorTestCase.h"

#include "dto/Email.h"

#include <QDateTime>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

namespace {

const char kUnknownId[] = "3241a285-8329-4d69-8f3d-316e08cf140c";
const char kDarkTheme[] = "a0172b5d-cff0-463b-83bb-85124697373a";
const char kVerificationTemplate[] = "e7d009ce-8d47-4528-b245-5bf119f2ffa3";
const QString kDrafts = u"/internal/email-drafts"_s;
const QString kTemplates = u"/internal/email-templates"_s;
const QString kThemes = u"/internal/email-themes"_s;
const QString kRender = u"/emails/render-email"_s;
const QString kSend = u"/emails/send-email"_s;
const QString kOutbox = u"/emails/outbox"_s;

const char kSource[] = R"tsx(import { Container, Text } from "@react-email/components";
import { Subject, NotificationCategory, Props } from "@stackframe/emails";

export function EmailTemplate({ user, project }: Props) {
  return (
    <Container>
      <Subject value={"Route test for " + project.displayName} />
      <NotificationCategory value="Transactional" />
      <Text>Hello {user.displayName}</Text>
    </Container>
  );
}
)tsx";

QString qs(const ordered_json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

} // namespace

class TestEmailRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    static void verifyKnownError(const HttpResult &result, int status, const QByteArray &code, const QString &message)
    {
        QCOMPARE(result.status, status);
        QCOMPARE(result.header("x-stack-known-error"), code);
        QCOMPARE(errorText(result), message);
    }

    static void verifyPlain(const HttpResult &result, int status, const QString &text)
    {
        QCOMPARE(result.status, status);
        QVERIFY(result.header("x-stack-known-error").isEmpty());
        QCOMPARE(result.text(), text);
    }

    // The second project keeps the shared email server; the dashboard account administers it.
    Headers secondProject() const
    {
        return TestHttpClient::adminToken(m_account.secondProjectId, dashboardAccessToken());
    }

    QString createDraft(const ordered_json &body)
    {
        const auto result = m_http->postJson(kDrafts, admin(), body);
        return result.status == 200 ? idOf(result.json()) : QString();
    }

    ordered_json draft(const QString &id) { return m_http->get(kDrafts + u'/' + id, admin()).json(); }

    // The first `count` demo users with a primary email.
    QStringList someUsers(int count)
    {
        QStringList ids;
        const ordered_json users = m_http->get(u"/users?limit=50"_s, admin()).json();
        for (const ordered_json &user : users["items"]) {
            if (user["primary_email"].is_string() && int(ids.size()) < count)
                ids << qs(user["id"]);
        }
        return ids;
    }

    // Every outbox email the query lists, page by page.
    std::vector<ordered_json> walk(const QString &query, int pageSize)
    {
        std::vector<ordered_json> all;
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            QString path = kOutbox + u"?limit="_s + QString::number(pageSize) + query;
            if (!cursor.isEmpty())
                path += u"&cursor="_s + cursor;
            const auto result = m_http->get(path, server());
            if (result.status != 200)
                return {};
            const ordered_json body = result.json();
            for (const ordered_json &email : body["items"])
                all.push_back(email);
            if (body["pagination"]["next_cursor"].is_null())
                return all;
            cursor = qs(body["pagination"]["next_cursor"]);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        EmulatorOptions options;
        options.userCount = 60;
        options.outboxEmailCount = 250;
        QVERIFY2(startEmulator(options), qPrintable(startError()));
    }

    void builtinTemplatesAndThemesAreTheServers()
    {
        FIXTURE_BODY(templates, u"41-email-templates"_s);
        COMPARE_JSON(m_http->get(kTemplates, admin()).json(), templates);
        FIXTURE_BODY(themes, u"42-email-themes"_s);
        COMPARE_JSON(m_http->get(kThemes, admin()).json(), themes);

        const auto theme = m_http->get(kThemes + u'/' + QString::fromLatin1(kDarkTheme), admin()).json();
        QCOMPARE(qs(theme["display_name"]), u"Default Dark"_s);
        QVERIFY(qs(theme["tsx_source"]).contains(u"export function EmailTheme"_s));
        verifyPlain(m_http->get(kThemes + u'/' + QString::fromLatin1(kUnknownId), admin()), 404, u"No theme found with given id"_s);

        // They are the config's (the second project: nothing but the defaults).
        const ordered_json config = ordered_json::parse(m_emulator->projectConfig(m_account.secondProjectId).toStdString());
        QCOMPARE(config["emails"]["templates"].size(), templates["templates"].size());
        COMPARE_JSON(config["emails"]["server"], ordered_json({{"isShared", true}, {"provider", "smtp"}}));
        const ordered_json demo = ordered_json::parse(m_emulator->projectConfig(m_account.projectId).toStdString());
        QCOMPARE(demo["emails"]["server"]["isShared"].get<bool>(), false);
        QCOMPARE(qs(demo["emails"]["server"]["host"]), u"smtp.demo-project.example"_s);

        QCOMPARE(m_http->get(kTemplates, server()).status, 401);
        QCOMPARE(m_http->get(kDrafts, server()).status, 401);
    }

    void sampleDrafts()
    {
        const auto drafts = hexclave::api::parseJson<hexclave::api::EmailDrafts>(m_http->get(kDrafts, admin()).body).drafts;
        QVERIFY(drafts.size() >= 3);
        int sent = 0;
        int dark = 0;
        int none = 0;
        for (const auto &draft : drafts) {
            sent += draft.sentAtMillis ? 1 : 0;
            dark += draft.theme.themeId == QLatin1String(kDarkTheme) ? 1 : 0;
            none += draft.theme.kind == hexclave::api::EmailThemeChoice::Kind::None ? 1 : 0;
        }
        QCOMPARE(sent, 1);
        QCOMPARE(dark, 1);
        QCOMPARE(none, 1);
    }

    void draftLifeCycleAndThemeEncoding()
    {
        const QString id = createDraft({{"display_name", "Route test"}});
        QVERIFY(!id.isEmpty());
        ordered_json read = draft(id);
        QCOMPARE(qs(read["display_name"]), u"Route test"_s);
        QVERIFY(!read.contains("theme_id")); // the project's theme: left out
        QVERIFY(read["sent_at_millis"].is_null());
        QVERIFY(qs(read["tsx_source"]).contains(u"<NotificationCategory value=\"Marketing\" />"_s)); // the default source

        COMPARE_JSON(m_http->patchJson(kDrafts + u'/' + id, admin(), {{"theme_id", kDarkTheme}}).json(), ordered_json({{"ok", "ok"}}));
        QCOMPARE(qs(draft(id)["theme_id"]), QString::fromLatin1(kDarkTheme));
        m_http->patchJson(kDrafts + u'/' + id, admin(), {{"theme_id", false}});
        COMPARE_JSON(draft(id)["theme_id"], ordered_json(false));
        // A PATCH without theme_id resets the theme, as on the server.
        m_http->patchJson(kDrafts + u'/' + id, admin(), {{"display_name", "Renamed"}});
        read = draft(id);
        QCOMPARE(qs(read["display_name"]), u"Renamed"_s);
        QVERIFY(!read.contains("theme_id"));
        m_http->patchJson(kDrafts + u'/' + id, admin(), {{"theme_id", nullptr}, {"tsx_source", kSource}});
        read = draft(id);
        QVERIFY(!read.contains("theme_id"));
        QCOMPARE(qs(read["tsx_source"]), QString::fromLatin1(kSource));

        // Newest change first.
        QCOMPARE(qs(m_http->get(kDrafts, admin()).json()["drafts"][0]["id"]), id);

        const QString plain = createDraft({{"display_name", "No theme"}, {"theme_id", false}, {"tsx_source", "x"}});
        COMPARE_JSON(draft(plain)["theme_id"], ordered_json(false));

        const auto notUuid = m_http->get(kDrafts + u"/nope"_s, admin());
        QCOMPARE(notUuid.status, 400);
        QCOMPARE(notUuid.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        const auto badTheme = m_http->postJson(kDrafts, admin(), {{"display_name", "x"}, {"theme_id", true}});
        QCOMPARE(badTheme.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        QCOMPARE(m_http->postJson(kDrafts, admin(), ordered_json::object()).header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));

        COMPARE_JSON(m_http->send("DELETE", kDrafts + u'/' + id, admin()).json(), ordered_json({{"ok", "ok"}}));
        verifyPlain(m_http->get(kDrafts + u'/' + id, admin()), 404, u"No draft found with given id"_s);
        verifyPlain(m_http->send("DELETE", kDrafts + u'/' + id, admin()), 404, u"No draft found with given id"_s);
        m_http->send("DELETE", kDrafts + u'/' + plain, admin());
    }

    void renderEmail()
    {
        auto result = m_http->postJson(kRender, admin(), {{"template_tsx_source", kSource}, {"theme_id", false}});
        QCOMPARE(result.status, 200);
        const auto rendered = hexclave::api::parseJson<hexclave::api::RenderedEmail>(result.body);
        QCOMPARE(rendered.subject, u"Route test for Demo Project"_s);
        QCOMPARE(rendered.notificationCategory, u"Transactional"_s);
        QVERIFY(rendered.html.contains(u"<p>Hello John Doe</p>"_s));

        result = m_http->postJson(kRender, admin(), {{"template_id", kVerificationTemplate}, {"theme_id", kDarkTheme}});
        QCOMPARE(qs(result.json()["subject"]), u"Verify your email at Demo Project"_s);
        QVERIFY(qs(result.json()["html"]).contains(u"#323232"_s));
        result = m_http->postJson(kRender, admin(), {{"template_tsx_source", kSource}, {"theme_tsx_source", "export function EmailTheme({ children }) { return <main>{children}</main>; }"}});
        QVERIFY(qs(result.json()["html"]).contains(u"<main><div"_s));

        std::string broken = kSource;
        broken.replace(broken.find("</Text>"), 7, "</Section>");
        result = m_http->postJson(kRender, admin(), {{"template_tsx_source", broken}});
        const std::string message = "Build failed with 1 error:\nvirtual:/template.tsx:9:36: ERROR: Unexpected closing \"Section\" tag does "
                                    "not match opening \"Text\" tag";
        verifyKnownError(result, 400, "EMAIL_RENDERING_ERROR", u"Failed to render email with theme: "_s + QString::fromStdString(message));
        COMPARE_JSON(result.json()["details"], ordered_json({{"error", message}}));

        result = m_http->postJson(kRender, admin(), {{"template_tsx_source", kSource}, {"theme_tsx_source", "export function Theme() { return <div/>; }"}});
        QCOMPARE(result.header("x-stack-known-error"), QByteArray("EMAIL_RENDERING_ERROR"));
        QVERIFY(errorText(result).endsWith(u"No matching export in \"virtual:/theme.tsx\" for import \"EmailTheme\""_s));

        verifyPlain(m_http->postJson(kRender, admin(), {{"template_tsx_source", kSource}, {"theme_id", kUnknownId}}), 400,
                    u"No theme found with given id"_s);
        verifyPlain(m_http->postJson(kRender, admin(), {{"template_id", kUnknownId}}), 400, u"No template found with given id"_s);
        QCOMPARE(m_http->postJson(kRender, admin(), {{"theme_id", false}}).header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        QCOMPARE(m_http->postJson(kRender, server(), {{"template_tsx_source", kSource}}).status, 401);
    }

    void editTemplatesAndThemes()
    {
        const QString path = kTemplates + u'/' + QString::fromLatin1(kVerificationTemplate);
        auto result = m_http->patchJson(path, admin(), {{"tsx_source", kSource}});
        QCOMPARE(result.status, 200);
        QVERIFY(qs(result.json()["rendered_html"]).contains(u"Hello John Doe"_s));
        // Written to the environment override, so the config shows it.
        const ordered_json config = ordered_json::parse(m_emulator->projectConfig(m_account.projectId).toStdString());
        QCOMPARE(qs(config["emails"]["templates"][kVerificationTemplate]["tsxSource"]), QString::fromLatin1(kSource));

        std::string noSubject = kSource;
        noSubject.erase(noSubject.find("<Subject"), noSubject.find("<NotificationCategory") - noSubject.find("<Subject"));
        verifyKnownError(m_http->patchJson(path, admin(), {{"tsx_source", noSubject}}), 400, "EMAIL_RENDERING_ERROR",
                         u"Failed to render email with theme: Subject is required, import it from @stackframe/emails"_s);
        verifyPlain(m_http->patchJson(kTemplates + u'/' + QString::fromLatin1(kUnknownId), admin(), {{"tsx_source", kSource}}), 404,
                    u"No template found with given id"_s);

        const QString created = idOf(m_http->postJson(kTemplates, admin(), {{"display_name", "Route template"}}).json());
        QVERIFY(!created.isEmpty());
        const auto listed = hexclave::api::parseJson<hexclave::api::EmailTemplates>(m_http->get(kTemplates, admin()).body).templates;
        QCOMPARE(listed.last().id, created);
        QCOMPARE(listed.last().displayName, u"Route template"_s);
        COMPARE_JSON(m_http->send("DELETE", kTemplates + u'/' + created, admin()).json(), ordered_json::object());
        verifyPlain(m_http->send("DELETE", kTemplates + u'/' + created, admin()), 404, u"No template found with given id"_s);

        // The shared email server refuses template changes.
        const QString refusal = u"This action requires a custom SMTP server. Please edit your email server configuration and try again."_s;
        verifyKnownError(m_http->patchJson(path, secondProject(), {{"tsx_source", kSource}}), 400, "REQUIRES_CUSTOM_EMAIL_SERVER", refusal);
        verifyKnownError(m_http->postJson(kTemplates, secondProject(), {{"display_name", "x"}}), 400, "REQUIRES_CUSTOM_EMAIL_SERVER", refusal);

        const QString theme = idOf(m_http->postJson(kThemes, admin(), {{"display_name", "Route theme"}}).json());
        QVERIFY(!theme.isEmpty());
        QVERIFY(qs(m_http->get(kThemes + u'/' + theme, admin()).json()["tsx_source"]).contains(u"EmailTheme"_s));
        result = m_http->patchJson(kThemes + u'/' + theme, admin(), {{"tsx_source", "export function Nope() { return <div/>; }"}});
        verifyKnownError(result, 400, "EMAIL_RENDERING_ERROR",
                         u"Failed to render email with theme: Build failed with 1 error:\nvirtual:/render.tsx:9:9: ERROR: No matching "
                         "export in \"virtual:/theme.tsx\" for import \"EmailTheme\""_s);
        const std::string good = "export function EmailTheme({ children }) {\n  return <section>{children}</section>;\n}\n";
        COMPARE_JSON(m_http->patchJson(kThemes + u'/' + theme, admin(), {{"tsx_source", good}}).json(), ordered_json({{"display_name", "Route theme"}}));
        QCOMPARE(qs(m_http->get(kThemes + u'/' + theme, admin()).json()["tsx_source"]), QString::fromStdString(good));
    }

    void sendEmailRefusals()
    {
        const QStringList users = someUsers(1);
        QCOMPARE(users.size(), 1);
        const ordered_json user = users.first().toStdString();
        const auto schemaMessage = [](const QString &problem) -> QString {
            return u"Request validation failed on POST /api/v1/emails/send-email:\n  - "_s + problem;
        };
        verifyKnownError(m_http->postJson(kSend, server(), {{"user_ids", {user}}}), 400, "SCHEMA_ERROR",
                         schemaMessage(u"body is not matched by any of the provided schemas:\n    Schema 0:\n      body.html must be defined\n"
                                       "    Schema 1:\n      body.template_id must be defined\n    Schema 2:\n      body.draft_id must be defined"_s));
        verifyKnownError(m_http->postJson(kSend, server(), {{"user_ids", {"nope"}}, {"html", "x"}}), 400, "SCHEMA_ERROR",
                         schemaMessage(u"body.user_ids[0] must be a valid UUID"_s));
        verifyKnownError(m_http->postJson(kSend, secondProject(), {{"all_users", true}, {"html", "x"}}), 400,
                         "REQUIRES_CUSTOM_EMAIL_SERVER",
                         u"This action requires a custom SMTP server. Please edit your email server configuration and try again."_s);
        const auto both = m_http->postJson(kSend, server(), {{"user_ids", {user}}, {"all_users", true}, {"html", "x"}});
        verifyKnownError(both, 400, "SCHEMA_ERROR", u"Exactly one of user_ids or all_users must be provided"_s);
        verifyKnownError(m_http->postJson(kSend, server(), {{"html", "x"}}), 400, "SCHEMA_ERROR",
                         u"Exactly one of user_ids or all_users must be provided"_s);
        verifyPlain(m_http->postJson(kSend, server(), {{"user_ids", {user}}, {"html", "x"}, {"notification_category_name", "News"}}), 400,
                    u"Notification category not found with given name"_s);
        verifyPlain(m_http->postJson(kSend, server(), {{"user_ids", {user}}, {"template_id", kUnknownId}}), 400,
                    u"No template found with given template_id"_s);
        verifyPlain(m_http->postJson(kSend, server(), {{"user_ids", {user}}, {"draft_id", kUnknownId}}), 400,
                    u"No draft found with given draft_id"_s);
        const auto missing = m_http->postJson(kSend, server(), {{"user_ids", {user, kUnknownId}}, {"html", "x"}});
        verifyKnownError(missing, 400, "USER_ID_DOES_NOT_EXIST",
                         u"The given user with the ID "_s + QString::fromLatin1(kUnknownId) + u" does not exist."_s);
        COMPARE_JSON(missing.json()["details"], ordered_json({{"user_id", kUnknownId}}));
        QCOMPARE(m_http->postJson(kSend, projectClient(), {{"user_ids", {user}}, {"html", "x"}}).status, 401);
        COMPARE_JSON(m_http->postJson(kSend, server(), {{"user_ids", ordered_json::array()}, {"html", "x"}}).json(),
                     ordered_json({{"results", ordered_json::array()}}));
    }

    void sendAndFollowInTheOutbox()
    {
        const QStringList users = someUsers(2);
        QCOMPARE(users.size(), 2);
        const QString draftId = createDraft({{"display_name", "Route send"}, {"tsx_source", kSource}, {"theme_id", false}});
        auto result = m_http->postJson(kSend, admin(),
                                       {{"user_ids", {users[1].toStdString(), users[0].toStdString(), users[1].toStdString()}},
                                        {"draft_id", draftId.toStdString()}});
        QCOMPARE(result.status, 200);
        const auto sent = hexclave::api::parseJson<hexclave::api::SentEmails>(result.body);
        QCOMPARE(sent.userIds, (QStringList{users[1], users[0], users[1]})); // as requested, the repeat too
        QVERIFY(!draft(draftId)["sent_at_millis"].is_null());

        // Delivered on the next read, found with the user filter.
        const auto mine = walk(u"&user_id="_s + users[1], 100);
        QVERIFY(mine.size() >= 2);
        QCOMPARE(mine[0]["created_at_millis"].get<qint64>(), mine[1]["created_at_millis"].get<qint64>()); // one email per requested id
        const ordered_json &latest = mine.front();
        QCOMPARE(qs(latest["status"]), u"sent"_s);
        QCOMPARE(qs(latest["created_with"]), u"draft"_s);
        QCOMPARE(qs(latest["email_draft_id"]), draftId);
        QCOMPARE(qs(latest["subject"]), u"Route test for Demo Project"_s);
        QVERIFY(latest["theme_id"].is_null()); // the draft's "no theme"
        FIXTURE_BODY(outbox, u"43-emails-outbox"_s);
        const ordered_json &sentSample = outbox["items"][1];
        for (const auto &item : sentSample.items())
            QVERIFY2(latest.contains(item.key()), item.key().c_str());

        // HTML goes out in the project's theme.
        result = m_http->postJson(kSend, server(), {{"user_ids", {users[0].toStdString()}}, {"html", "<p>right now</p>"},
                                                    {"subject", "Now"}, {"notification_category_name", "Marketing"}});
        QCOMPARE(result.status, 200);
        const ordered_json now = walk(u"&user_id="_s + users[0], 100).front();
        QCOMPARE(qs(now["subject"]), u"Now"_s);
        QVERIFY(qs(now["html"]).contains(u"<p>right now</p>"_s));
        QVERIFY(qs(now["html"]).contains(u"#fafbfb"_s)); // Default Light's background
        QCOMPARE(qs(now["theme_id"]), u"1df07ae6-abf3-4a40-83a5-a1a2cbe336ac"_s);
        QCOMPARE(qs(now["notification_category_id"]), u"4f6f8873-3d04-46bd-8bef-18338b1a1b4c"_s);
        QCOMPARE(now["is_transactional"].get<bool>(), false);

        // Scheduled for later: pause, resume, cancel, then nothing more.
        const qint64 later = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        result = m_http->postJson(kSend, server(), {{"user_ids", {users[0].toStdString()}}, {"html", "<p>later</p>"},
                                                    {"subject", "Later"}, {"scheduled_at_millis", later}});
        QCOMPARE(result.status, 200);
        const auto scheduled = walk(u"&status=scheduled&user_id="_s + users[0], 100);
        QVERIFY(!scheduled.empty());
        const QString id = qs(scheduled.front()["id"]);
        QCOMPARE(scheduled.front()["scheduled_at_millis"].get<qint64>(), later);
        const QString emailPath = kOutbox + u'/' + id;
        result = m_http->patchJson(emailPath, server(), {{"is_paused", true}});
        QCOMPARE(qs(result.json()["status"]), u"paused"_s);
        QCOMPARE(result.json()["is_paused"].get<bool>(), true);
        result = m_http->patchJson(emailPath, server(), {{"is_paused", false}});
        QCOMPARE(qs(result.json()["status"]), u"scheduled"_s);
        result = m_http->patchJson(emailPath, server(), {{"cancel", true}});
        QCOMPARE(qs(result.json()["status"]), u"skipped"_s);
        QCOMPARE(qs(result.json()["skipped_reason"]), u"MANUALLY_CANCELLED"_s);
        verifyKnownError(m_http->patchJson(emailPath, server(), {{"cancel", true}}), 400, "EMAIL_NOT_EDITABLE",
                         u"Email with ID \""_s + id + u"\" cannot be edited because it is in status \"SKIPPED\". Only emails in PAUSED, "
                         "PREPARING, RENDERING, RENDER_ERROR, SCHEDULED, QUEUED, or SERVER_ERROR status can be edited."_s);
        COMPARE_JSON(m_http->patchJson(emailPath, server(), {{"is_paused", true}}).json()["details"],
                     ordered_json({{"email_id", id.toStdString()}, {"status", "SKIPPED"}}));
        QCOMPARE(qs(m_http->get(emailPath, server()).json()["status"]), u"skipped"_s);
        verifyPlain(m_http->get(kOutbox + u'/' + QString::fromLatin1(kUnknownId), server()), 404, u"Email not found"_s);
        verifyPlain(m_http->patchJson(kOutbox + u'/' + QString::fromLatin1(kUnknownId), server(), {{"cancel", true}}), 404,
                    u"Email not found"_s);
        m_http->send("DELETE", kDrafts + u'/' + draftId, admin());
    }

    void outboxPagesWithoutGapsOrRepeats()
    {
        FIXTURE_BODY(sample, u"43-emails-outbox"_s);
        const auto first = m_http->get(kOutbox + u"?limit=2"_s, admin());
        QCOMPARE(first.status, 200);
        QCOMPARE(Fixtures::shapeDifference(sample["pagination"], first.json()["pagination"]), QString());
        QCOMPARE(first.json()["is_paginated"].get<bool>(), true);
        const auto parsed = hexclave::api::parseJson<hexclave::api::Page<hexclave::api::OutboxEmail>>(first.body);
        QCOMPARE(parsed.items.size(), 2);
        QVERIFY(parsed.hasMore());

        const auto all = walk({}, 100);
        QVERIFY(all.size() >= 250);
        const auto paged = walk({}, 7);
        QCOMPARE(paged.size(), all.size());
        std::set<std::string> ids;
        for (std::size_t i = 0; i < paged.size(); ++i) {
            COMPARE_JSON(paged[i]["id"], all[i]["id"]);
            ids.insert(paged[i]["id"].get<std::string>());
            if (i > 0) {
                const qint64 previous = paged[i - 1]["created_at_millis"].get<qint64>();
                const qint64 current = paged[i]["created_at_millis"].get<qint64>();
                QVERIFY(previous > current || (previous == current && paged[i - 1]["id"] < paged[i]["id"]));
            }
        }
        QCOMPARE(ids.size(), paged.size());

        std::set<std::string> statuses;
        for (const ordered_json &email : all)
            statuses.insert(email["status"].get<std::string>());
        for (const char *status : {"sent", "opened", "clicked", "bounced", "skipped", "server-error", "scheduled", "paused", "render-error"})
            QVERIFY2(statuses.count(status), status);

        const auto errors = walk(u"&simple_status=error"_s, 100);
        QVERIFY(!errors.empty());
        for (const ordered_json &email : errors)
            QCOMPARE(qs(email["simple_status"]), u"error"_s);
        for (const ordered_json &email : walk(u"&status=server-error"_s, 100)) {
            QVERIFY(email["send_attempt_errors"].is_array());
            QVERIFY(!qs(email["server_error"]).isEmpty());
        }

        verifyPlain(m_http->get(kOutbox + u"?limit=101"_s, server()), 400, u"Limit cannot exceed 100"_s);
        verifyPlain(m_http->get(kOutbox + u"?limit=0"_s, server()), 400, u"Invalid limit parameter"_s);
        verifyPlain(m_http->get(kOutbox + u"?limit=abc"_s, server()), 400, u"Invalid limit parameter"_s);
        QCOMPARE(m_http->get(kOutbox, projectClient()).status, 401);
    }

    void deliveryInfoCountsTheOutbox()
    {
        const auto result = m_http->get(u"/emails/delivery-info"_s, server());
        QCOMPARE(result.status, 200);
        FIXTURE_BODY(sample, u"44-emails-delivery-info"_s);
        const ordered_json body = result.json();
        QCOMPARE(Fixtures::shapeDifference(sample, body), QString());
        COMPARE_JSON(body["capacity"], sample["capacity"]);
        const auto info = hexclave::api::parseJson<hexclave::api::DeliveryInfo>(result.body);
        QVERIFY(info.month.sent > 0);
        QVERIFY(info.month.bounced > 0);
        QVERIFY(info.hour.sent <= info.day.sent && info.day.sent <= info.week.sent && info.week.sent <= info.month.sent);

        qint64 delivered = 0;
        const qint64 monthAgo = QDateTime::currentMSecsSinceEpoch() - 30ll * 24 * 3600 * 1000;
        for (const ordered_json &email : walk({}, 100)) {
            if (email["has_delivered"].get<bool>() && email["delivered_at_millis"].get<qint64>() >= monthAgo)
                ++delivered;
        }
        QCOMPARE(info.month.sent, delivered);
    }

    void sendTestEmail()
    {
        const QString path = u"/internal/send-test-email"_s;
        ordered_json config = {{"host", "smtp.example.com"}, {"port", 587}, {"username", "u"}, {"password", "secret"},
                               {"sender_name", "Demo"}, {"sender_email", "demo@example.com"}};
        m_emulator->clearSentEmails();
        auto result = m_http->postJson(path, admin(), {{"recipient_email", "me@example.com"}, {"email_config", config}});
        COMPARE_JSON(result.json(), ordered_json({{"success", true}}));
        const auto mails = m_emulator->sentEmails();
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails.first().kind, SentEmail::Kind::TestEmail);
        QCOMPARE(mails.first().recipient, u"me@example.com"_s);

        config["host"] = "unreachable.invalid";
        result = m_http->postJson(path, admin(), {{"recipient_email", "me@example.com"}, {"email_config", config}});
        const auto timedOut = hexclave::api::parseJson<hexclave::api::TestEmailResult>(result.body);
        QVERIFY(!timedOut.success);
        QCOMPARE(timedOut.errorMessage, u"Timed out. Make sure the email server is running and accepting connections."_s);
        config["host"] = "smtp.example.com";
        config["password"] = "wrong-password";
        result = m_http->postJson(path, admin(), {{"recipient_email", "me@example.com"}, {"email_config", config}});
        QCOMPARE(result.status, 200);
        QVERIFY(qs(result.json()["error_message"]).startsWith(u"Email server rejected the email: "_s));

        config.erase("sender_email");
        result = m_http->postJson(path, admin(), {{"recipient_email", "me@example.com"}, {"email_config", config}});
        QCOMPARE(result.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        QVERIFY(errorText(result).contains(u"body.email_config.sender_email must be defined"_s));
        QCOMPARE(m_http->postJson(path, server(), {{"recipient_email", "me@example.com"}, {"email_config", config}}).status, 401);
        QCOMPARE(m_emulator->sentEmails().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEmailRoutes)
#include "tst_emailroutes.moc"
