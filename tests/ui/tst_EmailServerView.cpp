// EmailServerView against the TestServer (the emulator, or a live server; emails.server is put
// back afterwards): the shared server is shown with what it cannot do; SMTP filled in and saved
// writes emails.server at the environment level with exactly the form's JSON, read back; an
// unchanged password is kept; the password never reaches the settings file or any log message;
// problems of the form stop the save; a failed save keeps the form; Resend presets its fields;
// the test email (emulator rules: "wrong-password" is refused) says what happened and is sent
// once for a double click. Screenshots in light and dark palettes.

#include "UserViewTestHelpers.h"

#include "ConfigSettingsWriter.h"
#include "endpoints/ConfigEndpoints.h"
#include "pages/emails/server/EmailServerView.h"
#include "pages/emails/server/TestEmailDialog.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMutex>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Mode = ui::EmailServerView::Mode;

const QString secret = u"s3cret-Pa55word!"_s;

// Every message Qt's logging gets while installed (also forwarded to the previous handler).
class CapturedMessages
{
public:
    CapturedMessages()
    {
        s_self = this;
        m_previous = qInstallMessageHandler(&CapturedMessages::handle);
    }
    ~CapturedMessages()
    {
        qInstallMessageHandler(m_previous);
        s_self = nullptr;
    }
    CapturedMessages(const CapturedMessages &) = delete;
    CapturedMessages &operator=(const CapturedMessages &) = delete;

    QString all() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_lines.join(u'\n');
    }
    qsizetype count() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_lines.size();
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (!s_self)
            return;
        {
            const QMutexLocker locker(&s_self->m_mutex);
            s_self->m_lines << message;
        }
        if (s_self->m_previous)
            s_self->m_previous(type, context, message);
    }

    static inline CapturedMessages *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

std::optional<QString> serverInEnvironment(UserViewFixture &fixture)
{
    const auto environment = fixture.run(api::config::override(fixture.context.scope(), api::ConfigLevel::Environment));
    return environment ? std::optional<QString>(environment->jsonAt(api::emailServerPath)) : std::nullopt;
}

bool setServer(UserViewFixture &fixture, const QString &json)
{
    api::ConfigPatch patch;
    if (json.isEmpty())
        patch.remove(api::emailServerPath);
    else
        patch.setJson(api::emailServerPath, json);
    return fixture.run(api::config::patchOverride(fixture.context.scope(), api::ConfigLevel::Environment, patch)).has_value();
}

bool settledView(const ui::EmailServerView &view)
{
    return view.isLoaded() && !view.writer()->isBusy() && !view.openConfirmation();
}

void fill(QLineEdit *field, const QString &text)
{
    field->selectAll();
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
}

void fillSmtp(ui::EmailServerView &view, const QString &password = secret)
{
    clickIndicator(view.modeOption(Mode::Smtp));
    QCOMPARE(view.mode(), Mode::Smtp);
    fill(view.hostField(), u"smtp.example.com"_s);
    fill(view.portField(), u"2525"_s);
    fill(view.usernameField(), u"mailer"_s);
    fill(view.passwordField(), password);
    fill(view.senderNameField(), u"Test App"_s);
    fill(view.senderEmailField(), u"noreply@example.com"_s);
}

void savePicture(QWidget *widget, const QString &name)
{
    QTest::qWait(80);
    QVERIFY2(Screenshots().save(widget, name), qPrintable(name));
}

// Both palettes of what `widget` shows now.
void savePictures(QWidget *widget, const QString &name)
{
    savePicture(widget, name);
    QApplication::setPalette(darkPalette());
    savePicture(widget, name + u"-dark"_s);
    QApplication::setPalette(QApplication::style()->standardPalette());
}

} // namespace

class TestEmailServerView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the developer's own folders
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void describesChangesWithoutThePassword()
    {
        api::EmailServerSettings before;
        api::EmailServerSettings after;
        after.isShared = false;
        after.host = u"smtp.example.com"_s;
        after.port = 587;
        after.password = secret;
        const QStringList lines = ui::EmailServerView::describeChanges(before, after, true);
        QCOMPARE(lines.first(), u"Server: Hexclave's shared server → Your own SMTP server"_s);
        QVERIFY(lines.contains(u"Host: (none) → smtp.example.com"_s));
        QVERIFY(lines.contains(u"Port: (none) → 587"_s));
        QVERIFY(lines.contains(u"Password: •••• changed"_s));
        QVERIFY(!lines.join(u' ').contains(secret));
        QVERIFY(ui::EmailServerView::describeChanges(after, after, false).contains(u"Password: •••• unchanged"_s));
        const QStringList toShared = ui::EmailServerView::describeChanges(after, before, false);
        QCOMPARE(toShared.size(), 2);
        QCOMPARE(toShared.first(), u"Server: Your own SMTP server → Hexclave's shared server"_s);
    }

    void sharedToSmtpSavedAndReadBack()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const std::optional<QString> original = serverInEnvironment(fixture);
        QVERIFY(original);
        auto restore = qScopeGuard([&] { setServer(fixture, *original); });
        QVERIFY(setServer(fixture, u"{\"isShared\":true,\"provider\":\"smtp\"}"_s));

        // A settings file of its own: the password must never land in it.
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString settingsPath = folder.filePath(u"settings.ini"_s);
        auto *fileSettings = new QSettings(settingsPath, QSettings::IniFormat);
        ui::AppSettings settings(fileSettings);
        fileSettings->setParent(&settings);
        ui::ProjectContext context = fixture.context;
        context.settings = &settings;

        CapturedMessages messages;
        QLoggingCategory::setFilterRules(u"hexclave.*=true"_s); // everything the client would log
        auto quiet = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
        {
            ui::EmailServerView view(context);
            QSignalSpy loaded(&view, &ui::EmailServerView::loaded);
            QVERIFY(showView(view, {860, 720}));
            QTRY_VERIFY_WITH_TIMEOUT(settledView(view), kUiTimeoutMs);
            QCOMPARE(loaded.size(), 1);
            QCOMPARE(view.mode(), Mode::Shared);
            QVERIFY(view.sharedNote()->isVisible());
            QVERIFY(view.sharedNote()->text().contains(u"need your own server"_s));
            QVERIFY(!view.hostField()->isVisible());
            QVERIFY(!view.testButton()->isEnabled());
            QVERIFY(!view.saveButton()->isEnabled());
            QVERIFY(!view.hasUnsavedChanges());
            savePictures(&view, u"email-server-shared"_s);

            fillSmtp(view);
            QVERIFY(view.hasUnsavedChanges());
            QVERIFY(view.saveButton()->isEnabled());
            QCOMPARE(view.passwordField()->echoMode(), QLineEdit::Password);
            savePictures(&view, u"email-server-smtp-filled"_s);

            QTest::mouseClick(view.saveButton(), Qt::LeftButton);
            QMessageBox *box = view.openConfirmation();
            QVERIFY(box);
            const QString summary = box->informativeText();
            QVERIFY2(summary.contains(u"Server: Hexclave's shared server → Your own SMTP server"_s), qPrintable(summary));
            QVERIFY2(summary.contains(u"Host: (none) → smtp.example.com"_s), qPrintable(summary));
            QVERIFY2(summary.contains(u"Port: (none) → 2525"_s), qPrintable(summary));
            QVERIFY2(summary.contains(u"Password: •••• changed"_s), qPrintable(summary));
            QVERIFY2(summary.contains(u"Sender email: (none) → noreply@example.com"_s), qPrintable(summary));
            QVERIFY(!summary.contains(secret) && !box->text().contains(secret));
            QVERIFY(!view.saveButton()->isEnabled()); // no second question meanwhile
            savePictures(box, u"email-server-save-confirmation"_s);
            QSignalSpy saved(&view, &ui::EmailServerView::saved);
            QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kUiTimeoutMs);
            QTRY_VERIFY_WITH_TIMEOUT(settledView(view), kUiTimeoutMs);
            QVERIFY(!view.errorBanner()->isVisible());
            QVERIFY(view.statusLabel()->text().contains(u"Saved and read back"_s));

            // Written at the environment level, exactly the form's values.
            const std::optional<QString> written = serverInEnvironment(fixture);
            QVERIFY(written);
            const QJsonObject expected{{u"isShared"_s, false},         {u"provider"_s, u"smtp"_s},
                                       {u"host"_s, u"smtp.example.com"_s}, {u"port"_s, 2525},
                                       {u"username"_s, u"mailer"_s},     {u"password"_s, secret},
                                       {u"senderName"_s, u"Test App"_s}, {u"senderEmail"_s, u"noreply@example.com"_s}};
            QCOMPARE(jsonObject(*written), expected);
            // Read back: the form shows what is saved, the password as unchanged (not in the field).
            QVERIFY(!view.hasUnsavedChanges());
            QCOMPARE(view.mode(), Mode::Smtp);
            QCOMPARE(view.hostField()->text(), u"smtp.example.com"_s);
            QVERIFY(view.passwordField()->text().isEmpty());
            QVERIFY(view.passwordField()->placeholderText().contains(u"Unchanged"_s));
            QCOMPARE(view.savedSettings().password, secret);

            // Another sender name: the password is kept as saved.
            fill(view.senderNameField(), u"Test App 2"_s);
            QVERIFY(view.hasUnsavedChanges());
            QTest::mouseClick(view.saveButton(), Qt::LeftButton);
            box = view.openConfirmation();
            QVERIFY(box);
            QVERIFY2(box->informativeText().contains(u"Password: •••• unchanged"_s), qPrintable(box->informativeText()));
            QVERIFY2(box->informativeText().contains(u"Sender name: Test App → Test App 2"_s), qPrintable(box->informativeText()));
            QVERIFY(!box->informativeText().contains(u"Host:"_s));
            QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, kUiTimeoutMs);
            QTRY_VERIFY_WITH_TIMEOUT(settledView(view), kUiTimeoutMs);
            QJsonObject second = expected;
            second.insert(u"senderName"_s, u"Test App 2"_s);
            QCOMPARE(jsonObject(serverInEnvironment(fixture).value_or(QString())), second);

            // Show reveals what is typed, and hides it again.
            fill(view.passwordField(), u"typed"_s);
            const QList<QAction *> actions = view.passwordField()->actions();
            QVERIFY(!actions.isEmpty());
            actions.first()->toggle();
            QCOMPARE(view.passwordField()->echoMode(), QLineEdit::Normal);
            actions.first()->toggle();
            QCOMPARE(view.passwordField()->echoMode(), QLineEdit::Password);
            view.revert();
            QVERIFY(!view.hasUnsavedChanges());
        }
        // Something of this project is in the file (as the Emails page keeps its tab), so the
        // check below reads a written file.
        settings.setProjectValue(context.project.id, ui::AppSettings::Key::EmailsTab, u"server"_s);
        fileSettings->sync();
        QFile file(settingsPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("server"));
        QVERIFY(!stored.contains(secret.toUtf8()));
        QVERIFY(messages.count() > 0); // the handler saw the client's requests
        QVERIFY2(!messages.all().contains(secret), "the password was logged");
    }

    void problemsStopTheSave()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const std::optional<QString> original = serverInEnvironment(fixture);
        QVERIFY(original);
        auto restore = qScopeGuard([&] { setServer(fixture, *original); });
        QVERIFY(setServer(fixture, u"{\"isShared\":true,\"provider\":\"smtp\"}"_s));

        ui::EmailServerView view(fixture.context);
        QVERIFY(showView(view, {860, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledView(view), kUiTimeoutMs);
        fillSmtp(view);
        fill(view.hostField(), QString());
        fill(view.portField(), u"70000"_s);
        fill(view.senderEmailField(), u"not an address"_s);
        QTest::mouseClick(view.saveButton(), Qt::LeftButton);
        QVERIFY(!view.openConfirmation());
        QVERIFY(!view.writer()->isBusy());
        QVERIFY(view.hostMessage()->isShowingError());
        QVERIFY(view.portMessage()->isShowingError());
        QVERIFY(view.portMessage()->text().contains(u"between 1 and 65535"_s));
        QVERIFY(view.senderEmailMessage()->isShowingError());
        QVERIFY(!view.usernameMessage()->isShowingError());
        QVERIFY(!view.passwordMessage()->isShowingError());
        QVERIFY(view.hostField()->hasFocus()); // the first problem
        savePictures(&view, u"email-server-problems"_s);
        fill(view.portField(), u"0"_s);
        QVERIFY(!view.save());
        QVERIFY(view.portMessage()->isShowingError());
        // The test email checks the same.
        QTest::mouseClick(view.testButton(), Qt::LeftButton);
        QVERIFY(!view.testEmailDialog());
        QCOMPARE(serverInEnvironment(fixture), std::optional<QString>(u"{\"isShared\":true,\"provider\":\"smtp\"}"_s));
    }

    void resendPresetsItsServer()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const std::optional<QString> original = serverInEnvironment(fixture);
        QVERIFY(original);
        auto restore = qScopeGuard([&] { setServer(fixture, *original); });
        QVERIFY(setServer(fixture, u"{\"isShared\":true,\"provider\":\"smtp\"}"_s));

        ui::EmailServerView view(fixture.context);
        QVERIFY(showView(view, {860, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledView(view), kUiTimeoutMs);
        fillSmtp(view);
        clickIndicator(view.modeOption(Mode::Resend));
        QCOMPARE(view.hostField()->text(), u"smtp.resend.com"_s);
        QCOMPARE(view.portField()->text(), u"465"_s);
        QCOMPARE(view.usernameField()->text(), u"resend"_s);
        QVERIFY(view.hostField()->isReadOnly());
        QCOMPARE(view.passwordField()->accessibleName(), u"API key"_s);
        savePictures(&view, u"email-server-resend"_s);
        // Back to SMTP: what was typed there comes back.
        clickIndicator(view.modeOption(Mode::Smtp));
        QCOMPARE(view.hostField()->text(), u"smtp.example.com"_s);
        QCOMPARE(view.portField()->text(), u"2525"_s);
        QVERIFY(!view.hostField()->isReadOnly());
        clickIndicator(view.modeOption(Mode::Resend));
        const api::EmailServerSettings settings = view.formSettings();
        QCOMPARE(settings.provider, u"resend"_s);
        QCOMPARE(settings.password, secret); // the API key
    }

    void managedServerIsReadOnly()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const std::optional<QString> original = serverInEnvironment(fixture);
        QVERIFY(original);
        auto restore = qScopeGuard([&] { setServer(fixture, *original); });
        QVERIFY(setServer(fixture, u"{\"isShared\":false,\"provider\":\"managed\",\"managedSubdomain\":\"mail.example.com\","
                                   "\"managedSenderLocalPart\":\"hello\",\"senderEmail\":\"hello@mail.example.com\"}"_s));
        ui::EmailServerView view(fixture.context);
        QVERIFY(showView(view, {860, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledView(view), kUiTimeoutMs);
        QCOMPARE(view.mode(), Mode::Managed);
        QVERIFY(view.modeOption(Mode::Managed)->isVisible());
        QVERIFY(showsText(&view, u"mail.example.com"_s));
        QVERIFY(view.hostField()->isReadOnly() && view.senderEmailField()->isReadOnly());
        QVERIFY(!view.passwordField()->isEnabled());
        QVERIFY(!view.testButton()->isEnabled());
        QVERIFY(!view.saveButton()->isEnabled());
        QVERIFY(!view.hasUnsavedChanges());
        savePictures(&view, u"email-server-managed"_s);
        // Another choice keeps the keys this client does not edit.
        clickIndicator(view.modeOption(Mode::Shared));
        QVERIFY(view.hasUnsavedChanges());
        const QJsonObject shared = jsonObject(api::emailServerConfigJson(view.formSettings()));
        QCOMPARE(shared.value(u"isShared"_s), QJsonValue(true));
        QCOMPARE(shared.value(u"managedSubdomain"_s), QJsonValue(u"mail.example.com"_s));
    }

    void failedSaveKeepsTheForm()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("needs the emulator to make the write fail");
        QVERIFY(setServer(fixture, u"{\"isShared\":true,\"provider\":\"smtp\"}"_s));
        ui::EmailServerView view(fixture.context);
        QVERIFY(showView(view, {860, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledView(view), kUiTimeoutMs);
        fillSmtp(view);
        fixture.emulator()->addFault({.kind = emulator::Fault::Kind::Status, .method = u"PATCH"_s,
                                      .pathPattern = u"^/internal/config/override"_s, .count = -1, .status = 500,
                                      .message = u"config store down"_s});
        QVERIFY(view.save());
        QTest::mouseClick(view.openConfirmation()->button(QMessageBox::Save), Qt::LeftButton);
        QVERIFY(!view.saveButton()->isEnabled()); // no second save meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(settledView(view) && view.errorBanner()->isVisible(), kUiTimeoutMs);
        fixture.emulator()->clearFaults();
        QVERIFY(showsText(&view, u"The email server settings were not saved."_s));
        QCOMPARE(view.mode(), Mode::Smtp);
        QCOMPARE(view.hostField()->text(), u"smtp.example.com"_s);
        QCOMPARE(view.passwordField()->text(), secret);
        QVERIFY(view.hasUnsavedChanges());
        QVERIFY(view.saveButton()->isEnabled());
        QCOMPARE(serverInEnvironment(fixture), std::optional<QString>(u"{\"isShared\":true,\"provider\":\"smtp\"}"_s));
    }

    // The emulator's rules: "wrong-password" is refused by the "server"; anything else is sent.
    void testEmailSuccessAndFailure()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("the answers follow the emulator's rules for test emails");
        QVERIFY(setServer(fixture, u"{\"isShared\":true,\"provider\":\"smtp\"}"_s));
        ui::EmailServerView view(fixture.context);
        QVERIFY(showView(view, {860, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledView(view), kUiTimeoutMs);
        fillSmtp(view); // not saved: the test uses the form
        QVERIFY(view.testButton()->isEnabled());
        const auto testEmails = [&fixture] {
            int count = 0;
            for (const emulator::SentEmail &mail : fixture.emulator()->sentEmails())
                count += mail.kind == emulator::SentEmail::Kind::TestEmail ? 1 : 0;
            return count;
        };
        const int before = testEmails();

        QTest::mouseClick(view.testButton(), Qt::LeftButton);
        ui::TestEmailDialog *dialog = view.testEmailDialog();
        QVERIFY(dialog);
        QVERIFY(!view.testButton()->isEnabled());
        QTRY_VERIFY(dialog->isVisible());
        fill(dialog->recipientField(), u"me@example.com"_s);
        QSignalSpy answered(dialog, &ui::TestEmailDialog::answered);
        QTest::mouseDClick(dialog->sendButton(), Qt::LeftButton);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, kUiTimeoutMs);
        QTest::qWait(300); // a second request would have been answered by now
        QCOMPARE(answered.size(), 1);
        QCOMPARE(testEmails(), before + 1);
        QVERIFY(dialog->lastSucceeded());
        QVERIFY(!dialog->resultLabel()->isShowingError());
        QVERIFY(dialog->resultLabel()->text().contains(u"The test email was sent to me@example.com"_s));
        savePictures(dialog, u"email-server-test-sent"_s);
        dialog->reject();
        QTRY_VERIFY(!view.testEmailDialog());
        QVERIFY(view.hasUnsavedChanges()); // the form is as it was

        fill(view.passwordField(), u"wrong-password"_s);
        dialog = view.openTestEmailDialog();
        QVERIFY(dialog);
        fill(dialog->recipientField(), u"me@example.com"_s);
        QSignalSpy refused(dialog, &ui::TestEmailDialog::answered);
        QVERIFY(dialog->sendTestEmail());
        QVERIFY(!dialog->sendTestEmail()); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, kUiTimeoutMs);
        QVERIFY(!dialog->lastSucceeded());
        QVERIFY(dialog->resultLabel()->isShowingError());
        QVERIFY2(dialog->resultLabel()->text().contains(u"Authentication failed"_s), qPrintable(dialog->resultLabel()->text()));
        QCOMPARE(testEmails(), before + 1);
        savePictures(dialog, u"email-server-test-refused"_s);

        // An address that is not one is not sent.
        fill(dialog->recipientField(), u"nobody"_s);
        QVERIFY(!dialog->sendTestEmail());
        dialog->reject();
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestEmailServerView)
#include "tst_EmailServerView.moc"
