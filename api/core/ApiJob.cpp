#include "ApiJob.h"

#include <QNetworkReply>

namespace hexclave::api {

ApiJob::ApiJob(ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

ApiJob::~ApiJob()
{
    // Destroyed unfinished (e.g. with its ApiClient): nothing reports into this half-destroyed job.
    detachReply();
}

void ApiJob::detachReply()
{
    if (!m_reply)
        return;
    QObject::disconnect(m_reply, nullptr, this, nullptr);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply.clear();
}

void ApiJob::abort()
{
    if (m_finished || m_abortRequested)
        return;
    m_abortRequested = true;
    if (m_reply)
        m_reply->abort(); // ApiClient sees the abort request and fails the job as cancelled
    else
        fail(ApiError::cancelled()); // waiting for a retry or a token refresh
}

void ApiJob::complete(int httpStatus, const QString &requestId, const QByteArray &body)
{
    Q_ASSERT(!m_finished);
    m_httpStatus = httpStatus;
    m_requestId = requestId;
    ApiError parseError = parseBody(body);
    if (parseError.isError()) {
        parseError.httpStatus = httpStatus;
        parseError.requestId = requestId;
        m_error = parseError;
    }
    emitFinished();
}

void ApiJob::fail(const ApiError &error)
{
    Q_ASSERT(!m_finished);
    m_error = error;
    m_httpStatus = error.httpStatus;
    m_requestId = error.requestId;
    emitFinished();
}

void ApiJob::emitFinished()
{
    m_finished = true;
    m_reply.clear();
    Q_EMIT finished();
    deleteLater();
}

} // namespace hexclave::api
