#include "ReplySender.h"

#include "core/ApiClient.h"
#include "endpoints/SupportEndpoints.h"

#include <QDateTime>

namespace hexclave::models {

ReplySender::ReplySender(api::ApiClient *client, const QString &projectId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

bool ReplySender::send(const QString &conversationId, Kind kind, const QString &body, qint64 lastMessageAtMillis)
{
    if (m_busy || !m_client || conversationId.isEmpty() || body.trimmed().isEmpty())
        return false;
    m_busy = true;
    emit busyChanged(true);

    const qint64 sentAt = m_now();
    auto *job = m_client->send(kind == Kind::Reply ? api::support::reply(m_projectId, conversationId, body)
                                                   : api::support::addInternalNote(m_projectId, conversationId, body));
    connect(job, &api::ApiJob::finished, this, [this, job, kind, conversationId, body, sentAt, lastMessageAtMillis] {
        Result result;
        result.kind = kind;
        result.conversationId = conversationId;
        result.body = body;
        if (job->succeeded()) {
            result.outcome = Outcome::Sent;
            result.detail = job->value();
            finish(result);
            return;
        }
        result.error = job->error();
        if (!isUnknownOutcome(job->error())) {
            result.outcome = Outcome::Refused;
            finish(result);
            return;
        }
        if (job->error().kind == api::ApiError::Kind::Cancelled) {
            // Nobody here aborts a send: the client went away (a removed connection, the app
            // closing). There is nothing left to re-read with, and it may have been sent.
            result.outcome = Outcome::Unknown;
            finish(result);
            return;
        }
        check(result, sentAt, lastMessageAtMillis);
    });
    return true;
}

void ReplySender::check(Result result, qint64 sentAtMillis, qint64 lastMessageAtMillis)
{
    if (!m_client) {
        result.outcome = Outcome::Unknown;
        finish(result);
        return;
    }
    m_checking = true;
    emit checkingStarted();
    auto *job = m_client->send(api::support::conversation(m_projectId, result.conversationId));
    connect(job, &api::ApiJob::finished, this, [this, job, result, sentAtMillis, lastMessageAtMillis]() mutable {
        if (!job->succeeded()) {
            result.outcome = Outcome::Unknown;
            result.checkError = job->error();
            finish(result);
            return;
        }
        result.detail = job->value();
        result.outcome =
            containsMessage(*result.detail, result.kind, result.body, sentAtMillis, lastMessageAtMillis)
            ? Outcome::Arrived
            : Outcome::NotSent;
        finish(result);
    });
}

void ReplySender::finish(const Result &result)
{
    m_busy = false;
    m_checking = false;
    emit busyChanged(false);
    emit finished(result);
}

bool ReplySender::containsMessage(const api::ConversationDetail &detail, Kind kind, const QString &body,
                                  qint64 sentAtMillis, qint64 lastMessageAtMillis)
{
    using MessageKind = api::ConversationMessage::Kind;
    const MessageKind wanted = kind == Kind::Reply ? MessageKind::AgentReply : MessageKind::InternalNote;
    const QString sentBody = body.trimmed(); // the server stores the trimmed body
    for (const api::ConversationMessage &message : detail.messages) {
        if (message.kind() == wanted && message.createdAtMillis >= sentAtMillis - clockSkewMillis
            && message.createdAtMillis > lastMessageAtMillis && message.body.trimmed() == sentBody)
            return true;
    }
    return false;
}

bool ReplySender::isUnknownOutcome(const api::ApiError &error)
{
    using K = api::ApiError::Kind;
    switch (error.kind) {
    case K::Network:
    case K::Timeout:
    case K::Parse: // a 2xx whose body we could not read: it was probably sent
    case K::Cancelled:
        return true;
    case K::Http:
        return error.httpStatus >= 500;
    default:
        return false;
    }
}

} // namespace hexclave::models
