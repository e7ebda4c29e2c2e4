// Team invitations against the TestServer with an admin key: send, list, revoke, and the
// refusal of a callback on an untrusted domain. The scratch team goes afterwards.

#include "ApiTestHelpers.h"
#include "ScratchTeams.h"
#include "ScratchUsers.h"
#include "TestServer.h"

#include "core/ApiClient.h"
#include "endpoints/TeamInvitationsEndpoints.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace invitations = api::teamInvitations;

class TestTeamInvitationsEndpoints : public ScratchUserTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void sendListRevoke()
    {
        ScratchTeams teams(m_client.get(), scope());
        const auto team = teams.create(u"Invites"_s);
        QVERIFY(team);
        const QString email = TestServer::uniqueName(u"invitee"_s).toLower() + u"@example.com"_s;
        JobOutcome sent(m_client->send(invitations::send(scope(), team->id, email,
                                                         TestServer::callbackUrl(u"/handler/team-invitation"_s))));
        HEXCLAVE_WAIT_JOB(sent);
        QVERIFY2(sent.succeeded(), qPrintable(sent.error().userMessage()));
        if (auto *emulator = m_server->emulator()) {
            const auto mails = emulator->sentEmails();
            QVERIFY(!mails.isEmpty());
            QCOMPARE(mails.last().recipient, email);
        }

        JobOutcome listed(m_client->send(invitations::list(scope(), team->id)));
        HEXCLAVE_WAIT_JOB(listed);
        QVERIFY2(listed.succeeded(), qPrintable(listed.error().userMessage()));
        QCOMPARE(listed.value().items.size(), 1);
        const api::TeamInvitation invitation = listed.value().items.first();
        QCOMPARE(invitation.recipientEmail, email);
        QCOMPARE(invitation.teamId, team->id);
        QCOMPARE(invitation.teamDisplayName, team->displayName);
        QVERIFY(invitation.expiresAtMillis > QDateTime::currentMSecsSinceEpoch());

        JobOutcome revoked(m_client->send(invitations::revoke(scope(), team->id, invitation.id)));
        HEXCLAVE_WAIT_JOB(revoked);
        QVERIFY2(revoked.succeeded(), qPrintable(revoked.error().userMessage()));
        JobOutcome after(m_client->send(invitations::list(scope(), team->id)));
        HEXCLAVE_WAIT_JOB(after);
        QVERIFY(after.value().items.isEmpty());
    }

    void untrustedCallbackIsRefused()
    {
        ScratchTeams teams(m_client.get(), scope());
        const auto team = teams.create(u"Invites"_s);
        QVERIFY(team);
        JobOutcome sent(m_client->send(invitations::send(scope(), team->id, u"someone@example.com"_s,
                                                         u"https://untrusted.example.org/handler/team-invitation"_s)));
        HEXCLAVE_WAIT_JOB(sent);
        QVERIFY(!sent.succeeded());
        QCOMPARE(sent.error().code, u"REDIRECT_URL_NOT_WHITELISTED"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestTeamInvitationsEndpoints)
#include "tst_TeamInvitationsEndpoints.moc"
