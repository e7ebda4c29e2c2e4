// SendUserEmailDialog driven like a person: a password-reset email and a sign-in invitation
// are sent (the emulator recorded them), the callback URL is checked before sending and
// remembered per project, a user without email gets an explanation instead of a button, and a
// server key may send both (send-sign-in-invitation accepts server access, though under /internal).

#include "UserDialogTesting.h"

#include "AppSettings.h"
#include "dialogs/SendUserEmailDialog.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

QString callbackUrl(const QString &path)
{
    return TestServer::callbackUrl(path);
}

ui::FieldMessage *messageOf(const QWidget *dialog, const QWidget *field)
{
    const auto messages = dialog->findChildren<ui::FieldMessage *>();
    for (ui::FieldMessage *message : messages) {
        if (message->field() == field)
            return message;
    }
    return nullptr;
}

} // namespace

class TestSendUserEmailDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordResetIsSentAndTheUrlRemembered()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser(u"Forgetful"_s);
        QVERIFY(user);
        ui::AppSettings settings(nullptr);
        ui::ProjectContext context = project.context();
        context.settings = &settings;
        const QString url = callbackUrl(u"/handler/password-reset"_s);

        ui::SendUserEmailDialog dialog(context, *user);
        QVERIFY(showDialog(&dialog));
        QVERIFY(dialog.kindOption(ui::SendUserEmailDialog::Kind::PasswordReset)->isChecked());
        QVERIFY(showsText(&dialog, *user->primaryEmail));
        QTest::mouseClick(dialog.callbackUrlField(), Qt::LeftButton);
        typeText(dialog.callbackUrlField(), url);
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultLabel()->isVisible(), kUiTimeoutMs);
        QVERIFY2(dialog.resultLabel()->text().startsWith(u"A password-reset email was sent to %1."_s.arg(*user->primaryEmail)),
                 qPrintable(dialog.resultLabel()->text()));
        QVERIFY(!dialog.errorBanner()->isVisible());
        QVERIFY(!dialog.sendButton()->isVisible()); // sent once; Close is left
        QVERIFY(findButton<QPushButton>(&dialog, u"Close"_s));

        if (emulator::Emulator *emulator = project.emulator()) {
            const auto mails = emulator->sentEmails();
            QCOMPARE(mails.size(), 1);
            QCOMPARE(mails.first().kind, emulator::SentEmail::Kind::PasswordReset);
            QCOMPARE(mails.first().recipient, *user->primaryEmail);
            QCOMPARE(mails.first().callbackUrl, url);
            QCOMPARE(mails.first().userId, user->id);
        }

        // Remembered for this project.
        QCOMPARE(settings.callbackUrl(project.context().project.id, ui::AppSettings::CallbackPage::PasswordReset), url);
        ui::SendUserEmailDialog again(context, *user);
        QCOMPARE(again.callbackUrlField()->text(), url);
        QVERIFY(settings.callbackUrl(u"another-project"_s, ui::AppSettings::CallbackPage::PasswordReset).isEmpty());
        // The other kind of mail suggests its own page of the same app, until the field is edited.
        clickIndicator(again.kindOption(ui::SendUserEmailDialog::Kind::SignInInvitation));
        QCOMPARE(again.callbackUrlField()->text(), callbackUrl(u"/handler/sign-in"_s));
        again.callbackUrlField()->selectAll();
        typeText(again.callbackUrlField(), u"http://localhost:3000/custom/page"_s);
        clickIndicator(again.kindOption(ui::SendUserEmailDialog::Kind::PasswordReset));
        QCOMPARE(again.callbackUrlField()->text(), u"http://localhost:3000/custom/page"_s);
    }

    void signInInvitation()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser(u"Invited"_s);
        QVERIFY(user);
        ui::SendUserEmailDialog dialog(project.context(), *user, ui::SendUserEmailDialog::Kind::SignInInvitation);
        QVERIFY(showDialog(&dialog));
        QVERIFY(dialog.kindOption(ui::SendUserEmailDialog::Kind::SignInInvitation)->isEnabled());
        QVERIFY(dialog.kindOption(ui::SendUserEmailDialog::Kind::SignInInvitation)->isChecked());
        typeText(dialog.callbackUrlField(), callbackUrl(u"/handler/sign-in"_s));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultLabel()->isVisible(), kUiTimeoutMs);
        QVERIFY2(dialog.resultLabel()->text().contains(u"sign-in invitation was sent to %1"_s.arg(*user->primaryEmail)),
                 qPrintable(dialog.resultLabel()->text()));
        if (emulator::Emulator *emulator = project.emulator()) {
            const auto mails = emulator->sentEmails();
            QCOMPARE(mails.size(), 1);
            QCOMPARE(mails.first().kind, emulator::SentEmail::Kind::SignInInvitation);
            QCOMPARE(mails.first().recipient, *user->primaryEmail);
        }
    }

    void callbackUrlIsCheckedFirst()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser();
        QVERIFY(user);
        ui::SendUserEmailDialog dialog(project.context(), *user);
        QVERIFY(showDialog(&dialog));
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY(messageOf(&dialog, dialog.callbackUrlField())->isShowingError());
        QCOMPARE(QApplication::focusWidget(), dialog.callbackUrlField());

        typeText(dialog.callbackUrlField(), u"ftp://example.com/reset"_s);
        QVERIFY2(!messageOf(&dialog, dialog.callbackUrlField())->isVisible(), "typing takes the complaint away");
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY(messageOf(&dialog, dialog.callbackUrlField())->text().contains(u"http"_s));
        QVERIFY(!dialog.resultLabel()->isVisible());
        if (project.emulator())
            QVERIFY(project.emulator()->sentEmails().isEmpty());
    }

    void untrustedCallbackDomainShownOnTheField()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        if (!project.emulator())
            QSKIP("a live project's trusted domains are not known here");
        const auto user = project.createSampleUser();
        QVERIFY(user);
        ui::SendUserEmailDialog dialog(project.context(), *user);
        QVERIFY(showDialog(&dialog));
        typeText(dialog.callbackUrlField(), u"https://evil.example.com/reset"_s);
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kUiTimeoutMs);
        QVERIFY2(messageOf(&dialog, dialog.callbackUrlField())->text().contains(u"trusted domains"_s),
                 qPrintable(messageOf(&dialog, dialog.callbackUrlField())->text()));
        QVERIFY(dialog.sendButton()->isVisible());
        QVERIFY(project.emulator()->sentEmails().isEmpty());
    }

    void userWithoutEmail()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        api::users::NewUser newUser;
        newUser.displayName = u"Unreachable"_s;
        const auto user = project.createUser(newUser);
        QVERIFY(user);
        ui::SendUserEmailDialog dialog(project.context(), *user);
        QVERIFY(showDialog(&dialog));
        QVERIFY(!dialog.sendButton()->isEnabled());
        QVERIFY(!dialog.callbackUrlField()->isEnabled());
        QVERIFY(dialog.resultLabel()->isVisible());
        QVERIFY(dialog.resultLabel()->text().contains(u"no primary email address"_s));
    }

    void serverKeyCanInvite()
    {
        DialogTestProject project(api::CredentialKind::ServerKey);
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser();
        QVERIFY(user);
        ui::SendUserEmailDialog dialog(project.context(), *user, ui::SendUserEmailDialog::Kind::SignInInvitation);
        QVERIFY(showDialog(&dialog));
        QRadioButton *invitation = dialog.kindOption(ui::SendUserEmailDialog::Kind::SignInInvitation);
        QVERIFY(invitation->isEnabled());
        QVERIFY(invitation->isChecked());
        typeText(dialog.callbackUrlField(), callbackUrl(u"/handler/sign-in"_s));
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultLabel()->isVisible() || dialog.errorBanner()->isVisible(), kUiTimeoutMs);
        QVERIFY2(dialog.resultLabel()->isVisible(), qPrintable(visibleLabelTexts(dialog.errorBanner()).join(u" | ")));
        if (emulator::Emulator *emulator = project.emulator()) {
            QCOMPARE(emulator->sentEmails().size(), 1);
            QCOMPARE(emulator->sentEmails().first().kind, emulator::SentEmail::Kind::SignInInvitation);
        }
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestSendUserEmailDialog)
#include "tst_SendUserEmailDialog.moc"
