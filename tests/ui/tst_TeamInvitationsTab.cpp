// TeamInvitationsTab against the TestServer, clicked through like a person would: invite an
// address (a typo refused before sending) to the team's invitation page of the app remembered
// for the project — listed with its expiry, and the mail recorded by the emulator — revoke it
// after confirming, each checked on the server; an untrusted callback address refused by the
// server and said on the field; and light and dark screenshots.

#include "ScratchTeamFixture.h"

#include "TeamInvitationsModel.h"
#include "endpoints/TeamInvitationsEndpoints.h"
#include "pages/teams/InviteToTeamDialog.h"
#include "pages/teams/TeamInvitationsTab.h"
#include "widgets/ErrorBanner.h"

#include <QDateTime>
#include <QLineEdit>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::TeamInvitationsModel;

// The app's address (on a trusted domain), and its page that accepts team invitations.
const QString kAppUrl = TestServer::callbackUrl(QString());
const QString kCallbackUrl = kAppUrl + u"/handler/team-invitation"_s;

QStringList invitedOnServer(UserViewFixture &fixture, const QString &teamId)
{
    QStringList emails;
    if (const auto page = fixture.run(api::teamInvitations::list(fixture.context.scope(), teamId))) {
        for (const api::TeamInvitation &invitation : page->items)
            emails << invitation.recipientEmail;
    }
    return emails;
}

QString newAddress(const QString &prefix)
{
    return TestServer::uniqueName(prefix) + u"@example.org"_s;
}

} // namespace

class TestTeamInvitationsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void inviteThenRevoke()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        fixture.settings.setProjectValue(fixture.context.project.id, ui::AppSettings::Key::CallbackBaseUrl, kAppUrl);
        QString error;
        ScratchTeam team(fixture, u"Invitations"_s, &error);
        QVERIFY2(team, qPrintable(error));

        // Shown, then given a team: it loads by itself.
        ui::TeamInvitationsTab tab(fixture.context);
        QVERIFY(showView(tab));
        tab.setTeam(team.team());
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab), kUiTimeoutMs);
        QCOMPARE(tab.state(), ui::SubjectDataView::State::Loaded);
        QCOMPARE(tab.model()->rowCount(), 0);
        QVERIFY(tab.placeholderText().contains(u"No pending invitations"_s));
        QVERIFY(tab.inviteButton()->isEnabled());
        QVERIFY(!tab.revokeButton()->isEnabled());

        // Invite: a typo is refused in the dialog; the remembered app's invitation page is offered.
        const QString address = newAddress(u"invitee"_s);
        if (fixture.emulator())
            fixture.emulator()->clearSentEmails();
        bool done = false;
        onNextModal<ui::InviteToTeamDialog>(this, &done, [&address](ui::InviteToTeamDialog *dialog) {
            QCOMPARE(dialog->callbackUrlField()->text(), kCallbackUrl);
            QTest::keyClicks(dialog->emailField(), u"not-an-address"_s);
            QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(showsText(dialog, u"is not an email address"_s));
            dialog->emailField()->selectAll();
            QTest::keyClicks(dialog->emailField(), address);
            QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
            QVERIFY(dialog->isBusy()); // closes once sent (and is deleted then: not waited for here)
        });
        QTest::mouseClick(tab.inviteButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab) && tab.model()->rowCount() == 1, kUiTimeoutMs);
        QVERIFY2(tab.statusText().contains(u"Invitation sent to "_s + address), qPrintable(tab.statusText()));
        QCOMPARE(invitedOnServer(fixture, team.id()), QStringList{address});
        QCOMPARE(tab.model()->index(0, TeamInvitationsModel::RecipientColumn).data().toString(), address);
        QVERIFY(!tab.model()->index(0, 0).data(TeamInvitationsModel::IsExpiredRole).toBool());
        QVERIFY(tab.model()->index(0, TeamInvitationsModel::ExpiresColumn).data().toString().startsWith(u"in "_s));
        QVERIFY(!tab.model()->index(0, TeamInvitationsModel::ExpiresAtColumn).data().toString().isEmpty());
        if (fixture.emulator()) {
            const QList<emulator::SentEmail> sent = fixture.emulator()->sentEmails();
            QCOMPARE(sent.size(), 1);
            QCOMPARE(sent.first().recipient, address);
            QCOMPARE(sent.first().callbackUrl, kCallbackUrl);
        }

        // Revoke, after confirming.
        clickCell(tab.table(), 0, TeamInvitationsModel::RecipientColumn);
        QVERIFY(tab.revokeButton()->isEnabled());
        done = false;
        answerNextMessageBox(this, &done, u"Revoke"_s);
        QTest::mouseClick(tab.revokeButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab) && tab.model()->rowCount() == 0, kUiTimeoutMs);
        QVERIFY2(tab.statusText().contains(u"was revoked"_s), qPrintable(tab.statusText()));
        QVERIFY(invitedOnServer(fixture, team.id()).isEmpty());
    }

    // A callback address on a domain the project does not trust: the server refuses it, and the
    // dialog says so on the field and stays open; nothing is listed.
    void untrustedCallbackIsSaidOnTheField()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QString error;
        ScratchTeam team(fixture, u"Untrusted"_s, &error);
        QVERIFY2(team, qPrintable(error));
        ui::TeamInvitationsTab tab(fixture.context);
        QVERIFY(showView(tab));
        tab.setTeam(team.team());
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab), kUiTimeoutMs);

        bool done = false;
        bool refused = false;
        onNextModal<ui::InviteToTeamDialog>(this, &done, [&refused](ui::InviteToTeamDialog *dialog) {
            QCOMPARE(dialog->callbackUrlField()->text(), QString()); // nothing remembered
            QTest::keyClicks(dialog->emailField(), newAddress(u"refused"_s));
            QTest::keyClicks(dialog->callbackUrlField(), u"https://untrusted.example.net/handler/team-invitation"_s);
            QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kUiTimeoutMs);
            QVERIFY(dialog->isVisible());
            QVERIFY2(showsText(dialog, u"not one of the project's trusted domains"_s),
                     qPrintable(visibleLabelTexts(dialog).join(u" | ")));
            QVERIFY(dialog->focusWidget() == dialog->callbackUrlField());
            QVERIFY(!dialog->errorBanner()->isVisible());
            refused = true;
            dialog->emailField()->clear(); // nothing typed left to ask about
            QTest::mouseClick(findButton<QPushButton>(dialog, u"Cancel"_s), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        });
        QTest::mouseClick(tab.inviteButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QVERIFY(refused);
        QVERIFY(invitedOnServer(fixture, team.id()).isEmpty());
        QCOMPARE(tab.model()->rowCount(), 0);
        QCOMPARE(tab.statusText(), QString());
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkPalette());
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QString error;
        ScratchTeam team(fixture, u"Gallery"_s, &error);
        QVERIFY2(team, qPrintable(error));
        const QString callbackUrl = kCallbackUrl;
        for (const QString &who : {u"ada.lovelace"_s, u"grace.hopper.with.a.rather.long.address"_s, u"linus"_s})
            QVERIFY(fixture.run(api::teamInvitations::send(fixture.context.scope(), team.id(),
                                                           newAddress(who), callbackUrl)));
        ui::TeamInvitationsTab tab(fixture.context);
        QVERIFY(showView(tab, {640, 320}));
        tab.setTeam(team.team());
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab) && tab.model()->rowCount() == 3, kUiTimeoutMs);
        // One of them as it reads once expired.
        QList<api::TeamInvitation> rows = tab.model()->rows();
        rows[1].expiresAtMillis = QDateTime::currentMSecsSinceEpoch() - 5 * 3600 * 1000;
        tab.model()->setRows(rows);
        QVERIFY(tab.model()->index(1, 0).data(TeamInvitationsModel::IsExpiredRole).toBool());
        clickCell(tab.table(), 0, 0);
        QTest::qWait(50);
        const QString suffix = dark ? u"-dark"_s : QString();
        QVERIFY(Screenshots().save(&tab, u"team-invitations"_s + suffix));

        ui::InviteToTeamDialog dialog(fixture.context, team.team(), &tab);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.emailField(), u"not-an-address"_s);
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(Screenshots().save(&dialog, u"team-invite-dialog"_s + suffix));
        dialog.emailField()->clear();
        dialog.close();
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestTeamInvitationsTab)
#include "tst_TeamInvitationsTab.moc"
