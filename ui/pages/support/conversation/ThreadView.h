#pragma once

#include "dto/Support.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace hexclave::models {
class ThreadModel;
}

namespace hexclave::ui {

// The messages of a conversation as one selectable, wrapping text: customer messages on the
// left, agent replies on the right, internal notes tinted and labelled, status changes as a
// centred line. Updates keep the scroll position (and stay at the bottom when it was there);
// messages arriving while scrolled up show a "New messages ↓" button.
class ThreadView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadView)

public:
    explicit ThreadView(QWidget *parent = nullptr);

    models::ThreadModel *model() const { return m_model; }
    QTextBrowser *browser() const { return m_browser; }
    QPushButton *newMessagesButton() const { return m_newMessages; }

    // Merges `messages` into the thread. `scrollToEnd`: jump to the last message (a new
    // conversation, or a reply of ours); else the position is kept.
    void setMessages(const QList<api::ConversationMessage> &messages, bool scrollToEnd);
    void clear();

    bool isAtBottom() const;
    void scrollToBottom();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    QString messageHtml(int row) const;
    void placeNewMessagesButton();

    models::ThreadModel *m_model;
    QTextBrowser *m_browser;
    QPushButton *m_newMessages;
    bool m_modelChanged = false;
    bool m_followsEnd = true; // the person is at the last message
    bool m_rendering = false;
};

} // namespace hexclave::ui
