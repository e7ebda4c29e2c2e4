#include "BrowserSignIn.h"

#include "core/ApiClient.h"
#include "endpoints/AuthEndpoints.h"

#include <QTimer>

namespace hexclave::api {

BrowserSignIn::BrowserSignIn(ApiClient *client, QUrl dashboardUrl, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_dashboardUrl(std::move(dashboardUrl))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BrowserSignIn::poll);
}

BrowserSignIn::~BrowserSignIn()
{
    m_running = false; // the aborted request must not report a failure from the destructor
    if (m_job)
        m_job->abort();
}

void BrowserSignIn::start()
{
    cancel();
    if (!m_client) {
        fail(ApiError::cancelled());
        return;
    }
    m_running = true;
    auto *job = m_client->send(auth::startCliAuth());
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!m_running)
            return; // cancelled meanwhile: the caller asked for silence
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        m_pollingCode = job->value().pollingCode;
        m_expiresAt = job->value().expiresAt;
        Q_EMIT openBrowser(auth::cliAuthConfirmUrl(m_dashboardUrl, job->value().loginCode));
        Q_EMIT waitingForConfirmation(m_expiresAt);
        m_timer->start(m_pollIntervalMs);
    });
}

void BrowserSignIn::cancel()
{
    m_timer->stop();
    m_running = false;
    m_pollingCode.clear();
    if (m_job)
        m_job->abort();
}

void BrowserSignIn::poll()
{
    if (!m_client) {
        fail(ApiError::cancelled());
        return;
    }
    auto *job = m_client->send(auth::pollCliAuth(m_pollingCode));
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!m_running)
            return;
        if (!job->succeeded()) {
            // A dropped poll is not the end of the sign-in: try again until it expires.
            const bool transient = job->error().kind == ApiError::Kind::Network || job->error().kind == ApiError::Kind::Timeout
                || job->error().httpStatus >= 500;
            if (transient && (!m_expiresAt.isValid() || QDateTime::currentDateTimeUtc() < m_expiresAt)) {
                m_timer->start(m_pollIntervalMs * 2);
                return;
            }
            fail(job->error());
            return;
        }
        using Status = CliAuthPoll::Status;
        switch (job->value().status) {
        case Status::Success:
            m_running = false;
            m_pollingCode.clear();
            Q_EMIT succeeded(job->value().refreshToken);
            return;
        case Status::Waiting:
            m_timer->start(m_pollIntervalMs);
            return;
        case Status::Expired: {
            ApiError error;
            error.kind = ApiError::Kind::SessionExpired;
            error.message = tr("The sign-in link expired before it was confirmed. Start again.");
            fail(error);
            return;
        }
        case Status::Used: {
            ApiError error;
            error.kind = ApiError::Kind::SessionExpired;
            error.message = tr("This sign-in link was already used. Start again.");
            fail(error);
            return;
        }
        case Status::Unknown:
            fail(ApiError::parse(tr("The server answered the sign-in with a status this app does not know.")));
            return;
        }
    });
}

void BrowserSignIn::fail(const ApiError &error)
{
    m_timer->stop();
    m_running = false;
    m_pollingCode.clear();
    Q_EMIT failed(error);
}

} // namespace hexclave::api
