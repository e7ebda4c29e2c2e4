#pragma once

#include "ApiJob.h"
#include "Call.h"
#include "Job.h"
#include "auth/Authenticator.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace hexclave::api {

// The one place that builds and sends requests for one connection: API root, credential
// headers, client version, transfer timeout, refresh-on-401 with a queue of waiting jobs,
// Retry-After on 429, and automatic retries for idempotent methods only.
class ApiClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    struct Options
    {
        int transferTimeoutMs = 30'000;
        int maxAttempts = 3;            // per job, for idempotent methods
        int maxRetryAfterSeconds = 30;  // longer waits are reported instead of waited out
        int retryBaseDelayMs = 400;     // backoff for 5xx and dropped connections
        qint64 refreshMarginMs = 15'000; // refresh an access token this long before it expires
    };

    ApiClient(QNetworkAccessManager *network, QUrl apiRoot, std::unique_ptr<Authenticator> authenticator,
              QObject *parent = nullptr);
    ~ApiClient() override;

    template <class T>
    Job<T> *send(Call<T> call)
    {
        auto *job = new Job<T>(std::move(call.request), this);
        start(job);
        return job;
    }

    const QUrl &apiRoot() const { return m_apiRoot; }
    Authenticator &authenticator() { return *m_authenticator; }
    const Authenticator &authenticator() const { return *m_authenticator; }
    Options &options() { return m_options; }
    QNetworkAccessManager *network() const { return m_network; }

    static QByteArray clientVersionHeader();

Q_SIGNALS:
    // Refreshing the access token failed: the dashboard account has to sign in again.
    void sessionExpired(const hexclave::api::ApiError &error);
    // The access token changed (after a refresh).
    void accessTokenRefreshed();

private:
    void start(ApiJob *job);
    void dispatch(ApiJob *job);
    void handleReply(ApiJob *job, QNetworkReply *reply);
    void failLater(ApiJob *job, const ApiError &error);
    void retryLater(ApiJob *job, int delayMs);
    void waitForRefresh(ApiJob *job);
    void startRefresh();
    void finishRefresh(bool ok, const ApiError &error);
    QUrl urlFor(const ApiRequest &request) const;

    QNetworkAccessManager *m_network;
    QUrl m_apiRoot;
    std::unique_ptr<Authenticator> m_authenticator;
    Options m_options;
    QList<QPointer<ApiJob>> m_waitingForRefresh;
    bool m_refreshing = false;
    int m_tokenGeneration = 0; // counts successful refreshes
};

} // namespace hexclave::api
