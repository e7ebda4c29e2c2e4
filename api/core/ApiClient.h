#pragma once

#include "ApiJob.h"
#include "Call.h"
#include "CertificatePin.h"
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
    // A self-signed certificate the user trusted for this client's server (see CertificateTrust).
    // A pinned client sends through a network manager of its own, replaced on every change.
    const CertificatePin &certificatePin() const { return m_certificatePin; }
    void setCertificatePin(const CertificatePin &pin);

    static QByteArray clientVersionHeader();

    // The session is gone (refresh refused, or the key refused as invalid or revoked): requests
    // that need the credential are parked, unfinished, until the user signs in again or gives up.
    bool isSessionLost() const { return m_sessionLost; }
    int parkedJobCount() const;
    bool isParked(const ApiJob *job) const;
    // A new credential of the same account is in place: the parked jobs are sent again (the
    // server refused them without acting, so even a POST is safe to resend).
    void resumeAfterSignIn();
    // Fails the parked jobs with `error` (signed out, or another account signed in).
    void abandonParkedJobs(const ApiError &error);

Q_SIGNALS:
    // The session or key is gone: the user has to sign in again (the waiting jobs are parked).
    void sessionExpired(const hexclave::api::ApiError &error);
    // The access token changed (after a refresh).
    void accessTokenRefreshed();
    void parkedJobsChanged(int count);

private:
    void start(ApiJob *job);
    void dispatch(ApiJob *job);
    void handleReply(ApiJob *job, QNetworkReply *reply);
    void failLater(ApiJob *job, const ApiError &error);
    void retryLater(ApiJob *job, int delayMs);
    void waitForRefresh(ApiJob *job);
    void startRefresh();
    void finishRefresh(bool ok, const ApiError &error);
    bool mayPark(const ApiJob *job) const;
    void park(ApiJob *job);
    void loseSession(const ApiError &error);
    void pruneParked();
    // Sent (or started) before abandonParkedJobs(): it belongs to the account that is gone.
    bool isAbandoned(const ApiJob *job) const { return job->m_tokenGeneration < m_abandonedBelow; }
    QUrl urlFor(const ApiRequest &request) const;

    QNetworkAccessManager *m_network;
    CertificatePin m_certificatePin;
    bool m_ownsNetwork = false;
    QUrl m_apiRoot;
    std::unique_ptr<Authenticator> m_authenticator;
    Options m_options;
    QList<QPointer<ApiJob>> m_waitingForRefresh;
    bool m_refreshing = false;
    int m_tokenGeneration = 0; // counts successful refreshes and new sign-ins
    QList<QPointer<ApiJob>> m_parked;
    bool m_sessionLost = false;
    int m_abandonedBelow = 0; // jobs of an older token generation are never sent again
    ApiError m_abandonError;
};

} // namespace hexclave::api
