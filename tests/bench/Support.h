#pragma once

#include "SupportThread.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace hexclave::api {
class ApiClient;
class ConnectionSession;
class Workspace;
} // namespace hexclave::api

class QNetworkAccessManager;

namespace hexclave::bench {

struct SupportFigures
{
    QString error;
    int firstPageRows = 0;
    QList<double> clientFirstPageMs; // ApiClient + support::conversations, the first page (no limit/offset)
    QList<double> inboxLoadMs;       // a new models::ConversationInbox: refresh() → loaded()
    QList<double> inboxRefreshMs;    // the same inbox again, nothing changed: the in-place merge
    QList<double> changedRefreshMs;  // after a customer wrote into one conversation: SupportWatcher poll → newCustomerMessages
    int newMessagesReported = 0;     // conversations reported by the last such poll
    double walkMs = 0;               // loadMore() until canLoadMore() is false
    int walkRows = 0;
    int walkPages = 0;
    // A new inbox's model after loadMore() to the end (VmRSS with the free heap trimmed).
    int memoryRows = 0;
    qint64 rssBeforeKb = 0;   // before the inbox was created
    qint64 rssLoadedKb = 0;   // holding every conversation
    qint64 rssReleasedKb = 0; // inbox deleted
    SupportThreadFigures thread;
};

// The support inbox of the emulator's demo project, answered as the dashboard account (signed
// in with email and password like the app): the list route through the client, and the Support
// page's models::ConversationInbox (first load, refreshes, paging to the end).
class SupportBench
{
public:
    SupportBench(QUrl apiRoot, QString publishableKey, QString email, QString password, QString projectId);
    ~SupportBench();

    // `appendCustomerMessage(conversationId)` writes one customer message (an empty id: the server
    // picks the conversation) and returns the conversation's id: between the changed refreshes,
    // and to build and grow the long conversation (`threadMessages` messages, `threadRuns` runs).
    SupportFigures measure(int runs, int threadRuns, int threadMessages,
                           const std::function<QString(const QString &conversationId)> &appendCustomerMessage);

private:
    bool signIn(QString *error);

    QUrl m_apiRoot;
    QString m_publishableKey;
    QString m_email;
    QString m_password;
    QString m_projectId;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<api::Workspace> m_workspace;
    api::ConnectionSession *m_session = nullptr;
};

} // namespace hexclave::bench
