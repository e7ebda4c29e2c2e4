// MainWindow driven like a person would: the demo flow (the same objects as --demo: the emulator,
// a Workspace without stores and the demo account signed in) with search, Escape, selection,
// sorting by a header and the anonymous filter; navigation and locked areas with a server key;
// and a first run that connects through the welcome page's dialog.

#include "TestServer.h"
#include "UiTestHelpers.h"

#include "AppSettings.h"
#include "DemoServer.h"
#include "MainWindow.h"
#include "UsersModel.h"
#include "dialogs/ConnectDialog.h"
#include "pages/MessagePage.h"
#include "pages/support/NewConversationDialog.h"
#include "pages/support/SupportNotifier.h"
#include "pages/support/SupportPage.h"
#include "pages/support/conversation/ConversationView.h"
#include "pages/users/UserActions.h"
#include "support/ConversationInbox.h"
#include "support/ConversationsModel.h"
#include "support/SupportWatcher.h"
#include "pages/users/UserDetailPanel.h"
#include "pages/users/UsersPage.h"
#include "widgets/ThemedIcon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QUrlQuery>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::UsersModel;
using State = models::PagedTableModel::FetchState;

bool showWindow(QWidget &window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// The query of the most recent GET /users the emulator received.
QUrlQuery lastUsersQuery(const emulator::Emulator &emulator)
{
    const QList<emulator::RecordedRequest> requests = emulator.recordedRequests();
    for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
        if (it->method == u"GET" && it->path == u"/users")
            return QUrlQuery(it->query);
    }
    return {};
}

bool matches(const api::User &user, const QString &term)
{
    return user.displayName.value_or(QString()).contains(term, Qt::CaseInsensitive)
        || user.primaryEmail.value_or(QString()).contains(term, Qt::CaseInsensitive) || user.id == term;
}

int anonymousRows(const UsersModel &model)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (const api::User *user = model.rowAt(row); user && user->isAnonymous)
            ++count;
    }
    return count;
}

QListWidgetItem *navigationItem(const ui::MainWindow &window, api::Area area)
{
    return window.navigation()->item(int(api::allAreas().indexOf(area)));
}

bool sameIcon(const QIcon &a, const QIcon &b)
{
    return a.pixmap(20, 20).toImage() == b.pixmap(20, 20).toImage();
}

QString messageOf(const ui::Page *page)
{
    return visibleLabelTexts(page).join(u'\n');
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoFlow()
    {
        // What Application::start() builds for --demo.
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        app::DemoServer demo(120);
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        ui::AppSettings settings(nullptr);
        ui::MainWindow window(&workspace, &settings);
        QSignalSpy pageReady(&window, &ui::MainWindow::currentPageReady);
        QVERIFY(showWindow(window));
        demo.signIn(&workspace);

        ui::UsersPage *page = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((page = qobject_cast<ui::UsersPage *>(window.currentPage())) && page->model()->rowCount() > 0
                                     && !page->model()->isLoading(),
                                 kUiTimeoutMs);
        QCOMPARE(window.currentArea(), api::Area::Users);
        QCOMPARE(window.projectContext().project.id, demo.emulator().demoAccount().projectId);
        QCOMPARE(window.projectSwitcher()->currentText(), u"Demo Project"_s);
        QVERIFY(pageReady.count() >= 1);
        UsersModel *model = page->model();
        QTableView *table = page->table();
        const int everyone = model->rowCount();

        // Search as you type: the list narrows to matching users.
        const QString term = model->rowAt(3)->displayName.value_or(QString()).section(u' ', 0, 0).left(5);
        QVERIFY2(term.size() >= 3, qPrintable(term));
        QTest::mouseClick(page->searchField(), Qt::LeftButton);
        QVERIFY(page->searchField()->hasFocus());
        QTest::keyClicks(page->searchField(), term);
        QTRY_COMPARE_WITH_TIMEOUT(model->filter().search, term, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), kUiTimeoutMs);
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowCount() < everyone);
        QCOMPARE(lastUsersQuery(demo.emulator()).queryItemValue(u"query"_s, QUrl::FullyDecoded), term);
        for (int row = 0; row < model->rowCount(); ++row) {
            const api::User *user = model->rowAt(row);
            QVERIFY(user);
            QVERIFY2(matches(*user, term), qPrintable(u"%1 <%2> does not match %3"_s.arg(user->label(),
                                                                                         user->primaryEmail.value_or(QString()), term)));
        }

        // Escape clears the search: everyone is back.
        QTest::keyClick(page->searchField(), Qt::Key_Escape);
        QCOMPARE(page->searchField()->text(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(model->filter().search.isEmpty() && !model->isLoading() && model->rowCount() >= everyone,
                                 kUiTimeoutMs);

        // Selecting a user shows them in the detail panel.
        auto *detail = page->findChild<ui::UserDetailPanel *>();
        QVERIFY(detail);
        int row = 7;
        while (row < model->rowCount() && !model->rowAt(row)->primaryEmail)
            ++row;
        QVERIFY(row < model->rowCount());
        const api::User selected = *model->rowAt(row);
        clickCell(table, row, UsersModel::NameColumn);
        QTRY_COMPARE(detail->shownUserId(), selected.id);
        const auto fields = detail->findChildren<QLineEdit *>();
        const auto email = std::find_if(fields.cbegin(), fields.cend(),
                                        [](const QLineEdit *field) { return field->accessibleName() == u"Primary email"; });
        QVERIFY(email != fields.cend());
        QCOMPARE((*email)->text(), *selected.primaryEmail);

        // Sorting by clicking the "Last active" header: the server orders, most recent first.
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(model->headerData(UsersModel::LastActiveColumn, Qt::Horizontal).toString(), u"Last active"_s);
        clickHeaderSection(header, UsersModel::LastActiveColumn);
        QTRY_VERIFY_WITH_TIMEOUT(model->filter().orderBy == api::users::OrderBy::LastActiveAt && !model->isLoading()
                                     && model->rowCount() > 0,
                                 kUiTimeoutMs);
        QVERIFY(model->filter().descending);
        QUrlQuery query = lastUsersQuery(demo.emulator());
        QCOMPARE(query.queryItemValue(u"order_by"_s), u"last_active_at"_s);
        QCOMPARE(query.queryItemValue(u"desc"_s), u"true"_s);
        QCOMPARE(header->sortIndicatorSection(), int(UsersModel::LastActiveColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int i = 0; i < model->rowCount(); ++i) {
            const qint64 lastActive = model->index(i, UsersModel::LastActiveColumn).data(UsersModel::RawValueRole).toLongLong();
            QVERIFY(lastActive <= previous);
            previous = lastActive;
        }
        // A second click turns the order around.
        clickHeaderSection(header, UsersModel::LastActiveColumn);
        QTRY_VERIFY_WITH_TIMEOUT(!model->filter().descending && !model->isLoading(), kUiTimeoutMs);
        query = lastUsersQuery(demo.emulator());
        QCOMPARE(query.queryItemValue(u"order_by"_s), u"last_active_at"_s);
        QCOMPARE(query.queryItemValue(u"desc"_s), u"false"_s);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);

        // Anonymous users only show when asked for.
        QString problem = scrollToEnd(table, *model);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(anonymousRows(*model), 0);
        const int withoutAnonymous = model->rowCount();
        QVERIFY(!lastUsersQuery(demo.emulator()).hasQueryItem(u"include_anonymous"_s));
        auto *anonymous = findButton<QCheckBox>(page, u"Anonymous"_s);
        auto *restricted = findButton<QCheckBox>(page, u"Restricted"_s);
        QVERIFY(anonymous && restricted);
        QVERIFY(!anonymous->isChecked());
        clickIndicator(anonymous);
        QVERIFY(anonymous->isChecked());
        QVERIFY(!restricted->isEnabled()); // anonymous users are restricted ones too
        QTRY_VERIFY_WITH_TIMEOUT(model->filter().includeAnonymous && model->rowCount() > 0 && !model->isLoading(), kUiTimeoutMs);
        QCOMPARE(lastUsersQuery(demo.emulator()).queryItemValue(u"include_anonymous"_s), u"true"_s);
        problem = scrollToEnd(table, *model);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(anonymousRows(*model) > 0);
        QCOMPARE(model->rowCount(), withoutAnonymous + anonymousRows(*model));
        QCOMPARE(model->rowCount(), demo.emulator().userCount(demo.emulator().demoAccount().projectId));
    }

    // Issue 7: the Support page in the window: the unread count in the navigation and the title,
    // a customer's user page from a conversation, and "Start support conversation…" on a user.
    void supportFlow()
    {
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        app::DemoServer demo(120);
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        ui::AppSettings settings(nullptr);
        settings.setValue(ui::AppSettings::Key::LastArea, u"support"_s);
        ui::MainWindow window(&workspace, &settings);
        QVERIFY(showWindow(window));
        demo.signIn(&workspace);

        ui::SupportPage *support = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((support = qobject_cast<ui::SupportPage *>(window.currentPage())) && support->isReady(),
                                 kUiTimeoutMs);
        QVERIFY(!support->showsError());
        QTRY_VERIFY_WITH_TIMEOUT(!support->conversationView()->conversationId().isEmpty(), kUiTimeoutMs);
        QCOMPARE(navigationItem(window, api::Area::Support)->text(), u"Support"_s);

        // A customer writes into another conversation: counted in the navigation and the title.
        const models::ConversationsModel *model = support->inbox()->model();
        const QString open = support->conversationView()->conversationId();
        const QString other = model->at(model->rowCount() - 1).conversationId;
        QVERIFY(other != open);
        QCOMPARE(demo.emulator().appendCustomerMessage(window.projectContext().project.id, other), other);
        support->refreshAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.supportUnreadCount(), 1, kUiTimeoutMs);
        QCOMPARE(navigationItem(window, api::Area::Support)->text(), u"Support · 1"_s);
        QCOMPARE(window.windowTitle(), u"(1) Hexclave Admin"_s);
        QCOMPARE(window.supportNotifier()->unreadCount(), 1);

        // "Open user page" of the conversation's customer leads to the Users page showing them.
        const QString userId = model->find(other)->userId;
        QVERIFY(!userId.isEmpty());
        Q_EMIT support->openUserRequested(userId);
        ui::UsersPage *users = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((users = qobject_cast<ui::UsersPage *>(window.currentPage())), kUiTimeoutMs);
        auto *detail = users->findChild<ui::UserDetailPanel *>();
        QTRY_COMPARE_WITH_TIMEOUT(detail->shownUserId(), userId, kUiTimeoutMs);
        // The count stays while the Support page is elsewhere.
        QCOMPARE(navigationItem(window, api::Area::Support)->text(), u"Support · 1"_s);

        // "Start support conversation…" on that user: the Support page with the dialog, user preset.
        QTRY_VERIFY_WITH_TIMEOUT(users->actions()->selection().size() == 1, kUiTimeoutMs);
        QCOMPARE(users->actions()->selection().first().id, userId);
        QVERIFY(users->actions()->startSupportConversation()->isEnabled());
        users->actions()->startSupportConversation()->trigger();
        QTRY_COMPARE(window.currentArea(), api::Area::Support);
        ui::NewConversationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = support->findChild<ui::NewConversationDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->user()->id, userId);
        dialog->close();
        QTRY_VERIFY(!dialog->isVisible());

        // Opening the conversation from the "1 new" button clears the count everywhere.
        QTest::mouseClick(support->unreadButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.supportUnreadCount(), 0, kUiTimeoutMs);
        QCOMPARE(navigationItem(window, api::Area::Support)->text(), u"Support"_s);
        QCOMPARE(window.windowTitle(), u"Hexclave Admin"_s);

        // A click on a desktop notification (elsewhere in the app): the Support page, that conversation.
        window.showArea(api::Area::Teams);
        const QString notified = model->at(1).conversationId;
        QVERIFY(notified != support->conversationView()->conversationId());
        Q_EMIT window.supportNotifier()->conversationRequested(notified);
        QCOMPARE(window.currentArea(), api::Area::Support);
        QCOMPARE(window.currentPage(), support);
        QTRY_COMPARE_WITH_TIMEOUT(support->conversationView()->conversationId(), notified, kUiTimeoutMs);
    }

    // Issue 7: new customer messages are counted and notified from the moment the project opens,
    // without the Support page ever being visited.
    void supportCountWithoutVisitingThePage()
    {
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        app::DemoServer demo(120);
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        ui::AppSettings settings(nullptr);
        settings.setValue(ui::AppSettings::Key::LastArea, u"teams"_s);
        ui::MainWindow window(&workspace, &settings);
        QVERIFY(showWindow(window));
        QSignalSpy notified(window.supportNotifier(), &ui::SupportNotifier::notified);
        demo.signIn(&workspace);

        QTRY_VERIFY_WITH_TIMEOUT(window.supportWatcher() && window.supportWatcher()->isLoaded(), kUiTimeoutMs);
        QCOMPARE(window.currentArea(), api::Area::Teams);
        QVERIFY(!window.findChild<ui::SupportPage *>());
        QCOMPARE(window.supportUnreadCount(), 0);

        const QString written = demo.emulator().appendCustomerMessage(window.projectContext().project.id, {},
                                                                      u"Hello from a customer"_s);
        QVERIFY(!written.isEmpty());
        window.supportWatcher()->pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(window.supportUnreadCount(), 1, kUiTimeoutMs);
        QCOMPARE(navigationItem(window, api::Area::Support)->text(), u"Support · 1"_s);
        QCOMPARE(window.windowTitle(), u"(1) Hexclave Admin"_s);
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(window.supportNotifier()->lastConversationId(), written);
        QVERIFY(!window.findChild<ui::SupportPage *>()); // still never visited

        // The page, when opened, shows the same mark.
        window.showArea(api::Area::Support);
        auto *support = qobject_cast<ui::SupportPage *>(window.currentPage());
        QVERIFY(support);
        QCOMPARE(support->watcher(), window.supportWatcher());
        QCOMPARE(support->unreadCount(), 1);
        QVERIFY(support->inbox()->model()->isUnread(written));
    }

    void serverKeyNavigation()
    {
        const auto server = TestServer::start();
        QVERIFY2(server, "the emulator did not start");
        HEXCLAVE_REQUIRE(*server, Needs::ServerKey);
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        api::ConnectionSession *session =
            openWithKey(workspace, server->apiRoot(), api::CredentialKind::ServerKey, server->projectId(), server->serverKey());
        QVERIFY2(session->state() == api::ConnectionSession::State::Ready, qPrintable(session->lastError().userMessage()));
        ui::AppSettings settings(nullptr);
        ui::MainWindow window(&workspace, &settings);
        QVERIFY(showWindow(window));
        QTRY_VERIFY_WITH_TIMEOUT(window.projectContext().isValid(), kUiTimeoutMs);
        QCOMPARE(window.projectContext().project.id, server->projectId());

        // Locked areas wear a lock, are greyed and say why in their tooltip; the others do not.
        const QColor disabled = window.palette().color(QPalette::Disabled, QPalette::WindowText);
        for (const api::Area area : api::allAreas()) {
            QListWidgetItem *item = navigationItem(window, area);
            QVERIFY(item);
            const api::Capability capability = api::capabilityFor(api::CredentialKind::ServerKey, area);
            const bool locked = area == api::Area::Support || area == api::Area::Config || area == api::Area::Overview;
            QCOMPARE(!capability.available(), locked);
            QCOMPARE(item->text(), api::areaTitle(area));
            QCOMPARE(item->toolTip(), capability.explanation);
            QVERIFY(item->flags().testFlag(Qt::ItemIsEnabled)); // still selectable, to explain itself
            QVERIFY2(sameIcon(item->icon(), ui::themedIcon(u"lock"_s)) == locked, qPrintable(api::areaId(area)));
            QCOMPARE(item->foreground().color() == disabled && item->foreground().style() != Qt::NoBrush, locked);
        }
        QVERIFY(navigationItem(window, api::Area::Support)->toolTip().contains(u"dashboard account"_s));
        QVERIFY(navigationItem(window, api::Area::Config)->toolTip().contains(u"admin key"_s));

        // Their pages explain which credential is needed.
        clickListItem(window.navigation(), navigationItem(window, api::Area::Support));
        QTRY_COMPARE(window.currentArea(), api::Area::Support);
        QVERIFY(qobject_cast<ui::MessagePage *>(window.currentPage()));
        QVERIFY2(messageOf(window.currentPage()).contains(u"Support is not available with this credential"_s),
                 qPrintable(messageOf(window.currentPage())));
        QVERIFY2(messageOf(window.currentPage()).contains(u"dashboard account"_s), qPrintable(messageOf(window.currentPage())));

        clickListItem(window.navigation(), navigationItem(window, api::Area::Config));
        QTRY_COMPARE(window.currentArea(), api::Area::Config);
        QVERIFY(qobject_cast<ui::MessagePage *>(window.currentPage()));
        QVERIFY2(messageOf(window.currentPage()).contains(u"admin key"_s), qPrintable(messageOf(window.currentPage())));

        clickListItem(window.navigation(), navigationItem(window, api::Area::Overview));
        QTRY_COMPARE(window.currentArea(), api::Area::Overview);
        QVERIFY2(messageOf(window.currentPage()).contains(u"Overview is not available with this credential"_s),
                 qPrintable(messageOf(window.currentPage())));

        // Users work with a server key.
        clickListItem(window.navigation(), navigationItem(window, api::Area::Users));
        QTRY_COMPARE(window.currentArea(), api::Area::Users);
        auto *users = qobject_cast<ui::UsersPage *>(window.currentPage());
        QVERIFY(users);
        QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > 0, kUiTimeoutMs);
        QVERIFY(!users->model()->lastError().isError());
        QCOMPARE(window.navigation()->currentItem(), navigationItem(window, api::Area::Users));
    }

    void firstRunConnectsThroughTheWelcomePage()
    {
        const auto server = TestServer::start();
        QVERIFY2(server, "the emulator did not start");
        HEXCLAVE_REQUIRE(*server, Needs::AdminKey);
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        ui::AppSettings settings(nullptr);
        ui::MainWindow window(&workspace, &settings);
        QVERIFY(showWindow(window));
        QVERIFY(qobject_cast<ui::MessagePage *>(window.currentPage()));
        QVERIFY(messageOf(window.currentPage()).contains(u"Welcome to Hexclave Admin"_s));
        QVERIFY(!navigationItem(window, api::Area::Users)->flags().testFlag(Qt::ItemIsEnabled));

        bool done = false;
        onNextModal<ui::ConnectDialog>(this, &done, [&server](ui::ConnectDialog *dialog) {
            clickIndicator(dialog->selfHostedOption());
            QVERIFY(dialog->selfHostedOption()->isChecked());
            QTest::keyClicks(dialog->apiRootField(), server->apiRoot().toString());
            dialog->setMethod(ui::ConnectDialog::Method::AdminKey);
            QTest::keyClicks(dialog->projectIdField(ui::ConnectDialog::Method::AdminKey), server->projectId());
            QTest::keyClicks(dialog->keyField(ui::ConnectDialog::Method::AdminKey), server->adminKey());
            QTest::keyClick(dialog->keyField(ui::ConnectDialog::Method::AdminKey), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible() || dialog->statusLabel()->text().contains(u"HTTP"_s), kUiTimeoutMs);
            QVERIFY2(!dialog->isVisible(), qPrintable(dialog->statusLabel()->text()));
            QCOMPARE(dialog->result(), int(QDialog::Accepted));
        });
        QPushButton *connect = findButton<QPushButton>(window.currentPage(), u"Connect…"_s);
        QVERIFY(connect);
        QTest::mouseClick(connect, Qt::LeftButton); // opens the dialog and returns when it closed
        QVERIFY(done);
        QCOMPARE(workspace.sessions().size(), 1);
        QCOMPARE(workspace.sessions().first()->state(), api::ConnectionSession::State::Ready);
        QTRY_VERIFY_WITH_TIMEOUT(window.projectContext().isValid(), kUiTimeoutMs);
        QCOMPARE(window.projectContext().project.id, server->projectId());
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::UsersPage *>(window.currentPage()), kUiTimeoutMs);
        QVERIFY(navigationItem(window, api::Area::Users)->flags().testFlag(Qt::ItemIsEnabled));

        // Signing out leaves the project at once: the window goes back to the welcome page.
        bool confirmed = false;
        onNextModal<QMessageBox>(this, &confirmed, [](QMessageBox *box) {
            QVERIFY(box->text().contains(u"Sign out"_s));
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QAction *signOut = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (withoutMnemonic(action->text()) == u"Sign out"_s)
                signOut = action;
        }
        QVERIFY(signOut && signOut->isEnabled());
        signOut->trigger();
        QVERIFY(confirmed);
        QVERIFY(workspace.sessions().isEmpty());
        QVERIFY(!window.projectContext().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(messageOf(window.currentPage()).contains(u"Welcome to Hexclave Admin"_s), kUiTimeoutMs);
        QVERIFY(!signOut->isEnabled());
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestMainWindow)
#include "tst_MainWindow.moc"
