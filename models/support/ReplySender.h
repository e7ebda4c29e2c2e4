#pragma once

#include "core/ApiError.h"
#include "dto/Support.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace hexclave::api {
class ApiClient;
class ApiJob;
}

namespace hexclave::models {

// Sends one reply or internal note at a time and never repeats it by itself: the server has no
// idempotency key, so a repeated reply is a second reply. When the outcome is unknown (timeout,
// dropped connection, 5xx, unreadable answer) it re-reads the conversation and tells whether a
// message with that body from an agent, written after the send, is there.
class ReplySender : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplySender)

public:
    enum class Kind { Reply, InternalNote };
    enum class Outcome {
        Sent,        // the server answered with the conversation
        Arrived,     // the answer was lost, but the re-read thread holds the message: sent
        NotSent,     // the answer was lost and the re-read thread lacks it: not sent
        Refused,     // the server answered with an error (4xx): not sent
        Unknown,     // the answer was lost and the thread could not be re-read either
    };
    // Server and local clocks may differ; messages this much older than the send still count.
    static constexpr qint64 clockSkewMillis = 10 * 60 * 1000;

    struct Result
    {
        Outcome outcome = Outcome::Sent;
        Kind kind = Kind::Reply;
        QString conversationId;
        QString body;
        api::ApiError error;                       // Refused, NotSent, Unknown: why the send failed
        api::ApiError checkError;                  // Unknown: why the re-read failed
        std::optional<api::ConversationDetail> detail; // Sent, Arrived, NotSent: the thread now
        bool wasSent() const { return outcome == Outcome::Sent || outcome == Outcome::Arrived; }
    };

    ReplySender(api::ApiClient *client, const QString &projectId, QObject *parent = nullptr);

    // False (and nothing sent) while a send or its check is in flight, or when the body is blank.
    // `lastMessageAtMillis` is the time of the thread's last message as shown when sending: a
    // message found by the check must be newer, so that an earlier identical "Thanks!" does not count.
    bool send(const QString &conversationId, Kind kind, const QString &body, qint64 lastMessageAtMillis = 0);
    bool isBusy() const { return m_busy; }
    bool isChecking() const { return m_checking; }

    // Whether `detail` holds `body` of `kind`, from an agent, written at or after `sentAtMillis`
    // (less clockSkewMillis) and after `lastMessageAtMillis` (both clocks are the server's there).
    static bool containsMessage(const api::ConversationDetail &detail, Kind kind, const QString &body,
                                qint64 sentAtMillis, qint64 lastMessageAtMillis = 0);
    static bool isUnknownOutcome(const api::ApiError &error);

    // For tests: the clock that stamps the send.
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

signals:
    void busyChanged(bool busy);
    void checkingStarted(); // the answer was lost; the thread is being re-read
    void finished(const hexclave::models::ReplySender::Result &result);

private:
    void check(Result result, qint64 sentAtMillis, qint64 lastMessageAtMillis);
    void finish(const Result &result);

    QPointer<api::ApiClient> m_client;
    QString m_projectId;
    std::function<qint64()> m_now;
    bool m_busy = false;
    bool m_checking = false;
};

} // namespace hexclave::models

Q_DECLARE_METATYPE(hexclave::models::ReplySender::Result)
