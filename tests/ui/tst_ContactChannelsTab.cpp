// ContactChannelsTab against the TestServer, clicked through like a person would: add an
// address in the dialog (a typo refused before sending), send it a verification email to the
// verification page of the app remembered for the project, mark it verified and used for
// sign-in, delete it with the Delete key after confirming — each checked on the server — a server
// refusal shown with what failed, and an answer given after another user was selected ignored.

#include "UserViewTestHelpers.h"

#include "ContactChannelsModel.h"
#include "endpoints/ContactChannelsEndpoints.h"
#include "pages/users/detail/ContactChannelDialog.h"
#include "pages/users/detail/ContactChannelsTab.h"
#include "widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::ContactChannelsModel;
using emulator::Fault;

// The app's address (on a trusted domain), and its page that verifies an email address.
const QString kAppUrl = TestServer::callbackUrl(QString());
const QString kCallbackUrl = kAppUrl + u"/handler/email-verification"_s;

std::optional<api::ContactChannel> channelOnServer(UserViewFixture &fixture, const QString &userId, const QString &value)
{
    if (const auto page = fixture.run(api::contactChannels::list(fixture.context.scope(), userId))) {
        for (const api::ContactChannel &channel : page->items) {
            if (channel.value == value)
                return channel;
        }
    }
    return std::nullopt;
}

QPushButton *dialogButton(QDialog *dialog, const QString &text)
{
    return findButton<QPushButton>(dialog, text);
}

} // namespace

class TestContactChannelsTab : public QObject
{
    Q_OBJECT

private:
    // The tab showing a new user's channels, loaded.
    struct Shown
    {
        std::optional<api::User> user;
        std::unique_ptr<ui::ContactChannelsTab> tab;
    };

    static Shown showNewUser(UserViewFixture &fixture, const QString &name)
    {
        Shown shown;
        shown.user = fixture.createUser(name);
        if (!shown.user)
            return shown;
        shown.tab = std::make_unique<ui::ContactChannelsTab>(fixture.context);
        if (!showView(*shown.tab))
            return {};
        shown.tab->setUser(*shown.user);
        shown.tab->ensureLoaded();
        if (!QTest::qWaitFor([&shown] { return settled(*shown.tab); }, kUiTimeoutMs))
            return {};
        return shown;
    }

private Q_SLOTS:
    void addVerifyEditDelete()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        fixture.settings.setProjectValue(fixture.context.project.id, ui::AppSettings::Key::CallbackBaseUrl, kAppUrl);
        Shown shown = showNewUser(fixture, u"Channel Chloe"_s);
        QVERIFY(shown.tab);
        ui::ContactChannelsTab &tab = *shown.tab;
        QCOMPARE(tab.state(), ui::UserDataView::State::Loaded);
        QCOMPARE(tab.model()->rowCount(), 1); // the primary email
        QCOMPARE(tab.model()->rowAt(0)->value, *shown.user->primaryEmail);
        QCOMPARE(tab.model()->index(0, ContactChannelsModel::PrimaryColumn).data(ContactChannelsModel::FlagRole), QVariant(true));
        QSignalSpy userChanged(&tab, &ui::UserDataView::userChanged);

        // Add: a typo is refused in the dialog, then the address goes to the server.
        const QString address = TestServer::uniqueName(u"second"_s) + u"@example.org"_s;
        bool done = false;
        onNextModal<ui::ContactChannelDialog>(this, &done, [&address](ui::ContactChannelDialog *dialog) {
            QTest::keyClicks(dialog->emailField(), u"not-an-address"_s);
            QTest::mouseClick(dialogButton(dialog, u"Add"_s), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(showsText(dialog, u"not an email address"_s));
            dialog->emailField()->selectAll();
            QTest::keyClicks(dialog->emailField(), address);
            QVERIFY(!showsText(dialog, u"not an email address"_s));
            QVERIFY(!dialog->usedForAuthBox()->isChecked() && !dialog->primaryBox()->isChecked());
            QTest::mouseClick(dialogButton(dialog, u"Add"_s), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        });
        QTest::mouseClick(tab.addButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab) && tab.model()->rowCount() == 2, kUiTimeoutMs);
        QVERIFY2(tab.statusText().contains(u"added"_s), qPrintable(tab.statusText()));
        QCOMPARE(userChanged.count(), 1);
        QCOMPARE(userChanged.at(0).at(0).toString(), shown.user->id);
        auto added = channelOnServer(fixture, shown.user->id, address);
        QVERIFY(added);
        QVERIFY(!added->isVerified && !added->isPrimary && !added->usedForAuth);

        // Send a verification email: the verification page of the remembered app is offered.
        const int row = tab.model()->rowOf(added->id);
        QVERIFY(row >= 0);
        clickCell(tab.table(), row, ContactChannelsModel::ValueColumn);
        QVERIFY(tab.sendVerificationButton()->isEnabled());
        done = false;
        onNextModal<QInputDialog>(this, &done, [](QInputDialog *dialog) {
            QCOMPARE(dialog->textValue(), kCallbackUrl);
            QTest::mouseClick(findButton<QPushButton>(dialog, u"OK"_s), Qt::LeftButton);
        });
        if (fixture.emulator())
            fixture.emulator()->clearSentEmails();
        QTest::mouseClick(tab.sendVerificationButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab) && !tab.isBusy(), kUiTimeoutMs);
        QVERIFY2(tab.statusText().contains(u"Verification email sent to "_s + address), qPrintable(tab.statusText()));
        QVERIFY(!tab.errorBanner()->isVisible());
        if (fixture.emulator()) {
            const QList<emulator::SentEmail> sent = fixture.emulator()->sentEmails();
            QCOMPARE(sent.size(), 1);
            QCOMPARE(sent.first().recipient, address);
            QCOMPARE(sent.first().callbackUrl, kCallbackUrl);
        }

        // Edit: verified and used for sign-in.
        QTRY_VERIFY(tab.model()->rowOf(added->id) >= 0);
        clickCell(tab.table(), tab.model()->rowOf(added->id), ContactChannelsModel::ValueColumn);
        QVERIFY(tab.editButton()->isEnabled());
        done = false;
        onNextModal<ui::ContactChannelDialog>(this, &done, [&address](ui::ContactChannelDialog *dialog) {
            QCOMPARE(dialog->emailField()->text(), address);
            QVERIFY(dialog->emailField()->isReadOnly());
            QVERIFY(!dialogButton(dialog, u"Save"_s)->isEnabled()); // nothing changed yet
            clickIndicator(dialog->verifiedBox());
            clickIndicator(dialog->usedForAuthBox());
            QTest::mouseClick(dialogButton(dialog, u"Save"_s), Qt::LeftButton);
        });
        QTest::mouseClick(tab.editButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab) && tab.statusText().contains(u"saved"_s), kUiTimeoutMs);
        added = channelOnServer(fixture, shown.user->id, address);
        QVERIFY(added);
        QVERIFY(added->isVerified && added->usedForAuth && !added->isPrimary);
        const int editedRow = tab.model()->rowOf(added->id);
        QCOMPARE(tab.model()->index(editedRow, ContactChannelsModel::VerifiedColumn).data(ContactChannelsModel::FlagRole), QVariant(true));
        QCOMPARE(tab.table()->currentIndex().row(), editedRow); // still selected after the reload
        QVERIFY(!tab.sendVerificationButton()->isEnabled()); // verified now
        QCOMPARE(userChanged.count(), 2);

        // Delete (the key in the list, as the button), after confirming.
        done = false;
        QVERIFY(pressDeleteOnRow(tab.table(), editedRow, ContactChannelsModel::ValueColumn));
        answerNextMessageBox(this, &done, u"Delete"_s);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab) && tab.model()->rowCount() == 1, kUiTimeoutMs);
        QVERIFY(tab.statusText().contains(u"deleted"_s));
        QVERIFY(!channelOnServer(fixture, shown.user->id, address));
        QCOMPARE(userChanged.count(), 3);
    }

    void refusalIsShownWithWhatFailed()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("injects faults: runs on the emulator only");
        Shown shown = showNewUser(fixture, u"Refused Rhea"_s);
        QVERIFY(shown.tab);
        ui::ContactChannelsTab &tab = *shown.tab;
        fixture.emulator()->addFault({.kind = Fault::Kind::KnownError, .method = u"POST"_s,
                                      .pathPattern = u"^/contact-channels$"_s, .count = 1, .status = 400,
                                      .knownErrorCode = u"SCHEMA_ERROR"_s,
                                      .message = u"body.value must be a valid email"_s});
        QSignalSpy userChanged(&tab, &ui::UserDataView::userChanged);
        bool done = false;
        onNextModal<ui::ContactChannelDialog>(this, &done, [](ui::ContactChannelDialog *dialog) {
            QTest::keyClicks(dialog->emailField(), u"third@example.org"_s);
            QTest::mouseClick(dialogButton(dialog, u"Add"_s), Qt::LeftButton);
        });
        QTest::mouseClick(tab.addButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.isBusy() && tab.errorBanner()->isVisible(), kUiTimeoutMs);
        QVERIFY2(tab.statusText().contains(u"Adding third@example.org failed"_s), qPrintable(tab.statusText()));
        QVERIFY(showsText(tab.errorBanner(), u"body.value must be a valid email"_s));
        QVERIFY(findButton<QPushButton>(tab.errorBanner(), u"Reload"_s));
        QCOMPARE(tab.model()->rowCount(), 1);
        QCOMPARE(userChanged.count(), 0);
        QVERIFY(tab.addButton()->isEnabled()); // not stuck busy
    }

    void sendVerificationAsksForTheCallbackUrl()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        Shown shown = showNewUser(fixture, u"Callback Cleo"_s);
        QVERIFY(shown.tab);
        ui::ContactChannelsTab &tab = *shown.tab;
        clickCell(tab.table(), 0, ContactChannelsModel::ValueColumn);
        QVERIFY(tab.sendVerificationButton()->isEnabled()); // the new user's email is not verified

        // Nothing remembered yet: something that is not a web address is refused and not sent.
        if (fixture.emulator())
            fixture.emulator()->clearRecordedRequests();
        bool done = false;
        onNextModal<QInputDialog>(this, &done, [](QInputDialog *dialog) {
            QCOMPARE(dialog->textValue(), QString());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(), u"example dot com"_s);
            QTest::mouseClick(findButton<QPushButton>(dialog, u"OK"_s), Qt::LeftButton);
        });
        QTest::mouseClick(tab.sendVerificationButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QVERIFY2(tab.statusText().contains(u"is not a web address: nothing was sent"_s), qPrintable(tab.statusText()));
        QVERIFY(!tab.isBusy());
        QVERIFY(fixture.settings.projectValue(fixture.context.project.id, ui::AppSettings::Key::CallbackBaseUrl).toString().isEmpty());
        if (fixture.emulator()) {
            for (const emulator::RecordedRequest &request : fixture.emulator()->recordedRequests())
                QVERIFY2(!request.path.endsWith(u"/send-verification-code"_s), "sent despite a bad callback URL");
        }

        // A web address is sent, and the app's address remembered for the project: the other
        // mails lead to their own pages of the same app.
        done = false;
        onNextModal<QInputDialog>(this, &done, [](QInputDialog *dialog) {
            QLineEdit *field = dialog->findChild<QLineEdit *>();
            field->selectAll();
            QTest::keyClicks(field, kCallbackUrl);
            QTest::mouseClick(findButton<QPushButton>(dialog, u"OK"_s), Qt::LeftButton);
        });
        QTest::mouseClick(tab.sendVerificationButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.isBusy() && tab.statusText().contains(u"Verification email sent"_s), kUiTimeoutMs);
        QCOMPARE(fixture.settings.projectValue(fixture.context.project.id, ui::AppSettings::Key::CallbackBaseUrl).toString(),
                 kAppUrl);
        QCOMPARE(fixture.settings.callbackUrl(fixture.context.project.id, ui::AppSettings::CallbackPage::PasswordReset),
                 kAppUrl + u"/handler/password-reset"_s);
        QCOMPARE(fixture.settings.callbackUrl(fixture.context.project.id, ui::AppSettings::CallbackPage::SignIn),
                 kAppUrl + u"/handler/sign-in"_s);
    }

    // Whatever mail's page was remembered (a password reset sent from the users table, say), the
    // verification dialog offers the app's verification page — not that other page.
    void offersTheVerificationPageOfTheRememberedApp()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        Shown shown = showNewUser(fixture, u"Prefill Priya"_s);
        QVERIFY(shown.tab);
        ui::ContactChannelsTab &tab = *shown.tab;
        clickCell(tab.table(), 0, ContactChannelsModel::ValueColumn);
        const struct
        {
            QString remembered;
            QString offered;
        } cases[] = {
            {kAppUrl + u"/handler/password-reset"_s, kCallbackUrl},
            {kAppUrl + u"/handler/sign-in"_s, kCallbackUrl},
            {u"https://app.example.com/portal/handler/sign-in?after=%2Fhome#top"_s,
             u"https://app.example.com/portal/handler/email-verification"_s},
            {u"https://app.example.com/reset-password"_s, u"https://app.example.com/handler/email-verification"_s},
            {u"https://app.example.com/"_s, u"https://app.example.com/handler/email-verification"_s},
        };
        for (const auto &testCase : cases) {
            fixture.settings.rememberCallbackUrl(fixture.context.project.id, testCase.remembered);
            bool done = false;
            QString offered;
            onNextModal<QInputDialog>(this, &done, [&offered](QInputDialog *dialog) {
                offered = dialog->textValue();
                QTest::mouseClick(findButton<QPushButton>(dialog, u"Cancel"_s), Qt::LeftButton);
            });
            QTest::mouseClick(tab.sendVerificationButton(), Qt::LeftButton);
            QTRY_VERIFY(done);
            QCOMPARE(offered, testCase.offered);
            QVERIFY(!tab.isBusy()); // cancelled: nothing sent
        }
    }

    // Another user selected while the callback URL is asked for: nothing is sent, for anyone.
    void answerForAPreviousUserSendsNothing()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        fixture.settings.setProjectValue(fixture.context.project.id, ui::AppSettings::Key::CallbackBaseUrl, kAppUrl);
        Shown shown = showNewUser(fixture, u"Asked About Ada"_s);
        QVERIFY(shown.tab);
        const auto shownNow = fixture.createUser(u"Shown Now Sam"_s);
        QVERIFY(shownNow);
        ui::ContactChannelsTab &tab = *shown.tab;
        clickCell(tab.table(), 0, ContactChannelsModel::ValueColumn);
        if (fixture.emulator())
            fixture.emulator()->clearRecordedRequests();
        bool done = false;
        onNextModal<QInputDialog>(this, &done, [&tab, &shownNow](QInputDialog *dialog) {
            tab.setUser(*shownNow);
            tab.ensureLoaded();
            QVERIFY(QTest::qWaitFor([&tab] { return settled(tab) && tab.model()->rowCount() == 1; }, kUiTimeoutMs));
            QTest::mouseClick(findButton<QPushButton>(dialog, u"OK"_s), Qt::LeftButton);
        });
        QTest::mouseClick(tab.sendVerificationButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QVERIFY(!tab.isBusy());
        QVERIFY2(tab.statusText().contains(u"Nothing was done for Asked About Ada"_s), qPrintable(tab.statusText()));
        if (fixture.emulator()) {
            for (const emulator::RecordedRequest &request : fixture.emulator()->recordedRequests())
                QVERIFY2(!request.path.endsWith(u"/send-verification-code"_s), qPrintable(request.path));
        }
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestContactChannelsTab)
#include "tst_ContactChannelsTab.moc"
