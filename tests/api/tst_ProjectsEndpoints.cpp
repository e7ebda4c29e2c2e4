// The projects endpoints against the TestServer: the project a key addresses (admin-only and
// public forms), the projects a dashboard account owns, and creating one (deleted afterwards).

#include "ApiTestHelpers.h"
#include "TestServer.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "endpoints/AuthEndpoints.h"
#include "endpoints/ProjectsEndpoints.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ApiError;
using api::Project;
using api::ProjectScope;
namespace projects = api::projects;

class TestProjectsEndpoints : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<api::ApiClient> keyClient(api::CredentialKind kind)
    {
        const QString key = kind == api::CredentialKind::AdminKey ? m_server->adminKey() : m_server->serverKey();
        return std::make_unique<api::ApiClient>(
            &m_network, m_server->apiRoot(), std::make_unique<api::ProjectKeyAuthenticator>(kind, m_server->projectId(), key));
    }

    // A dashboard-account client, signed in with the password.
    std::unique_ptr<api::ApiClient> dashboardClient()
    {
        auto authenticator = std::make_unique<api::DashboardAuthenticator>(m_server->publishableClientKey());
        auto *dashboard = authenticator.get();
        auto client = std::make_unique<api::ApiClient>(&m_network, m_server->apiRoot(), std::move(authenticator));
        JobOutcome signIn(client->send(api::auth::passwordSignIn(m_server->email(), m_server->password())));
        if (!signIn.waitFinished() || !signIn.succeeded())
            return nullptr;
        dashboard->setTokens(signIn.value().accessToken, signIn.value().refreshToken);
        return client;
    }

    std::unique_ptr<TestServer> m_server;
    QNetworkAccessManager m_network;
    QString m_createdProjectId;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::start();
        QVERIFY2(m_server, "the emulator did not start");
    }

    void cleanup()
    {
        if (m_createdProjectId.isEmpty())
            return;
        auto client = dashboardClient();
        if (!client)
            return;
        JobOutcome removed(client->send(api::Call<api::NoContent>{
            api::ApiRequest::del(u"/internal/projects/current"_s, ProjectScope::project(std::exchange(m_createdProjectId, {})))}));
        if (!removed.waitFinished() || !removed.succeeded())
            qWarning().noquote() << "could not delete the test project:" << removed.error().userMessage();
    }

    void currentWithAdminKey()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::AdminKey);
        auto client = keyClient(api::CredentialKind::AdminKey);
        JobOutcome current(client->send(projects::current(ProjectScope::project(m_server->projectId()))));
        HEXCLAVE_WAIT_JOB(current);
        QVERIFY2(current.succeeded(), qPrintable(current.error().userMessage()));
        QCOMPARE(current.value().id, m_server->projectId());
        QVERIFY(!current.value().displayName.isEmpty());
        QVERIFY(current.value().createdAtMillis > 0);
        QVERIFY(current.value().ownerTeamId.has_value());
        if (!m_server->isLive())
            QCOMPARE(current.value().displayName, u"Demo Project"_s);
    }

    void currentIsAdminOnly()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::ServerKey);
        auto client = keyClient(api::CredentialKind::ServerKey);
        JobOutcome current(client->send(projects::current(ProjectScope::project(m_server->projectId()))));
        HEXCLAVE_WAIT_JOB(current);
        QCOMPARE(current.error().httpStatus, 401);
        QCOMPARE(current.error().code, u"INSUFFICIENT_ACCESS_TYPE"_s);
        QCOMPARE(current.error().details.value(u"actual_access_type"_s).toString(), u"server"_s);
        QCOMPARE(current.error().details.value(u"allowed_access_types"_s).toStringList(), QStringList{u"admin"_s});
    }

    void publicCurrent_data()
    {
        QTest::addColumn<bool>("admin");
        QTest::newRow("admin key") << true;
        QTest::newRow("server key") << false;
    }

    void publicCurrent()
    {
        // GET /projects/current answers any access type: how ConnectionSession checks a key.
        QFETCH(bool, admin);
        if (admin)
            HEXCLAVE_REQUIRE(*m_server, Needs::AdminKey);
        else
            HEXCLAVE_REQUIRE(*m_server, Needs::ServerKey);
        auto client = keyClient(admin ? api::CredentialKind::AdminKey : api::CredentialKind::ServerKey);
        JobOutcome current(client->send(projects::currentPublic(ProjectScope::project(m_server->projectId()))));
        HEXCLAVE_WAIT_JOB(current);
        QVERIFY2(current.succeeded(), qPrintable(current.error().technicalSummary() + u" "_s + current.error().message.left(60)));
        QCOMPARE(current.value().id, m_server->projectId());
        QVERIFY(!current.value().displayName.isEmpty());
    }

    void ownedAndCreated()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::DashboardAccount);
        auto client = dashboardClient();
        QVERIFY2(client, "password sign-in failed");
        JobOutcome owned(client->send(projects::listOwned()));
        HEXCLAVE_WAIT_JOB(owned);
        QVERIFY2(owned.succeeded(), qPrintable(owned.error().userMessage()));
        QVERIFY(!owned.value().isPaginated);
        QVERIFY(!owned.value().items.isEmpty());
        const Project &anyOwned = owned.value().items.last();
        QVERIFY(anyOwned.ownerTeamId.has_value());
        if (!m_server->isLive()) {
            QVERIFY(std::any_of(owned.value().items.cbegin(), owned.value().items.cend(),
                                [this](const Project &p) { return p.id == m_server->projectId(); }));
        }

        api::NewProject project;
        project.displayName = TestServer::uniqueName(u"Api Test Project"_s);
        project.ownerTeamId = *anyOwned.ownerTeamId;
        project.description = u"created by tst_ProjectsEndpoints"_s;
        JobOutcome created(client->send(projects::create(project)));
        HEXCLAVE_WAIT_JOB(created);
        QVERIFY2(created.succeeded(), qPrintable(created.error().userMessage()));
        m_createdProjectId = created.value().id;
        QCOMPARE(created.httpStatus(), 201);
        QCOMPARE(created.value().displayName, project.displayName);
        QCOMPARE(created.value().description, *project.description);
        QCOMPARE(created.value().ownerTeamId, anyOwned.ownerTeamId);
        QVERIFY(!created.value().isProductionMode);

        JobOutcome again(client->send(projects::listOwned()));
        HEXCLAVE_WAIT_JOB(again);
        QVERIFY(std::any_of(again.value().items.cbegin(), again.value().items.cend(),
                            [&created](const Project &p) { return p.id == created.value().id; }));

        // The owner reaches the new project with admin access through the same token.
        JobOutcome current(client->send(projects::current(ProjectScope::project(created.value().id))));
        HEXCLAVE_WAIT_JOB(current);
        QVERIFY2(current.succeeded(), qPrintable(current.error().userMessage()));
        QCOMPARE(current.value().displayName, project.displayName);
    }

    void renameAndBack()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::AdminKey);
        auto client = keyClient(api::CredentialKind::AdminKey);
        const ProjectScope scope = ProjectScope::project(m_server->projectId());
        JobOutcome before(client->send(projects::current(scope)));
        HEXCLAVE_WAIT_JOB(before);
        QVERIFY2(before.succeeded(), qPrintable(before.error().userMessage()));

        api::ProjectUpdate rename;
        rename.displayName = TestServer::uniqueName(u"Renamed"_s);
        JobOutcome renamed(client->send(projects::updateCurrent(scope, rename)));
        HEXCLAVE_WAIT_JOB(renamed);
        api::ProjectUpdate back;
        back.displayName = before.value().displayName;
        JobOutcome restored(client->send(projects::updateCurrent(scope, back)));
        HEXCLAVE_WAIT_JOB(restored);

        QVERIFY2(renamed.succeeded(), qPrintable(renamed.error().userMessage()));
        QCOMPARE(renamed.value().displayName, *rename.displayName);
        QCOMPARE(renamed.value().id, m_server->projectId());
        QCOMPARE(renamed.value().description, before.value().description); // untouched
        QCOMPARE(renamed.value().isProductionMode, before.value().isProductionMode);
        QVERIFY2(restored.succeeded(), qPrintable(restored.error().userMessage()));
        QCOMPARE(restored.value().displayName, before.value().displayName);
    }

    void updateAndDeleteScratchProject()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::DashboardAccount);
        auto client = dashboardClient();
        QVERIFY2(client, "password sign-in failed");
        JobOutcome owned(client->send(projects::listOwned()));
        HEXCLAVE_WAIT_JOB(owned);
        QVERIFY2(owned.succeeded() && !owned.value().items.isEmpty(), "no owned project to take the owner team from");

        api::NewProject draft;
        draft.displayName = TestServer::uniqueName(u"Scratch Project"_s);
        draft.ownerTeamId = *owned.value().items.last().ownerTeamId;
        JobOutcome created(client->send(projects::create(draft)));
        HEXCLAVE_WAIT_JOB(created);
        QVERIFY2(created.succeeded(), qPrintable(created.error().userMessage()));
        m_createdProjectId = created.value().id;
        const ProjectScope scope = ProjectScope::project(created.value().id);

        api::ProjectUpdate update;
        update.description = u"updated by tst_ProjectsEndpoints"_s;
        update.isProductionMode = true;
        JobOutcome updated(client->send(projects::updateCurrent(scope, update)));
        HEXCLAVE_WAIT_JOB(updated);
        QVERIFY2(updated.succeeded(), qPrintable(updated.error().userMessage()));
        QCOMPARE(updated.value().displayName, draft.displayName);
        QCOMPARE(updated.value().description, *update.description);
        QVERIFY(updated.value().isProductionMode);

        JobOutcome deleted(client->send(projects::deleteCurrent(scope)));
        HEXCLAVE_WAIT_JOB(deleted);
        QVERIFY2(deleted.succeeded(), qPrintable(deleted.error().userMessage()));
        m_createdProjectId.clear();
        JobOutcome after(client->send(projects::listOwned()));
        HEXCLAVE_WAIT_JOB(after);
        QVERIFY(after.succeeded());
        QVERIFY(std::none_of(after.value().items.cbegin(), after.value().items.cend(),
                             [&created](const Project &p) { return p.id == created.value().id; }));
        JobOutcome gone(client->send(projects::current(scope)));
        HEXCLAVE_WAIT_JOB(gone);
        QVERIFY(!gone.succeeded());
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestProjectsEndpoints)
#include "tst_ProjectsEndpoints.moc"
