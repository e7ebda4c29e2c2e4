#pragma once

#include "AuthRoutes.h"
#include "CliAuthRoutes.h"
#include "DataStore.h"
#include "Emulator.h"
#include "FaultInjector.h"
#include "ProjectRoutes.h"
#include "RequestProcessor.h"
#include "RequestRecorder.h"
#include "Router.h"
#include "TeamRoutes.h"
#include "TokenIssuer.h"
#include "UserRoutes.h"
#include "UserWriter.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QObject;
class QThread;
QT_END_NAMESPACE

namespace hexclave::emulator {

class HttpTransport;

// Owns the emulator's parts and its thread. The data is generated in the constructor; start()
// spawns the thread, creates the HTTP transport on it and returns once it listens.
class EmulatorServer
{
public:
    explicit EmulatorServer(const EmulatorOptions &options);
    ~EmulatorServer();
    Q_DISABLE_COPY_MOVE(EmulatorServer)

    bool start();
    void stop();
    QString errorString() const;
    quint16 port() const { return m_port.load(); }
    const DemoAccount &demoAccount() const { return m_demoAccount; }

    FaultInjector &faults() { return m_faults; }
    RequestRecorder &recorder() { return m_recorder; }

    bool confirmCliAuth(const QString &loginCode);
    void expireAccessTokens();
    int userCount(const QString &projectId) const;

private:
    // Runs `work` on the emulator's thread and waits for it (never call it from that thread).
    void runOnServerThread(const std::function<void()> &work);

    EmulatorOptions m_options;
    DataStore m_store;
    TokenIssuer m_tokens;
    FaultInjector m_faults;
    RequestRecorder m_recorder;
    Router m_router;
    AuthRoutes m_authRoutes;
    CliAuthRoutes m_cliAuthRoutes;
    UserRoutes m_userRoutes;
    UserWriter m_userWriter;
    TeamRoutes m_teamRoutes;
    ProjectRoutes m_projectRoutes;
    RequestProcessor m_processor;
    DemoAccount m_demoAccount;

    std::unique_ptr<QThread> m_thread;
    QObject *m_threadContext = nullptr; // lives on m_thread; runs setup and teardown there
    HttpTransport *m_transport = nullptr;
    std::atomic<quint16> m_port{0};
    mutable std::mutex m_errorMutex;
    QString m_errorString;
};

} // namespace hexclave::emulator
