#include "SentEmailsOutboxCheck.h"

#include "core/ApiClient.h"
#include "endpoints/EmailsEndpoints.h"

#include <utility>

namespace hexclave::models {

SentEmailsOutboxCheck::SentEmailsOutboxCheck(QString draftId, QString recipientUserId, qint64 sentAtMillis)
    : m_draftId(std::move(draftId))
    , m_recipientUserId(std::move(recipientUserId))
    , m_sentAtMillis(sentAtMillis)
{
}

void SentEmailsOutboxCheck::run(api::ApiClient &client, const api::ProjectScope &scope, QObject *receiver,
                                Done done) const
{
    api::emails::OutboxQuery query;
    query.userId = m_recipientUserId;
    query.limit = probeLimit;
    auto *job = client.send(api::emails::outbox(scope, query));
    QObject::connect(job, &api::ApiJob::finished, receiver, [job, check = *this, done = std::move(done)] {
        if (!job->succeeded()) {
            done(std::nullopt, job->error().userMessage());
            return;
        }
        done(check.queuedBySend(job->takeValue().items), QString());
    });
}

QList<api::OutboxEmail> SentEmailsOutboxCheck::queuedBySend(const QList<api::OutboxEmail> &newestFirst) const
{
    // Servers without the user_id filter list everybody's: this draft's emails since the send
    // are what it queued, whoever they went to.
    QList<api::OutboxEmail> found;
    for (const api::OutboxEmail &email : newestFirst) {
        const bool ofThisDraft = email.emailDraftId.isEmpty()
                                     ? !m_recipientUserId.isEmpty() && email.recipientUserId == m_recipientUserId
                                     : email.emailDraftId == m_draftId;
        if (ofThisDraft && email.createdAtMillis >= m_sentAtMillis - clockSkewMillis)
            found.append(email);
    }
    return found;
}

bool SentEmailsOutboxCheck::wasSentAtOnce(const api::OutboxEmail &email)
{
    return !email.scheduledAtMillis || *email.scheduledAtMillis <= email.createdAtMillis + sentAtOnceMillis;
}

} // namespace hexclave::models
