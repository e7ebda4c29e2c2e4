// DemoServer's --demo-faults: the seed is logged and can be fixed, so a run can be repeated.

#include "DemoServer.h"

#include "connections/ConnectionSession.h"
#include "connections/Workspace.h"
#include "core/ApiClient.h"
#include "emulator/Emulator.h"
#include "endpoints/UsersEndpoints.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

class TestDemoServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { qunsetenv(app::DemoServer::kFaultSeedVariable); }

    void faultSeed()
    {
        qputenv(app::DemoServer::kFaultSeedVariable, "12345");
        QCOMPARE(app::DemoServer::faultSeed(), quint64(12345));

        qputenv(app::DemoServer::kFaultSeedVariable, "not a number");
        const quint64 before = quint64(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(app::DemoServer::faultSeed() >= before); // the clock

        qunsetenv(app::DemoServer::kFaultSeedVariable);
        QVERIFY(app::DemoServer::faultSeed() >= before);
    }

    void signInLogsTheSeedAndStartsTheFaults()
    {
        qputenv(app::DemoServer::kFaultSeedVariable, "777");
        app::DemoServer demo(30);
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);

        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"^--demo-faults 1: fault seed 777 .*HEXCLAVE_DEMO_FAULT_SEED=777"_s));
        demo.signIn(&workspace, 1.0);
        QCOMPARE(workspace.sessions().size(), 1);
        api::ConnectionSession *session = workspace.sessions().first();
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == api::ConnectionSession::State::Ready, 15000);

        // Once signed in, every answer (rate 1) is hit by one of the faults.
        const auto injected = [&demo] {
            const QList<int> counts = demo.emulator().injectedFaultCounts();
            return std::accumulate(counts.cbegin(), counts.cend(), 0);
        };
        const int before = injected();
        api::users::ListQuery query;
        query.limit = 1;
        auto *job = session->client()->send(
            api::users::list(api::ProjectScope::project(demo.emulator().demoAccount().projectId), query));
        QSignalSpy finished(job, &api::ApiJob::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(injected() > before);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestDemoServer)
#include "tst_DemoServer.moc"
