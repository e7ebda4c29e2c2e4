// TeamInvitationRoutes: GET /team-invitations?team_id= (fixture 21), POST /team-invitations/send-code
// (the mail is recorded as a SentEmail of kind TeamInvitation) and DELETE /team-invitations/{id},
// with the demo's pending invitations and every refusal.
#include "EmulatorTestCase.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

namespace {
constexpr qint64 kWeekMillis = 7LL * 24 * 60 * 60 * 1000;
const char kUnknownTeam[] = "3241a285-8329-4d69-8f3d-316e08cf140c";
} // namespace

class TestTeamInvitationRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    QString m_teamId; // a team of the tests' own, without invitations at first

    HttpResult sendInvitation(const QString &teamId, const std::string &email, const Headers &headers,
                              const std::string &callback = "http://localhost:3000/handler/team-invitation")
    {
        return m_http->postJson(u"/team-invitations/send-code"_s, headers,
                                {{"team_id", teamId.toStdString()}, {"email", email}, {"callback_url", callback}});
    }

    ordered_json invitationsOf(const QString &teamId)
    {
        return m_http->get(u"/team-invitations?team_id="_s + teamId, admin()).json()["items"];
    }

    static void verifyKnownError(const HttpResult &result, int status, const QByteArray &code)
    {
        QCOMPARE(result.status, status);
        QCOMPARE(result.header("x-stack-known-error"), code);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(startEmulator(), qPrintable(startError()));
        const auto team = m_http->postJson(u"/teams"_s, admin(), {{"display_name", "Invitation Lab"}});
        QCOMPARE(team.status, 201);
        m_teamId = idOf(team.json());
    }

    void cleanup() { m_emulator->clearSentEmails(); }

    void emptyListMatchesFixture21()
    {
        const auto result = m_http->get(u"/team-invitations?team_id="_s + m_teamId, admin());
        QCOMPARE(result.status, 200);
        COMPARE_JSON(result.json(), Fixtures::responseBody(u"21-team-invitations"_s));
        QCOMPARE(m_http->get(u"/team-invitations?team_id="_s + m_teamId, server()).status, 200);
    }

    void demoTeamsHavePendingInvitations()
    {
        const ordered_json teams = m_http->get(u"/teams"_s, admin()).json()["items"];
        const QString first = idOf(teams[0]);
        const ordered_json items = invitationsOf(first);
        QCOMPARE(items.size(), std::size_t(2));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const auto &item : items) {
            QCOMPARE(QString::fromStdString(item["team_id"].get<std::string>()), first);
            COMPARE_JSON(item["team_display_name"], teams[0]["display_name"]);
            QVERIFY(item["recipient_email"].get<std::string>().find('@') != std::string::npos);
            const qint64 expires = item["expires_at_millis"].get<qint64>();
            QVERIFY(expires > now && expires <= now + kWeekMillis);
        }
        std::size_t total = 0;
        for (const auto &team : teams)
            total += invitationsOf(idOf(team)).size();
        QVERIFY(total >= 3);
    }

    void sendListAndMail()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const auto result = sendInvitation(m_teamId, "new.colleague@example.com", server());
        QCOMPARE(result.status, 200);
        const ordered_json answer = result.json();
        QCOMPARE(answer.size(), std::size_t(2));
        QCOMPARE(answer["success"].get<bool>(), true);
        const QString id = idOf(answer);
        QVERIFY(!id.isEmpty());

        const ordered_json items = invitationsOf(m_teamId);
        QCOMPARE(items.size(), std::size_t(1));
        const ordered_json expected = {{"id", id.toStdString()},
                                       {"team_id", m_teamId.toStdString()},
                                       {"team_display_name", "Invitation Lab"},
                                       {"expires_at_millis", items[0]["expires_at_millis"]},
                                       {"recipient_email", "new.colleague@example.com"}};
        COMPARE_JSON(items[0], expected);
        // Invitations are valid for 7 days.
        const qint64 expires = items[0]["expires_at_millis"].get<qint64>();
        QVERIFY(expires >= before + kWeekMillis && expires <= QDateTime::currentMSecsSinceEpoch() + kWeekMillis);

        const QList<SentEmail> mails = m_emulator->sentEmails();
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails[0].kind, SentEmail::Kind::TeamInvitation);
        QCOMPARE(mails[0].recipient, u"new.colleague@example.com"_s);
        QCOMPARE(mails[0].callbackUrl, u"http://localhost:3000/handler/team-invitation"_s);
        QCOMPARE(mails[0].teamId, m_teamId);
        QCOMPARE(mails[0].invitationId, id);
        QCOMPARE(mails[0].projectId, m_account.projectId);
        QVERIFY(mails[0].userId.isEmpty());

        // The same address may be invited again: a second pending invitation.
        QCOMPARE(sendInvitation(m_teamId, "new.colleague@example.com", admin()).status, 200);
        QCOMPARE(invitationsOf(m_teamId).size(), std::size_t(2));
    }

    void sendRefusals()
    {
        const std::size_t before = invitationsOf(m_teamId).size();
        const auto elsewhere = sendInvitation(m_teamId, "x@example.com", admin(), "https://example.com/join");
        verifyKnownError(elsewhere, 400, "REDIRECT_URL_NOT_WHITELISTED");
        verifyKnownError(sendInvitation(QString::fromLatin1(kUnknownTeam), "x@example.com", admin()), 404, "TEAM_NOT_FOUND");
        // The callback is checked before the team.
        verifyKnownError(sendInvitation(QString::fromLatin1(kUnknownTeam), "x@example.com", admin(), "https://example.com/"), 400,
                         "REDIRECT_URL_NOT_WHITELISTED");
        QVERIFY(m_emulator->sentEmails().isEmpty());
        QCOMPARE(invitationsOf(m_teamId).size(), before);
    }

    void sendValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problems");
        const auto body = [](const ordered_json &json) { return QByteArray::fromStdString(json.dump()); };
        const std::string local = "http://localhost/";
        QTest::newRow("empty") << body(ordered_json::object())
                               << u"body.team_id must be defined\n  - body.email must be defined\n  - body.callback_url must be defined"_s;
        QTest::newRow("bad team id") << body({{"team_id", "abc"}, {"email", "a@example.com"}, {"callback_url", local}})
                                     << u"body.team_id must be a valid UUID"_s;
        QTest::newRow("bad email") << body({{"team_id", kUnknownTeam}, {"email", "nope"}, {"callback_url", local}})
                                   << u"body.email must be a valid email"_s;
        QTest::newRow("bad url") << body({{"team_id", kUnknownTeam}, {"email", "a@example.com"}, {"callback_url", "not a url"}})
                                 << u"body.callback_url is not a valid URL"_s;
        QTest::newRow("unknown key") << body({{"team_id", kUnknownTeam}, {"email", "a@example.com"}, {"callback_url", local}, {"role", 1}})
                                     << u"body contains unknown properties: role"_s;
    }

    void sendValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problems);
        const auto result = m_http->send("POST", u"/team-invitations/send-code"_s, withHeader(admin(), "Content-Type", "application/json"), body);
        verifyKnownError(result, 400, "SCHEMA_ERROR");
        QCOMPARE(errorText(result), u"Request validation failed on POST /api/v1/team-invitations/send-code:\n  - "_s + problems);
    }

    void listRefusals()
    {
        const auto missing = m_http->get(u"/team-invitations"_s, admin());
        verifyKnownError(missing, 400, "SCHEMA_ERROR");
        QCOMPARE(errorText(missing), u"Request validation failed on GET /api/v1/team-invitations:\n  - query.team_id must be defined"_s);
        const auto unknown = m_http->get(u"/team-invitations?team_id="_s + QString::fromLatin1(kUnknownTeam), server());
        verifyKnownError(unknown, 404, "TEAM_NOT_FOUND");
        COMPARE_JSON(unknown.json()["details"], ordered_json({{"team_id", kUnknownTeam}}));
    }

    void revoke()
    {
        const QString id = idOf(sendInvitation(m_teamId, "short.lived@example.com", admin()).json());
        const std::size_t before = invitationsOf(m_teamId).size();
        const auto result = m_http->send("DELETE", u"/team-invitations/"_s + id + u"?team_id="_s + m_teamId, admin());
        QCOMPARE(result.status, 200);
        COMPARE_JSON(result.json(), ordered_json({{"success", true}}));
        const ordered_json items = invitationsOf(m_teamId);
        QCOMPARE(items.size(), before - 1);
        for (const auto &item : items)
            QVERIFY(idOf(item) != id);

        const auto again = m_http->send("DELETE", u"/team-invitations/"_s + id + u"?team_id="_s + m_teamId, server());
        QCOMPARE(again.status, 404);
        QCOMPARE(again.text(), u"Team invitation not found."_s);
        const auto noTeam = m_http->send("DELETE", u"/team-invitations/"_s + id, admin());
        verifyKnownError(noTeam, 400, "SCHEMA_ERROR");
        QVERIFY(errorText(noTeam).endsWith(u"query.team_id must be defined"_s));
        verifyKnownError(m_http->send("DELETE", u"/team-invitations/abc?team_id="_s + m_teamId, admin()), 400, "SCHEMA_ERROR");
        verifyKnownError(m_http->send("DELETE", u"/team-invitations/"_s + id + u"?team_id="_s + QString::fromLatin1(kUnknownTeam), admin()),
                         404, "TEAM_NOT_FOUND");
    }

    void clientAccessFollowsTeamPermissions()
    {
        QVERIFY(!createUser({{"primary_email", "inviting.member@example.com"}, {"primary_email_auth_enabled", true},
                             {"primary_email_verified", true}, {"password", "member-password"}})
                     .isEmpty());
        const ordered_json tokens = signInToProject(u"inviting.member@example.com"_s, u"member-password"_s);
        QVERIFY(tokens.is_object());
        const QString userId = QString::fromStdString(tokens["user_id"].get<std::string>());
        const Headers client = projectClient(QString::fromStdString(tokens["access_token"].get<std::string>()));

        // Not a member yet.
        verifyKnownError(m_http->get(u"/team-invitations?team_id="_s + m_teamId, client), 404, "TEAM_MEMBERSHIP_NOT_FOUND");
        verifyKnownError(sendInvitation(m_teamId, "friend@example.com", client), 404, "TEAM_MEMBERSHIP_NOT_FOUND");
        QCOMPARE(m_http->postJson(u"/team-memberships/"_s + m_teamId + u'/' + userId, admin(), ordered_json::object()).status, 201);

        // An ordinary member may list and invite ($read_members, $invite_members), not revoke.
        const auto listed = m_http->get(u"/team-invitations?team_id="_s + m_teamId, client);
        QCOMPARE(listed.status, 200);
        const auto sent = sendInvitation(m_teamId, "friend@example.com", client);
        QCOMPARE(sent.status, 200);
        const auto revoked = m_http->send("DELETE", u"/team-invitations/"_s + idOf(sent.json()) + u"?team_id="_s + m_teamId, client);
        verifyKnownError(revoked, 401, "TEAM_PERMISSION_REQUIRED");
        QCOMPARE(revoked.json()["details"]["permission_id"].get<std::string>(), std::string("$remove_members"));
        verifyKnownError(m_http->get(u"/team-invitations?team_id="_s + m_teamId, projectClient()), 400, "CANNOT_GET_OWN_USER_WITHOUT_USER");
    }
};

QTEST_GUILESS_MAIN(TestTeamInvitationRoutes)
#include "tst_teaminvitationroutes.moc"
