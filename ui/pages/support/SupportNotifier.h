#pragma once

#include "dto/Support.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace hexclave::ui {

// Tells the person about new customer messages while they look elsewhere: a desktop
// notification through a tray icon (one per window, created with the first unread conversation),
// whose tooltip carries the unread count. Without a system tray (some desktops, offscreen) there is no
// notification; the count still shows in the window (navigation entry and title).
class SupportNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportNotifier)

public:
    explicit SupportNotifier(QWidget *window);
    ~SupportNotifier() override;

    // The number of unread conversations of the project on screen (0 hides the count).
    void setUnreadCount(int count);
    int unreadCount() const { return m_unread; }
    // Shows a notification about these conversations (the last one is opened on a click).
    void notify(const QList<api::ConversationSummary> &conversations);

    bool hasTrayIcon() const { return m_tray != nullptr; }
    QString toolTip() const;
    // What the last notification said; for tests and when there is no tray.
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }
    QString lastConversationId() const { return m_lastConversationId; }

    // The notification's text for these conversations: {title, message}.
    static QPair<QString, QString> notificationText(const QList<api::ConversationSummary> &conversations);

Q_SIGNALS:
    // A notification was shown (or would have been, without a tray).
    void notified(const QString &title, const QString &message);
    // The person clicked the notification: show this conversation.
    void conversationRequested(const QString &conversationId);
    // The person clicked the tray icon: show the Support page.
    void supportRequested();

private:
    bool ensureTrayIcon();
    void updateToolTip();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    int m_unread = 0;
    QString m_lastTitle;
    QString m_lastMessage;
    QString m_lastConversationId;
};

} // namespace hexclave::ui
