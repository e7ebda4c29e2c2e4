#pragma once

#include "ApiTestHelpers.h"
#include "TestServer.h"

#include "endpoints/UsersEndpoints.h"

#include <QDebug>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QTest>

#include <memory>

namespace hexclave::tests {

// Users a test creates for itself (verified email, unique address) and deletes again, so the
// integration tests can run against a live server and leave nothing behind.
class ScratchUsers
{
public:
    ScratchUsers(api::ApiClient *client, api::ProjectScope scope)
        : m_client(client)
        , m_scope(std::move(scope))
    {
    }
    ~ScratchUsers() { removeAll(); }

    std::optional<api::User> create(const QString &prefix)
    {
        api::users::NewUser user;
        user.primaryEmail = TestServer::uniqueName(prefix).toLower() + QStringLiteral("@example.com");
        user.primaryEmailVerified = true;
        user.primaryEmailAuthEnabled = true;
        user.displayName = TestServer::uniqueName(prefix);
        JobOutcome outcome(m_client->send(api::users::create(m_scope, user)));
        if (!outcome.waitFinished() || !outcome.succeeded()) {
            qWarning().noquote() << "creating a scratch user failed:" << outcome.error().userMessage();
            return std::nullopt;
        }
        m_ids << outcome.value().id;
        return outcome.value();
    }

    void removeAll()
    {
        for (const QString &id : std::as_const(m_ids)) {
            JobOutcome removed(m_client->send(api::users::remove(m_scope, id)));
            if (!removed.waitFinished() || !removed.succeeded())
                qWarning().noquote() << "could not delete scratch user" << id << removed.error().userMessage();
        }
        m_ids.clear();
    }

private:
    api::ApiClient *m_client;
    api::ProjectScope m_scope;
    QStringList m_ids;
};

// Base of the endpoint tests that work on users of their own: the TestServer (emulator or live),
// an admin-key client per test function, and the scratch users deleted after each.
class ScratchUserTestCase : public QObject
{
    Q_OBJECT

protected:
    api::ProjectScope scope() const { return api::ProjectScope::project(m_server->projectId()); }

    std::unique_ptr<TestServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<ScratchUsers> m_users;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::start();
        QVERIFY2(m_server, "the emulator did not start");
    }

    void init()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::AdminKey);
        m_client = m_server->adminClient(&m_network);
        m_users = std::make_unique<ScratchUsers>(m_client.get(), scope());
    }

    void cleanup()
    {
        m_users.reset();
        m_client.reset();
    }
};

} // namespace hexclave::tests
