#include "DemoServer.h"

#include "AppSettings.h"
#include "connections/Workspace.h"
#include "emulator/Emulator.h"

#include <QDateTime>
#include <QtGlobal>

namespace hexclave::app {

DemoServer::DemoServer(int userCount, QObject *parent, bool metricsAvailable)
    : QObject(parent)
{
    emulator::EmulatorOptions options;
    options.userCount = userCount;
    options.metricsAvailable = metricsAvailable;
    options.autoConfirmCliAuth = true;
    // The users' sign-ups and activity lead up to now, so the overview's latest days have some.
    options.sampleAnchorMillis = QDateTime::currentMSecsSinceEpoch();
    m_emulator = std::make_unique<emulator::Emulator>(options);
}

DemoServer::~DemoServer() = default;

bool DemoServer::start(QString *error)
{
    if (m_emulator->start())
        return true;
    *error = tr("The demo server could not start: %1").arg(m_emulator->errorString());
    return false;
}

namespace {

const QString demoConnectionId = QStringLiteral("demo");

} // namespace

void DemoServer::rememberAsLastProject(ui::AppSettings &settings) const
{
    settings.setValue(ui::AppSettings::Key::LastConnectionId, demoConnectionId);
    settings.setValue(ui::AppSettings::Key::LastProjectId, m_emulator->demoAccount().projectId);
    settings.setValue(ui::AppSettings::Key::LastProjectName, tr("Demo Project"));
}

quint64 DemoServer::faultSeed()
{
    bool fixed = false;
    const quint64 seed = qEnvironmentVariable(kFaultSeedVariable).toULongLong(&fixed);
    return fixed ? seed : quint64(QDateTime::currentMSecsSinceEpoch());
}

void DemoServer::signIn(api::Workspace *workspace, double faultRate)
{
    const emulator::DemoAccount account = m_emulator->demoAccount();
    api::Connection connection;
    connection.id = demoConnectionId;
    connection.name = tr("Demo server");
    connection.kind = api::CredentialKind::DashboardAccount;
    connection.apiRoot = m_emulator->apiRoot();
    connection.dashboardUrl = m_emulator->dashboardUrl();
    connection.publishableClientKey = account.publishableClientKey;
    api::ConnectionSession *session = workspace->addConnection(connection);
    if (faultRate > 0) {
        const quint64 seed = faultSeed();
        // Logged so that a run that showed a problem can be repeated with the same faults.
        qInfo().noquote() << QStringLiteral("--demo-faults %1: fault seed %2 (run again with %3=%2 for the same faults)")
                                 .arg(faultRate)
                                 .arg(seed)
                                 .arg(QLatin1StringView(kFaultSeedVariable));
        connect(session, &api::ConnectionSession::stateChanged, this,
                [this, session, faultRate, seed](api::ConnectionSession::State state) {
                    if (state != api::ConnectionSession::State::Ready)
                        return;
                    disconnect(session, &api::ConnectionSession::stateChanged, this, nullptr);
                    m_emulator->addChaos(faultRate, seed);
                });
    }
    session->signInWithPassword(account.email, account.password);
}

} // namespace hexclave::app
