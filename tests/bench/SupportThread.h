#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace hexclave::api {
class ConnectionSession;
}

namespace hexclave::bench {

struct SupportThreadFigures
{
    QString error;
    int messages = 0;              // in the long conversation when it is first opened
    double buildMs = 0;            // writing it on the emulator (customer messages + replies), not counted below
    QList<double> openMs;          // ui::ConversationView::showConversation → the thread painted
    QList<double> openStallMs;     // the GUI thread's longest block during each open
    QList<double> refreshMs;       // one customer message arrived: refresh() → the new message painted
    QList<double> refreshStallMs;  // the GUI thread's longest block during each refresh
    QList<double> fullRenderMs;    // ui::ThreadView::setMessages of every message into an empty thread
    QList<double> oneMoreMs;       // ui::ThreadView::setMessages of the same plus one new message
};

// A long support conversation (`messages` messages: customer messages and the agent's replies
// in turn) in ui::ConversationView, as a support agent opens and follows it.
// `appendCustomerMessage(conversationId)` writes one customer message on the server and returns
// the conversation id (an empty id: the server picks a conversation).
SupportThreadFigures measureLongConversation(api::ConnectionSession &session, const QString &projectId, int messages,
                                             int runs,
                                             const std::function<QString(const QString &conversationId)> &appendCustomerMessage);

} // namespace hexclave::bench
