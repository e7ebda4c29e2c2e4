#include "StatusControl.h"

#include "dto/Support.h"
#include "support/ConversationLabels.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>

namespace hexclave::ui {

StatusControl::StatusControl(QWidget *parent)
    : QWidget(parent)
    , m_button(new QPushButton(this))
    , m_menu(new QMenu(this))
    , m_group(new QActionGroup(this))
    , m_quick(new QPushButton(this))
{
    m_button->setObjectName(QStringLiteral("statusButton"));
    m_button->setMenu(m_menu);
    m_quick->setObjectName(QStringLiteral("statusQuickButton"));
    m_group->setExclusive(true);
    for (const QString &status : api::conversationStatuses()) {
        QAction *action = m_menu->addAction(models::conversationStatusLabel(status));
        action->setCheckable(true);
        action->setData(status);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, status] { request(status); });
    }
    connect(m_quick, &QPushButton::clicked, this, [this] {
        request(m_status == u"closed" ? QStringLiteral("open") : QStringLiteral("closed"));
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_button);
    layout->addWidget(m_quick);
    setStatus({});
}

void StatusControl::setStatus(const QString &status)
{
    m_status = status;
    const QString label = status.isEmpty() ? tr("No status") : models::conversationStatusLabel(status);
    m_button->setText(label);
    m_button->setAccessibleName(tr("Status: %1").arg(label));
    m_button->setToolTip(tr("Change the status"));
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == status);
    const bool closed = status == u"closed";
    m_quick->setText(closed ? tr("Reopen") : tr("Resolve"));
    m_quick->setAccessibleName(closed ? tr("Reopen the conversation") : tr("Resolve the conversation"));
    m_quick->setToolTip(closed ? tr("Set the status back to “%1”").arg(models::conversationStatusLabel(QStringLiteral("open")))
                               : tr("Set the status to “%1”").arg(models::conversationStatusLabel(QStringLiteral("closed"))));
    m_quick->setVisible(!status.isEmpty());
}

void StatusControl::request(const QString &status)
{
    if (status == m_status) {
        setStatus(m_status); // the menu ticked it anew; nothing to send
        return;
    }
    // Show the current status until the server has answered.
    setStatus(m_status);
    Q_EMIT statusRequested(status);
}

} // namespace hexclave::ui
