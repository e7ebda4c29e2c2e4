#include "SupportNotifier.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QWidget>

namespace hexclave::ui {

namespace {

constexpr int notificationMs = 8000;
constexpr int previewChars = 140;

QString customerOf(const api::ConversationSummary &conversation)
{
    if (!conversation.userDisplayName.isEmpty())
        return conversation.userDisplayName;
    if (!conversation.userPrimaryEmail.isEmpty())
        return conversation.userPrimaryEmail;
    return SupportNotifier::tr("A customer");
}

} // namespace

SupportNotifier::SupportNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

SupportNotifier::~SupportNotifier() = default;

void SupportNotifier::setUnreadCount(int count)
{
    count = qMax(0, count);
    if (count == m_unread)
        return;
    m_unread = count;
    // The icon appears with the first unread conversation, so its tooltip carries the count.
    if (count > 0)
        ensureTrayIcon();
    updateToolTip();
}

QString SupportNotifier::toolTip() const
{
    if (m_unread == 0)
        return tr("Hexclave Admin");
    return tr("Hexclave Admin — %n unread support conversation(s)", nullptr, m_unread);
}

QPair<QString, QString> SupportNotifier::notificationText(const QList<api::ConversationSummary> &conversations)
{
    if (conversations.isEmpty())
        return {};
    const api::ConversationSummary &latest = conversations.constLast();
    QString preview = latest.preview.simplified();
    if (preview.size() > previewChars)
        preview = preview.left(previewChars - 1) + QChar(0x2026);
    if (conversations.size() == 1) {
        const QString title = tr("%1 wrote: %2").arg(customerOf(latest), latest.subject);
        return {title, preview};
    }
    const QString title = tr("%n new support message(s)", nullptr, int(conversations.size()));
    QString message = tr("%1: %2").arg(customerOf(latest), latest.subject);
    if (!preview.isEmpty())
        message += u'\n' + preview;
    return {title, message};
}

void SupportNotifier::notify(const QList<api::ConversationSummary> &conversations)
{
    if (conversations.isEmpty())
        return;
    const auto [title, message] = notificationText(conversations);
    m_lastTitle = title;
    m_lastMessage = message;
    m_lastConversationId = conversations.constLast().conversationId;
    if (ensureTrayIcon())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, notificationMs);
    Q_EMIT notified(title, message);
}

bool SupportNotifier::ensureTrayIcon()
{
    if (m_tray)
        return true;
    // Offscreen and minimal platforms have no tray; QSystemTrayIcon would only warn there.
    const QString platform = QGuiApplication::platformName();
    if (platform == u"offscreen" || platform == u"minimal" || !QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    m_tray = new QSystemTrayIcon(this);
    QIcon icon = m_window ? m_window->windowIcon() : QIcon();
    if (icon.isNull())
        icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QIcon(QStringLiteral(":/hexclave-admin.svg"));
    m_tray->setIcon(icon);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastConversationId.isEmpty())
            Q_EMIT conversationRequested(m_lastConversationId);
        else
            Q_EMIT supportRequested();
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT supportRequested();
    });
    updateToolTip();
    m_tray->show();
    return true;
}

void SupportNotifier::updateToolTip()
{
    if (m_tray)
        m_tray->setToolTip(toolTip());
}

} // namespace hexclave::ui
