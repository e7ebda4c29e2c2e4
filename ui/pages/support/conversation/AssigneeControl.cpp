#include "AssigneeControl.h"

#include "SomeoneElseDialog.h"

#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>

namespace hexclave::ui {

namespace {

QString nameOf(const models::SupportAgent &agent)
{
    return agent.displayName.isEmpty() ? agent.userId : agent.displayName;
}

} // namespace

AssigneeControl::AssigneeControl(QWidget *parent)
    : QWidget(parent)
    , m_button(new QPushButton(this))
    , m_menu(new QMenu(this))
    , m_assignToMe(new QPushButton(tr("Assign to me"), this))
{
    m_button->setObjectName(QStringLiteral("assigneeButton"));
    m_button->setMenu(m_menu);
    m_button->setToolTip(tr("Change who handles this conversation"));
    m_assignToMe->setObjectName(QStringLiteral("assignToMeButton"));
    m_assignToMe->setAccessibleName(tr("Assign to me"));
    connect(m_assignToMe, &QPushButton::clicked, this, [this] { Q_EMIT assignRequested(m_me); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_button);
    layout->addWidget(m_assignToMe);
    updateTexts();
}

void AssigneeControl::setAgent(const models::SupportAgent &me)
{
    m_me = me;
    updateTexts();
}

void AssigneeControl::setKnownAssignees(const QList<models::SupportAgent> &assignees)
{
    m_known = assignees;
    updateTexts();
}

void AssigneeControl::setAssignee(const QString &userId, const QString &displayName)
{
    m_assignee = {userId, displayName};
    updateTexts();
}

bool AssigneeControl::isMe(const QString &userId) const
{
    return !m_me.userId.isEmpty() && userId == m_me.userId;
}

void AssigneeControl::updateTexts()
{
    QString name = nameOf(m_assignee);
    if (m_assignee.displayName.isEmpty() && !m_assignee.userId.isEmpty()) {
        // Assigned by id only: the name another conversation gave that person reads better.
        for (const models::SupportAgent &known : std::as_const(m_known)) {
            if (known.userId == m_assignee.userId && !known.displayName.isEmpty())
                name = known.displayName;
        }
        if (isMe(m_assignee.userId) && !m_me.displayName.isEmpty())
            name = m_me.displayName;
    }
    const bool assigned = !name.isEmpty();
    const QString text = !assigned                  ? tr("Unassigned")
                         : isMe(m_assignee.userId) ? tr("%1 (me)").arg(name)
                                                   : name;
    m_button->setText(text);
    m_button->setAccessibleName(tr("Assignee: %1").arg(text));
    m_assignToMe->setVisible(!m_me.userId.isEmpty() && !isMe(m_assignee.userId));
    m_assignToMe->setToolTip(m_me.displayName.isEmpty() ? tr("Assign this conversation to yourself")
                                                        : tr("Assign this conversation to %1").arg(m_me.displayName));
    rebuildMenu();
}

void AssigneeControl::rebuildMenu()
{
    // Deleted later: this may run while one of the old actions is being triggered.
    const QList<QAction *> old = m_menu->actions();
    for (QAction *action : old) {
        m_menu->removeAction(action);
        action->deleteLater();
    }
    const bool assigned = !m_assignee.userId.isEmpty() || !m_assignee.displayName.isEmpty();
    if (!m_me.userId.isEmpty()) {
        QAction *me = m_menu->addAction(m_me.displayName.isEmpty() ? tr("Assign to me")
                                                                   : tr("Assign to me (%1)").arg(m_me.displayName));
        me->setCheckable(true);
        me->setChecked(isMe(m_assignee.userId));
        connect(me, &QAction::triggered, this, [this] {
            if (!isMe(m_assignee.userId))
                Q_EMIT assignRequested(m_me);
        });
    }
    bool separated = false;
    for (const models::SupportAgent &agent : std::as_const(m_known)) {
        if (isMe(agent.userId) || nameOf(agent).isEmpty())
            continue;
        if (!separated) {
            m_menu->addSeparator();
            separated = true;
        }
        QAction *action = m_menu->addAction(nameOf(agent));
        const bool current = agent.userId.isEmpty() ? agent.displayName == m_assignee.displayName && m_assignee.userId.isEmpty()
                                                    : agent.userId == m_assignee.userId;
        action->setCheckable(true);
        action->setChecked(current);
        connect(action, &QAction::triggered, this, [this, agent, current] {
            if (!current)
                Q_EMIT assignRequested(agent);
        });
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Someone else…")), &QAction::triggered, this, &AssigneeControl::askForSomeoneElse);
    QAction *unassign = m_menu->addAction(tr("Unassign"));
    unassign->setEnabled(assigned);
    connect(unassign, &QAction::triggered, this, [this] { Q_EMIT unassignRequested(); });
}

void AssigneeControl::askForSomeoneElse()
{
    auto *dialog = new SomeoneElseDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT assignRequested(dialog->agent()); });
    dialog->open();
}

} // namespace hexclave::ui
