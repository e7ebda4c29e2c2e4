// ProjectKeysPage against the TestServer (the emulator, or a live server; key sets made here
// are revoked and settings put back afterwards, also when a check fails; full keys are compared,
// never printed): the create dialog refuses a missing
// description and an empty choice of keys, the new keys are shown once and the list shows only
// their last four characters; revoking asks first, and warns when the set holds the key this
// app is connected with; the user / team API key switches are written to the configuration;
// a server key gets an explanation. Screenshots in light and dark palettes.

#include "UserViewTestHelpers.h"

#include "ConfigSettingsWriter.h"
#include "ProjectApiKeysModel.h"
#include "endpoints/ApiKeysEndpoints.h"
#include "endpoints/ConfigEndpoints.h"
#include "dialogs/ShownOnceSecretsDialog.h"
#include "pages/apikeys/ApiKeysEnabledSection.h"
#include "pages/apikeys/CreateProjectKeysDialog.h"
#include "pages/apikeys/ProjectKeysPage.h"
#include "widgets/ErrorBanner.h"
#include "widgets/ExpiryPicker.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecretClipboard.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QScopeGuard>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::ProjectApiKeysModel;

std::optional<api::ProjectApiKey> keyOnServer(UserViewFixture &fixture, const QString &id)
{
    if (const auto page = fixture.run(api::apiKeys::projectKeys(fixture.context.scope()))) {
        for (const api::ProjectApiKey &key : page->items) {
            if (key.id == id)
                return key;
        }
    }
    return std::nullopt;
}

// Key sets a test makes with its unique description, revoked when the test ends however it ends
// (revoking is all the API offers): found by the description, so that a set the test never got
// to see in the list is revoked too.
class MadeKeys
{
public:
    MadeKeys(UserViewFixture &fixture, const QString &description)
        : m_fixture(fixture)
        , m_description(description)
    {
    }
    ~MadeKeys()
    {
        const auto page = m_fixture.run(api::apiKeys::projectKeys(m_fixture.context.scope()));
        if (!page)
            return;
        for (const api::ProjectApiKey &key : page->items) {
            if (key.description == m_description && !key.isRevoked())
                m_fixture.run(api::apiKeys::revokeProjectKeys(m_fixture.context.scope(), key.id));
        }
    }
    MadeKeys(const MadeKeys &) = delete;
    MadeKeys &operator=(const MadeKeys &) = delete;

private:
    UserViewFixture &m_fixture;
    QString m_description;
};

bool settledPage(const ui::ProjectKeysPage &page)
{
    return page.isReady() && !page.isLoading() && !page.isBusy() && !page.configWriter()->isBusy();
}

// Every text the table shows, in every row and column.
QString allTableText(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            texts << model.index(row, column).data().toString() << model.index(row, column).data(Qt::ToolTipRole).toString();
        }
    }
    return texts.join(u'\n');
}

std::optional<bool> enabledOnServer(UserViewFixture &fixture, const QString &path)
{
    const auto config = fixture.run(api::config::rendered(fixture.context.scope()));
    return config ? config->boolAt(path) : std::nullopt;
}

// Writes `value` at `path` where it takes effect (as the page does), without the page.
void setEnabledOnServer(UserViewFixture &fixture, const QString &path, bool value)
{
    const api::ProjectScope scope = fixture.context.scope();
    const auto branch = fixture.run(api::config::override(scope, api::ConfigLevel::Branch));
    const auto environment = fixture.run(api::config::override(scope, api::ConfigLevel::Environment));
    if (!branch || !environment)
        return;
    const api::ConfigLevel level = api::config::effectiveLevel(path, api::ConfigLevel::Branch, *branch, *environment);
    fixture.run(api::config::patchOverride(scope, level, api::ConfigPatch().setBool(path, value)));
}

} // namespace

class TestProjectKeysPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ui::secretClipboard::setClearDelay(std::chrono::milliseconds(300)); }

    void cleanup()
    {
        ui::secretClipboard::clearPendingNow();
        QApplication::clipboard()->clear();
    }

    void createShownOnceThenRevoke()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const QString description = TestServer::uniqueName(u"Desktop test keys"_s);
        MadeKeys made(fixture, description);

        ui::ProjectKeysPage page(fixture.context);
        QVERIFY(showView(page, {1200, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
        QVERIFY(!page.showsError());
        const int rowsBefore = page.model()->rowCount();

        // The dialog refuses what the server would, then creates the keys.
        bool done = false;
        onNextModal<ui::CreateProjectKeysDialog>(this, &done, [&](ui::CreateProjectKeysDialog *dialog) {
            QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->descriptionMessage()->isShowingError());
            QTest::keyClicks(dialog->descriptionField(), description);
            for (QCheckBox *box : {dialog->clientKeyBox(), dialog->serverKeyBox(), dialog->adminKeyBox()}) {
                if (box->isChecked())
                    clickIndicator(box);
            }
            QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->kindsMessage()->isShowingError());
            clickIndicator(dialog->serverKeyBox());
            clickIndicator(dialog->adminKeyBox());
            QVERIFY(!dialog->kindsMessage()->isShowingError());
            ui::ExpiryPicker *expiry = dialog->expiryPicker();
            expiry->setChoice(ui::ExpiryPicker::Choice::Never);
            QCOMPARE(dialog->expiresAtMillis(0), ui::CreateProjectKeysDialog::neverExpiresAtMillis());
            QVERIFY(!expiry->dateField()->isVisible());
            expiry->choiceField()->setCurrentIndex(expiry->choiceField()->findText(u"On a date…"_s));
            QVERIFY(expiry->dateField()->isVisible());
            const QDate day = QDate::currentDate().addDays(3);
            expiry->setDate(day);
            QCOMPARE(dialog->expiresAtMillis(0), ui::ExpiryPicker::endOfLocalDay(day));
            expiry->choiceField()->setCurrentIndex(expiry->choiceField()->findText(u"In 30 days"_s));
            const QPointer<QDialog> alive(dialog); // deleted by the page once finished
            QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), kUiTimeoutMs);
        });
        page.table()->setFocus();
        QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(done, kUiTimeoutMs);

        // Right after, the keys are shown once: the server and admin keys, in full.
        ui::ShownOnceSecretsDialog *secrets = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((secrets = qobject_cast<ui::ShownOnceSecretsDialog *>(QApplication::activeModalWidget())),
                                 kUiTimeoutMs);
        const QList<QLineEdit *> fields = secrets->secretFields();
        QCOMPARE(fields.size(), 2);
        const QString serverKey = fields.at(0)->text();
        const QString adminKey = fields.at(1)->text();
        QVERIFY2(serverKey.startsWith(u"ssk_"_s), qPrintable(serverKey.left(4)));
        QVERIFY2(adminKey.startsWith(u"sak_"_s), qPrintable(adminKey.left(4)));
        QVERIFY(showsText(secrets, description));
        QTest::mouseClick(findButton<QPushButton>(secrets, u"Copy"_s), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text() == serverKey);
        QTest::mouseClick(findButton<QPushButton>(secrets, u"I have copied the keys"_s), Qt::LeftButton);
        QVERIFY(fields.at(0)->text().isEmpty());
        QVERIFY(QApplication::clipboard()->text() == serverKey); // can still be pasted…
        QTRY_VERIFY(QApplication::clipboard()->text().isEmpty()); // …and is taken off after the delay

        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page) && page.model()->rowCount() == rowsBefore + 1, kUiTimeoutMs);
        const int row = [&page, &description] {
            for (int r = 0; r < page.model()->rowCount(); ++r) {
                if (page.model()->rowAt(r)->description == description)
                    return r;
            }
            return -1;
        }();
        QVERIFY(row >= 0);
        const api::ProjectApiKey created = *page.model()->rowAt(row);
        QCOMPARE(row, 0); // newest first
        QCOMPARE(page.model()->index(row, ProjectApiKeysModel::KeysColumn).data().toString(),
                 u"Server key …"_s + serverKey.right(4) + u", admin key …"_s + adminKey.right(4));
        QCOMPARE(page.model()->index(row, ProjectApiKeysModel::StateColumn).data().toString(), u"Active"_s);
        const QString everything = allTableText(*page.model());
        QVERIFY(!everything.contains(serverKey));
        QVERIFY(!everything.contains(adminKey));
        QVERIFY(!everything.contains(serverKey.left(12)));
        QVERIFY(page.statusText().contains(description));
        const qint64 thirtyDays = 30LL * 24 * 60 * 60 * 1000;
        QVERIFY(qAbs(created.expiresAtMillis - created.createdAtMillis - thirtyDays) < 60'000);

        // Revoke with Del, confirmed.
        QVERIFY(pressDeleteOnRow(page.table(), row, ProjectApiKeysModel::DescriptionColumn));
        done = false;
        onNextModal<QMessageBox>(this, &done, [&](QMessageBox *box) {
            QVERIFY2(box->text().contains(description), qPrintable(box->text()));
            QVERIFY(box->text().contains(u"…"_s + adminKey.right(4)));
            QVERIFY(!box->text().contains(u"This app is connected"_s)); // not our key
            QTest::mouseClick(findButton<QPushButton>(box, u"Revoke"_s), Qt::LeftButton);
        });
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page) && page.statusText().startsWith(u"Revoked"_s), kUiTimeoutMs);
        const auto onServer = keyOnServer(fixture, created.id);
        QVERIFY(onServer);
        QVERIFY(onServer->isRevoked());
        const int revokedRow = page.model()->rowOf(created.id);
        QCOMPARE(page.model()->index(revokedRow, ProjectApiKeysModel::StateColumn).data().toString(), u"Revoked"_s);
        clickCell(page.table(), revokedRow, 0);
        QVERIFY(!page.revokeAction()->isEnabled());

        // The revoked key no longer works.
        QNetworkAccessManager network;
        api::ApiClient revokedClient(&network, fixture.server->apiRoot(),
                                     std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey,
                                                                                    fixture.server->projectId(), adminKey));
        // The server refuses it as a key that is gone: the client waits for a new key instead of
        // failing the request (see ApiClient::sessionExpired).
        int refusedStatus = 0;
        connect(&revokedClient, &api::ApiClient::sessionExpired, this,
                [&refusedStatus](const api::ApiError &error) { refusedStatus = error.httpStatus; });
        auto *job = revokedClient.send(api::apiKeys::projectKeys(fixture.context.scope()));
        QTRY_COMPARE_WITH_TIMEOUT(refusedStatus, 401, kUiTimeoutMs);
        QVERIFY(!job->isFinished());
        QCOMPARE(revokedClient.parkedJobCount(), 1);
    }

    void revokeWarnsAboutTheKeyInUse()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        ui::ProjectKeysPage page(fixture.context);
        QVERIFY(showView(page, {1200, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);

        api::ProjectApiKey ours;
        ours.description = u"Ours"_s;
        ours.superSecretAdminKeyLastFour = fixture.server->adminKey().right(4);
        ours.publishableClientKeyLastFour = u"zzzz"_s;
        const QString question = page.revokeQuestion(ours);
        QVERIFY2(question.contains(u"This app is connected to the project with a key of this set (…"_s
                                   + fixture.server->adminKey().right(4)),
                 qPrintable(question));
        api::ProjectApiKey other = ours;
        other.superSecretAdminKeyLastFour = u"0000"_s;
        QVERIFY(!page.revokeQuestion(other).contains(u"This app is connected"_s));
        QVERIFY(!page.revokeQuestion(other).contains(u"If this app is connected"_s));

        // The set this connection uses, if the server lists it, gets the warning in the dialog.
        const int row = [&page, &fixture] {
            for (int r = 0; r < page.model()->rowCount(); ++r) {
                const api::ProjectApiKey *key = page.model()->rowAt(r);
                if (!key->isRevoked() && key->superSecretAdminKeyLastFour == fixture.server->adminKey().right(4))
                    return r;
            }
            return -1;
        }();
        if (row < 0 && fixture.emulator())
            QFAIL("the emulator lists the key set of the test project's admin key");
        if (row < 0)
            QSKIP("The live server does not list the key set of HEXCLAVE_TEST_ADMIN_KEY among the project's keys "
                  "(e.g. a key made by another project's admin): the warning in the dialog cannot be checked.");
        clickCell(page.table(), row, 0);
        bool done = false;
        onNextModal<QMessageBox>(this, &done, [](QMessageBox *box) {
            QVERIFY2(box->text().contains(u"This app is connected"_s), qPrintable(box->text()));
            QTest::mouseClick(findButton<QPushButton>(box, u"Cancel"_s), Qt::LeftButton);
        });
        page.revokeAction()->trigger();
        QTRY_VERIFY(done);
        QVERIFY(!page.isBusy());
    }

    void dashboardAccountGetsNoConnectionWarning()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("signs in to the emulator's demo account");
        api::Connection connection = api::Connection::selfHosted(fixture.server->apiRoot());
        const emulator::DemoAccount account = fixture.emulator()->demoAccount();
        api::ConnectionSession *session = signInDashboard(fixture.workspace, fixture.server->apiRoot(),
                                                          account.publishableClientKey, account.email, account.password);
        QCOMPARE(session->state(), api::ConnectionSession::State::Ready);
        ui::ProjectContext context;
        for (const api::Project &project : session->projects()) {
            if (project.id == account.projectId)
                context = {session, project, nullptr};
        }
        QVERIFY(context.isValid());
        ui::ProjectKeysPage page(context);
        QVERIFY(page.canManage());
        api::ProjectApiKey key;
        key.description = u"Any"_s;
        key.superSecretAdminKeyLastFour = u"abcd"_s;
        const QString question = page.revokeQuestion(key);
        QVERIFY(question.contains(u"stop working at once"_s));
        QVERIFY(!question.contains(u"connected"_s));
    }

    void userAndTeamKeySwitches()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const QString userPath = ui::ApiKeysEnabledSection::userPath;
        const QString teamPath = ui::ApiKeysEnabledSection::teamPath;
        const bool userBefore = enabledOnServer(fixture, userPath).value_or(false);
        const bool teamBefore = enabledOnServer(fixture, teamPath).value_or(false);
        // Put back as they were however the test ends (a failed check returns from here).
        const auto putBack = qScopeGuard([&] {
            for (const auto &[path, before] : {std::pair{userPath, userBefore}, std::pair{teamPath, teamBefore}}) {
                if (enabledOnServer(fixture, path).value_or(false) != before)
                    setEnabledOnServer(fixture, path, before);
            }
        });

        ui::ProjectKeysPage page(fixture.context);
        QVERIFY(showView(page, {1200, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
        ui::ApiKeysEnabledSection *section = page.enabledSection();
        QCOMPARE(section->userKeysBox()->isChecked(), userBefore);
        QCOMPARE(section->teamKeysBox()->isChecked(), teamBefore);
        QVERIFY(section->userKeysBox()->isEnabled());

        for (QCheckBox *box : {section->userKeysBox(), section->teamKeysBox()}) {
            const QString path = box == section->userKeysBox() ? userPath : teamPath;
            const bool before = box->isChecked();
            clickIndicator(box);
            QVERIFY(section->isSaving());
            QVERIFY(!box->isEnabled());
            QTRY_VERIFY_WITH_TIMEOUT(!section->isSaving(), kUiTimeoutMs);
            QVERIFY2(section->statusText() == u"Saved."_s && !section->errorBanner()->isShowingError(),
                     qPrintable(section->statusText()));
            QCOMPARE(box->isChecked(), !before);
            QCOMPARE(enabledOnServer(fixture, path), std::optional<bool>(!before));
            // And back, as it was.
            clickIndicator(box);
            QTRY_VERIFY_WITH_TIMEOUT(!section->isSaving(), kUiTimeoutMs);
            QCOMPARE(enabledOnServer(fixture, path), std::optional<bool>(before));
            QCOMPARE(box->isChecked(), before);
        }
    }

    void refusedSwitchGoesBack()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("injects a fault into the emulator");
        ui::ProjectKeysPage page(fixture.context);
        QVERIFY(showView(page, {1200, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
        ui::ApiKeysEnabledSection *section = page.enabledSection();
        const bool before = section->userKeysBox()->isChecked();
        emulator::Fault fault;
        fault.kind = emulator::Fault::Kind::KnownError;
        fault.method = u"PATCH"_s;
        fault.pathPattern = u"^/internal/config/override/"_s;
        fault.status = 400;
        fault.knownErrorCode = u"SCHEMA_ERROR"_s;
        fault.message = u"Request validation failed on PATCH /api/v1/internal/config/override/branch"_s;
        fixture.emulator()->addFault(fault);
        clickIndicator(section->userKeysBox());
        QTRY_VERIFY_WITH_TIMEOUT(!section->isSaving(), kUiTimeoutMs);
        QVERIFY(section->errorBanner()->isShowingError());
        QCOMPARE(section->userKeysBox()->isChecked(), before);
        QVERIFY(section->userKeysBox()->isEnabled());
    }

    void serverKeyExplains()
    {
        UserViewFixture fixture(api::CredentialKind::ServerKey);
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::ServerKey);
        ui::ProjectKeysPage page(fixture.context);
        QVERIFY(showView(page));
        QVERIFY(page.isReady());
        QVERIFY(!page.showsError());
        QVERIFY(!page.canManage());
        QVERIFY(!page.table());
        QVERIFY2(page.explanationText().contains(u"not the project's own keys"_s), qPrintable(page.explanationText()));
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const QString suffix = dark ? u"-dark"_s : QString();
        const Screenshots screenshots;
        ui::ProjectKeysPage page(fixture.context);
        QVERIFY(showView(page, {1200, 700}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
        if (page.model()->rowCount() > 0)
            clickCell(page.table(), 0, 0);
        QVERIFY(screenshots.save(&page, u"project-keys"_s + suffix));

        bool done = false;
        onNextModal<ui::CreateProjectKeysDialog>(this, &done, [&](ui::CreateProjectKeysDialog *dialog) {
            QTest::mouseClick(dialog->createButton(), Qt::LeftButton); // no description
            dialog->expiryPicker()->setChoice(ui::ExpiryPicker::Choice::OnDate);
            QVERIFY(screenshots.save(dialog, u"project-keys-create"_s + suffix));
            dialog->done(QDialog::Rejected);
        });
        page.createAction()->trigger();
        QTRY_VERIFY(done);
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestProjectKeysPage)
#include "tst_ProjectKeysPage.moc"
