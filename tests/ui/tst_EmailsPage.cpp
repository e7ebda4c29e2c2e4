// EmailsPage against the TestServer (the emulator, or a live server): an admin gets the six tabs
// (Ctrl+1 … Ctrl+6, the last one remembered per project) sharing one themes source; a server key
// gets Outbox and Delivery with the reason; the page is ready once the tab on screen shows its
// data, and a tab reads nothing before it is shown; unsaved email server edits count as the
// page's. On the demo project (an emulator of its own): "Follow them in the Outbox" of a send
// dialog opened from the Drafts tab or from the Users page shows the Outbox; discarding unsaved
// changes when the window closes also forgets their autosave. Screenshots in light and dark
// palettes.

#include "EmailSourcesTestHelpers.h"
#include "UserViewTestHelpers.h"

#include "MainWindow.h"
#include "UsersModel.h"
#include "autosave/EditorAutosave.h"
#include "emails/EmailSourceEdits.h"
#include "emails/EmailThemesSource.h"
#include "pages/emails/EmailsPage.h"
#include "pages/emails/outbox/DeliveryView.h"
#include "pages/emails/outbox/OutboxView.h"
#include "pages/emails/send/SendEmailDialog.h"
#include "pages/emails/server/EmailServerView.h"
#include "pages/emails/sources/DraftsView.h"
#include "pages/emails/sources/TemplatesView.h"
#include "pages/emails/sources/ThemesView.h"
#include "pages/users/UserActions.h"
#include "pages/users/UsersPage.h"
#include "widgets/code/CodeEditor.h"
#include "widgets/code/SourceEditor.h"

#include <QDir>
#include <QLineEdit>
#include <QNetworkReply>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Tab = ui::EmailsPage::Tab;

void savePictures(QWidget *widget, const QString &name)
{
    QTest::qWait(150);
    QVERIFY2(Screenshots().save(widget, name), qPrintable(name));
    QApplication::setPalette(darkPalette());
    QTest::qWait(150);
    QVERIFY2(Screenshots().save(widget, name + u"-dark"_s), qPrintable(name));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

// Passes every request on to the server, and keeps the path of each.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    QStringList paths;

    QStringList pathsContaining(const QString &part) const
    {
        QStringList found;
        for (const QString &path : paths) {
            if (path.contains(part))
                found << path;
        }
        return found;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        paths << request.url().path();
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

// Types at the end of the source, as a person would.
void typeAtEnd(ui::EmailSourcesView &view, const QString &text)
{
    ui::CodeEditor *editor = view.editor()->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    for (const QChar c : text) {
        if (c == u'\n')
            QTest::keyClick(editor, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// The window on the demo project's `area`.
void openDemoProject(ui::AppSettings &settings, const DemoProjectFixture &fixture, const QString &area)
{
    settings.setValue(ui::AppSettings::Key::LastConnectionId, fixture.session->connection().id);
    settings.setValue(ui::AppSettings::Key::LastProjectId, fixture.context.project.id);
    settings.setValue(ui::AppSettings::Key::LastArea, area);
}

} // namespace

class TestEmailsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The source tabs read and write autosaved edits: never in the developer's own folder.
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }
    void init() { QDir(models::EditorAutosave::defaultDirectory()).removeRecursively(); }
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void adminGetsEveryTab()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        {
            ui::EmailsPage page(fixture.context);
            QSignalSpy ready(&page, &ui::Page::ready);
            QVERIFY(showView(page, {1280, 800}));
            QVERIFY(page.hasFullAccess());
            QVERIFY(page.accessExplanation().isEmpty());
            QCOMPARE(page.tabTitles(), (QStringList{u"Drafts"_s, u"Templates"_s, u"Themes"_s, u"Outbox"_s,
                                                    u"Delivery"_s, u"Email server"_s}));
            QVERIFY(page.draftsView() && page.templatesView() && page.themesView() && page.outboxView()
                    && page.deliveryView() && page.serverView());
            QVERIFY(page.themes());
            QCOMPARE(page.currentTab(), std::optional<Tab>(Tab::Drafts));
            // Ready once the Drafts tab shows its list, not before.
            QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), kUiTimeoutMs);
            QCOMPARE(ready.size(), 1);
            QVERIFY(page.draftsView()->isLoaded());
            QVERIFY(!page.showsError());
            savePictures(&page, u"emails-page-drafts"_s);

            // Ctrl+1 … Ctrl+6 pick the tabs, from anywhere on the page.
            page.tabs()->setFocus();
            QTest::keyClick(&page, Qt::Key_6, Qt::ControlModifier);
            QCOMPARE(page.currentTab(), std::optional<Tab>(Tab::Server));
            QTest::keyClick(&page, Qt::Key_4, Qt::ControlModifier);
            QCOMPARE(page.currentTab(), std::optional<Tab>(Tab::Outbox));
            QTRY_VERIFY_WITH_TIMEOUT(page.outboxView()->isLoaded(), kUiTimeoutMs);
            QTest::keyClick(&page, Qt::Key_6, Qt::ControlModifier);
            QCOMPARE(fixture.settings.projectValue(fixture.context.project.id, ui::AppSettings::Key::EmailsTab).toString(),
                     u"server"_s);
            QTRY_VERIFY_WITH_TIMEOUT(page.serverView()->isLoaded(), kUiTimeoutMs);
            savePictures(&page, u"emails-page-server"_s);
        }
        // The next page of this project opens where the last one was left, and is ready once
        // that tab has its data; another project opens on Drafts.
        ui::EmailsPage again(fixture.context);
        QCOMPARE(again.currentTab(), std::optional<Tab>(Tab::Server));
        QVERIFY(showView(again, {1280, 800}));
        QTRY_VERIFY_WITH_TIMEOUT(again.isReady(), kUiTimeoutMs);
        QVERIFY(again.serverView()->isLoaded());
        ui::ProjectContext other = fixture.context;
        other.project.id = u"another-project"_s;
        ui::EmailsPage elsewhere(other);
        QCOMPARE(elsewhere.currentTab(), std::optional<Tab>(Tab::Drafts));
    }

    void serverKeyGetsOutboxAndDelivery()
    {
        UserViewFixture fixture(api::CredentialKind::ServerKey);
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::ServerKey);
        fixture.settings.setProjectValue(fixture.context.project.id, ui::AppSettings::Key::EmailsTab, u"drafts"_s);
        ui::EmailsPage page(fixture.context);
        QSignalSpy ready(&page, &ui::Page::ready);
        QVERIFY(showView(page, {1280, 800}));
        QVERIFY(!page.hasFullAccess());
        QCOMPARE(page.tabTitles(), (QStringList{u"Outbox"_s, u"Delivery"_s}));
        QVERIFY(!page.draftsView() && !page.templatesView() && !page.themesView() && !page.serverView());
        QVERIFY(!page.themes()); // nothing reads admin routes
        QVERIFY(page.outboxView() && page.deliveryView());
        QVERIFY(page.accessExplanation().contains(u"server key"_s));
        QVERIFY(showsText(&page, page.accessExplanation()));
        QCOMPARE(page.currentTab(), std::optional<Tab>(Tab::Outbox));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), kUiTimeoutMs);
        QCOMPARE(ready.size(), 1);
        QVERIFY(!page.showsError());
        QTest::keyClick(&page, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(page.currentTab(), std::optional<Tab>(Tab::Delivery));
        // A server key's choice is not remembered.
        QCOMPARE(fixture.settings.projectValue(fixture.context.project.id, ui::AppSettings::Key::EmailsTab).toString(),
                 u"drafts"_s);
        QVERIFY(!page.hasUnsavedChanges());
        savePictures(&page, u"emails-page-server-key"_s);
    }

    void serverEditsAreUnsavedChanges()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        ui::EmailsPage page(fixture.context);
        QVERIFY(showView(page, {1280, 800}));
        page.showTab(Tab::Server);
        ui::EmailServerView *server = page.serverView();
        QTRY_VERIFY_WITH_TIMEOUT(server->isLoaded() && !server->writer()->isBusy(), kUiTimeoutMs);
        QVERIFY(!page.hasUnsavedChanges());
        if (server->mode() == ui::EmailServerView::Mode::Shared)
            clickIndicator(server->modeOption(ui::EmailServerView::Mode::Smtp));
        else
            clickIndicator(server->modeOption(ui::EmailServerView::Mode::Shared));
        QVERIFY(page.hasUnsavedChanges());
        server->revert();
        QVERIFY(!page.hasUnsavedChanges());
    }

    // Opened on the Outbox, the page reads the outbox only: no drafts, templates, themes or
    // configuration (the Email server tab and the themes source) until their tabs are shown.
    void onlyTheShownTabReads()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        RecordingNetwork network;
        api::Workspace workspace{&network, nullptr, nullptr};
        api::ConnectionSession *session = openWithKey(workspace, fixture.server->apiRoot(), api::CredentialKind::AdminKey,
                                                      fixture.server->projectId(), fixture.server->adminKey());
        ui::ProjectContext context;
        for (const api::Project &project : session->projects()) {
            if (project.id == fixture.server->projectId())
                context = {session, project, &fixture.settings};
        }
        QVERIFY(context.isValid());
        fixture.settings.setProjectValue(context.project.id, ui::AppSettings::Key::EmailsTab, u"outbox"_s);

        network.paths.clear();
        ui::EmailsPage page(context);
        QCOMPARE(page.currentTab(), std::optional<Tab>(Tab::Outbox));
        QVERIFY(showView(page, {1280, 800}));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), kUiTimeoutMs);
        QTest::qWait(300); // what the hidden tabs might have queued has gone out by now
        QVERIFY2(!network.pathsContaining(u"/emails/outbox"_s).isEmpty(), qPrintable(network.paths.join(u", "_s)));
        QVERIFY2(network.pathsContaining(u"/internal/email-"_s).isEmpty(), qPrintable(network.paths.join(u", "_s)));
        QVERIFY2(network.pathsContaining(u"/internal/config"_s).isEmpty(), qPrintable(network.paths.join(u", "_s)));

        // Each tab reads its data when it is first shown.
        page.showTab(Tab::Server);
        QTRY_VERIFY_WITH_TIMEOUT(page.serverView()->isLoaded(), kUiTimeoutMs);
        QVERIFY(!network.pathsContaining(u"/internal/config"_s).isEmpty());
        QVERIFY(network.pathsContaining(u"/internal/email-"_s).isEmpty());
        page.showTab(Tab::Drafts);
        QTRY_VERIFY_WITH_TIMEOUT(page.draftsView()->isLoaded() && page.themes()->isLoaded(), kUiTimeoutMs);
        QVERIFY(!network.pathsContaining(u"/internal/email-drafts"_s).isEmpty());
        QVERIFY(!network.pathsContaining(u"/internal/email-themes"_s).isEmpty());
        QVERIFY(network.pathsContaining(u"/internal/email-templates"_s).isEmpty());
    }

    void sendDialogLeadsToTheOutbox()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        ui::EmailsPage page(fixture.context);
        QVERIFY(showView(page, {1280, 800}));
        QCOMPARE(page.currentTab(), std::optional<Tab>(Tab::Drafts));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), kUiTimeoutMs);
        ui::DraftsView *drafts = page.draftsView();
        QVERIFY(clickItem(*drafts, idOfName(*drafts, u"November newsletter"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(drafts->sendButton()->isEnabled(), kUiTimeoutMs);
        QTest::mouseClick(drafts->sendButton(), Qt::LeftButton);
        ui::SendEmailDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = drafts->findChild<ui::SendEmailDialog *>()) && dialog->isVisible(),
                                 kUiTimeoutMs);
        // As "Follow them in the Outbox" does after sending.
        QVERIFY(QMetaObject::invokeMethod(dialog, "openOutboxRequested"));
        QCOMPARE(page.currentTab(), std::optional<Tab>(Tab::Outbox));
        dialog->close();
    }

    // "Send email…" on the Users page: its "Follow them in the Outbox" switches the window to the
    // Emails page's Outbox, even when that page last showed another tab, which is then not read.
    void usersPageSendLeadsToTheOutbox()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        ui::AppSettings settings(nullptr);
        openDemoProject(settings, fixture, u"users"_s);
        settings.setProjectValue(fixture.context.project.id, ui::AppSettings::Key::EmailsTab, u"drafts"_s);
        ui::MainWindow window(&fixture.workspace, &settings);
        window.resize(1280, 800);
        window.show();
        ui::UsersPage *users = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((users = qobject_cast<ui::UsersPage *>(window.currentPage()))
                                     && users->model()->rowCount() > 0,
                                 kUiTimeoutMs);
        clickCell(users->table(), 0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(users->actions()->sendDraftEmail()->isEnabled(), kUiTimeoutMs);
        users->actions()->sendDraftEmail()->trigger();
        ui::SendEmailDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = users->findChild<ui::SendEmailDialog *>()) && dialog->isVisible(),
                                 kUiTimeoutMs);
        QVERIFY(QMetaObject::invokeMethod(dialog, "openOutboxRequested"));
        QCOMPARE(window.currentArea(), api::Area::Emails);
        auto *emails = qobject_cast<ui::EmailsPage *>(window.currentPage());
        QVERIFY(emails);
        QCOMPARE(emails->currentTab(), std::optional<Tab>(Tab::Outbox));
        QVERIFY(emails->outboxView()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(emails->isReady(), kUiTimeoutMs);
        QVERIFY(!emails->draftsView()->isLoaded());
        dialog->close();
    }

    // Discarding unsaved changes when the window closes also forgets the autosaved edits: the
    // next start does not offer them again.
    void discardOnCloseForgetsTheAutosave()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        ui::AppSettings settings(nullptr);
        openDemoProject(settings, fixture, u"emails"_s);
        settings.setProjectValue(fixture.context.project.id, ui::AppSettings::Key::EmailsTab, u"drafts"_s);
        const QString key = fixture.context.project.id + u"/drafts/"_s;
        {
            ui::MainWindow window(&fixture.workspace, &settings);
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            ui::EmailsPage *page = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((page = qobject_cast<ui::EmailsPage *>(window.currentPage())) && page->isReady(),
                                     kUiTimeoutMs);
            ui::DraftsView *drafts = page->draftsView();
            QVERIFY(clickItem(*drafts, idOfName(*drafts, u"November newsletter"_s)));
            const QString id = drafts->currentId();
            typeAtEnd(*drafts, u"\n// thrown away"_s);
            QVERIFY(page->hasUnsavedChanges());
            drafts->edits()->flush();
            QVERIFY(models::EditorAutosave().find(key + id).has_value()); // on disk, as after a second

            bool answered = false;
            answerNextMessageBox(&window, &answered, u"Discard changes"_s);
            window.close();
            QTRY_VERIFY_WITH_TIMEOUT(answered, kUiTimeoutMs);
            QVERIFY(!window.isVisible());
        } // the window and its pages go
        QVERIFY(models::EditorAutosave().entries(fixture.context.project.id + u"/"_s).isEmpty());
    }

    void mainWindowOpensTheEmailsArea()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        ui::AppSettings settings(nullptr);
        settings.setValue(ui::AppSettings::Key::LastConnectionId, fixture.session->connection().id);
        settings.setValue(ui::AppSettings::Key::LastProjectId, fixture.context.project.id);
        settings.setValue(ui::AppSettings::Key::LastArea, u"emails"_s);
        ui::MainWindow window(&fixture.workspace, &settings);
        window.resize(1280, 800);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::EmailsPage *>(window.currentPage()), kUiTimeoutMs);
        auto *page = qobject_cast<ui::EmailsPage *>(window.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), kUiTimeoutMs);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestEmailsPage)
#include "tst_EmailsPage.moc"
