// InboxView offscreen: status tabs and search go to the server (search debounced, Esc clears),
// priority / assignee / tag / overdue filters stay client-side, the customer chip, empty states
// (with "Clear filters" / "Clear search"), errors with Retry (but nothing of its own for a server
// without support routes: the page explains that), "Load more", keyboard (Down, Enter, Ctrl+F),
// unread marks, "Draft" markers from a lookup, and the selection kept across refreshes without a
// second conversationSelected. Scripted server, plus the emulator's demo inbox for screenshots in light
// and dark palettes (saved to HEXCLAVE_SCREENSHOT_DIR when set).

#include "../models/FakeConversationsServer.h"
#include "DemoProjectFixture.h"
#include "EnglishPlurals.h"
#include "UiTestHelpers.h"
#include "UserViewTestHelpers.h"
#include "UserChoiceModel.h"
#include "UsersModel.h"

#include "dialogs/UserPickerDialog.h"
#include "pages/support/inbox/ConversationDelegate.h"
#include "pages/support/inbox/InboxView.h"
#include "support/ConversationFilterModel.h"
#include "support/ConversationInbox.h"
#include "support/ConversationsModel.h"
#include "widgets/ErrorBanner.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::ConversationInbox;
using models::ConversationsModel;

constexpr qint64 minute = 60'000;

QString idOf(int n)
{
    return FakeConversationsServer::idOf(n);
}

template <class T>
T *child(const QWidget &root, const QString &accessibleName)
{
    const auto widgets = root.findChildren<T *>();
    for (T *widget : widgets) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

} // namespace

class TestInboxView : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Fixture()
        {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            auto add = [this, now](int n, const QString &subject, qint64 ago, const QString &status) {
                server.conversations.append(FakeConversationsServer::conversation(idOf(n), subject, now - ago, status));
                return &server.conversations.last();
            };
            QJsonObject *login = add(1, u"Cannot log in"_s, 5 * minute, u"open"_s);
            setMetadata(*login, u"agent-me"_s, u"Me Myself"_s, {u"login"_s, u"bug"_s});
            login->insert(u"priority"_s, u"urgent"_s);
            setDue(*login, now - 2 * 60 * minute); // overdue
            QJsonObject *billing = add(2, u"Refund for March"_s, 30 * minute, u"open"_s);
            setMetadata(*billing, u"agent-ada"_s, u"Ada Lovelace"_s, {u"billing"_s});
            billing->insert(u"priority"_s, u"high"_s);
            setDue(*billing, now + 10 * minute); // urgent
            add(3, u"Feature idea: dark mode"_s, 2 * 60 * minute, u"open"_s);
            add(4, u"Waiting for logs"_s, 3 * 60 * minute, u"pending"_s);
            add(5, u"Thanks, solved"_s, 24 * 60 * minute, u"closed"_s);
        }

        static void setMetadata(QJsonObject &item, const QString &assignee, const QString &name, const QStringList &tags)
        {
            QJsonObject metadata = item.value(u"metadata"_s).toObject();
            metadata.insert(u"assignedToUserId"_s, assignee);
            metadata.insert(u"assignedToDisplayName"_s, name);
            metadata.insert(u"tags"_s, QJsonArray::fromStringList(tags));
            item.insert(u"metadata"_s, metadata);
        }

        static void setDue(QJsonObject &item, qint64 dueMillis)
        {
            QJsonObject metadata = item.value(u"metadata"_s).toObject();
            metadata.insert(u"firstResponseDueAt"_s, FakeConversationsServer::iso(dueMillis));
            item.insert(u"metadata"_s, metadata);
        }

        ui::InboxView &makeView()
        {
            client = server.makeClient();
            inbox = std::make_unique<ConversationInbox>(client.get(), server.projectId);
            tester = std::make_unique<QAbstractItemModelTester>(inbox->model(),
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
            view = std::make_unique<ui::InboxView>(ui::ProjectContext{}, inbox.get());
            view->resize(520, 640);
            view->show();
            return *view;
        }

        bool settled() const
        {
            return QTest::qWaitFor([this] { return !inbox->isLoading(); }, kUiTimeoutMs);
        }

        QStringList shownIds() const
        {
            QStringList ids;
            const QAbstractItemModel *model = view->listView()->model();
            for (int row = 0; row < model->rowCount(); ++row)
                ids.append(model->index(row, 0).data(ConversationsModel::ConversationIdRole).toString());
            return ids;
        }

        QModelIndex shownIndex(const QString &id) const
        {
            const QAbstractItemModel *model = view->listView()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data(ConversationsModel::ConversationIdRole).toString() == id)
                    return index;
            }
            return {};
        }

        void clickRow(int row) const
        {
            QListView *list = view->listView();
            const QModelIndex index = list->model()->index(row, 0);
            list->scrollTo(index);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        }

        void clickTab(const QString &text) const
        {
            auto *tabs = view->findChild<QTabBar *>();
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i) == text)
                    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(i).center());
            }
        }

        FakeConversationsServer server;
        std::unique_ptr<api::ApiClient> client;
        std::unique_ptr<ConversationInbox> inbox;
        std::unique_ptr<QAbstractItemModelTester> tester;
        std::unique_ptr<ui::InboxView> view;
    };

    static void choose(QComboBox *combo, const QString &text)
    {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index); // as picked from the popup
    }

private Q_SLOTS:
    void startsWithOpenConversations()
    {
        Fixture f;
        ui::InboxView &view = f.makeView();
        QVERIFY(f.settled());
        QCOMPARE(f.inbox->status(), u"open"_s);
        QCOMPARE(view.statusFilter(), u"open"_s);
        QCOMPARE(f.shownIds(), QStringList({idOf(1), idOf(2), idOf(3)}));
        QVERIFY(view.emptyText().isEmpty());
        QVERIFY(!findButton(&view, u"Load more"_s));
    }

    void tabsChangeTheServerQuery()
    {
        Fixture f;
        ui::InboxView &view = f.makeView();
        QVERIFY(f.settled());
        f.clickTab(u"Waiting on user"_s);
        QVERIFY(f.settled());
        QCOMPARE(f.server.lastListQuery().queryItemValue(u"status"_s), u"pending"_s);
        QCOMPARE(f.shownIds(), QStringList{idOf(4)});
        f.clickTab(u"Resolved"_s);
        QVERIFY(f.settled());
        QCOMPARE(f.shownIds(), QStringList{idOf(5)});
        f.clickTab(u"All"_s);
        QVERIFY(f.settled());
        QVERIFY(!f.server.lastListQuery().hasQueryItem(u"status"_s));
        QCOMPARE(f.shownIds().size(), 5);
        QCOMPARE(view.statusFilter(), QString());
    }

    void searchIsDebouncedAndEscClears()
    {
        Fixture f;
        ui::InboxView &view = f.makeView();
        QVERIFY(f.settled());
        auto *search = child<QLineEdit>(view, u"Search conversations"_s);
        QVERIFY(search);
        const int before = f.server.listRequests();
        QTest::keyClicks(search, u"refund"_s);
        QCOMPARE(f.server.listRequests(), before); // not per key
        QVERIFY(QTest::qWaitFor([&f, before] { return f.server.listRequests() == before + 1; }, 2000));
        QVERIFY(f.settled());
        QCOMPARE(f.server.lastListQuery().queryItemValue(u"query"_s), u"refund"_s);
        QCOMPARE(f.shownIds(), QStringList{idOf(2)});

        // Nothing found: the empty state says so and offers to clear the search.
        search->clear();
        QTest::keyClicks(search, u"nothing like this"_s);
        QVERIFY(QTest::qWaitFor([&f] { return f.inbox->search() == u"nothing like this"_s; }, 2000));
        QVERIFY(f.settled());
        QCOMPARE(view.emptyText(), u"No conversation matches “nothing like this”."_s);

        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(f.inbox->search(), QString());
        QVERIFY(f.settled());
        QCOMPARE(f.shownIds().size(), 3);

        // Ctrl+F from the list goes to the search field.
        f.view->listView()->setFocus();
        view.activateWindow();
        QTest::keyClick(f.view->listView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([search] { return search->hasFocus(); }, 2000));
    }

    void clientSideFilters()
    {
        Fixture f;
        ui::InboxView &view = f.makeView();
        view.setAgent({u"agent-me"_s, u"Me Myself"_s});
        QVERIFY(f.settled());
        const int requests = f.server.listRequests();

        auto *priority = child<QComboBox>(view, u"Priority"_s);
        auto *assignee = child<QComboBox>(view, u"Assignee"_s);
        auto *tag = child<QComboBox>(view, u"Tag"_s);
        auto *overdue = child<QCheckBox>(view, u"Overdue only"_s);
        QVERIFY(priority && assignee && tag && overdue);

        choose(priority, u"High"_s);
        QCOMPARE(f.shownIds(), QStringList{idOf(2)});
        choose(priority, u"Any priority"_s);

        choose(assignee, u"Me (Me Myself)"_s);
        QCOMPARE(f.shownIds(), QStringList{idOf(1)});
        choose(assignee, u"Ada Lovelace"_s);
        QCOMPARE(f.shownIds(), QStringList{idOf(2)});
        choose(assignee, u"Unassigned"_s);
        QCOMPARE(f.shownIds(), QStringList{idOf(3)});
        choose(assignee, u"Anyone"_s);

        QVERIFY(tag->findText(u"billing"_s) >= 0);
        choose(tag, u"bug"_s);
        QCOMPARE(f.shownIds(), QStringList{idOf(1)});
        choose(tag, u"Any tag"_s);

        clickIndicator(overdue);
        QVERIFY(overdue->isChecked());
        QCOMPARE(f.shownIds(), QStringList{idOf(1)});

        // Filters hiding everything: "Clear filters" brings the rows back.
        choose(tag, u"billing"_s);
        QCOMPARE(f.shownIds(), QStringList());
        QCOMPARE(view.emptyText(), u"No conversation matches the filters."_s);
        QPushButton *clear = findButton<QPushButton>(&view, u"Clear filters"_s);
        QVERIFY(clear);
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(f.shownIds().size(), 3);
        QVERIFY(!overdue->isChecked());
        QCOMPARE(tag->currentIndex(), 0);
        QVERIFY(view.emptyText().isEmpty());
        QCOMPARE(f.server.listRequests(), requests); // all without the server
    }

    void emptyOpenInbox()
    {
        Fixture f;
        f.server.conversations.clear();
        ui::InboxView &view = f.makeView();
        QVERIFY(f.settled());
        QCOMPARE(view.emptyText(), u"No open conversations — nothing needs support right now."_s);
    }

    void userFilterChip()
    {
        Fixture f;
        ui::InboxView &view = f.makeView();
        QVERIFY(f.settled());
        const QString userId = f.server.conversations.at(1).value(u"userId"_s).toString();
        view.setUserFilter(userId, u"Customer 02"_s);
        QVERIFY(f.settled());
        QCOMPARE(f.server.lastListQuery().queryItemValue(u"userId"_s), userId);
        QCOMPARE(f.shownIds(), QStringList{idOf(2)});
        QVERIFY(showsText(&view, u"Customer: Customer 02"_s));
        auto *remove = child<QToolButton>(view, u"Remove customer filter"_s);
        QVERIFY(remove && remove->isVisible());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(f.settled());
        QVERIFY(!f.server.lastListQuery().hasQueryItem(u"userId"_s));
        QVERIFY(!remove->isVisible());
        QCOMPARE(f.shownIds().size(), 3);
        QCOMPARE(view.userFilterText(), QString());
    }

    // "Customer…" picks one user in the project's user picker and filters the inbox by them.
    void customerButtonFiltersByAChosenUser()
    {
        DemoProjectFixture demo(40);
        QVERIFY(demo.context.isValid());
        ConversationInbox inbox(demo.context.client(), demo.context.project.id);
        ui::InboxView view(demo.context, &inbox);
        view.resize(560, 820);
        view.show();
        QVERIFY(QTest::qWaitFor([&inbox] { return inbox.isLoaded() && !inbox.isLoading(); }, kUiTimeoutMs));
        const api::ConversationSummary wanted = inbox.model()->at(0);
        QVERIFY(!wanted.userId.isEmpty());

        auto *button = child<QPushButton>(view, u"Show one customer's conversations"_s);
        QVERIFY(button && button->isEnabled());
        bool done = false;
        onNextModal<ui::UserPickerDialog>(this, &done, [&](ui::UserPickerDialog *picker) {
            QTest::keyClicks(picker->searchField(), wanted.userId);
            QTRY_VERIFY_WITH_TIMEOUT(picker->usersModel()->filter().search == wanted.userId
                                         && !picker->usersModel()->isLoading(),
                                     kUiTimeoutMs);
            QCOMPARE(picker->usersModel()->rowCount(), 1);
            clickCheckBox(picker->table(), picker->choiceModel()->index(0, models::UsersModel::NameColumn));
            QTest::mouseClick(picker->acceptButton(), Qt::LeftButton);
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(done, kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(inbox.userId(), wanted.userId, kUiTimeoutMs);
        QVERIFY(QTest::qWaitFor([&inbox] { return inbox.isLoaded() && !inbox.isLoading(); }, kUiTimeoutMs));
        QVERIFY(inbox.model()->rowCount() >= 1);
        for (int row = 0; row < inbox.model()->rowCount(); ++row)
            QCOMPARE(inbox.model()->at(row).userId, wanted.userId);
        QVERIFY(view.userFilterText().startsWith(u"Customer: "_s));

        // Without a project (no session) there is no one to choose from.
        ui::InboxView detached(ui::ProjectContext{}, &inbox);
        QVERIFY(!child<QPushButton>(detached, u"Show one customer's conversations"_s)->isEnabled());
    }

    // A view built on an inbox that is already loaded with a user filter names the user as before.
    void userFilterChipOnALoadedInbox()
    {
        Fixture f;
        ui::InboxView &view = f.makeView();
        QVERIFY(f.settled());
        const QString userId = f.server.conversations.at(1).value(u"userId"_s).toString();
        view.setUserFilter(userId, u"Customer 02"_s);
        QVERIFY(f.settled());
        const int requests = f.server.listRequests();

        ui::InboxView again(ui::ProjectContext{}, f.inbox.get());
        again.resize(520, 640);
        again.show();
        QCOMPARE(again.userFilterText(), u"Customer: Customer 02"_s);
        QVERIFY(showsText(&again, u"Customer: Customer 02"_s));
        QCOMPARE(f.server.listRequests(), requests); // no reload for the new view
        QCOMPARE(again.listView()->model()->rowCount(), 1);

        // Removed in one view: a later view has no chip.
        again.clearUserFilter();
        QVERIFY(f.settled());
        ui::InboxView third(ui::ProjectContext{}, f.inbox.get());
        QCOMPARE(third.userFilterText(), QString());
    }

    void draftMarkers()
    {
        Fixture f;
        ui::InboxView &view = f.makeView();
        QVERIFY(f.settled());
        QListView *list = view.listView();
        const QModelIndex first = list->model()->index(0, 0);
        const QModelIndex second = list->model()->index(1, 0);
        QCOMPARE(view.delegate()->rowTexts(first).draft, QString()); // no lookup: no marker
        const QImage before = list->viewport()->grab(list->visualRect(second)).toImage();

        QSet<QString> drafts{idOf(2)};
        int asked = 0;
        view.setDraftLookup([&drafts, &asked](const QString &id) {
            ++asked;
            return drafts.contains(id);
        });
        QCOMPARE(view.delegate()->rowTexts(first).draft, QString());
        QCOMPARE(view.delegate()->rowTexts(second).draft, u"✎ Draft"_s);
        // Painted: the row looks different and the lookup was asked while painting.
        asked = 0;
        const QImage with = list->viewport()->grab(list->visualRect(second)).toImage();
        QVERIFY(asked > 0);
        QVERIFY(with != before);

        // The tooltip mentions it.
        const QRect rect = list->visualRect(second);
        QHelpEvent help(QEvent::ToolTip, rect.center(), list->viewport()->mapToGlobal(rect.center()));
        QCoreApplication::sendEvent(list->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"unsent draft"_s), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // The draft is sent or discarded elsewhere: refreshDraftMarkers repaints without it.
        drafts.clear();
        asked = 0;
        view.refreshDraftMarkers();
        QTRY_VERIFY(asked > 0);
        QCOMPARE(view.delegate()->rowTexts(second).draft, QString());
        QCOMPARE(list->viewport()->grab(list->visualRect(second)).toImage(), before);
    }

    void selectionSurvivesRefreshes()
    {
        Fixture f;
        ui::InboxView &view = f.makeView();
        QVERIFY(f.settled());
        QSignalSpy selected(&view, &ui::InboxView::conversationSelected);
        f.clickRow(1);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).value<api::ConversationSummary>().conversationId, idOf(2));
        QCOMPARE(view.currentConversationId(), idOf(2));

        // A customer writes in the third one (it moves to the top), a new one arrives.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        f.server.customerWrites(idOf(3), now, u"Any news?"_s);
        f.server.conversations.append(FakeConversationsServer::conversation(idOf(9), u"Brand new"_s, now - 1000));
        f.inbox->refresh();
        QVERIFY(f.settled());
        QCOMPARE(f.shownIds(), QStringList({idOf(3), idOf(9), idOf(1), idOf(2)}));
        QCOMPARE(view.listView()->currentIndex().data(ConversationsModel::ConversationIdRole).toString(), idOf(2));
        QVERIFY(view.listView()->selectionModel()->isSelected(view.listView()->currentIndex()));
        QCOMPARE(selected.count(), 1); // not announced again
        // The watcher marks them unread (SupportWatcher → setUnreadIds): the rows say so.
        f.inbox->model()->setUnreadIds({idOf(3), idOf(9)});
        QVERIFY(f.shownIndex(idOf(3)).data(ConversationsModel::UnreadRole).toBool());
        QVERIFY(f.shownIndex(idOf(9)).data(ConversationsModel::UnreadRole).toBool());
        QVERIFY(!f.shownIndex(idOf(1)).data(ConversationsModel::UnreadRole).toBool());

        // Opening a row marks it read.
        f.clickRow(0);
        QCOMPARE(selected.count(), 2);
        QVERIFY(!f.inbox->model()->isUnread(idOf(3)));

        // The open conversation leaves the list (resolved elsewhere): nothing else is chosen for
        // the user, and the conversation stays the current one.
        f.server.conversations[f.server.indexOf(idOf(3))].insert(u"status"_s, u"closed"_s);
        f.inbox->refresh();
        QVERIFY(f.settled());
        QCOMPARE(f.shownIds(), QStringList({idOf(9), idOf(1), idOf(2)}));
        QCOMPARE(selected.count(), 2);
        QCOMPARE(view.currentConversationId(), idOf(3));
        QVERIFY(!view.listView()->currentIndex().isValid());

        // Back to "All": the conversation shows again, selected, without a new announcement.
        f.clickTab(u"All"_s);
        QVERIFY(f.settled());
        QCOMPARE(view.listView()->currentIndex().data(ConversationsModel::ConversationIdRole).toString(), idOf(3));
        QCOMPARE(selected.count(), 2);

        // selectConversation chooses a row and announces it.
        view.selectConversation(idOf(5));
        QCOMPARE(selected.count(), 3);
        QCOMPARE(view.currentConversationId(), idOf(5));
    }

    void keyboard()
    {
        Fixture f;
        ui::InboxView &view = f.makeView();
        QVERIFY(f.settled());
        QSignalSpy selected(&view, &ui::InboxView::conversationSelected);
        QSignalSpy activated(&view, &ui::InboxView::conversationActivated);
        auto *search = child<QLineEdit>(view, u"Search conversations"_s);
        view.focusSearch();
        QTest::keyClick(search, Qt::Key_Down); // from the search into the list
        QCOMPARE(selected.count(), 1);
        QTest::keyClick(view.listView(), Qt::Key_Down);
        QCOMPARE(selected.count(), 2);
        QCOMPARE(view.currentConversationId(), idOf(2));
        QTest::keyClick(view.listView(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<api::ConversationSummary>().conversationId, idOf(2));
    }

    void errorsOfferRetry()
    {
        Fixture f;
        f.server.failNext = 1;
        ui::InboxView &view = f.makeView();
        QVERIFY(f.settled());
        auto *banner = view.findChild<ui::ErrorBanner *>();
        QVERIFY(banner && banner->isShowingError());
        QCOMPARE(view.emptyText(), u"The conversations could not be loaded."_s);
        QPushButton *retry = findButton<QPushButton>(&view, u"Retry"_s);
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(f.settled());
        QVERIFY(!banner->isVisible());
        QCOMPARE(f.shownIds().size(), 3);
    }

    void serverWithoutRoutes()
    {
        Fixture f;
        f.server.version = FakeConversationsServer::Version::Missing;
        ui::InboxView &view = f.makeView();
        QVERIFY(f.settled());
        QVERIFY(f.inbox->routesMissing());
        // The SupportPage replaces the view with its explanation page: no second wording here.
        auto *banner = view.findChild<ui::ErrorBanner *>();
        QVERIFY(banner && !banner->isVisible());
        QCOMPARE(view.emptyText(), QString());
        QVERIFY(!showsText(&view, u"built before"_s));
        QVERIFY(!showsText(&view, u"not available"_s));
    }

    void loadMoreWhenTheServerPages()
    {
        Fixture f;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int n = 10; n < 80; ++n) {
            f.server.conversations.append(
                FakeConversationsServer::conversation(idOf(n), u"Question %1"_s.arg(n), now - n * 3 * 60 * minute));
        }
        ui::InboxView &view = f.makeView();
        QVERIFY(f.settled());
        QCOMPARE(f.shownIds().size(), 50);
        QPushButton *more = findButton<QPushButton>(&view, u"Load more"_s);
        QVERIFY(more);
        QTest::mouseClick(more, Qt::LeftButton);
        QVERIFY(f.settled());
        QCOMPARE(f.shownIds().size(), 73);
        QVERIFY(!more->isVisible());
    }

    void rowTexts()
    {
        Fixture f;
        ui::InboxView &view = f.makeView();
        QVERIFY(f.settled());
        const QModelIndex first = view.listView()->model()->index(0, 0);
        const ui::ConversationDelegate::RowTexts texts = view.delegate()->rowTexts(first);
        QCOMPARE(texts.subject, u"Cannot log in"_s);
        QCOMPARE(texts.customer, u"Customer 01 <customer01@example.com>"_s);
        QVERIFY(texts.time.contains(u"5 minute"_s));
        QCOMPARE(texts.due, u"Overdue 2 h"_s);
        QCOMPARE(texts.priority, u"Urgent"_s);
        QCOMPARE(texts.assignee, u"Me Myself"_s);
        QCOMPARE(texts.tags, u"#login #bug"_s);
        QVERIFY(!texts.exactTime.isEmpty());
        const ui::ConversationDelegate::RowTexts second = view.delegate()->rowTexts(view.listView()->model()->index(1, 0));
        QVERIFY2(second.due == u"Due in 9 min"_s || second.due == u"Due in 10 min"_s, qPrintable(second.due));
    }

    void tooltipShowsTheExactTimes()
    {
        Fixture f;
        ui::InboxView &view = f.makeView();
        QVERIFY(f.settled());
        QListView *list = view.listView();
        const QRect rect = list->visualRect(list->model()->index(0, 0));
        QHelpEvent help(QEvent::ToolTip, rect.center(), list->viewport()->mapToGlobal(rect.center()));
        QCoreApplication::sendEvent(list->viewport(), &help);
        QVERIFY(QTest::qWaitFor([] { return QToolTip::isVisible(); }, 2000));
        const QString tip = QToolTip::text();
        QVERIFY2(tip.startsWith(u"Cannot log in\nCustomer 01 <customer01@example.com>\nLast activity: "_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"Response overdue by 2 h ("_s), qPrintable(tip));
        QToolTip::hideText();
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
        const QPalette original = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkPalette());
        EnglishPlurals plurals;
        QCoreApplication::installTranslator(&plurals);
        {
            DemoProjectFixture demo(40);
            QVERIFY(demo.context.isValid());
            ConversationInbox inbox(demo.context.client(), demo.context.project.id);
            ui::InboxView view(demo.context, &inbox);
            view.setAgent({demo.emulator->dashboardUserId(), u"Demo"_s});
            view.resize(560, 820);
            view.show();
            QVERIFY(QTest::qWaitFor([&inbox] { return inbox.isLoaded() && !inbox.isLoading(); }, kUiTimeoutMs));
            QVERIFY(inbox.model()->rowCount() > 5);
            // A customer writes: that row moves to the top and the watcher marks it unread (bold, dot).
            const QString id = demo.emulator->appendCustomerMessage(demo.context.project.id);
            QVERIFY(!id.isEmpty());
            inbox.refresh();
            QTRY_COMPARE_WITH_TIMEOUT(inbox.model()->at(0).conversationId, id, kUiTimeoutMs);
            inbox.model()->setUnreadIds({id});
            const QString selectedId = inbox.model()->at(2).conversationId;
            view.selectConversation(selectedId);
            QCOMPARE(view.currentConversationId(), selectedId);
            // Drafts are kept for two conversations: their rows say so.
            const QSet<QString> drafts{inbox.model()->at(1).conversationId, selectedId};
            view.setDraftLookup([drafts](const QString &conversationId) { return drafts.contains(conversationId); });
            QCOMPARE(view.delegate()->rowTexts(view.filterModel()->index(1, 0)).draft, u"✎ Draft"_s);
            QVERIFY(Screenshots().save(&view, dark ? u"support-inbox-dark"_s : u"support-inbox-light"_s));
            // The demo project has overdue conversations (its SLA is on).
            auto *overdue = child<QCheckBox>(view, u"Overdue only"_s);
            clickIndicator(overdue);
            QVERIFY(view.filterModel()->rowCount() > 0);
            QVERIFY(view.filterModel()->rowCount() < inbox.model()->rowCount());
            QVERIFY(Screenshots().save(&view, dark ? u"support-inbox-overdue-dark"_s : u"support-inbox-overdue-light"_s));
        }
        QCoreApplication::removeTranslator(&plurals);
        QApplication::setPalette(original);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestInboxView)
#include "tst_InboxView.moc"
