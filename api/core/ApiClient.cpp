#include "ApiClient.h"

#include "CertificateTrust.h"
#include "ErrorResponse.h"
#include "HttpLog.h"
#include "SingleSendBody.h"
#include "dto/AuthTokens.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

#include <algorithm>

namespace hexclave::api {

namespace {

// Known errors after which a dashboard account refreshes its access token and tries once more.
bool isExpiredTokenError(const ApiError &error)
{
    static const QStringList codes = {
        QStringLiteral("ACCESS_TOKEN_EXPIRED"),       QStringLiteral("INVALID_ACCESS_TOKEN"),
        QStringLiteral("UNPARSABLE_ACCESS_TOKEN"),    QStringLiteral("ADMIN_ACCESS_TOKEN_EXPIRED"),
        QStringLiteral("INVALID_ADMIN_ACCESS_TOKEN"), QStringLiteral("UNPARSABLE_ADMIN_ACCESS_TOKEN"),
    };
    return error.httpStatus == 401 && codes.contains(error.code);
}

// Known errors of a project key that the server no longer accepts (revoked, expired or deleted).
bool isRefusedKeyError(const ApiError &error)
{
    return error.httpStatus == 401
        && (error.code == u"INVALID_SUPER_SECRET_ADMIN_KEY" || error.code == u"INVALID_SECRET_SERVER_KEY");
}

bool isTransientStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QUrl apiRoot, std::unique_ptr<Authenticator> authenticator,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_apiRoot(std::move(apiRoot))
    , m_authenticator(std::move(authenticator))
{
    Q_ASSERT(m_network);
    Q_ASSERT(m_authenticator);
}

ApiClient::~ApiClient()
{
    // Every job finishes exactly once, also when its client goes away (a removed connection):
    // whoever waits for one hears that it was cancelled.
    const auto jobs = findChildren<ApiJob *>(Qt::FindDirectChildrenOnly);
    for (ApiJob *job : jobs) {
        if (job->isFinished())
            continue;
        job->detachReply();
        job->fail(ApiError::cancelled());
    }
}

QByteArray ApiClient::clientVersionHeader()
{
    return QByteArrayLiteral("qt hexclave-admin@" HEXCLAVE_VERSION);
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_apiRoot;
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + request.path, QUrl::StrictMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

void ApiClient::start(ApiJob *job)
{
    job->m_tokenGeneration = m_tokenGeneration;
    if (m_sessionLost && mayPark(job)) {
        park(job); // sent now, it would only be refused
        return;
    }
    if (job->request().tokens == ApiRequest::Tokens::AccessToken
        && m_authenticator->accessTokenExpiresWithin(m_options.refreshMarginMs)) {
        waitForRefresh(job);
        return;
    }
    dispatch(job);
}

void ApiClient::dispatch(ApiJob *job)
{
    if (job->isFinished())
        return;
    if (isAbandoned(job)) {
        // A retry or a replay after another account signed in: never with its credential.
        failLater(job, m_abandonError);
        return;
    }
    const ApiRequest &call = job->request();
    QNetworkRequest request(urlFor(call));
    request.setRawHeader("X-Stack-Project-Id", call.scope.projectId.toUtf8());
    request.setRawHeader("X-Stack-Client-Version", clientVersionHeader());
    request.setRawHeader("Accept", "application/json");
    if (!call.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_options.transferTimeoutMs);
    // Credentials travel in headers: never follow a redirect to another host or scheme.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!call.invalidBody.isEmpty()) {
        failLater(job, ApiError::parse(call.invalidBody));
        return;
    }
    if (!m_authenticator->addHeaders(request, call)) {
        ApiError error;
        error.kind = ApiError::Kind::SessionExpired;
        error.message = m_authenticator->kind() == CredentialKind::DashboardAccount
            ? tr("You are signed out.")
            : tr("A project key cannot make this request: it needs a dashboard account.");
        if (m_authenticator->kind() != CredentialKind::DashboardAccount)
            error.details.insert(QStringLiteral("complete"), true);
        failLater(job, error);
        return;
    }

    ++job->m_attempts;
    job->m_tokenGeneration = m_tokenGeneration;
    // A request that must not run twice gets a body that Qt cannot silently resend (see SingleSendBody).
    auto *body = call.safeToRetry() ? nullptr : new SingleSendBody(call.body);
    if (body)
        request.setHeader(QNetworkRequest::ContentLengthHeader, call.body.size());
    QNetworkReply *reply = body ? m_network->sendCustomRequest(request, methodName(call.method), body)
                                : m_network->sendCustomRequest(request, methodName(call.method), call.body);
    if (body)
        body->setParent(reply);
    job->m_reply = reply;
    // Certificate errors are refused unless this server's pinned certificate explains them.
    connect(reply, &QNetworkReply::sslErrors, job, [this, reply](const QList<QSslError> &errors) {
        CertificateTrust::handleSslErrors(reply, errors, m_certificatePin);
    });
    QElapsedTimer timer;
    timer.start();
    connect(reply, &QNetworkReply::finished, job, [this, job, reply, timer] {
        qCDebug(lcHttp).noquote() << methodName(job->request().method) << job->request().path << "->"
                                  << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << "in"
                                  << timer.elapsed() << "ms";
        handleReply(job, reply);
    });
}

// Qt reuses a kept-alive TLS connection by scheme, host and port, without a new handshake: a
// socket accepted under a pin would serve other connections to the same server, and would
// outlive a removed pin. So a pinned client has its own pool, a fresh one on every change; the
// replies still running on the old one finish there (it goes with this client).
void ApiClient::setCertificatePin(const CertificatePin &pin)
{
    if (pin == m_certificatePin)
        return;
    m_certificatePin = pin;
    if (!pin.isEmpty() || m_ownsNetwork) {
        m_network = new QNetworkAccessManager(this);
        m_ownsNetwork = true;
    }
}

void ApiClient::failLater(ApiJob *job, const ApiError &error)
{
    // From the event loop: send() must return before the job finishes, or the caller connects
    // to finished() too late and never hears of it.
    QMetaObject::invokeMethod(
        job, [job, error] {
            if (!job->isFinished())
                job->fail(error);
        },
        Qt::QueuedConnection);
}

void ApiClient::handleReply(ApiJob *job, QNetworkReply *reply)
{
    reply->deleteLater();
    job->m_reply.clear();
    if (job->isFinished())
        return; // already ended while its reply ran (given up after a lost session): once only
    if (job->m_abortRequested) {
        job->fail(ApiError::cancelled());
        return;
    }

    const ApiRequest &call = job->request();
    const bool canRetry = call.safeToRetry() && job->m_attempts < m_options.maxAttempts;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    // A transfer that broke after the status line arrived (dropped or truncated body) is a
    // network failure, not an answer: errors below 100 are those of the network layer.
    const bool transferBroke = reply->error() > QNetworkReply::NoError && reply->error() < QNetworkReply::ProxyConnectionRefusedError;
    if (status == 0 || transferBroke) {
        const ApiError error = networkError(*reply, m_options.transferTimeoutMs);
        if (canRetry && isTransientNetworkError(reply->error())) {
            retryLater(job, m_options.retryBaseDelayMs << (job->m_attempts - 1));
            return;
        }
        job->fail(error);
        return;
    }

    const QByteArray body = reply->readAll(); // not before: an aborted reply is closed
    const QString requestId = QString::fromUtf8(reply->rawHeader("X-Stack-Request-Id"));
    if (status >= 200 && status < 300) {
        job->complete(status, requestId, body);
        return;
    }
    if (status == 404 && call.method == HttpMethod::Delete && job->m_attempts > 1) {
        // An earlier attempt whose answer was lost did delete it.
        job->complete(200, requestId, {});
        return;
    }

    ApiError error = errorFromResponse(status, reply->rawHeader("X-Stack-Known-Error"), reply->rawHeader("Retry-After"),
                                       reply->header(QNetworkRequest::ContentTypeHeader).toString(), body);
    error.requestId = requestId;

    if (isAbandoned(job) && (isExpiredTokenError(error) || isRefusedKeyError(error))) {
        job->fail(m_abandonError); // refused for the account that is gone: not replayed as the new one
        return;
    }
    if (isExpiredTokenError(error) && call.tokens == ApiRequest::Tokens::AccessToken && !job->m_replayedAfterRefresh
        && m_authenticator->refreshRequest()) {
        job->m_replayedAfterRefresh = true;
        if (job->m_tokenGeneration != m_tokenGeneration)
            dispatch(job); // sent with a token that has been refreshed since: no new refresh
        else if (m_sessionLost && mayPark(job))
            park(job); // the refresh was refused already
        else
            waitForRefresh(job);
        return;
    }
    if (isRefusedKeyError(error) && m_authenticator->kind() != CredentialKind::DashboardAccount && mayPark(job)) {
        if (job->m_tokenGeneration != m_tokenGeneration) {
            dispatch(job); // sent with the key that was replaced since
            return;
        }
        error.kind = ApiError::Kind::SessionExpired;
        loseSession(error);
        park(job);
        return;
    }
    if (status == 429 && canRetry) {
        const int waitSeconds = error.retryAfterSeconds >= 0 ? error.retryAfterSeconds : 1;
        if (waitSeconds <= m_options.maxRetryAfterSeconds) {
            retryLater(job, waitSeconds * 1000);
            return;
        }
    }
    if (isTransientStatus(status) && canRetry) {
        retryLater(job, m_options.retryBaseDelayMs << (job->m_attempts - 1));
        return;
    }
    job->fail(error);
}

void ApiClient::retryLater(ApiJob *job, int delayMs)
{
    qCDebug(lcHttp).noquote() << "retrying" << methodName(job->request().method) << job->request().path << "in"
                              << delayMs << "ms";
    QTimer::singleShot(delayMs, job, [this, job] { dispatch(job); });
}

void ApiClient::waitForRefresh(ApiJob *job)
{
    m_waitingForRefresh.append(job);
    if (!m_refreshing)
        startRefresh();
}

void ApiClient::startRefresh()
{
    const auto request = m_authenticator->refreshRequest();
    if (!request) {
        ApiError error;
        error.kind = ApiError::Kind::SessionExpired;
        error.message = tr("You are signed out. Sign in again to continue.");
        error.details.insert(QStringLiteral("complete"), true);
        finishRefresh(false, error);
        return;
    }
    m_refreshing = true;
    qCInfo(lcHttp) << "refreshing the access token";
    auto *job = new Job<RefreshedAccessToken>(*request, this);
    job->m_tokenGeneration = m_tokenGeneration;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (isAbandoned(job)) {
            // The refresh token of the account that is gone: its answer must not replace the new
            // account's tokens. The jobs still waiting refresh with the new one (or fail as abandoned).
            m_refreshing = false;
            if (!m_waitingForRefresh.isEmpty())
                startRefresh();
            return;
        }
        if (job->succeeded()) {
            m_authenticator->acceptRefreshedAccessToken(job->value().accessToken);
            finishRefresh(true, {});
            Q_EMIT accessTokenRefreshed();
            return;
        }
        ApiError error = job->error();
        // Only the server saying that the session is gone ends it; a rate limit, an outage or
        // a dropped connection fails the waiting requests and leaves the session as it is.
        if (error.kind == ApiError::Kind::Http && (error.httpStatus == 401 || error.code.startsWith(u"REFRESH_TOKEN"))) {
            error.kind = ApiError::Kind::SessionExpired;
            m_refreshing = false;
            loseSession(error);
        }
        finishRefresh(false, error);
    });
    dispatch(job);
}

void ApiClient::finishRefresh(bool ok, const ApiError &error)
{
    m_refreshing = false;
    if (ok)
        ++m_tokenGeneration;
    const auto waiting = std::exchange(m_waitingForRefresh, {});
    for (const QPointer<ApiJob> &job : waiting) {
        if (!job || job->isFinished())
            continue;
        if (ok)
            dispatch(job);
        else if (m_sessionLost && mayPark(job))
            park(job);
        else
            job->fail(error);
    }
}

bool ApiClient::mayPark(const ApiJob *job) const
{
    const ApiRequest &request = job->request();
    if (!request.waitsForSignIn)
        return false;
    return m_authenticator->kind() != CredentialKind::DashboardAccount || request.tokens == ApiRequest::Tokens::AccessToken;
}

void ApiClient::loseSession(const ApiError &error)
{
    if (m_sessionLost)
        return;
    m_sessionLost = true;
    qCInfo(lcHttp).noquote() << "the session is gone; requests wait for a new sign-in:" << error.code;
    Q_EMIT sessionExpired(error);
}

void ApiClient::park(ApiJob *job)
{
    if (job->isFinished() || m_parked.contains(job))
        return;
    m_parked.append(job);
    // Finished while parked (aborted by its page, or the client goes): it leaves the queue.
    connect(job, &ApiJob::finished, this, &ApiClient::pruneParked, Qt::UniqueConnection);
    Q_EMIT parkedJobsChanged(parkedJobCount());
}

void ApiClient::pruneParked()
{
    const qsizetype before = m_parked.size();
    m_parked.removeIf([](const QPointer<ApiJob> &job) { return !job || job->isFinished(); });
    if (m_parked.size() != before)
        Q_EMIT parkedJobsChanged(parkedJobCount());
}

int ApiClient::parkedJobCount() const
{
    return int(std::count_if(m_parked.cbegin(), m_parked.cend(),
                             [](const QPointer<ApiJob> &job) { return job && !job->isFinished(); }));
}

bool ApiClient::isParked(const ApiJob *job) const
{
    return job && std::any_of(m_parked.cbegin(), m_parked.cend(), [job](const QPointer<ApiJob> &parked) {
        return parked.data() == job && !job->isFinished();
    });
}

void ApiClient::resumeAfterSignIn()
{
    m_sessionLost = false;
    ++m_tokenGeneration; // answers to requests sent with the old credential are replayed, not parked
    const auto parked = std::exchange(m_parked, {});
    qCInfo(lcHttp) << "signed in again: resuming" << parked.size() << "waiting requests";
    for (const QPointer<ApiJob> &job : parked) {
        if (!job || job->isFinished())
            continue;
        job->m_replayedAfterRefresh = false;
        start(job);
    }
    Q_EMIT parkedJobsChanged(parkedJobCount());
}

void ApiClient::abandonParkedJobs(const ApiError &error)
{
    m_sessionLost = false;
    // Also the jobs in flight, waiting for a retry or a refresh: their next step would use the new credential.
    m_abandonedBelow = ++m_tokenGeneration;
    m_abandonError = error;
    const auto parked = std::exchange(m_parked, {});
    for (const QPointer<ApiJob> &job : parked) {
        if (job && !job->isFinished())
            job->fail(error);
    }
    Q_EMIT parkedJobsChanged(0);
}

} // namespace hexclave::api
