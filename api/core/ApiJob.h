#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace hexclave::api {

class ApiClient;

// One API call. It finishes exactly once — with a value (see Job<T>) or an ApiError — emits
// finished() and then deletes itself. Connect to finished() with a context object so that a
// page closed meanwhile never sees the reply.
class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QString requestId() const { return m_requestId; }
    int attempts() const { return m_attempts; }

    // Cancels the call; it then finishes with ApiError::Kind::Cancelled (unless it already finished).
    void abort();

Q_SIGNALS:
    void finished();

protected:
    explicit ApiJob(ApiRequest request, QObject *parent);
    // Turns a 2xx body into the job's value; returns an error when the body is not what the API promises.
    virtual ApiError parseBody(const QByteArray &body) = 0;

private:
    friend class ApiClient;

    void complete(int httpStatus, const QString &requestId, const QByteArray &body);
    void fail(const ApiError &error);
    void emitFinished();
    // Aborts the reply under way without hearing its answer.
    void detachReply();

    ApiRequest m_request;
    ApiError m_error;
    QString m_requestId;
    int m_httpStatus = 0;
    int m_attempts = 0;
    bool m_replayedAfterRefresh = false;
    int m_tokenGeneration = 0; // the client's token generation when last sent
    bool m_finished = false;
    bool m_abortRequested = false;
    QPointer<QNetworkReply> m_reply;
};

} // namespace hexclave::api
