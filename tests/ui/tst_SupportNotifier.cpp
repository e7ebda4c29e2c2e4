// SupportNotifier: the unread count in the tooltip, the notification's text for one and for
// several conversations, a click on it naming the conversation, and no tray icon where the
// platform has none (offscreen): the notification is then only the signal, nothing fails.

#include "EnglishPlurals.h"
#include "UiTestHelpers.h"

#include "pages/support/SupportNotifier.h"

#include <QApplication>
#include <QSignalSpy>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

api::ConversationSummary conversation(const QString &id, const QString &name, const QString &email,
                                      const QString &subject, const QString &preview)
{
    api::ConversationSummary summary;
    summary.conversationId = id;
    summary.userDisplayName = name;
    summary.userPrimaryEmail = email;
    summary.subject = subject;
    summary.preview = preview;
    summary.status = u"open"_s;
    return summary;
}

} // namespace

class TestSupportNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }

    void unreadCountInToolTip()
    {
        QWidget window;
        ui::SupportNotifier notifier(&window);
        QCOMPARE(notifier.unreadCount(), 0);
        QCOMPARE(notifier.toolTip(), u"Hexclave Admin"_s);
        notifier.setUnreadCount(1);
        QCOMPARE(notifier.toolTip(), u"Hexclave Admin — 1 unread support conversation"_s);
        notifier.setUnreadCount(3);
        QCOMPARE(notifier.unreadCount(), 3);
        QCOMPARE(notifier.toolTip(), u"Hexclave Admin — 3 unread support conversations"_s);
        notifier.setUnreadCount(-2);
        QCOMPARE(notifier.unreadCount(), 0);
        QCOMPARE(notifier.toolTip(), u"Hexclave Admin"_s);
    }

    void oneConversation()
    {
        const auto [title, message] = ui::SupportNotifier::notificationText(
            {conversation(u"c1"_s, u"Ada Lovelace"_s, u"ada@example.com"_s, u"Cannot sign in"_s,
                          u"  The code\nnever arrives. "_s)});
        QCOMPARE(title, u"Ada Lovelace wrote: Cannot sign in"_s);
        QCOMPARE(message, u"The code never arrives."_s);
    }

    void customerWithoutNameOrUser()
    {
        QCOMPARE(ui::SupportNotifier::notificationText({conversation(u"c1"_s, {}, u"bo@example.com"_s, u"Refund"_s, {})})
                     .first,
                 u"bo@example.com wrote: Refund"_s);
        QCOMPARE(ui::SupportNotifier::notificationText({conversation(u"c1"_s, {}, {}, u"Refund"_s, {})}).first,
                 u"A customer wrote: Refund"_s);
        QVERIFY(ui::SupportNotifier::notificationText({}).first.isEmpty());
    }

    void severalConversationsNameTheLatest()
    {
        const QString longText(400, u'x');
        const auto [title, message] = ui::SupportNotifier::notificationText(
            {conversation(u"c1"_s, u"Ada"_s, {}, u"First"_s, u"one"_s),
             conversation(u"c2"_s, u"Grace"_s, {}, u"Second"_s, longText)});
        QCOMPARE(title, u"2 new support messages"_s);
        QVERIFY2(message.startsWith(u"Grace: Second\n"_s), qPrintable(message));
        // Long previews are cut short with an ellipsis.
        QVERIFY(message.size() < 200);
        QVERIFY(message.endsWith(QChar(0x2026)));
    }

    void notifyWithoutTray()
    {
        QWidget window;
        ui::SupportNotifier notifier(&window);
        QSignalSpy notified(&notifier, &ui::SupportNotifier::notified);
        notifier.notify({});
        QCOMPARE(notified.count(), 0);
        notifier.notify({conversation(u"c7"_s, u"Ada"_s, {}, u"Invoice"_s, u"Where is it?"_s)});
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), u"Ada wrote: Invoice"_s);
        QCOMPARE(notified.at(0).at(1).toString(), u"Where is it?"_s);
        QCOMPARE(notifier.lastConversationId(), u"c7"_s);
        // Offscreen there is no system tray: no icon is made, and nothing complains.
        QCOMPARE(QGuiApplication::platformName(), u"offscreen"_s);
        QVERIFY(!notifier.hasTrayIcon());
    }

private:
    EnglishPlurals m_plurals;
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestSupportNotifier)
#include "tst_SupportNotifier.moc"
