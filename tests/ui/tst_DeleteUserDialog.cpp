// DeleteUserDialog driven like a person: Delete stays disabled until the user's email is typed
// exactly, then deletes (the server answers USER_NOT_FOUND afterwards); a user without email
// is confirmed by id; Enter never deletes before the text matches; closing while the request is
// under way waits for its answer. Runs on a live server too, except where faults are injected.

#include "UserDialogTesting.h"

#include "dialogs/DeleteUserDialog.h"
#include "widgets/DestructiveButton.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

class TestDeleteUserDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deleteOnlyAfterTypingTheEmail()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser(u"Soon Gone"_s);
        QVERIFY(user);
        const QString email = *user->primaryEmail;

        ui::DeleteUserDialog dialog(project.context(), *user);
        QSignalSpy deleted(&dialog, &ui::DeleteUserDialog::deleted);
        QVERIFY(showDialog(&dialog));
        QCOMPARE(dialog.confirmationText(), email);
        QVERIFY(qobject_cast<ui::DestructiveButton *>(dialog.deleteButton()));
        QVERIFY(showsText(&dialog, email));
        QVERIFY(showsText(&dialog, u"cannot be undone"_s));
        QVERIFY(!dialog.deleteButton()->isEnabled());
        QCOMPARE(QApplication::focusWidget(), dialog.confirmationField());

        typeText(dialog.confirmationField(), email.left(email.size() - 1));
        QVERIFY(!dialog.deleteButton()->isEnabled());
        QTest::keyClick(dialog.confirmationField(), Qt::Key_Return); // not yet: nothing happens
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isBusy());
        typeText(dialog.confirmationField(), email.right(1).toUpper() + u"x"_s);
        QVERIFY2(!dialog.deleteButton()->isEnabled(), "exactly, not nearly");
        QTest::keyClick(dialog.confirmationField(), Qt::Key_Backspace);
        QTest::keyClick(dialog.confirmationField(), Qt::Key_Backspace);
        typeText(dialog.confirmationField(), email.right(1));
        QVERIFY(dialog.deleteButton()->isEnabled());

        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, kUiTimeoutMs);
        QCOMPARE(deleted.at(0).at(0).toString(), user->id);
        QVERIFY(!dialog.isVisible());

        api::ApiError error;
        QVERIFY(!project.fetchUser(user->id, &error));
        QCOMPARE(error.code, u"USER_NOT_FOUND"_s);
        QCOMPARE(error.httpStatus, 404);
    }

    void userWithoutEmailIsConfirmedById()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        api::users::NewUser newUser;
        newUser.displayName = u"No Email"_s;
        const auto user = project.createUser(newUser);
        QVERIFY(user && !user->primaryEmail);

        ui::DeleteUserDialog dialog(project.context(), *user);
        QSignalSpy deleted(&dialog, &ui::DeleteUserDialog::deleted);
        QVERIFY(showDialog(&dialog));
        QCOMPARE(dialog.confirmationText(), user->id);
        QVERIFY(showsText(&dialog, u"no email address"_s));
        typeText(dialog.confirmationField(), user->id);
        QTest::keyClick(dialog.confirmationField(), Qt::Key_Return); // the default button, now enabled
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, kUiTimeoutMs);
        api::ApiError error;
        QVERIFY(!project.fetchUser(user->id, &error));
        QCOMPARE(error.code, u"USER_NOT_FOUND"_s);
    }

    void closingWhileDeletingWaitsForTheAnswer()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        if (!project.emulator())
            QSKIP("delays the server: runs on the emulator only");
        const auto user = project.createSampleUser();
        QVERIFY(user);
        project.emulator()->addFault({.kind = emulator::Fault::Kind::Latency, .method = u"DELETE"_s,
                                      .pathPattern = u"^/users/"_s, .latencyMs = 800});
        ui::DeleteUserDialog dialog(project.context(), *user);
        QSignalSpy deleted(&dialog, &ui::DeleteUserDialog::deleted);
        QVERIFY(showDialog(&dialog));
        typeText(dialog.confirmationField(), *user->primaryEmail);
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(!findButton<QPushButton>(&dialog, u"Cancel"_s)->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        dialog.close();
        QVERIFY2(dialog.isVisible(), "the user may be deleted anyway: the answer is awaited");
        QVERIFY(showsText(&dialog, u"Waiting for the server's answer"_s));
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, kUiTimeoutMs);
        QVERIFY(!dialog.isVisible());
        QVERIFY(!project.fetchUser(user->id));
    }

    void cancelKeepsTheUser()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser();
        QVERIFY(user);
        ui::DeleteUserDialog dialog(project.context(), *user);
        QVERIFY(showDialog(&dialog));
        typeText(dialog.confirmationField(), *user->primaryEmail);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QVERIFY(project.fetchUser(user->id));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestDeleteUserDialog)
#include "tst_DeleteUserDialog.moc"
