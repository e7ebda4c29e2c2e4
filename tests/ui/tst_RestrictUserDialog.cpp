// RestrictUserDialog driven like a person: restricting with a public reason and private
// details (the server then has the user restricted by an administrator, with both), and
// lifting the restriction of a user an administrator restricted; closing with typed reasons asks
// first. Runs on a live server too.

#include "UserDialogTesting.h"

#include "dialogs/RestrictUserDialog.h"
#include "widgets/DestructiveButton.h"
#include "widgets/ErrorBanner.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

class TestRestrictUserDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restrictWithReasons()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser(u"To Be Restricted"_s);
        QVERIFY(user && !user->restrictedByAdmin);

        ui::RestrictUserDialog dialog(project.context(), *user);
        QSignalSpy saved(&dialog, &ui::RestrictUserDialog::saved);
        QVERIFY(showDialog(&dialog));
        QVERIFY(!dialog.unrestrictButton()); // nothing to lift
        QVERIFY(qobject_cast<ui::DestructiveButton *>(dialog.restrictButton()));
        QVERIFY(dialog.restrictButton()->isDefault());
        QCOMPARE(QApplication::focusWidget(), dialog.publicReasonField());
        typeText(dialog.publicReasonField(), u"Your account is under review."_s);
        QTest::keyClick(dialog.publicReasonField(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.privateDetailsField());
        typeText(dialog.privateDetailsField(), u"Chargeback on order 4711 – ticket #88"_s);
        QTest::mouseClick(dialog.restrictButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kUiTimeoutMs);
        QVERIFY(!dialog.isVisible());

        const auto stored = project.fetchUser(user->id);
        QVERIFY(stored);
        QVERIFY(stored->restrictedByAdmin);
        QVERIFY(stored->isRestricted);
        QCOMPARE(stored->restrictedReason, api::RestrictedReason::RestrictedByAdministrator);
        QCOMPARE(stored->restrictedByAdminReason, std::optional<QString>(u"Your account is under review."_s));
        QCOMPARE(stored->restrictedByAdminPrivateDetails, std::optional<QString>(u"Chargeback on order 4711 – ticket #88"_s));
        QCOMPARE(saved.at(0).at(0).value<api::User>().restrictedByAdminReason, stored->restrictedByAdminReason);
    }

    void liftRestriction()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser(u"Restricted Already"_s);
        QVERIFY(user);
        const auto restricted = waitForJob(project.admin().send(api::users::update(
            project.scope(), user->id, api::users::UserPatch::restrict(u"Spam"_s, u"Sent 500 invitations"_s))));
        QVERIFY(restricted && restricted->restrictedByAdmin);

        ui::RestrictUserDialog dialog(project.context(), *restricted);
        QSignalSpy saved(&dialog, &ui::RestrictUserDialog::saved);
        QVERIFY(showDialog(&dialog));
        QCOMPARE(dialog.publicReasonField()->text(), u"Spam"_s);
        QCOMPARE(dialog.privateDetailsField()->toPlainText(), u"Sent 500 invitations"_s);
        QVERIFY(dialog.unrestrictButton());
        QTest::mouseClick(dialog.unrestrictButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kUiTimeoutMs);

        const auto stored = project.fetchUser(user->id);
        QVERIFY(stored);
        QVERIFY(!stored->restrictedByAdmin);
        QVERIFY(!stored->isRestricted);
        QCOMPARE(stored->restrictedByAdminReason, std::nullopt);
        QCOMPARE(stored->restrictedByAdminPrivateDetails, std::nullopt);
    }

    void changeReasonsOfARestriction()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser();
        QVERIFY(user);
        const auto restricted = waitForJob(project.admin().send(
            api::users::update(project.scope(), user->id, api::users::UserPatch::restrict(u"Old"_s, QString()))));
        QVERIFY(restricted);
        ui::RestrictUserDialog dialog(project.context(), *restricted);
        QSignalSpy saved(&dialog, &ui::RestrictUserDialog::saved);
        QVERIFY(showDialog(&dialog));
        QTest::keyClick(dialog.publicReasonField(), Qt::Key_A, Qt::ControlModifier);
        typeText(dialog.publicReasonField(), u"New reason"_s);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kUiTimeoutMs);
        const auto stored = project.fetchUser(user->id);
        QVERIFY(stored->restrictedByAdmin);
        QCOMPARE(stored->restrictedByAdminReason, std::optional<QString>(u"New reason"_s));
    }

    void typedReasonsAreNotThrownAwaySilently()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser();
        QVERIFY(user);

        // Nothing typed: Esc closes at once.
        bool askedAnyway = false;
        ui::RestrictUserDialog untouched(project.context(), *user);
        QVERIFY(showDialog(&untouched));
        closeUnexpectedQuestion(&untouched, &askedAnyway);
        QTest::keyClick(&untouched, Qt::Key_Escape);
        QVERIFY(!askedAnyway);
        QVERIFY(!untouched.isVisible());

        ui::RestrictUserDialog dialog(project.context(), *user);
        QSignalSpy saved(&dialog, &ui::RestrictUserDialog::saved);
        QVERIFY(showDialog(&dialog));
        QTest::mouseClick(dialog.privateDetailsField()->viewport(), Qt::LeftButton);
        typeText(dialog.privateDetailsField(), u"Reported by two customers"_s);

        // Esc, then Keep editing: still there.
        bool answered = false;
        QStringList buttons;
        answerNextQuestion(this, &answered, QMessageBox::Cancel, nullptr, &buttons);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(answered, kUiTimeoutMs);
        QVERIFY2(buttons.contains(u"Keep editing"_s), qPrintable(buttons.join(u", "_s)));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.privateDetailsField()->toPlainText(), u"Reported by two customers"_s);

        // Closing the window, then Discard: closed, the user not restricted.
        answered = false;
        answerNextQuestion(this, &answered, QMessageBox::Discard);
        dialog.close();
        QTRY_VERIFY_WITH_TIMEOUT(answered, kUiTimeoutMs);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(saved.count(), 0);
        QVERIFY(!project.fetchUser(user->id)->restrictedByAdmin);

        // The reasons of a restriction, unchanged: nothing to lose.
        const auto restricted = waitForJob(project.admin().send(
            api::users::update(project.scope(), user->id, api::users::UserPatch::restrict(u"Spam"_s, u"Details"_s))));
        QVERIFY(restricted);
        ui::RestrictUserDialog unchanged(project.context(), *restricted);
        QVERIFY(showDialog(&unchanged));
        closeUnexpectedQuestion(&unchanged, &askedAnyway);
        QTest::keyClick(&unchanged, Qt::Key_Escape);
        QVERIFY(!askedAnyway);
        QVERIFY(!unchanged.isVisible());
    }

    void failureIsShown()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser();
        QVERIFY(user);
        QVERIFY(waitForJob(project.admin().send(api::users::remove(project.scope(), user->id))));
        ui::RestrictUserDialog dialog(project.context(), *user); // deleted meanwhile
        QVERIFY(showDialog(&dialog));
        QTest::mouseClick(dialog.restrictButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.errorBanner()->isVisible(), kUiTimeoutMs);
        QVERIFY(showsText(dialog.errorBanner(), u"USER_NOT_FOUND"_s));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.restrictButton()->isEnabled());
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestRestrictUserDialog)
#include "tst_RestrictUserDialog.moc"
