#include "FirstRows.h"

#include "Await.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "emulator/Emulator.h"
#include "endpoints/AuthEndpoints.h"
#include "endpoints/ProjectsEndpoints.h"
#include "endpoints/UsersEndpoints.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace hexclave::bench {

namespace {

constexpr int firstRowsLimit = 10;
constexpr int usersPageFirstRows = 60; // ui/pages/UsersPage.cpp: firstPageRows

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

api::users::ListQuery firstRowsQuery(int limit)
{
    api::users::ListQuery query;
    query.limit = limit;
    query.orderBy = api::users::OrderBy::SignedUpAt;
    query.descending = true;
    query.includeRestricted = true;
    return query;
}

} // namespace

FirstRowsBench::FirstRowsBench(QUrl apiRoot, const emulator::DemoAccount &account)
    : m_apiRoot(std::move(apiRoot))
    , m_projectId(account.projectId)
    , m_adminKey(account.adminKey)
    , m_email(account.email)
    , m_password(account.password)
    , m_publishableClientKey(account.publishableClientKey)
{
}

QList<double> FirstRowsBench::bareRequest(int runs) const
{
    QUrl url = m_apiRoot;
    url.setPath(url.path() + QStringLiteral("/users"));
    url.setQuery(firstRowsQuery(firstRowsLimit).toUrlQuery());
    QNetworkRequest request(url);
    request.setRawHeader("X-Stack-Access-Type", "admin");
    request.setRawHeader("X-Stack-Project-Id", m_projectId.toUtf8());
    request.setRawHeader("X-Stack-Super-Secret-Admin-Key", m_adminKey.toUtf8());
    request.setRawHeader("Accept", "application/json");

    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QNetworkAccessManager network; // a fresh connection each time
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        times.append(elapsedMs(clock));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        if (status != 200 || body.isEmpty()) {
            m_error = QStringLiteral("bare request: HTTP %1").arg(status);
            return {};
        }
    }
    return times;
}

QList<double> FirstRowsBench::clientFirstPage(int runs) const
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QNetworkAccessManager network;
        api::ApiClient client(&network, m_apiRoot,
                              std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
        QElapsedTimer clock;
        clock.start();
        api::Page<api::User> page;
        api::ApiError error;
        if (!await(client, api::users::list(api::ProjectScope::project(m_projectId), firstRowsQuery(firstRowsLimit)), &page, &error)
            || page.items.isEmpty()) {
            m_error = QStringLiteral("client first page: ") + error.technicalSummary();
            return {};
        }
        times.append(elapsedMs(clock));
    }
    return times;
}

QList<double> FirstRowsBench::appStart(Start start, int runs) const
{
    // A refresh token for the "saved account" start, obtained outside the measurement.
    QString savedRefreshToken;
    if (start == Start::SavedAccount) {
        QNetworkAccessManager network;
        api::ApiClient client(&network, m_apiRoot, std::make_unique<api::DashboardAuthenticator>(m_publishableClientKey));
        api::SignInTokens tokens;
        api::ApiError error;
        if (!await(client, api::auth::passwordSignIn(m_email, m_password), &tokens, &error)) {
            m_error = QStringLiteral("sign-in: ") + error.technicalSummary();
            return {};
        }
        savedRefreshToken = tokens.refreshToken;
    }

    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QNetworkAccessManager network;
        std::unique_ptr<api::Authenticator> authenticator;
        api::DashboardAuthenticator *dashboard = nullptr;
        if (start == Start::SavedAdminKey) {
            authenticator = std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey);
        } else {
            auto account = std::make_unique<api::DashboardAuthenticator>(m_publishableClientKey);
            dashboard = account.get();
            authenticator = std::move(account);
        }
        api::ApiClient client(&network, m_apiRoot, std::move(authenticator));
        QElapsedTimer clock;
        clock.start();
        api::ApiError error;
        if (start == Start::PasswordSignIn) {
            api::SignInTokens tokens;
            if (!await(client, api::auth::passwordSignIn(m_email, m_password), &tokens, &error)) {
                m_error = QStringLiteral("sign-in: ") + error.technicalSummary();
                return {};
            }
            dashboard->setTokens(tokens.accessToken, tokens.refreshToken);
        } else if (start == Start::SavedAccount) {
            dashboard->setTokens({}, savedRefreshToken); // the client refreshes before the first request
        }

        // Both at once, as MainWindow::openLastProject does; the first rows are what counts.
        const auto scope = api::ProjectScope::project(m_projectId);
        api::ApiJob *projects = start == Start::SavedAdminKey ? static_cast<api::ApiJob *>(client.send(api::projects::currentPublic(scope)))
                                                               : client.send(api::projects::listOwned());
        auto *users = client.send(api::users::list(scope, firstRowsQuery(usersPageFirstRows)));
        QEventLoop loop;
        double firstRowsMs = 0;
        bool usersOk = false;
        QObject::connect(users, &api::ApiJob::finished, &loop, [&] {
            firstRowsMs = elapsedMs(clock);
            usersOk = users->succeeded();
            if (!usersOk)
                error = users->error();
        });
        QPointer<api::ApiJob> projectsJob(projects);
        QObject::connect(projects, &api::ApiJob::finished, &loop, [&] {
            if (!projects->succeeded())
                error = projects->error();
        });
        while (firstRowsMs == 0 || projectsJob)
            loop.processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!usersOk || error.isError()) {
            m_error = QStringLiteral("start-up requests: ") + error.technicalSummary();
            return {};
        }
        times.append(firstRowsMs);
    }
    return times;
}

} // namespace hexclave::bench
