// The per-user dialogs as a person sees them, in the light and the dark palette, each in a state
// worth looking at: errors on their fields, long texts, the impersonation tokens, a sent email.
// Every state is checked for what must be on screen; with HEXCLAVE_SCREENSHOT_DIR set, each is
// also saved as a PNG there.

#include "EnglishPlurals.h"
#include "UserDialogTesting.h"

#include "dialogs/CreateUserDialog.h"
#include "dialogs/DeleteUserDialog.h"
#include "dialogs/EditUserDialog.h"
#include "dialogs/ImpersonateDialog.h"
#include "dialogs/RestrictUserDialog.h"
#include "dialogs/SendUserEmailDialog.h"
#include "widgets/FieldMessage.h"
#include "widgets/JsonEditor.h"
#include "widgets/MetadataTabs.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTabBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {


const QString longName = u"Maximiliane Alexandra von und zu Hohenstein-Wolkenburg (Customer Success, EMEA)"_s;

} // namespace

class TestUserDialogsGallery : public QObject
{
    Q_OBJECT

private:
    void save(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        const QPixmap picture = widget->grab();
        QVERIFY(!picture.isNull());
        if (m_directory.isEmpty())
            return;
        QFETCH(bool, dark);
        const QString file = name + (dark ? u"-dark.png"_s : u".png"_s);
        QVERIFY2(picture.save(QDir(m_directory).filePath(file)), qPrintable(file));
    }

    void usePalette()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    }

    static void addPalettes()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    QString m_directory;
    EnglishPlurals m_plurals;

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QCoreApplication::installTranslator(&m_plurals);
        m_directory = qEnvironmentVariable("HEXCLAVE_SCREENSHOT_DIR");
        if (!m_directory.isEmpty())
            QVERIFY(QDir().mkpath(m_directory));
    }

    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void createUserWithErrors_data() { addPalettes(); }
    void createUserWithErrors()
    {
        usePalette();
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto existing = project.createSampleUser();
        QVERIFY(existing);
        ui::CreateUserDialog dialog(project.context());
        QVERIFY(showDialog(&dialog));
        typeText(dialog.emailField(), *existing->primaryEmail);
        clickIndicator(dialog.emailVerifiedBox());
        typeText(dialog.passwordField(), u"secret password"_s);
        typeText(dialog.displayNameField(), longName);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kUiTimeoutMs);
        QVERIFY(showsText(&dialog, u"already signs in"_s));
        save(&dialog, u"create-user-duplicate-email"_s);

        QTest::mouseClick(dialog.metadataToggle(), Qt::LeftButton);
        using Kind = ui::MetadataTabs::Kind;
        ui::JsonEditor *editor = dialog.metadata()->editor(Kind::Server);
        QTabBar *tabs = dialog.metadata()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(Kind::Server)).center());
        typeText(editor, u"{\n  \"plan\": \"pro\",\n\"seats\": 12,\n\"notes\": \"Zoë — 试验\",\n\"flags\": [true, null,]\n}"_s); // Return keeps the indentation
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY(showsText(&dialog, u"line 5, column 24"_s));
        save(&dialog, u"create-user-invalid-json"_s);
    }

    void editUserMetadataError_data() { addPalettes(); }
    void editUserMetadataError()
    {
        usePalette();
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        api::users::NewUser newUser;
        newUser.primaryEmail = DialogTestProject::uniqueEmail(u"gallery"_s);
        newUser.primaryEmailVerified = true;
        newUser.primaryEmailAuthEnabled = true;
        newUser.password = u"a password"_s;
        newUser.displayName = longName;
        newUser.clientMetadataJson = u"{\"theme\":\"dark\",\"language\":\"de\"}"_s;
        newUser.serverMetadataJson =
            u"{\"plan\":\"enterprise\",\"seats\":250,\"renewal\":\"2026-01-01\",\"owner\":{\"name\":\"Zoë\",\"vip\":true},"
            u"\"tags\":[\"beta\",\"eu\",null]}"_s;
        const auto user = project.createUser(newUser);
        QVERIFY(user);
        ui::EditUserDialog dialog(project.context(), *user);
        QVERIFY(showDialog(&dialog));
        using Kind = ui::MetadataTabs::Kind;
        QTabBar *tabs = dialog.metadata()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(Kind::Server)).center());
        ui::JsonEditor *editor = dialog.metadata()->editor(Kind::Server);
        QTextCursor cursor = editor->textCursor();
        cursor.movePosition(QTextCursor::End);
        cursor.movePosition(QTextCursor::Up);
        editor->setTextCursor(cursor);
        QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        editor->setTextCursor(cursor);
        typeText(editor, u", 'x'"_s);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.metadata()->message(Kind::Server)->isVisible());
        save(&dialog, u"edit-user-metadata-error"_s);
    }

    void restrictUser_data() { addPalettes(); }
    void restrictUser()
    {
        usePalette();
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser(longName);
        QVERIFY(user);
        ui::RestrictUserDialog dialog(project.context(), *user);
        QVERIFY(showDialog(&dialog));
        typeText(dialog.publicReasonField(), u"Your account is under review after unusual activity. Contact support@example.com."_s);
        typeText(dialog.privateDetailsField(),
                 u"Chargebacks on orders 4711, 4712 and 4730 within two days; the card was reported stolen. Ticket #8812. "
                 u"Keep restricted until the bank confirms."_s);
        QVERIFY(dialog.restrictButton()->isVisible());
        save(&dialog, u"restrict-user"_s);
    }

    void deleteUser_data() { addPalettes(); }
    void deleteUser()
    {
        usePalette();
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        api::users::NewUser newUser;
        newUser.primaryEmail = u"maximiliane.hohenstein-wolkenburg."_s + DialogTestProject::uniqueEmail(u"x"_s);
        newUser.displayName = longName;
        const auto user = project.createUser(newUser);
        QVERIFY(user);
        ui::DeleteUserDialog dialog(project.context(), *user);
        QVERIFY(showDialog(&dialog));
        typeText(dialog.confirmationField(), user->primaryEmail->left(20));
        QVERIFY(!dialog.deleteButton()->isEnabled());
        save(&dialog, u"delete-user-typing"_s);
        typeText(dialog.confirmationField(), user->primaryEmail->mid(20));
        QVERIFY(dialog.deleteButton()->isEnabled());
        save(&dialog, u"delete-user-confirmed"_s);
    }

    void impersonate_data() { addPalettes(); }
    void impersonate()
    {
        usePalette();
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser(u"Amelia Chen"_s);
        QVERIFY(user);
        ui::ImpersonateDialog dialog(project.context(), *user);
        QVERIFY(showDialog(&dialog));
        save(&dialog, u"impersonate-choose"_s);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.showsTokens(), kUiTimeoutMs);
        QVERIFY(showsText(&dialog, u"not saved anywhere"_s));

        // Real tokens (a live server's too) never go into a picture: made-up ones take their place.
        const QString access = dialog.accessTokenField()->text();
        const QString refresh = dialog.refreshTokenField()->text();
        QVERIFY(!access.isEmpty() && !refresh.isEmpty());
        const QString sampleRefresh = u"sample_refresh_token_0123456789abcdef"_s;
        dialog.accessTokenField()->setText(u"eyJhbGciOiJFUzI1NiJ9.sample-access-token.signature"_s);
        dialog.refreshTokenField()->setText(sampleRefresh);
        dialog.browserSnippetField()->setPlainText(dialog.browserSnippetField()->toPlainText().replace(refresh, sampleRefresh));
        for (const QString &secret : {access, refresh}) {
            QVERIFY(!dialog.accessTokenField()->text().contains(secret));
            QVERIFY(!dialog.refreshTokenField()->text().contains(secret));
            QVERIFY(!dialog.browserSnippetField()->toPlainText().contains(secret));
            QVERIFY(!visibleLabelTexts(&dialog).join(u'\n').contains(secret));
        }
        QVERIFY(dialog.browserSnippetField()->toPlainText().contains(sampleRefresh));
        save(&dialog, u"impersonate-tokens"_s);
    }

    void sendEmail_data() { addPalettes(); }
    void sendEmail()
    {
        usePalette();
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser(u"Amelia Chen"_s);
        QVERIFY(user);
        ui::SendUserEmailDialog dialog(project.context(), *user);
        QVERIFY(showDialog(&dialog));
        typeText(dialog.callbackUrlField(), u"example.com/reset"_s);
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        save(&dialog, u"send-email-bad-url"_s);
        dialog.callbackUrlField()->selectAll();
        typeText(dialog.callbackUrlField(), u"http://localhost:3000/handler/password-reset"_s);
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultLabel()->isVisible(), kUiTimeoutMs);
        save(&dialog, u"send-email-sent"_s);

        api::users::NewUser noEmail;
        noEmail.displayName = u"Anonymous Walrus"_s;
        const auto unreachable = project.createUser(noEmail);
        QVERIFY(unreachable);
        ui::SendUserEmailDialog disabled(project.context(), *unreachable);
        QVERIFY(showDialog(&disabled));
        QVERIFY(!disabled.sendButton()->isEnabled());
        save(&disabled, u"send-email-no-address"_s);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestUserDialogsGallery)
#include "tst_UserDialogsGallery.moc"
