// No secret on disk or in a log (issue 10). The real app (app::Application, its QSettings, its
// CredentialStore over a real GNOME Keyring in a private D-Bus session) runs with HOME and every
// XDG directory and TMPDIR in a fresh temporary tree, and every log line of every category
// captured at debug level. Through the GUI it signs in with the demo account's password, connects
// with the server key and the admin key, creates a project key set (shown once: copied, then the
// clipboard is cleared), a user key and a team key, checks a key, impersonates a user and leaves
// an unsaved email draft for the autosave. Then every secret the run saw (the password, keys,
// tokens in the keychain and in the requests the emulator received, created keys, impersonation
// tokens) is searched for in every file of the tree and in the log text, raw and encoded — none may
// be there — while the keychain must hold the refresh token and keys. A planted secret proves the
// search finds what it looks for. Last, the collection is locked and the app started again: the
// window must say why it cannot sign in (a locked collection answers "not found") and offer a
// sign-in. Secrets are compared, never printed.

#include "UiTestHelpers.h"
#include "WidgetLookup.h"
#include "SecretSearch.h"
#include "UserViewTestHelpers.h"

#include "Application.h"
#include "Branding.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "autosave/EditorAutosave.h"
#include "credentials/CredentialStore.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/ImpersonateDialog.h"
#include "dialogs/ShownOnceSecretsDialog.h"
#include "emails/EmailThemesSource.h"
#include "emulator/Emulator.h"
#include "endpoints/UsersEndpoints.h"
#include "pages/apikeys/CheckApiKeyDialog.h"
#include "pages/apikeys/CreateOwnedApiKeyDialog.h"
#include "pages/apikeys/CreateProjectKeysDialog.h"
#include "pages/apikeys/OwnedApiKeysView.h"
#include "pages/apikeys/ProjectKeysPage.h"
#include "pages/emails/sources/DraftsView.h"
#include "widgets/SecretClipboard.h"
#include "widgets/code/CodeEditor.h"
#include "widgets/code/SourceEditor.h"

#include "ModalAnswers.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMutex>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Method = ui::ConnectDialog::Method;


template <class T>
std::optional<T> run(api::ApiClient *client, api::Call<T> call)
{
    std::optional<T> result;
    bool done = false;
    QObject receiver;
    auto *job = client->send(std::move(call));
    QObject::connect(job, &api::ApiJob::finished, &receiver, [&] {
        if (job->succeeded())
            result = job->takeValue();
        done = true;
    });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs);
    return result;
}

// The accept-role button of the shown-once dialog ("I have copied the keys").
QPushButton *acceptButton(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    const auto all = buttons ? buttons->buttons() : QList<QAbstractButton *>();
    for (QAbstractButton *button : all) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

} // namespace

class TestSecretsOnDisk : public QObject
{
    Q_OBJECT

public:
    explicit TestSecretsOnDisk(QString root)
        : m_root(std::move(root))
    {
    }

private:
    // Connects through the ConnectDialog that `open` opens (it may block until the dialog closed).
    // `queued`: `open` only queues the dialog (the app's start), so it runs before the answer is armed.
    void connectThroughDialog(Method method, const std::function<void()> &open, bool queued = false)
    {
        if (queued)
            open();
        const emulator::DemoAccount demo = m_emulator->demoAccount();
        bool done = false;
        onNextModal<ui::ConnectDialog>(this, &done, [&](ui::ConnectDialog *dialog) {
            if (!dialog->selfHostedOption()->isChecked())
                clickIndicator(dialog->selfHostedOption());
            typeInto(dialog->apiRootField(), m_emulator->apiRoot().toString());
            dialog->setMethod(method);
            QLineEdit *last = nullptr;
            if (method == Method::Password) {
                typeInto(fieldByName(*dialog, u"Internal project publishable client key"_s), demo.publishableClientKey);
                typeInto(dialog->emailField(), demo.email);
                typeInto(dialog->passwordField(), demo.password);
                last = dialog->passwordField();
            } else {
                typeInto(dialog->projectIdField(method), demo.projectId);
                typeInto(dialog->keyField(method), method == Method::AdminKey ? demo.adminKey : demo.serverKey);
                last = dialog->keyField(method);
            }
            QTest::keyClick(last, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible() || !dialog->statusLabel()->text().isEmpty(), kUiTimeoutMs);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kUiTimeoutMs);
        });
        if (!queued)
            open();
        QTRY_VERIFY_WITH_TIMEOUT(done, 2 * kUiTimeoutMs);
    }

    // Creates a user or team key through the view's dialogs; returns the value shown once.
    QString createOwnedKey(ui::OwnedApiKeysView &view, const QString &description)
    {
        bool created = false;
        whenModalOpens<ui::CreateOwnedApiKeyDialog>(this, &created, [&](ui::CreateOwnedApiKeyDialog *dialog) {
            QTest::keyClicks(dialog->descriptionField(), description);
            clickIndicator(dialog->secretOption());
            const QPointer<QDialog> alive(dialog);
            QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), kUiTimeoutMs);
        });
        QString value;
        bool shown = false;
        whenModalOpens<ui::ShownOnceSecretsDialog>(this, &shown, [&](ui::ShownOnceSecretsDialog *dialog) {
            QCOMPARE(dialog->secretFields().size(), 1);
            value = dialog->secretFields().first()->text();
            QTest::mouseClick(findButton<QPushButton>(dialog, u"Copy"_s), Qt::LeftButton);
            QVERIFY(QApplication::clipboard()->text() == value);
            QTest::mouseClick(acceptButton(dialog), Qt::LeftButton);
        });
        QTest::mouseClick(view.createButton(), Qt::LeftButton);
        [[maybe_unused]] const bool ok = QTest::qWaitFor([&] { return created && shown; }, 2 * kUiTimeoutMs);
        return value;
    }

    void remember(const QString &name, const QString &value)
    {
        if (value.isEmpty())
            return;
        for (const Secret &secret : std::as_const(m_secrets)) {
            if (secret.value == value)
                return;
        }
        m_secrets.append({name, value});
    }

    QString m_root;
    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<app::Application> m_app;
    QList<Secret> m_secrets;
    int m_keychainSecrets = 0;

private Q_SLOTS:
    void initTestCase()
    {
        keepCapturingLog();
        // The app's own locations, inside the tree that will be searched (not QStandardPaths'
        // test mode, which would move them elsewhere).
        for (const QStandardPaths::StandardLocation location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                                    QStandardPaths::CacheLocation, QStandardPaths::GenericCacheLocation,
                                    QStandardPaths::TempLocation}) {
            const QString path = QStandardPaths::writableLocation(location);
            QVERIFY2(path.startsWith(m_root), qPrintable(path));
        }
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through ctest (tests/keychain-session.sh)");
        emulator::EmulatorOptions options;
        options.userCount = 20;
        m_emulator = std::make_unique<emulator::Emulator>(options);
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        ui::secretClipboard::setClearDelay(std::chrono::milliseconds(300));
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_emulator.reset();
    }

    // The password, then the server key, then the admin key (the window ends on the admin key's project).
    void signInAndConnect()
    {
        m_app = std::make_unique<app::Application>(app::CommandLine{}, QElapsedTimer());
        // No saved connection: the app opens the connect dialog itself.
        bool started = false;
        connectThroughDialog(Method::Password, [this, &started] { started = m_app->start(); }, true);
        QVERIFY(started);
        QTRY_VERIFY_WITH_TIMEOUT(shownMainWindow() && shownMainWindow()->projectContext().isValid(), kUiTimeoutMs);
        const auto openDialog = [] { shownMainWindow()->openConnectDialog(); };
        connectThroughDialog(Method::ServerKey, openDialog);
        connectThroughDialog(Method::AdminKey, openDialog);
        QTRY_VERIFY_WITH_TIMEOUT(shownMainWindow()->projectContext().isValid()
                                     && shownMainWindow()->projectContext().credentialKind() == api::CredentialKind::AdminKey,
                                 kUiTimeoutMs);
    }

    // Keys and tokens, each shown once by the GUI.
    void createKeysAndTokens()
    {
        ui::MainWindow *window = shownMainWindow();
        QVERIFY(window);
        const ui::ProjectContext context = window->projectContext();
        QVERIFY(context.isValid());

        // A project key set in the API keys page: copied, and off the clipboard after closing.
        window->showArea(api::Area::ApiKeys);
        ui::ProjectKeysPage *page = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((page = qobject_cast<ui::ProjectKeysPage *>(window->currentPage())) && page->isReady()
                                     && !page->isLoading() && !page->isBusy(),
                                 kUiTimeoutMs);
        bool created = false;
        whenModalOpens<ui::CreateProjectKeysDialog>(this, &created, [](ui::CreateProjectKeysDialog *dialog) {
            QTest::keyClicks(dialog->descriptionField(), u"Secrets test key set"_s);
            for (QCheckBox *box : {dialog->clientKeyBox(), dialog->serverKeyBox(), dialog->adminKeyBox()}) {
                if (!box->isChecked())
                    clickIndicator(box);
            }
            const QPointer<QDialog> alive(dialog);
            QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), kUiTimeoutMs);
        });
        QStringList keySet;
        bool shown = false;
        bool clipboardHeldKey = false;
        whenModalOpens<ui::ShownOnceSecretsDialog>(this, &shown, [&](ui::ShownOnceSecretsDialog *dialog) {
            const auto fields = dialog->secretFields();
            for (QLineEdit *field : fields)
                keySet << field->text();
            QTest::mouseClick(findButton<QPushButton>(dialog, u"Copy"_s), Qt::LeftButton);
            clipboardHeldKey = !keySet.isEmpty() && QApplication::clipboard()->text() == keySet.first();
            QTest::mouseClick(acceptButton(dialog), Qt::LeftButton);
        });
        page->createAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(created && shown, 2 * kUiTimeoutMs);
        QCOMPARE(keySet.size(), 3);
        QVERIFY(clipboardHeldKey);
        const QStringList kinds = {u"created publishable client key"_s, u"created secret server key"_s,
                                   u"created super secret admin key"_s};
        for (int i = 0; i < keySet.size(); ++i)
            remember(kinds.value(i, u"created project key"_s), keySet.at(i));
        // Closed: the copied key is taken off the clipboard (after the shortened delay).
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 5000);
        QCOMPARE(ui::secretClipboard::pendingCount(), 0);

        // A user's key (checked in the check dialog) and a team's key.
        const auto users = run(context.client(), api::users::list(context.scope(), api::users::ListQuery{}));
        QVERIFY(users && !users->items.isEmpty());
        const api::User user = users->items.first();
        {
            ui::OwnedApiKeysView view(context, api::ApiKeyOwnerKind::User);
            QVERIFY(showView(view));
            view.setOwner(user.id, user.label());
            QTRY_VERIFY_WITH_TIMEOUT(settled(view), kUiTimeoutMs);
            const QString userKey = createOwnedKey(view, u"Secrets test user key"_s);
            QVERIFY(userKey.size() > 8);
            remember(u"created user API key"_s, userKey);
            QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 5000);
            QTRY_VERIFY_WITH_TIMEOUT(settled(view), kUiTimeoutMs);

            bool checked = false;
            ui::CheckApiKeyDialog::Outcome outcome = ui::CheckApiKeyDialog::Outcome::None;
            whenModalOpens<ui::CheckApiKeyDialog>(this, &checked, [&](ui::CheckApiKeyDialog *dialog) {
                QTest::keyClicks(dialog->keyField(), userKey);
                QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->outcome() != ui::CheckApiKeyDialog::Outcome::None,
                                         kUiTimeoutMs);
                outcome = dialog->outcome();
                QTest::mouseClick(findButton<QPushButton>(dialog, u"Close"_s), Qt::LeftButton);
            });
            QTest::mouseClick(view.checkButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(checked, 2 * kUiTimeoutMs);
            QCOMPARE(outcome, ui::CheckApiKeyDialog::Outcome::Valid);
        }
        {
            const QString teamId = m_emulator->createTeam(context.project.id, u"Secrets test team"_s);
            QVERIFY(!teamId.isEmpty());
            ui::OwnedApiKeysView view(context, api::ApiKeyOwnerKind::Team);
            QVERIFY(showView(view));
            view.setOwner(teamId, u"Secrets test team"_s);
            QTRY_VERIFY_WITH_TIMEOUT(settled(view), kUiTimeoutMs);
            const QString teamKey = createOwnedKey(view, u"Secrets test team key"_s);
            QVERIFY(teamKey.size() > 8);
            remember(u"created team API key"_s, teamKey);
            QTRY_VERIFY_WITH_TIMEOUT(settled(view), kUiTimeoutMs);
        }

        // An impersonation session: both tokens shown, one copied, the dialog closed.
        {
            ui::ImpersonateDialog dialog(context, user);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.showsTokens(), kUiTimeoutMs);
            remember(u"impersonation access token"_s, dialog.accessTokenField()->text());
            remember(u"impersonation refresh token"_s, dialog.refreshTokenField()->text());
            QVERIFY(!dialog.refreshTokenField()->text().isEmpty());
            QTest::mouseClick(dialog.copyRefreshTokenButton(), Qt::LeftButton);
            dialog.reject();
            QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 5000);
        }

        // An email draft edited and left unsaved: its autosave file is written.
        {
            models::EmailThemesSource themes(context.client(), context.scope());
            ui::DraftsView view(context, &themes);
            QVERIFY(showView(view, {1200, 720}));
            QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded() && themes.isLoaded(), kUiTimeoutMs);
            QTreeView *list = view.list();
            QVERIFY(list->model()->rowCount() > 0);
            const QModelIndex first = list->model()->index(0, 0);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
            QTRY_VERIFY_WITH_TIMEOUT(!view.currentId().isEmpty(), kUiTimeoutMs);
            ui::CodeEditor *editor = view.editor()->editor();
            editor->setFocus();
            editor->moveCursor(QTextCursor::End);
            QTest::keyClick(editor, Qt::Key_Return);
            QTest::keyClicks(editor, u"// unsaved edit"_s);
            const QDir autosave(models::EditorAutosave::defaultDirectory());
            QTRY_VERIFY_WITH_TIMEOUT(!autosave.entryList(QDir::Files).isEmpty(), 5000);
        }
    }

    // Everything the run saw, searched for in every file of the tree and in the log.
    void nothingOnDisk()
    {
        QVERIFY2(m_app, "signInAndConnect did not run");
        const emulator::DemoAccount demo = m_emulator->demoAccount();
        remember(u"account password"_s, demo.password);
        remember(u"admin key typed in"_s, demo.adminKey);
        remember(u"server key typed in"_s, demo.serverKey);
        // Every credential the app sent.
        static const QList<QByteArray> secretHeaders = {"x-stack-refresh-token", "x-stack-access-token",
                                                         "x-stack-super-secret-admin-key", "x-stack-secret-server-key",
                                                         "authorization"};
        const auto requests = m_emulator->recordedRequests();
        for (const emulator::RecordedRequest &request : requests) {
            for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
                if (secretHeaders.contains(it.key().toLower()))
                    remember(u"header "_s + QString::fromLatin1(it.key().toLower()), QString::fromLatin1(it.value()));
            }
        }

        // The app goes (settings written, windows closed), as when it quits.
        m_app.reset();
        QCoreApplication::processEvents();

        // The keychain holds each connection's secret (so that nothing passes by storing nothing).
        QSettings settings;
        api::CredentialStore keychain(&settings);
        const QStringList keys = keychain.knownKeys();
        QStringList kinds;
        for (const QString &key : keys) {
            std::optional<api::CredentialStore::ReadResult> read;
            keychain.read(key, this, [&read](const api::CredentialStore::ReadResult &result) { read = result; });
            QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), kUiTimeoutMs);
            QVERIFY2(read->found && !read->secret.isEmpty(), qPrintable(key + u": "_s + read->error.message));
            const QString kind = key.section(u':', -1);
            kinds << kind;
            remember(u"keychain "_s + kind, read->secret);
            ++m_keychainSecrets;
        }
        for (const QString &kind : {u"refresh-token"_s, u"admin-key"_s, u"server-key"_s})
            QVERIFY2(kinds.contains(kind), qPrintable(kinds.join(u", "_s)));

        Figures figures;
        const QStringList found = findSecrets(m_root, m_secrets, &figures);
        std::fprintf(stderr,
                     "secrets-on-disk: %d secrets (%d from the keychain, %d requests recorded), %d forms searched for; "
                     "%d files (%lld bytes) under the temporary HOME; %d log lines (%lld bytes) searched "
                     "(the app's and the in-process emulator's)\n",
                     figures.secrets, m_keychainSecrets, int(requests.size()), figures.forms, figures.files,
                     static_cast<long long>(figures.bytes), figures.logLines, static_cast<long long>(figures.logBytes));
        QVERIFY(figures.files > 0);   // at least the settings and the autosave file
        const QStringList log = capturedLog();
        const auto appLines = std::count_if(log.cbegin(), log.cend(), [](const QString &line) {
            return line.startsWith(u"hexclave.api.http: "_s) || line.startsWith(u"hexclave.api.auth: "_s);
        });
        QVERIFY2(appLines > 0, "the app's own debug logging was not captured");
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // The search finds a secret written into the settings (then removed again).
    void searchFindsAPlantedSecret()
    {
        QVERIFY(!m_secrets.isEmpty());
        const Secret planted = m_secrets.first();
        Figures figures;
        {
            QSettings settings;
            settings.setValue(u"plantedForTheSelfCheck"_s, planted.value);
            settings.sync();
        }
        const QStringList found = findSecrets(m_root, m_secrets, &figures);
        {
            QSettings settings;
            settings.remove(u"plantedForTheSelfCheck"_s);
            settings.sync();
        }
        QVERIFY2(!found.isEmpty(), "a secret written into QSettings was not found");
        QVERIFY2(found.first().startsWith(planted.name), qPrintable(found.join(u'\n')));
        QVERIFY(findSecrets(m_root, m_secrets, &figures).isEmpty());
    }

    // The keychain holds the secrets but is locked at the next start: the window says so and
    // offers both a new try and a sign-in; nothing is written in plain text meanwhile.
    void lockedKeychainAtNextStart()
    {
        QString output;
        QVERIFY2(lockKeychain(&output), qPrintable(output));
        m_app = std::make_unique<app::Application>(app::CommandLine{}, QElapsedTimer());
        QVERIFY(m_app->start());
        ui::MainWindow *window = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((window = shownMainWindow()) && window->hasSettledPage()
                                     && findButton<QPushButton>(window->currentPage(), u"Try again"_s),
                                 kUiTimeoutMs);
        const QString shown = visibleLabelTexts(window->currentPage()).join(u'\n');
        std::fprintf(stderr, "secrets-on-disk: with the keychain locked, the next start says: %s\n", qPrintable(shown));
        QVERIFY2(shown.contains(u"keychain"_s) && shown.contains(u"locked"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"sign in again"_s, Qt::CaseInsensitive), qPrintable(shown));
        bool signInOffered = false;
        const auto buttons = window->currentPage()->findChildren<QPushButton *>();
        for (QPushButton *button : buttons)
            signInOffered = signInOffered || withoutMnemonic(button->text()).startsWith(u"Sign in to"_s);
        QVERIFY(signInOffered);
        m_app.reset();
        Figures figures;
        const QStringList found = findSecrets(m_root, m_secrets, &figures);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

} // namespace hexclave::tests

int main(int argc, char *argv[])
{
    return hexclave::tests::runInFreshHome<hexclave::tests::TestSecretsOnDisk>(argc, argv);
}

#include "tst_SecretsOnDisk.moc"
