// The real app when the system keychain cannot keep a secret (issue 10). Registered twice:
// "missing" runs without any D-Bus session (no secret service at all), "locked" inside a private
// D-Bus session whose GNOME Keyring collection the test locks (org.freedesktop.Secret.Service.Lock;
// nothing can unlock it headless, as no prompter can be shown). Through the GUI the demo account
// signs in with its password and a project connects with its admin key: both work for this run,
// the window says that the credential was not saved and why, nothing is written in plain text
// anywhere under the temporary HOME (nor logged), and the next start (a new app on the same
// settings) explains why it needs a sign-in and offers one, which works again.

#include "SecretSearch.h"
#include "UiTestHelpers.h"
#include "WidgetLookup.h"

#include "Application.h"
#include "Branding.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "connections/ConnectionStore.h"
#include "credentials/CredentialStore.h"
#include "dialogs/ConnectDialog.h"
#include "emulator/Emulator.h"
#include "pages/MessagePage.h"
#include "widgets/ErrorBanner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Method = ui::ConnectDialog::Method;


// The texts of the window's visible error banners.
QStringList bannerTexts(const QWidget &window)
{
    QStringList texts;
    const auto banners = window.findChildren<ui::ErrorBanner *>();
    for (ui::ErrorBanner *banner : banners) {
        if (banner->isVisible())
            texts << visibleLabelTexts(banner).join(u' ');
    }
    return texts;
}

bool lockedMode()
{
    return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

public:
    explicit TestKeychainUnavailable(QString root)
        : m_root(std::move(root))
    {
    }

private:
    // Fills in and submits the connect dialog that opens next; `open` opens it (may block).
    // `queued`: `open` only queues the dialog (the app's start), so it runs before the answer is armed.
    void connectThroughDialog(Method method, const std::function<void()> &open, bool queued = false)
    {
        if (queued)
            open();
        const emulator::DemoAccount demo = m_emulator->demoAccount();
        bool done = false;
        onNextModal<ui::ConnectDialog>(this, &done, [&](ui::ConnectDialog *dialog) {
            if (dialog->selfHostedOption()->isEnabled() && !dialog->selfHostedOption()->isChecked())
                clickIndicator(dialog->selfHostedOption());
            if (dialog->apiRootField()->isEnabled())
                typeInto(dialog->apiRootField(), m_emulator->apiRoot().toString());
            dialog->setMethod(method);
            QLineEdit *last = nullptr;
            if (method == Method::Password) {
                QLineEdit *pck = fieldByName(*dialog, u"Internal project publishable client key"_s);
                if (pck && pck->isEnabled())
                    typeInto(pck, demo.publishableClientKey);
                if (dialog->emailField()->isEnabled())
                    typeInto(dialog->emailField(), demo.email);
                typeInto(dialog->passwordField(), demo.password);
                last = dialog->passwordField();
            } else {
                typeInto(dialog->projectIdField(method), demo.projectId);
                typeInto(dialog->keyField(method), demo.adminKey);
                last = dialog->keyField(method);
            }
            const QPointer<ui::ConnectDialog> alive(dialog); // the sign-in-again dialog deletes itself
            QTest::keyClick(last, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), kUiTimeoutMs);
        });
        if (!queued)
            open();
        QTRY_VERIFY_WITH_TIMEOUT(done, 2 * kUiTimeoutMs);
    }

    QList<Secret> secretsSeen() const
    {
        const emulator::DemoAccount demo = m_emulator->demoAccount();
        QList<Secret> secrets{{u"account password"_s, demo.password}, {u"admin key"_s, demo.adminKey}};
        const auto requests = m_emulator->recordedRequests();
        for (const emulator::RecordedRequest &request : requests) {
            for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
                const QByteArray name = it.key().toLower();
                if (name == "x-stack-refresh-token" || name == "x-stack-access-token")
                    secrets.append({u"header "_s + QString::fromLatin1(name), QString::fromLatin1(it.value())});
            }
        }
        return secrets;
    }

    QString m_root;
    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<app::Application> m_app;
    QString m_reason; // what the window said the first time

private Q_SLOTS:
    void initTestCase()
    {
        keepCapturingLog();
        m_emulator = std::make_unique<emulator::Emulator>(emulator::EmulatorOptions{.userCount = 10});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        if (lockedMode()) {
            QString output;
            QVERIFY2(lockKeychain(&output), qPrintable(output));
        }
        std::fprintf(stderr, "keychain-unavailable: mode %s\n", lockedMode() ? "locked" : "missing");
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_emulator.reset();
    }

    // Signing in and entering a key work for this run; the window says they were not saved.
    void signInWorksForThisRun()
    {
        m_app = std::make_unique<app::Application>(app::CommandLine{}, QElapsedTimer());
        bool started = false; // the app opens the dialog itself (no saved connection)
        connectThroughDialog(Method::Password, [this, &started] { started = m_app->start(); }, true);
        QVERIFY(started);
        QTRY_VERIFY_WITH_TIMEOUT(shownMainWindow() && shownMainWindow()->projectContext().isValid(), kUiTimeoutMs);
        ui::MainWindow *window = shownMainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(!bannerTexts(*window).isEmpty(), kUiTimeoutMs);
        m_reason = bannerTexts(*window).join(u'\n');
        std::fprintf(stderr, "keychain-unavailable: after signing in the window says: %s\n", qPrintable(m_reason));
        QVERIFY2(m_reason.contains(u"could not be saved"_s), qPrintable(m_reason));
        QVERIFY2(m_reason.contains(u"sign in again after restarting"_s), qPrintable(m_reason));
        QVERIFY2(m_reason.contains(lockedMode() ? u"Unlock it"_s : u"No system keychain is available"_s), qPrintable(m_reason));

        connectThroughDialog(Method::AdminKey, [window] { window->openConnectDialog(); });
        QTRY_VERIFY_WITH_TIMEOUT(window->projectContext().isValid()
                                     && window->projectContext().credentialKind() == api::CredentialKind::AdminKey,
                                 kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(bannerTexts(*window).join(u'\n').contains(u"(Admin key)"_s), kUiTimeoutMs);
    }

    // Nothing kept instead: no secret in any file or log line, no key in the keychain index.
    void nothingInPlainText()
    {
        Figures figures;
        const QList<Secret> secrets = secretsSeen();
        const QStringList found = findSecrets(m_root, secrets, &figures);
        std::fprintf(stderr, "keychain-unavailable: %d secrets, %d forms; %d files (%lld bytes); %d log lines\n",
                     figures.secrets, figures.forms, figures.files, static_cast<long long>(figures.bytes), figures.logLines);
        QVERIFY(figures.secrets >= 4); // password, admin key, a refresh and an access token
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QSettings settings;
        api::CredentialStore store(&settings);
        QVERIFY2(store.knownKeys().isEmpty(), qPrintable(store.knownKeys().join(u", "_s)));
        api::ConnectionStore connections(&settings);
        QCOMPARE(connections.connections().size(), 2); // the connections themselves are kept
    }

    // The next start says why a sign-in is needed and offers it; signing in works again.
    void nextStartAsksToSignIn()
    {
        m_app.reset();
        m_app = std::make_unique<app::Application>(app::CommandLine{}, QElapsedTimer());
        QVERIFY(m_app->start());
        ui::MainWindow *window = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((window = shownMainWindow()) && qobject_cast<ui::MessagePage *>(window->currentPage())
                                     && window->hasSettledPage(),
                                 kUiTimeoutMs);
        const QString shown = visibleLabelTexts(window->currentPage()).join(u'\n');
        std::fprintf(stderr, "keychain-unavailable: at the next start the window says: %s\n", qPrintable(shown));
        QVERIFY2(shown.contains(u"could not be kept in the system keychain"_s) || shown.contains(u"keychain"_s),
                 qPrintable(shown));
        QVERIFY2(shown.contains(u"sign in again"_s, Qt::CaseInsensitive), qPrintable(shown));
        QVERIFY2(shown.contains(m_emulator->demoAccount().email), qPrintable(shown));
        QPushButton *signIn = nullptr;
        const auto buttons = window->currentPage()->findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (!signIn && button->isVisible() && withoutMnemonic(button->text()).startsWith(u"Sign in to"_s))
                signIn = button; // the first: the dashboard account, connected first
        }
        QVERIFY2(signIn, qPrintable(shown));
        connectThroughDialog(Method::Password, [signIn] { QTest::mouseClick(signIn, Qt::LeftButton); });
        QTRY_VERIFY_WITH_TIMEOUT(window->projectContext().isValid(), kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(bannerTexts(*window).join(u'\n').contains(u"could not be saved"_s), kUiTimeoutMs);

        Figures figures;
        const QStringList found = findSecrets(m_root, secretsSeen(), &figures);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

} // namespace hexclave::tests

int main(int argc, char *argv[])
{
    return hexclave::tests::runInFreshHome<hexclave::tests::TestKeychainUnavailable>(argc, argv);
}

#include "tst_KeychainUnavailable.moc"
