#pragma once

#include "core/ApiRequest.h"
#include "dto/Email.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace hexclave::api {
class ApiClient;
}

namespace hexclave::models {

// Looks in the Outbox for the emails a send queued: after a lost answer (were they queued?) and
// after a scheduled send (did the server keep the time?). It reads the newest Outbox emails of one
// recipient and keeps those of the sent draft created since the send.
class SentEmailsOutboxCheck
{
public:
    // How many of the recipient's newest Outbox emails are read.
    static constexpr int probeLimit = 5;
    // The server's clock may differ from ours: emails created this long before the send count too.
    static constexpr qint64 clockSkewMillis = 10 * 60 * 1000;
    // A scheduled time this close to the email's creation means the server sent it at once.
    static constexpr qint64 sentAtOnceMillis = 5 * 1000;

    // The emails found, newest first; nothing (and the problem) when the Outbox could not be read.
    using Done = std::function<void(const std::optional<QList<api::OutboxEmail>> &found, const QString &problem)>;

    SentEmailsOutboxCheck(QString draftId, QString recipientUserId, qint64 sentAtMillis);

    // Reads the Outbox; `done` runs once, unless `receiver` is gone by then.
    void run(api::ApiClient &client, const api::ProjectScope &scope, QObject *receiver, Done done) const;
    // Of the Outbox emails (newest first), those this send queued.
    QList<api::OutboxEmail> queuedBySend(const QList<api::OutboxEmail> &newestFirst) const;
    // Servers that predate scheduled_at_millis drop it and send at once: their emails are
    // "scheduled" for the moment they were created.
    static bool wasSentAtOnce(const api::OutboxEmail &email);

private:
    QString m_draftId;
    QString m_recipientUserId;
    qint64 m_sentAtMillis;
};

} // namespace hexclave::models
