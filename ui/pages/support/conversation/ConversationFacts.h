#pragma once

#include "dto/Support.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace hexclave::ui {

// What a conversation is about, read-only: the subject (wrapped, selectable), the customer with
// "Open user page", where and when it started, and the SLA response due (overdue in red, close
// to the deadline amber; kept current while shown).
class ConversationFacts : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationFacts)

public:
    explicit ConversationFacts(QWidget *parent = nullptr);

    void setConversation(const api::ConversationSummary &summary);
    void clear();

Q_SIGNALS:
    void openUserRequested(const QString &userId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSla();
    void showUserLinkColors();

    api::ConversationSummary m_summary;
    bool m_shown = false;
    QLabel *m_subject;
    QLabel *m_customer;
    QPushButton *m_openUser;
    QLabel *m_origin;
    QLabel *m_sla;
    QTimer *m_clock;
};

} // namespace hexclave::ui
