#pragma once

#include "dto/Support.h"

#include <QDate>
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
// messages arriving while scrolled up show a "New messages ↓" button. New messages after
// unchanged ones are appended to the document; anything else rebuilds the shown part (~0.1 s
// per 1,000 messages shown). A conversation opens with its latest kInitialMessages
// in the document; "Show N earlier messages" above it puts earlier ones in front, a batch at a
// time, keeping the message being read where it is. The model always holds every message.
class ThreadView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadView)

public:
    explicit ThreadView(QWidget *parent = nullptr);

    models::ThreadModel *model() const { return m_model; }
    QTextBrowser *browser() const { return m_browser; }
    QPushButton *newMessagesButton() const { return m_newMessages; }
    QPushButton *earlierMessagesButton() const { return m_earlier; }

    static constexpr int kInitialMessages = 150;
    static constexpr int kEarlierBatch = 150;
    int firstShownRow() const { return m_firstShown; } // the model's first row in the document

    // Merges `messages` into the thread. `scrollToEnd`: jump to the last message (a new
    // conversation, or a reply of ours); else the position is kept.
    void setMessages(const QList<api::ConversationMessage> &messages, bool scrollToEnd);
    void clear();

    bool isAtBottom() const;
    void scrollToBottom();
    void showEarlierMessages(); // the batch before the first shown message

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void renderFrom(int first); // appends the rows from `first` on to the document
    QString messageHtml(int row) const;
    void placeNewMessagesButton();
    void updateEarlierButton();

    models::ThreadModel *m_model;
    QTextBrowser *m_browser;
    QPushButton *m_newMessages;
    QPushButton *m_earlier;
    bool m_modelChanged = false;
    bool m_onlyAppended = true; // every change of the model since the last render added rows at its end
    int m_renderedRows = 0;     // the model's rows in the document
    int m_firstShown = 0;       // the model's first row in the document; earlier ones are behind m_earlier
    QString m_firstShownId;     // set once earlier messages were shown: a rebuild keeps showing from it
    QDate m_renderedOn;         // today's messages show only their time: a new day renders all again
    bool m_followsEnd = true; // the person is at the last message
    bool m_rendering = false;
};

} // namespace hexclave::ui
