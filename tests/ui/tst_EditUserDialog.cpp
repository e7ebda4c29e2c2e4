// EditUserDialog driven like a person: metadata with a syntax error is refused with its line
// and column and the cursor on it, fixed it saves and the server has the new value (and only
// what changed was sent); closing with unsaved changes asks Save / Discard / Cancel and keeps
// every edit that was not thrown away on purpose; the other fields reach the server; a
// complaint of the server appears on its field. Runs on a live server too.

#include "UserDialogTesting.h"

#include "dialogs/EditUserDialog.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"
#include "widgets/JsonEditor.h"
#include "widgets/MetadataTabs.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Kind = ui::MetadataTabs::Kind;

ui::FieldMessage *messageOf(const QWidget *dialog, const QWidget *field)
{
    const auto messages = dialog->findChildren<ui::FieldMessage *>();
    for (ui::FieldMessage *message : messages) {
        if (message->field() == field)
            return message;
    }
    return nullptr;
}

// Replaces the text of `field` as a person would: select all, type.
void retype(QWidget *field, const QString &text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    typeText(field, text);
}

ui::JsonEditor *openMetadataTab(ui::EditUserDialog &dialog, Kind kind)
{
    QTabBar *tabs = dialog.metadata()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(kind)).center());
    return dialog.metadata()->editor(kind);
}

} // namespace

class TestEditUserDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadataWithSyntaxErrorIsRefusedThenSaved()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        api::users::NewUser newUser;
        newUser.displayName = u"Metadata Person"_s;
        newUser.clientMetadataJson = u"{\"theme\":\"light\"}"_s;
        newUser.serverMetadataJson = u"{\"tier\":\"silver\"}"_s;
        const auto user = project.createUser(newUser);
        QVERIFY(user);

        ui::EditUserDialog dialog(project.context(), *user);
        QSignalSpy saved(&dialog, &ui::EditUserDialog::saved);
        QVERIFY(showDialog(&dialog));
        ui::JsonEditor *editor = openMetadataTab(dialog, Kind::Server);
        QVERIFY2(editor->toPlainText().contains(u"\"tier\": \"silver\""_s), qPrintable(editor->toPlainText()));
        retype(editor, u"{\n\"tier\": \"gold\",\n\"since\": '2024-01'\n}"_s); // single quotes: not JSON
        openMetadataTab(dialog, Kind::Client); // the person looks elsewhere, then saves

        if (project.emulator())
            project.emulator()->clearRecordedRequests();
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY2(!dialog.isBusy(), "invalid JSON is not sent");
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.metadata()->currentIndex(), int(Kind::Server));
        ui::FieldMessage *message = dialog.metadata()->message(Kind::Server);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"line 3, column 10"_s), qPrintable(message->text()));
        QCOMPARE(QApplication::focusWidget(), editor);
        QCOMPARE(editor->textCursor().position(), int(editor->syntaxError()->offset));
        QVERIFY(!dialog.metadata()->tabIcon(int(Kind::Server)).isNull()); // the tab is marked
        QTest::qWait(200);
        QCOMPARE(saved.count(), 0);

        // Fixed, it saves; only the server metadata goes to the server.
        retype(editor, u"{\"tier\": \"gold\", \"since\": \"2024-01\"}"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!message->isVisible(), 2000);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kUiTimeoutMs);
        QVERIFY(!dialog.isVisible());

        const auto stored = project.fetchUser(user->id);
        QVERIFY(stored);
        QVERIFY2(sameJson(stored->serverMetadata, u"{\"tier\":\"gold\",\"since\":\"2024-01\"}"_s), qPrintable(stored->serverMetadata));
        QVERIFY2(sameJson(stored->clientMetadata, u"{\"theme\":\"light\"}"_s), qPrintable(stored->clientMetadata));
        QCOMPARE(stored->displayName, std::optional<QString>(u"Metadata Person"_s));

        if (emulator::Emulator *emulator = project.emulator()) {
            const auto requests = emulator->recordedRequests();
            const auto patch = std::find_if(requests.cbegin(), requests.cend(),
                                            [](const emulator::RecordedRequest &r) { return r.method == u"PATCH"; });
            QVERIFY(patch != requests.cend());
            const QJsonObject body = QJsonDocument::fromJson(patch->body).object();
            QCOMPARE(body.keys(), QStringList{u"server_metadata"_s});
        }
    }

    void unsavedChangesAreNotThrownAwaySilently()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser(u"Before"_s);
        QVERIFY(user);

        ui::EditUserDialog dialog(project.context(), *user);
        QSignalSpy saved(&dialog, &ui::EditUserDialog::saved);
        QVERIFY(showDialog(&dialog));
        QVERIFY(!dialog.hasUnsavedChanges());
        retype(dialog.displayNameField(), u"After"_s);
        QVERIFY(dialog.hasUnsavedChanges());

        // Esc, then Keep editing: still editing, the change still there.
        bool answered = false;
        QString question;
        QStringList buttons;
        answerNextQuestion(this, &answered, QMessageBox::Cancel, &question, &buttons);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(answered, kUiTimeoutMs);
        QVERIFY2(question.contains(u"did not save"_s), qPrintable(question));
        QVERIFY2(buttons.contains(u"Save"_s) && buttons.contains(u"Discard"_s) && buttons.contains(u"Keep editing"_s),
                 qPrintable(buttons.join(u", "_s)));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.displayNameField()->text(), u"After"_s);

        // Closing the window, then Save: saved to the server, and closed.
        answered = false;
        answerNextQuestion(this, &answered, QMessageBox::Save);
        dialog.close();
        QTRY_VERIFY_WITH_TIMEOUT(answered, kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), kUiTimeoutMs);
        QCOMPARE(project.fetchUser(user->id)->displayName, std::optional<QString>(u"After"_s));

        // Again with Discard: closed, and the server keeps what it had.
        ui::EditUserDialog again(project.context(), *project.fetchUser(user->id));
        QVERIFY(showDialog(&again));
        openMetadataTab(again, Kind::ClientReadOnly);
        typeText(again.metadata()->editor(Kind::ClientReadOnly), u"{\"x\": 1}"_s);
        answered = false;
        answerNextQuestion(this, &answered, QMessageBox::Discard);
        QTest::mouseClick(findButton<QPushButton>(&again, u"Cancel"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(answered, kUiTimeoutMs);
        QVERIFY(!again.isVisible());
        QCOMPARE(project.fetchUser(user->id)->clientReadOnlyMetadata, u"null"_s);

        // Without changes, nothing is asked.
        bool askedAnyway = false;
        ui::EditUserDialog unchanged(project.context(), *project.fetchUser(user->id));
        QVERIFY(showDialog(&unchanged));
        closeUnexpectedQuestion(&unchanged, &askedAnyway);
        QTest::keyClick(&unchanged, Qt::Key_Escape);
        QVERIFY(!askedAnyway);
        QVERIFY(!unchanged.isVisible());
    }

    void changedEmailIsNoLongerVerified()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser();
        QVERIFY(user && user->primaryEmailVerified);

        ui::EditUserDialog dialog(project.context(), *user);
        QSignalSpy saved(&dialog, &ui::EditUserDialog::saved);
        QVERIFY(showDialog(&dialog));
        QVERIFY(dialog.emailVerifiedBox()->isChecked());
        const QString email = DialogTestProject::uniqueEmail(u"changed"_s);
        retype(dialog.emailField(), email);
        QVERIFY2(!dialog.emailVerifiedBox()->isChecked(), "nobody verified the new address");

        // Back to the old address: verified as before, and nothing to save.
        retype(dialog.emailField(), *user->primaryEmail);
        QVERIFY(dialog.emailVerifiedBox()->isChecked());
        QVERIFY(!dialog.hasUnsavedChanges());

        // Ticked again on purpose, it stays ticked while the address is typed on.
        retype(dialog.emailField(), email.chopped(1));
        QVERIFY(!dialog.emailVerifiedBox()->isChecked());
        clickIndicator(dialog.emailVerifiedBox());
        QVERIFY(dialog.emailVerifiedBox()->isChecked());
        typeText(dialog.emailField(), email.right(1));
        QVERIFY(dialog.emailVerifiedBox()->isChecked());
        clickIndicator(dialog.emailVerifiedBox());

        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kUiTimeoutMs);
        const auto stored = project.fetchUser(user->id);
        QVERIFY(stored);
        QCOMPARE(stored->primaryEmail, std::optional<QString>(email));
        QVERIFY(!stored->primaryEmailVerified);
    }

    void closingWhileSavingWaitsForTheAnswer()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        if (!project.emulator())
            QSKIP("delays the server: runs on the emulator only");
        const auto user = project.createSampleUser(u"Before"_s);
        QVERIFY(user);
        project.emulator()->addFault({.kind = emulator::Fault::Kind::Latency, .method = u"PATCH"_s,
                                      .pathPattern = u"^/users/"_s, .latencyMs = 800});
        ui::EditUserDialog dialog(project.context(), *user);
        QSignalSpy saved(&dialog, &ui::EditUserDialog::saved);
        QVERIFY(showDialog(&dialog));
        retype(dialog.displayNameField(), u"After"_s);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(!findButton<QPushButton>(&dialog, u"Cancel"_s)->isEnabled());

        // Neither Esc nor the window's close button drops the answer (nor asks about changes).
        bool asked = false;
        closeUnexpectedQuestion(&dialog, &asked, 300);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        dialog.close();
        QVERIFY(!asked);
        QVERIFY(dialog.isVisible());
        QVERIFY(showsText(&dialog, u"Waiting for the server's answer"_s));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kUiTimeoutMs);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(project.fetchUser(user->id)->displayName, std::optional<QString>(u"After"_s));
    }

    void everyFieldReachesTheServer()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser(u"Someone"_s);
        QVERIFY(user && user->hasPassword);

        ui::EditUserDialog dialog(project.context(), *user);
        QSignalSpy saved(&dialog, &ui::EditUserDialog::saved);
        QVERIFY(showDialog(&dialog));
        const QString email = DialogTestProject::uniqueEmail(u"edited"_s);
        retype(dialog.displayNameField(), u"Someone Else"_s);
        retype(dialog.emailField(), email);
        retype(dialog.profileImageField(), u"https://example.com/avatar.png"_s);
        clickIndicator(dialog.removePasswordOption());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kUiTimeoutMs);

        auto stored = project.fetchUser(user->id);
        QVERIFY(stored);
        QCOMPARE(stored->displayName, std::optional<QString>(u"Someone Else"_s));
        QCOMPARE(stored->primaryEmail, std::optional<QString>(email));
        QCOMPARE(stored->profileImageUrl, std::optional<QString>(u"https://example.com/avatar.png"_s));
        QVERIFY(!stored->hasPassword);

        // A new password; the name emptied (null on the server).
        ui::EditUserDialog second(project.context(), *stored);
        QSignalSpy savedAgain(&second, &ui::EditUserDialog::saved);
        QVERIFY(showDialog(&second));
        QVERIFY(!second.removePasswordOption()->isEnabled()); // nothing to remove now
        QTest::mouseClick(second.passwordField(), Qt::LeftButton);
        typeText(second.passwordField(), u"a brand new password"_s);
        QVERIFY(second.newPasswordOption()->isChecked()); // typing chose it
        retype(second.displayNameField(), QString());
        QTest::mouseClick(second.saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(savedAgain.count(), 1, kUiTimeoutMs);
        stored = project.fetchUser(user->id);
        QVERIFY(stored->hasPassword);
        QCOMPARE(stored->displayName, std::nullopt);
    }

    void serverComplaintOnItsField()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto first = project.createSampleUser(u"First"_s);
        const auto second = project.createSampleUser(u"Second"_s);
        QVERIFY(first && second);

        ui::EditUserDialog dialog(project.context(), *second);
        QSignalSpy saved(&dialog, &ui::EditUserDialog::saved);
        QVERIFY(showDialog(&dialog));
        retype(dialog.emailField(), *first->primaryEmail);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kUiTimeoutMs);
        QCOMPARE(saved.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY2(messageOf(&dialog, dialog.emailField())->text().contains(u"already signs in"_s),
                 qPrintable(messageOf(&dialog, dialog.emailField())->text()));
        QVERIFY(!dialog.errorBanner()->isVisible());
        QVERIFY(dialog.emailVerifiedBox()->isEnabled()); // the form is usable again
        QVERIFY(!dialog.removePasswordOption()->isChecked());
    }

    void invalidFieldsAreRefusedBeforeSending()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser();
        QVERIFY(user);
        ui::EditUserDialog dialog(project.context(), *user);
        QVERIFY(showDialog(&dialog));
        retype(dialog.profileImageField(), u"not a url"_s);
        clickIndicator(dialog.newPasswordOption());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY(messageOf(&dialog, dialog.profileImageField())->isShowingError());
        QVERIFY(messageOf(&dialog, dialog.passwordField())->isShowingError());
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestEditUserDialog)
#include "tst_EditUserDialog.moc"
