#pragma once

#include "ApiKeyRoutes.h"
#include "AuthRoutes.h"
#include "CliAuthRoutes.h"
#include "ConfigRoutes.h"
#include "ContactChannelRoutes.h"
#include "EmailRoutes.h"
#include "DataStore.h"
#include "Emulator.h"
#include "FaultInjector.h"
#include "MailRoutes.h"
#include "MetricsRoutes.h"
#include "OAuthProviderRoutes.h"
#include "PaymentRoutes.h"
#include "PermissionDefinitionRoutes.h"
#include "PermissionRoutes.h"
#include "ProjectRoutes.h"
#include "RequestProcessor.h"
#include "RequestRecorder.h"
#include "Router.h"
#include "SessionRoutes.h"
#include "SupportRoutes.h"
#include "TeamInvitationRoutes.h"
#include "TeamMembershipRoutes.h"
#include "TeamRoutes.h"
#include "TokenIssuer.h"
#include "UserRoutes.h"
#include "UserWriter.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

QT_BEGIN_NAMESPACE
class QObject;
class QThread;
QT_END_NAMESPACE

namespace hexclave::emulator {

class HttpTransport;

// Owns the emulator's parts and its thread. The constructor generates the small part of the
// demo data (accounts, projects, keys, teams: demoAccount() is valid at once); start() spawns
// the thread, creates the HTTP transport on it and returns once it listens, and the thread then
// generates the bulk (the demo project's users) under the store lock. Whatever reads the data
// waits for that first: requests on the emulator's thread, the accessors on any other thread.
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
    QString scheme() const; // "https" when the options carry a TLS certificate
    const DemoAccount &demoAccount() const { return m_demoAccount; }

    FaultInjector &faults() { return m_faults; }
    RequestRecorder &recorder() { return m_recorder; }

    bool confirmCliAuth(const QString &loginCode);
    void expireAccessTokens();
    void revokeDashboardSessions();
    int userCount(const QString &projectId);
    QList<SentEmail> sentEmails();
    void clearSentEmails();
    QString createTeam(const QString &projectId, const QString &displayName);
    QString createProjectPermissionDefinition(const QString &projectId, const QString &id, const QString &description,
                                              const QStringList &containedPermissionIds);
    QString projectConfig(const QString &projectId);
    QString appendCustomerMessage(const QString &projectId, const QString &conversationId, const QString &body);
    QString dashboardUserId();

    // Blocks until the demo data is complete. Before start() (or when it failed) the bulk is
    // generated right here instead, on the first call.
    void waitForData();

private:
    enum class BulkState { Pending, Running, Done };

    // Runs `work` on the emulator's thread and waits for it (never call it from that thread).
    void runOnServerThread(const std::function<void()> &work);
    // Generates the bulk if nobody has started it and `mayRunHere`; else waits until it is done.
    void completeData(bool mayRunHere);

    EmulatorOptions m_options;
    QByteArray m_tlsCertificatePem; // owned copies of the options' views
    QByteArray m_tlsPrivateKeyPem;
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
    SessionRoutes m_sessionRoutes;
    ContactChannelRoutes m_contactChannelRoutes;
    OAuthProviderRoutes m_oauthProviderRoutes;
    TeamMembershipRoutes m_teamMembershipRoutes;
    PermissionRoutes m_permissionRoutes;
    PermissionDefinitionRoutes m_permissionDefinitionRoutes;
    ConfigRoutes m_configRoutes;
    MailRoutes m_mailRoutes;
    TeamInvitationRoutes m_teamInvitationRoutes;
    ApiKeyRoutes m_apiKeyRoutes;
    PaymentRoutes m_paymentRoutes;
    EmailRoutes m_emailRoutes;
    SupportRoutes m_supportRoutes;
    MetricsRoutes m_metricsRoutes;
    RequestProcessor m_processor;
    DemoAccount m_demoAccount;

    std::unique_ptr<QThread> m_thread;
    QObject *m_threadContext = nullptr; // lives on m_thread; runs setup and teardown there
    HttpTransport *m_transport = nullptr;
    std::atomic<quint16> m_port{0};
    mutable std::mutex m_errorMutex;
    QString m_errorString;

    // The bulk of the demo data (see the class comment).
    std::mutex m_bulkMutex;
    std::condition_variable m_bulkDone;
    BulkState m_bulkState = BulkState::Pending;
    std::atomic<bool> m_dataComplete{false};         // fast path of completeData()
    std::atomic<bool> m_bulkQueued{false};           // the emulator's thread will generate it
    std::atomic<bool> m_cancelBulk{false};           // set by the destructor
};

} // namespace hexclave::emulator
