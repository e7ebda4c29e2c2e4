#pragma once

// Helpers shared by the tests of api/: hand-made access tokens and a watcher that records how a
// job finished (the job deletes itself right after finished(), so its result is copied out).

#include "core/Job.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSignalSpy>
#include <QString>
#include <QTest>

namespace hexclave::tests {

// An unsigned JWT (the client never checks signatures) with the given payload.
inline QString makeJwt(const QJsonObject &payload)
{
    constexpr auto encoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const QByteArray header = QByteArray(R"({"alg":"ES256","kid":"test","typ":"JWT"})").toBase64(encoding);
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(encoding);
    return QString::fromLatin1(header + '.' + body + '.' + QByteArray("c2lnbmF0dXJl"));
}

// An access token that expires `secondsFromNow` from now; `marker` makes tokens tell apart.
inline QString makeAccessToken(qint64 secondsFromNow, const QString &marker = QStringLiteral("user-1"))
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject payload;
    payload.insert(QStringLiteral("sub"), marker);
    payload.insert(QStringLiteral("aud"), QStringLiteral("internal"));
    payload.insert(QStringLiteral("iat"), now);
    payload.insert(QStringLiteral("exp"), now + secondsFromNow);
    payload.insert(QStringLiteral("email"), QStringLiteral("admin@example.com"));
    return makeJwt(payload);
}

// Watches one job: counts finished() and copies the outcome before the job deletes itself.
// A QObject (without signals of its own) so that it can be the connection's context.
template <class T>
class JobOutcome : public QObject
{
public:
    explicit JobOutcome(api::Job<T> *job)
        : m_job(job)
        , m_spy(job, &api::ApiJob::finished)
    {
        QObject::connect(job, &api::ApiJob::finished, this, [this, job] {
            ++m_finishedCount;
            m_succeeded = job->succeeded();
            m_error = job->error();
            m_attempts = job->attempts();
            m_httpStatus = job->httpStatus();
            m_requestId = job->requestId();
            if (m_succeeded)
                m_value = job->value();
        });
    }

    // True once finished() was emitted (waits up to `timeoutMs`).
    bool waitFinished(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return m_finishedCount > 0; }, timeoutMs);
    }
    // True once the job deleted itself (waits up to `timeoutMs`).
    bool waitDeleted(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return m_job.isNull(); }, timeoutMs);
    }

    api::Job<T> *job() const { return m_job.data(); }
    int finishedCount() const { return m_finishedCount; }
    int spyCount() const { return int(m_spy.count()); }
    bool succeeded() const { return m_succeeded; }
    const api::ApiError &error() const { return m_error; }
    const T &value() const { return m_value; }
    int attempts() const { return m_attempts; }
    int httpStatus() const { return m_httpStatus; }
    const QString &requestId() const { return m_requestId; }

private:
    QPointer<api::Job<T>> m_job;
    QSignalSpy m_spy;
    int m_finishedCount = 0;
    bool m_succeeded = false;
    api::ApiError m_error;
    T m_value{};
    int m_attempts = 0;
    int m_httpStatus = 0;
    QString m_requestId;
};

// Waits for the job's one finished(), then for its self-deletion, and checks finished() came
// exactly once. For use inside test functions (it QVERIFYs).
#define HEXCLAVE_WAIT_JOB(outcome)                                                  \
    do {                                                                            \
        QVERIFY2((outcome).waitFinished(), "the job never emitted finished()");    \
        QVERIFY2((outcome).waitDeleted(), "the job did not delete itself");        \
        QCOMPARE((outcome).finishedCount(), 1);                                     \
        QCOMPARE((outcome).spyCount(), 1);                                          \
    } while (false)

} // namespace hexclave::tests
