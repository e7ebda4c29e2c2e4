// CreateUserDialog driven like a person: typing a new user and clicking Create (the user exists
// on the server afterwards, as typed), an address another user signs in with (the complaint
// appears on the email field), invalid JSON and a bad address (refused before anything is
// sent, with the line and column), the server's SCHEMA_ERROR lines on their fields, Esc while
// the request is under way (the answer is awaited) and Esc with typed input (asked first). Runs
// on a live server too, except where faults are injected.

#include "UserDialogTesting.h"

#include "dialogs/CreateUserDialog.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"
#include "widgets/JsonEditor.h"
#include "widgets/MetadataTabs.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QToolButton>

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

void typeInto(QWidget *field, const QString &text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    typeText(field, text);
}

// Opens the metadata section and types `json` into the editor of `kind`.
void typeMetadata(ui::CreateUserDialog &dialog, Kind kind, const QString &json)
{
    if (!dialog.metadata()->isVisible())
        QTest::mouseClick(dialog.metadataToggle(), Qt::LeftButton);
    QTabBar *tabs = dialog.metadata()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(kind)).center());
    ui::JsonEditor *editor = dialog.metadata()->editor(kind);
    QTest::mouseClick(editor->viewport(), Qt::LeftButton);
    typeText(editor, json);
}

} // namespace

class TestCreateUserDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsTheUserAsTyped()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        ui::CreateUserDialog dialog(project.context());
        QSignalSpy created(&dialog, &ui::CreateUserDialog::created);
        QVERIFY(showDialog(&dialog));

        const QString email = DialogTestProject::uniqueEmail(u"created"_s);
        QCOMPARE(QApplication::focusWidget(), dialog.emailField()); // typing starts with the email
        typeText(dialog.emailField(), email);
        clickIndicator(dialog.emailVerifiedBox());
        typeInto(dialog.passwordField(), u"a long and good password"_s);
        typeInto(dialog.displayNameField(), u"Zoë Ünïcode 试验"_s);
        typeMetadata(dialog, Kind::Client, u"{\"theme\": \"dark\"}"_s);
        typeMetadata(dialog, Kind::Server, u"{\"plan\": \"pro\", \"seats\": 3}"_s);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kUiTimeoutMs);
        const auto user = created.at(0).at(0).value<api::User>();
        project.forgetLater(user.id);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto stored = project.fetchUser(user.id);
        QVERIFY(stored);
        QCOMPARE(stored->primaryEmail, std::optional<QString>(email));
        QVERIFY(stored->primaryEmailVerified);
        QVERIFY(stored->primaryEmailAuthEnabled);
        QVERIFY(stored->hasPassword);
        QCOMPARE(stored->displayName, std::optional<QString>(u"Zoë Ünïcode 试验"_s));
        QVERIFY2(sameJson(stored->clientMetadata, u"{\"theme\":\"dark\"}"_s), qPrintable(stored->clientMetadata));
        QVERIFY2(sameJson(stored->serverMetadata, u"{\"plan\":\"pro\",\"seats\":3}"_s), qPrintable(stored->serverMetadata));
        QCOMPARE(stored->clientReadOnlyMetadata, u"null"_s); // untouched: not sent
    }

    void userWithoutPassword()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        ui::CreateUserDialog dialog(project.context());
        QSignalSpy created(&dialog, &ui::CreateUserDialog::created);
        QVERIFY(showDialog(&dialog));
        typeText(dialog.emailField(), DialogTestProject::uniqueEmail(u"nopassword"_s));

        // Neither a password nor "No password": the dialog asks before sending.
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY(messageOf(&dialog, dialog.passwordField())->isShowingError());
        QCOMPARE(QApplication::focusWidget(), dialog.passwordField());

        clickIndicator(dialog.noPasswordBox());
        QVERIFY(!dialog.passwordField()->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Return); // the default button
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kUiTimeoutMs);
        const auto user = created.at(0).at(0).value<api::User>();
        project.forgetLater(user.id);
        QVERIFY(!user.hasPassword);
    }

    void emailUsedForSignInByAnotherUser()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto existing = project.createSampleUser();
        QVERIFY(existing);

        ui::CreateUserDialog dialog(project.context());
        QSignalSpy created(&dialog, &ui::CreateUserDialog::created);
        QVERIFY(showDialog(&dialog));
        typeText(dialog.emailField(), *existing->primaryEmail);
        typeInto(dialog.passwordField(), u"another password"_s);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.emailField()->isEnabled()); // nothing can be changed while it is sent
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kUiTimeoutMs);

        QCOMPARE(created.count(), 0);
        QVERIFY(dialog.isVisible());
        ui::FieldMessage *emailMessage = messageOf(&dialog, dialog.emailField());
        QVERIFY(emailMessage->isVisible());
        QVERIFY2(emailMessage->text().contains(u"already signs in with this email"_s), qPrintable(emailMessage->text()));
        QVERIFY(!dialog.errorBanner()->isVisible()); // on the field, not in the banner
        QCOMPARE(dialog.emailField()->accessibleDescription(), emailMessage->text());
        QCOMPARE(QApplication::focusWidget(), dialog.emailField());
        QVERIFY(dialog.emailField()->isEnabled());

        // As the message says: not used for sign-in, the same address is accepted.
        clickIndicator(dialog.emailForSignInBox());
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kUiTimeoutMs);
        project.forgetLater(created.at(0).at(0).value<api::User>().id);
    }

    void invalidJsonIsRefusedWithItsPosition()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        ui::CreateUserDialog dialog(project.context());
        QSignalSpy created(&dialog, &ui::CreateUserDialog::created);
        QVERIFY(showDialog(&dialog));
        typeText(dialog.emailField(), DialogTestProject::uniqueEmail(u"badjson"_s));
        clickIndicator(dialog.noPasswordBox());
        typeMetadata(dialog, Kind::ClientReadOnly, u"{\n\"plan\": \"pro\",\n\"seats\": 3,\n}"_s);
        QTest::mouseClick(dialog.metadata()->tabBar(), Qt::LeftButton, {},
                          dialog.metadata()->tabBar()->tabRect(0).center()); // looking at another tab

        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QVERIFY2(!dialog.isBusy(), "nothing was sent");
        QCOMPARE(dialog.metadata()->currentIndex(), int(Kind::ClientReadOnly)); // the tab with the error
        ui::JsonEditor *editor = dialog.metadata()->editor(Kind::ClientReadOnly);
        ui::FieldMessage *message = dialog.metadata()->message(Kind::ClientReadOnly);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"line 4, column 1"_s), qPrintable(message->text()));
        QCOMPARE(QApplication::focusWidget(), editor);
        QCOMPARE(editor->textCursor().position(), int(editor->syntaxError()->offset));

        QTest::qWait(300);
        QCOMPARE(created.count(), 0);
        if (emulator::Emulator *emulator = project.emulator()) {
            const auto requests = emulator->recordedRequests();
            QVERIFY(std::none_of(requests.cbegin(), requests.cend(),
                                 [](const emulator::RecordedRequest &r) { return r.method == u"POST" && r.path == u"/users"; }));
        }
    }

    void badEmailIsRefused()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        ui::CreateUserDialog dialog(project.context());
        QVERIFY(showDialog(&dialog));
        typeText(dialog.emailField(), u"not an address"_s);
        clickIndicator(dialog.noPasswordBox());
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY(messageOf(&dialog, dialog.emailField())->text().contains(u"not an email address"_s));
    }

    void schemaErrorLinesGoToTheirFields()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        if (!project.emulator())
            QSKIP("injects a server answer: runs on the emulator only");
        const QString message = u"Request validation failed on POST /api/v1/users:\n"
                                u"  - body.display_name must be at most 10 characters\n"
                                u"  - body.server_metadata must be a `object` type\n"
                                u"  - body contains unknown properties: nickname\n"
                                u"  - body contains unknown properties: nickname"_s;
        project.emulator()->addFault({.kind = emulator::Fault::Kind::KnownError, .method = u"POST"_s,
                                      .pathPattern = u"^/users$"_s, .status = 400,
                                      .knownErrorCode = u"SCHEMA_ERROR"_s, .message = message});
        ui::CreateUserDialog dialog(project.context());
        QVERIFY(showDialog(&dialog));
        typeText(dialog.emailField(), DialogTestProject::uniqueEmail(u"schema"_s));
        clickIndicator(dialog.noPasswordBox());
        typeInto(dialog.displayNameField(), u"A name that is too long"_s);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kUiTimeoutMs);

        QCOMPARE(messageOf(&dialog, dialog.displayNameField())->text(), u"Must be at most 10 characters"_s);
        QVERIFY(dialog.metadata()->isVisible()); // opened to show its complaint
        QCOMPARE(dialog.metadata()->message(Kind::Server)->text(), u"Must be a `object` type"_s);
        QCOMPARE(dialog.metadata()->currentIndex(), int(Kind::Server));
        // The line no field shows goes to the banner, with the whole answer.
        QVERIFY(dialog.errorBanner()->isVisible());
        QVERIFY(showsText(dialog.errorBanner(), u"unknown properties: nickname"_s));
        QCOMPARE(QApplication::focusWidget(), dialog.displayNameField()); // the first complaint

        // Editing the metadata takes its server complaint away.
        typeText(dialog.metadata()->editor(Kind::Server), u"{}"_s);
        QVERIFY(!dialog.metadata()->message(Kind::Server)->isVisible());
    }

    void closingWhileSendingWaitsForTheAnswer()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        if (!project.emulator())
            QSKIP("delays the server: runs on the emulator only");
        project.emulator()->addFault({.kind = emulator::Fault::Kind::Latency, .method = u"POST"_s,
                                      .pathPattern = u"^/users$"_s, .latencyMs = 800});
        ui::CreateUserDialog dialog(project.context());
        QSignalSpy created(&dialog, &ui::CreateUserDialog::created);
        QVERIFY(showDialog(&dialog));
        typeText(dialog.emailField(), DialogTestProject::uniqueEmail(u"awaited"_s));
        clickIndicator(dialog.noPasswordBox());
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QPushButton *cancel = findButton<QPushButton>(&dialog, u"Cancel"_s);
        QVERIFY(cancel);
        QVERIFY2(!cancel->isEnabled(), "the server may create the user anyway: its answer is awaited");

        // Esc and the window's close button leave it open (and ask nothing); the user arrives.
        bool asked = false;
        closeUnexpectedQuestion(&dialog, &asked, 300);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QVERIFY(showsText(&dialog, u"Waiting for the server's answer"_s));
        dialog.close();
        QVERIFY(!asked);
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kUiTimeoutMs);
        project.forgetLater(created.at(0).at(0).value<api::User>().id);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void typedInputIsNotThrownAwaySilently()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);

        // Nothing typed: Esc closes at once.
        bool askedAnyway = false;
        ui::CreateUserDialog untouched(project.context());
        QVERIFY(showDialog(&untouched));
        clickIndicator(untouched.noPasswordBox()); // a choice, not typing
        closeUnexpectedQuestion(&untouched, &askedAnyway);
        QTest::keyClick(&untouched, Qt::Key_Escape);
        QVERIFY(!askedAnyway);
        QVERIFY(!untouched.isVisible());

        ui::CreateUserDialog dialog(project.context());
        QSignalSpy created(&dialog, &ui::CreateUserDialog::created);
        QVERIFY(showDialog(&dialog));
        typeInto(dialog.displayNameField(), u"Half Typed"_s);

        // Esc, then Keep editing: still there, with what was typed.
        bool answered = false;
        QString question;
        QStringList buttons;
        answerNextQuestion(this, &answered, QMessageBox::Cancel, &question, &buttons);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(answered, kUiTimeoutMs);
        QVERIFY2(question.contains(u"throw away what you typed"_s), qPrintable(question));
        QCOMPARE(buttons.size(), 2);
        QVERIFY2(buttons.contains(u"Discard"_s) && buttons.contains(u"Keep editing"_s), qPrintable(buttons.join(u", "_s)));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.displayNameField()->text(), u"Half Typed"_s);

        // Cancel, then Discard: closed, nothing created.
        answered = false;
        answerNextQuestion(this, &answered, QMessageBox::Discard);
        QTest::mouseClick(findButton<QPushButton>(&dialog, u"Cancel"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(answered, kUiTimeoutMs);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(created.count(), 0);

        // Metadata alone counts too, also when the window is closed.
        ui::CreateUserDialog withMetadata(project.context());
        QVERIFY(showDialog(&withMetadata));
        typeMetadata(withMetadata, Kind::Server, u"{\"plan\": \"pro\"}"_s);
        answered = false;
        answerNextQuestion(this, &answered, QMessageBox::Cancel);
        withMetadata.close();
        QTRY_VERIFY_WITH_TIMEOUT(answered, kUiTimeoutMs);
        QVERIFY(withMetadata.isVisible());
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestCreateUserDialog)
#include "tst_CreateUserDialog.moc"
