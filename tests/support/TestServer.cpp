#include "TestServer.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

namespace hexclave::tests {

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

} // namespace

std::unique_ptr<TestServer> TestServer::start(const emulator::EmulatorOptions &options)
{
    std::unique_ptr<TestServer> server(new TestServer);
    const QString live = env("HEXCLAVE_TEST_BASE_URL");
    if (!live.isEmpty()) {
        server->m_apiRoot = QUrl(live);
        server->m_dashboardUrl = QUrl(env("HEXCLAVE_TEST_DASHBOARD_URL"));
        server->m_projectId = env("HEXCLAVE_TEST_PROJECT_ID");
        server->m_adminKey = env("HEXCLAVE_TEST_ADMIN_KEY");
        server->m_serverKey = env("HEXCLAVE_TEST_SERVER_KEY");
        server->m_email = env("HEXCLAVE_TEST_EMAIL");
        server->m_password = env("HEXCLAVE_TEST_PASSWORD");
        server->m_publishableClientKey = env("HEXCLAVE_TEST_PUBLISHABLE_CLIENT_KEY");
        return server;
    }
    server->m_emulator = std::make_unique<emulator::Emulator>(options);
    if (!server->m_emulator->start())
        return nullptr;
    const emulator::DemoAccount account = server->m_emulator->demoAccount();
    server->m_apiRoot = server->m_emulator->apiRoot();
    server->m_dashboardUrl = server->m_emulator->dashboardUrl();
    server->m_projectId = account.projectId;
    server->m_adminKey = account.adminKey;
    server->m_serverKey = account.serverKey;
    server->m_email = account.email;
    server->m_password = account.password;
    server->m_publishableClientKey = account.publishableClientKey;
    return server;
}

TestServer::~TestServer() = default;

std::unique_ptr<api::ApiClient> TestServer::adminClient(QNetworkAccessManager *network) const
{
    return std::make_unique<api::ApiClient>(
        network, m_apiRoot, std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
}

std::unique_ptr<api::ApiClient> TestServer::serverClient(QNetworkAccessManager *network) const
{
    return std::make_unique<api::ApiClient>(
        network, m_apiRoot, std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::ServerKey, m_projectId, m_serverKey));
}

QString TestServer::missing(Needs needs) const
{
    if (!isLive())
        return {};
    QStringList names;
    switch (needs) {
    case Needs::AdminKey:
        if (m_projectId.isEmpty())
            names << QStringLiteral("HEXCLAVE_TEST_PROJECT_ID");
        if (m_adminKey.isEmpty())
            names << QStringLiteral("HEXCLAVE_TEST_ADMIN_KEY");
        break;
    case Needs::ServerKey:
        if (m_projectId.isEmpty())
            names << QStringLiteral("HEXCLAVE_TEST_PROJECT_ID");
        if (m_serverKey.isEmpty())
            names << QStringLiteral("HEXCLAVE_TEST_SERVER_KEY");
        break;
    case Needs::DashboardAccount:
        if (m_email.isEmpty())
            names << QStringLiteral("HEXCLAVE_TEST_EMAIL");
        if (m_password.isEmpty())
            names << QStringLiteral("HEXCLAVE_TEST_PASSWORD");
        if (m_publishableClientKey.isEmpty())
            names << QStringLiteral("HEXCLAVE_TEST_PUBLISHABLE_CLIENT_KEY");
        break;
    }
    if (names.isEmpty())
        return {};
    return QStringLiteral("live run against %1 needs %2").arg(m_apiRoot.toString(), names.join(QStringLiteral(", ")));
}

QString TestServer::uniqueName(const QString &prefix)
{
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(QRandomGenerator::global()->bounded(100000));
}

QString TestServer::callbackUrl(const QString &path)
{
    const QString configured = qEnvironmentVariable("HEXCLAVE_TEST_CALLBACK_BASE_URL");
    return (configured.isEmpty() ? QStringLiteral("http://localhost:3000") : configured) + path;
}

} // namespace hexclave::tests
