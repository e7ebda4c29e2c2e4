#pragma once

#include "support/SupportAgent.h"

#include <QList>
#include <QWidget>

class QMenu;
class QPushButton;

namespace hexclave::ui {

// Who a conversation is assigned to: a button whose menu offers "Assign to me", the people
// other conversations are assigned to, "Someone else…" and "Unassign", plus a quick
// "Assign to me" while it is not yours. It only asks; the header sends the change.
class AssigneeControl : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssigneeControl)

public:
    explicit AssigneeControl(QWidget *parent = nullptr);

    void setAgent(const models::SupportAgent &me);
    void setKnownAssignees(const QList<models::SupportAgent> &assignees);
    // Empty id and name: unassigned.
    void setAssignee(const QString &userId, const QString &displayName);

    QPushButton *menuButton() const { return m_button; }
    QPushButton *assignToMeButton() const { return m_assignToMe; }

Q_SIGNALS:
    void assignRequested(const hexclave::models::SupportAgent &agent);
    void unassignRequested();

private:
    void rebuildMenu();
    void askForSomeoneElse();
    bool isMe(const QString &userId) const;
    void updateTexts();

    QPushButton *m_button;
    QMenu *m_menu;
    QPushButton *m_assignToMe;
    models::SupportAgent m_me;
    QList<models::SupportAgent> m_known;
    models::SupportAgent m_assignee;
};

} // namespace hexclave::ui
