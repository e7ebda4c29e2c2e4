// ProjectListModel over a Workspace whose sessions talk to the TestServer (the emulator, or a
// live server): one row per project of a ready connection, one disabled status row for a
// connection that is connecting, needs sign-in or failed, and rows going with their
// connection — all under QAbstractItemModelTester.

#include "TestServer.h"

#include "ProjectListModel.h"
#include "connections/Workspace.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::ProjectListModel;
using State = api::ConnectionSession::State;

constexpr int kTimeoutMs = 15000;

#define HEXCLAVE_WAIT_SETTLED(session)                                                                             \
    QTRY_VERIFY_WITH_TIMEOUT((session)->state() != State::Opening && (session)->state() != State::Closed, kTimeoutMs)

struct Row
{
    QString title;
    QString connectionId;
    QString projectId;
    bool isProject = false;
};

QList<Row> rowsOf(const ProjectListModel &model)
{
    QList<Row> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        rows.append({index.data().toString(), index.data(ProjectListModel::ConnectionIdRole).toString(),
                     index.data(ProjectListModel::ProjectIdRole).toString(),
                     index.data(ProjectListModel::IsProjectRole).toBool()});
    }
    return rows;
}

} // namespace

class TestProjectListModel : public QObject
{
    Q_OBJECT

private:
    api::Connection keyConnection(api::CredentialKind kind) const
    {
        api::Connection connection = api::Connection::selfHosted(m_server->apiRoot());
        connection.kind = kind;
        connection.projectId = m_server->projectId();
        return connection;
    }

    std::unique_ptr<TestServer> m_server;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void init()
    {
        // A model that warns (checkIndex, QAbstractItemModelTester) fails the test.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
    }

    void initTestCase()
    {
        m_server = TestServer::start();
        QVERIFY2(m_server, "the emulator did not start");
    }

    void emptyWorkspace()
    {
        api::Workspace workspace(&m_network, nullptr, nullptr);
        ProjectListModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(u"any"_s, u"thing"_s), -1);
        QCOMPARE(model.flags({}), Qt::NoItemFlags);
    }

    void dashboardAccountProjects()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::DashboardAccount);
        api::Workspace workspace(&m_network, nullptr, nullptr);
        ProjectListModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        api::Connection connection = api::Connection::selfHosted(m_server->apiRoot());
        connection.name = u"Demo server"_s;
        connection.kind = api::CredentialKind::DashboardAccount;
        connection.publishableClientKey = m_server->publishableClientKey();
        api::ConnectionSession *session = workspace.addConnection(connection);
        // Not opened yet: one disabled row saying so.
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"Demo server — connecting…"_s);
        QCOMPARE(model.index(0).data(ProjectListModel::IsProjectRole), QVariant(false));
        QCOMPARE(model.index(0).data(ProjectListModel::ConnectionNameRole).toString(), u"Demo server"_s);
        QCOMPARE(model.flags(model.index(0)), Qt::NoItemFlags);

        session->signInWithPassword(m_server->email(), m_server->password());
        QCOMPARE(model.index(0).data().toString(), u"Demo server — connecting…"_s);
        HEXCLAVE_WAIT_SETTLED(session);
        QVERIFY2(session->state() == State::Ready, qPrintable(session->lastError().userMessage()));
        QVERIFY(!session->projects().isEmpty());

        const QList<api::Project> &projects = session->projects();
        QCOMPARE(model.rowCount(), projects.size());
        for (int row = 0; row < projects.size(); ++row) {
            const QModelIndex index = model.index(row);
            const api::Project &project = projects.at(row);
            QCOMPARE(index.data().toString(), project.displayName.isEmpty() ? project.id : project.displayName);
            QCOMPARE(index.data(ProjectListModel::ProjectIdRole).toString(), project.id);
            QCOMPARE(index.data(ProjectListModel::ConnectionIdRole).toString(), connection.id);
            QCOMPARE(index.data(ProjectListModel::ConnectionNameRole).toString(), u"Demo server"_s);
            QCOMPARE(index.data(ProjectListModel::IsProjectRole), QVariant(true));
            QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(project.id), qPrintable(index.data(Qt::ToolTipRole).toString()));
            QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(m_server->email()),
                     qPrintable(index.data(Qt::ToolTipRole).toString()));
            QCOMPARE(model.flags(index), Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
            QCOMPARE(model.rowOf(connection.id, project.id), row);
        }
        if (!m_server->isLive()) {
            const int demo = model.rowOf(connection.id, m_server->projectId());
            QVERIFY(demo >= 0);
            QCOMPARE(model.index(demo).data().toString(), u"Demo Project"_s);
        }
        QCOMPARE(model.rowOf(connection.id, u"no-such-project"_s), -1);

        // Signing out: the projects go, the connection stays as "sign in needed".
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        workspace.removeConnection(connection.id);
        QVERIFY(reset.count() >= 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void serverKeyProject()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::ServerKey);
        api::Workspace workspace(&m_network, nullptr, nullptr);
        ProjectListModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const api::Connection connection = keyConnection(api::CredentialKind::ServerKey);
        api::ConnectionSession *session = workspace.addConnection(connection);
        session->openWithSecret(m_server->serverKey());
        HEXCLAVE_WAIT_SETTLED(session);
        QVERIFY2(session->state() == State::Ready, qPrintable(session->lastError().userMessage()));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(ProjectListModel::ProjectIdRole).toString(), m_server->projectId());
        QCOMPARE(model.index(0).data(ProjectListModel::IsProjectRole), QVariant(true));
        QCOMPARE(model.index(0).data(ProjectListModel::ConnectionNameRole).toString(), m_server->apiRoot().host());
        QCOMPARE(model.rowOf(connection.id, m_server->projectId()), 0);
        if (!m_server->isLive())
            QCOMPARE(model.index(0).data().toString(), u"Demo Project"_s);
    }

    void connectionsThatAreNotReady()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::AdminKey);
        api::Workspace workspace(&m_network, nullptr, nullptr);
        ProjectListModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A wrong key: the server refuses it, the user has to sign in again.
        api::Connection wrongKey = keyConnection(api::CredentialKind::AdminKey);
        wrongKey.name = u"Wrong key"_s;
        api::ConnectionSession *refused = workspace.addConnection(wrongKey);
        refused->openWithSecret(u"sak_this-key-does-not-exist"_s);

        // No server at all behind the address.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        api::Connection nowhere = api::Connection::selfHosted(QUrl(u"http://127.0.0.1:%1/api/v1"_s.arg(closedPort)));
        nowhere.kind = api::CredentialKind::AdminKey;
        nowhere.projectId = m_server->projectId();
        nowhere.name = u"Nowhere"_s;
        api::ConnectionSession *unreachable = workspace.addConnection(nowhere);
        unreachable->openWithSecret(u"sak_whatever"_s);

        // One that was never opened.
        api::Connection idle = keyConnection(api::CredentialKind::AdminKey);
        idle.name = u"Idle"_s;
        workspace.addConnection(idle);

        QCOMPARE(model.rowCount(), 3);
        HEXCLAVE_WAIT_SETTLED(refused);
        HEXCLAVE_WAIT_SETTLED(unreachable);
        QCOMPARE(refused->state(), State::NeedsSignIn);
        QCOMPARE(refused->lastError().code, u"INVALID_SUPER_SECRET_ADMIN_KEY"_s);
        QCOMPARE(unreachable->state(), State::Failed);

        const QList<Row> rows = rowsOf(model);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).title, u"Wrong key — sign in needed"_s);
        QCOMPARE(rows.at(1).title, u"Nowhere — unavailable"_s);
        QCOMPARE(rows.at(2).title, u"Idle — connecting…"_s);
        for (int row = 0; row < rows.size(); ++row) {
            QVERIFY(!rows.at(row).isProject);
            QCOMPARE(rows.at(row).projectId, QString());
            QCOMPARE(model.flags(model.index(row)), Qt::NoItemFlags);
        }
        QCOMPARE(rows.at(0).connectionId, wrongKey.id);
        QCOMPARE(rows.at(1).connectionId, nowhere.id);
        // The failed connection says why.
        QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(), unreachable->lastError().userMessage());
        QVERIFY(!model.index(1).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), wrongKey.describe());
        // Status rows are not projects.
        QCOMPARE(model.rowOf(wrongKey.id, QString()), -1);
        QCOMPARE(model.rowOf(idle.id, QString()), -1);

        workspace.removeConnection(nowhere.id);
        QCOMPARE(rowsOf(model).size(), 2);
        QCOMPARE(rowsOf(model).at(1).title, u"Idle — connecting…"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestProjectListModel)
#include "tst_ProjectListModel.moc"
