// SupportPage against the emulator, driven like a person would: the first conversation opens
// once the list is there; a reply typed into the composer moves the row from "Needs support" to
// "Waiting on user"; "New conversation…" creates one and opens it; a customer writing makes the
// unread count 1 and a notification (from the SupportWatcher, also while the inbox shows
// "Resolved"; "1 new" then opens the unlisted conversation); resolving a conversation under
// "Needs support" removes its row while the thread stays open; a send that failed in a
// conversation no longer shown gets a banner with "Open"; a server without the support routes and
// a project the account does not manage get an explanation instead of an error. Screenshots light and dark
// (HEXCLAVE_SCREENSHOT_DIR).

#include "EnglishPlurals.h"
#include "SupportTestFixture.h"

#include "endpoints/SupportEndpoints.h"
#include "pages/MessagePage.h"
#include "pages/support/NewConversationDialog.h"
#include "pages/support/SupportNotifier.h"
#include "pages/support/SupportPage.h"
#include "pages/support/conversation/ConversationView.h"
#include "pages/support/inbox/InboxView.h"
#include "support/ConversationInbox.h"
#include "support/ConversationsModel.h"
#include "support/SupportWatcher.h"
#include "widgets/ErrorBanner.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

bool showPage(ui::SupportPage &page)
{
    page.resize(1280, 800);
    page.show();
    page.activateWindow();
    return QTest::qWaitForWindowActive(&page);
}

// An error banner of the page that is on screen and shows an error.
bool showsErrorBanner(const ui::SupportPage &page)
{
    const auto banners = page.findChildren<ui::ErrorBanner *>();
    return std::any_of(banners.cbegin(), banners.cend(),
                       [](const ui::ErrorBanner *banner) { return banner->isShowingError() && banner->isVisible(); });
}

void clickTab(ui::SupportPage &page, const QString &label)
{
    auto *tabs = page.inboxView()->findChild<QTabBar *>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(u'&') == label) {
            QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(i).center());
            QCOMPARE(tabs->currentIndex(), i);
            return;
        }
    }
    QFAIL(qPrintable(u"no tab "_s + label));
}

QPushButton *buttonIn(QWidget *parent, const QString &text)
{
    const auto buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text().remove(u'&') == text && button->isVisible())
            return button;
    }
    return nullptr;
}

QPlainTextEdit *replyEditor(const ui::SupportPage &page)
{
    const auto editors = page.findChildren<QPlainTextEdit *>();
    for (QPlainTextEdit *editor : editors) {
        if (editor->accessibleName() == u"Reply to the customer")
            return editor;
    }
    return nullptr;
}

void saveLightAndDark(QWidget *widget, const QString &name)
{
    QVERIFY2(Screenshots().save(widget, name), qPrintable(name));
    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QTest::qWait(50);
    QVERIFY2(Screenshots().save(widget, name + u"-dark"_s), qPrintable(name));
    QApplication::setPalette(light);
}

} // namespace

class TestSupportPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }

    void loadsAndOpensTheFirstConversation()
    {
        SupportFixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        ui::SupportPage page(fixture.context);
        QSignalSpy ready(&page, &ui::Page::ready);
        QVERIFY(showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), kUiTimeoutMs);
        QCOMPARE(ready.count(), 1);
        QVERIFY(!page.showsError());
        QVERIFY(page.inbox()->isLoaded());
        QVERIFY(page.inbox()->model()->rowCount() > 0);
        QTRY_VERIFY(!page.inboxView()->currentConversationId().isEmpty());
        QCOMPARE(page.conversationView()->conversationId(), page.inboxView()->currentConversationId());
        QVERIFY(!page.inbox()->model()->isUnread(page.conversationView()->conversationId()));
        QVERIFY(!page.explanation());
        QVERIFY(!showsErrorBanner(page));
        QVERIFY(page.inbox()->autoRefresh());
        // The thread is on screen before the picture is taken.
        QTRY_VERIFY_WITH_TIMEOUT(replyEditor(page) && replyEditor(page)->isVisible(), kUiTimeoutMs);
        QTest::qWait(300);
        saveLightAndDark(&page, u"support-page"_s);
    }

    void splitterRemembered()
    {
        SupportFixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        QByteArray saved;
        {
            ui::SupportPage page(fixture.context);
            QVERIFY(showPage(page));
            auto *splitter = page.findChild<QSplitter *>();
            QVERIFY(splitter);
            splitter->setSizes({500, 780});
            Q_EMIT splitter->splitterMoved(500, 1);
            saved = fixture.settings.value(ui::AppSettings::Key::SupportSplitter).toByteArray();
            QVERIFY(!saved.isEmpty());
        }
        ui::SupportPage again(fixture.context);
        QVERIFY(showPage(again));
        QCOMPARE(again.findChild<QSplitter *>()->saveState(), saved);
    }

    void replyReachesTheInboxRow()
    {
        SupportFixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        ui::SupportPage page(fixture.context);
        QVERIFY(showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), kUiTimeoutMs);
        // The inbox opens on "Needs support": the conversation opened first is open.
        QTRY_VERIFY(!page.conversationView()->conversationId().isEmpty());
        const QString id = page.conversationView()->conversationId();
        QCOMPARE(page.inbox()->model()->find(id)->status, u"open"_s);
        QTRY_VERIFY_WITH_TIMEOUT(replyEditor(page) && replyEditor(page)->isEnabled() && replyEditor(page)->isVisible(),
                                 kUiTimeoutMs);
        QPlainTextEdit *editor = replyEditor(page);
        editor->setFocus();
        QTest::keyClicks(editor, u"We are on it."_s);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        // Answered, it waits on the user: it leaves "Needs support" and stays open on the right.
        QTRY_COMPARE_WITH_TIMEOUT(page.inbox()->model()->rowOf(id), -1, kUiTimeoutMs);
        QCOMPARE(page.conversationView()->conversationId(), id);
        clickTab(page, u"Waiting on user"_s);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(page.inbox()->isLoaded() && page.inbox()->model()->rowOf(id) >= 0, kUiTimeoutMs);
        // The newest activity: first.
        QCOMPARE(page.inbox()->model()->rowOf(id), 0);
        QCOMPARE(page.inbox()->model()->find(id)->status, u"pending"_s);
        QCOMPARE(page.inbox()->model()->find(id)->preview, u"We are on it."_s);
    }

    void newConversationCreatedAndOpened()
    {
        SupportFixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        const std::optional<api::User> user = fixture.someUser();
        QVERIFY(user);
        ui::SupportPage page(fixture.context);
        QVERIFY(showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), kUiTimeoutMs);
        QVERIFY(page.newConversationAction()->isEnabled());

        page.startConversationWith(*user);
        ui::NewConversationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<ui::NewConversationDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->user()->id, user->id);
        QTest::keyClicks(dialog->subjectField(), u"About your invoice"_s);
        QTest::keyClicks(dialog->messageField(), u"We noticed a double charge and refunded it."_s);
        QSignalSpy created(dialog, &ui::NewConversationDialog::created);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kUiTimeoutMs);
        const QString id = created.at(0).at(0).toString();
        QTRY_COMPARE_WITH_TIMEOUT(page.conversationView()->conversationId(), id, kUiTimeoutMs);
        // Listed and selected in the inbox once the list was read again.
        QTRY_VERIFY_WITH_TIMEOUT(page.inbox()->model()->rowOf(id) >= 0, kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(page.inboxView()->currentConversationId(), id, kUiTimeoutMs);
        QCOMPARE(page.inbox()->model()->find(id)->subject, u"About your invoice"_s);
    }

    void customerMessageCountsAndNotifies()
    {
        SupportFixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        ui::SupportPage page(fixture.context);
        models::SupportWatcher watcher(fixture.context.client(), fixture.context.project.id);
        page.setWatcher(&watcher);
        watcher.start();
        ui::SupportNotifier notifier(&page);
        connect(&watcher, &models::SupportWatcher::newCustomerMessages, &notifier, &ui::SupportNotifier::notify);
        connect(&page, &ui::SupportPage::unreadCountChanged, &notifier, &ui::SupportNotifier::setUnreadCount);
        QSignalSpy unread(&page, &ui::SupportPage::unreadCountChanged);
        QSignalSpy notified(&notifier, &ui::SupportNotifier::notified);
        QVERIFY(showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), kUiTimeoutMs);
        QTRY_VERIFY(!page.conversationView()->conversationId().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isLoaded(), kUiTimeoutMs);
        QCOMPARE(page.unreadCount(), 0);
        QVERIFY(!page.unreadButton()->isVisible());

        // Another open conversation than the one on screen.
        const models::ConversationsModel *model = page.inbox()->model();
        QString other;
        for (int row = model->rowCount() - 1; row >= 0 && other.isEmpty(); --row) {
            if (model->at(row).conversationId != page.conversationView()->conversationId())
                other = model->at(row).conversationId;
        }
        QVERIFY(!other.isEmpty());
        const QString written = fixture.emulator->appendCustomerMessage(fixture.context.project.id, other,
                                                                        u"Still waiting for an answer!"_s);
        QCOMPARE(written, other);
        page.refreshAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(page.unreadCount(), 1, kUiTimeoutMs);
        QVERIFY(!unread.isEmpty());
        QCOMPARE(unread.constLast().at(0).toInt(), 1);
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(notifier.lastConversationId(), other);
        QVERIFY2(notified.at(0).at(1).toString().contains(u"Still waiting for an answer!"_s),
                 qPrintable(notified.at(0).at(1).toString()));
        QCOMPARE(notifier.unreadCount(), 1);
        QVERIFY(!notifier.hasTrayIcon()); // offscreen: no tray, the count is all there is
        QVERIFY(page.unreadButton()->isVisible());
        QCOMPARE(page.unreadButton()->text(), u"1 new"_s);
        saveLightAndDark(&page, u"support-page-unread"_s);

        // Opening it (the "1 new" button) marks it read.
        QTest::mouseClick(page.unreadButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.conversationView()->conversationId(), other, kUiTimeoutMs);
        QTRY_COMPARE(page.unreadCount(), 0);
        QCOMPARE(unread.constLast().at(0).toInt(), 0);
        QVERIFY(!page.unreadButton()->isVisible());
    }

    void resolvedTabStillCountsAndNewOpensTheUnlisted()
    {
        SupportFixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        ui::SupportPage page(fixture.context);
        models::SupportWatcher watcher(fixture.context.client(), fixture.context.project.id);
        page.setWatcher(&watcher);
        watcher.start();
        QSignalSpy news(&watcher, &models::SupportWatcher::newCustomerMessages);
        QVERIFY(showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady() && watcher.isLoaded(), kUiTimeoutMs);
        QTRY_VERIFY(!page.conversationView()->conversationId().isEmpty());
        const QString shown = page.conversationView()->conversationId();

        // An open conversation other than the one shown, then the inbox goes to "Resolved".
        const models::ConversationsModel *model = page.inbox()->model();
        QString other;
        for (int row = model->rowCount() - 1; row >= 0 && other.isEmpty(); --row) {
            if (model->at(row).conversationId != shown)
                other = model->at(row).conversationId;
        }
        QVERIFY(!other.isEmpty());
        clickTab(page, u"Resolved"_s);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(page.inbox()->isLoaded() && page.inbox()->status() == u"closed", kUiTimeoutMs);
        QCOMPARE(model->rowOf(other), -1);

        QCOMPARE(fixture.emulator->appendCustomerMessage(fixture.context.project.id, other, u"Hello? Anyone?"_s),
                 other);
        page.refreshAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(news.count(), 1, kUiTimeoutMs);
        QCOMPARE(page.unreadCount(), 1);
        QVERIFY(page.unreadButton()->isVisible());
        QCOMPARE(model->rowOf(other), -1); // still not listed under "Resolved"

        // "1 new" opens it all the same, and it is read.
        QTest::mouseClick(page.unreadButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.conversationView()->conversationId(), other, kUiTimeoutMs);
        QTRY_COMPARE(page.unreadCount(), 0);
        QCOMPARE(watcher.unreadCount(), 0);
        QVERIFY(!page.unreadButton()->isVisible());
    }

    void resolvingUnderNeedsSupportRemovesTheRow()
    {
        SupportFixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        ui::SupportPage page(fixture.context);
        QVERIFY(showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), kUiTimeoutMs);
        QTRY_VERIFY(!page.conversationView()->conversationId().isEmpty());
        QCOMPARE(page.inbox()->status(), u"open"_s);
        const QString id = page.conversationView()->conversationId();
        QVERIFY(page.inbox()->model()->rowOf(id) >= 0);

        // The header resolves it (its PATCH answer reaches the page through conversationChanged).
        QString error;
        const std::optional<api::ConversationDetail> detail
            = fixture.run(api::support::setStatus(fixture.context.project.id, id, u"closed"_s), &error);
        QVERIFY2(detail, qPrintable(error));
        Q_EMIT page.conversationView()->conversationChanged(detail->conversation);
        QCOMPARE(page.inbox()->model()->rowOf(id), -1);
        // The person keeps looking at it.
        QCOMPARE(page.conversationView()->conversationId(), id);
        QCOMPARE(page.inboxView()->currentConversationId(), id);
    }

    void sendFailedElsewhereOffersToOpenIt()
    {
        SupportFixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        ui::SupportPage page(fixture.context);
        QVERIFY(showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), kUiTimeoutMs);
        QTRY_VERIFY(!page.conversationView()->conversationId().isEmpty());
        const models::ConversationsModel *model = page.inbox()->model();
        QVERIFY(model->rowCount() > 1);
        const api::ConversationSummary left = model->at(model->rowCount() - 1);
        QVERIFY(left.conversationId != page.conversationView()->conversationId());

        Q_EMIT page.conversationView()->sendFailedElsewhere(left, u"Your reply to “X” was not sent."_s);
        QVERIFY(page.sendFailedBanner()->isVisible());
        QVERIFY(showsText(&page, u"Your reply to “X” was not sent."_s));
        QPushButton *open = buttonIn(page.sendFailedBanner(), u"Open"_s);
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.conversationView()->conversationId(), left.conversationId, kUiTimeoutMs);
        QVERIFY(!page.sendFailedBanner()->isVisible());
    }

    void serverWithoutSupportRoutes()
    {
        emulator::EmulatorOptions options;
        options.supportRoutes = emulator::SupportRoutesVersion::Missing;
        SupportFixture fixture(options);
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        ui::SupportPage page(fixture.context);
        QVERIFY(showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), kUiTimeoutMs);
        QVERIFY(page.explanation());
        QVERIFY(page.explanation()->isVisible());
        QVERIFY(showsText(&page, u"This server does not offer support conversations"_s));
        QVERIFY(showsText(&page, u"app.hexclave.com"_s));
        QVERIFY(!showsErrorBanner(page));
        QVERIFY(!page.showsError());
        QVERIFY(!page.newConversationAction()->isEnabled());
        QVERIFY(!page.inbox()->autoRefresh());
        saveLightAndDark(&page, u"support-page-no-routes"_s);
    }

    void projectTheAccountDoesNotManage()
    {
        SupportFixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        ui::ProjectContext foreign = fixture.context;
        foreign.project.id = u"0b6f2c1e-7a5d-4e2b-9c3f-5d8a1e4b7c90"_s;
        foreign.project.displayName = u"Someone else's"_s;
        ui::SupportPage page(foreign);
        QVERIFY(showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), kUiTimeoutMs);
        QVERIFY(page.explanation());
        QVERIFY(showsText(&page, u"Your dashboard account does not manage this project"_s));
        QVERIFY(!showsErrorBanner(page));
        QCOMPARE(page.inbox()->lastError().code, u"PROJECT_NOT_FOUND"_s);
    }

private:
    EnglishPlurals m_plurals;
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestSupportPage)
#include "tst_SupportPage.moc"
