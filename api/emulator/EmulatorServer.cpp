#include "EmulatorServer.h"

#include "Clock.h"
#include "HttpTransport.h"
#include "PermissionCatalog.h"
#include "PermissionDefinitionWriter.h"
#include "SampleConversations.h"
#include "SampleDataGenerator.h"

#include <QMetaObject>
#include <QThread>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::emulator {

EmulatorServer::EmulatorServer(const EmulatorOptions &options)
    : m_options(options)
    , m_tlsCertificatePem(options.tlsCertificatePem.toByteArray())
    , m_tlsPrivateKeyPem(options.tlsPrivateKeyPem.toByteArray())
    , m_tokens(options.accessTokenLifetimeSeconds)
    , m_router(m_store, m_tokens)
    , m_authRoutes(m_store, m_tokens)
    , m_cliAuthRoutes(m_store, options.autoConfirmCliAuth)
    , m_userRoutes(m_store)
    , m_userWriter(m_store)
    , m_projectRoutes(m_store)
    , m_sessionRoutes(m_store, m_tokens)
    , m_contactChannelRoutes(m_store)
    , m_mailRoutes(m_store)
    , m_teamInvitationRoutes(m_store)
    , m_emailRoutes(m_store)
    , m_supportRoutes(m_store, options.supportRoutes)
    , m_metricsRoutes(options.metricsAvailable)
    , m_processor(m_router, m_faults, m_recorder)
{
    // The views point into the caller's data, gone after construction: only the copies above count.
    m_options.tlsCertificatePem = {};
    m_options.tlsPrivateKeyPem = {};
    {
        const auto lock = m_store.lock();
        m_demoAccount = SampleDataGenerator::populateAccounts(m_store, m_options);
    }
    // Requests run on the emulator's thread after the generation it queued when it started
    // listening; this makes sure of it whatever the order of events.
    m_router.setBeforeEachRequest([this] { completeData(true); });
    m_authRoutes.registerRoutes(m_router);
    m_cliAuthRoutes.registerRoutes(m_router);
    m_userRoutes.registerRoutes(m_router); // /users/me before /users/{user_id}
    m_userWriter.registerRoutes(m_router);
    m_teamRoutes.registerRoutes(m_router);
    m_projectRoutes.registerRoutes(m_router);
    m_sessionRoutes.registerRoutes(m_router); // after /auth/sessions/current (AuthRoutes)
    m_contactChannelRoutes.registerRoutes(m_router);
    m_oauthProviderRoutes.registerRoutes(m_router);
    m_teamMembershipRoutes.registerRoutes(m_router);
    m_permissionRoutes.registerRoutes(m_router);
    m_permissionDefinitionRoutes.registerRoutes(m_router);
    m_configRoutes.registerRoutes(m_router);
    m_mailRoutes.registerRoutes(m_router);
    m_teamInvitationRoutes.registerRoutes(m_router);
    m_apiKeyRoutes.registerRoutes(m_router);
    m_paymentRoutes.registerRoutes(m_router);
    m_emailRoutes.registerRoutes(m_router);
    m_supportRoutes.registerRoutes(m_router);
    m_metricsRoutes.registerRoutes(m_router);
}

EmulatorServer::~EmulatorServer()
{
    m_cancelBulk.store(true); // do not make teardown wait for millions of users
    stop();
}

bool EmulatorServer::start()
{
    if (m_thread)
        return m_port.load() != 0;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"hexclave-emulator"_s);
    m_threadContext = new QObject;
    m_threadContext->moveToThread(m_thread.get());
    m_thread->start();

    bool listening = false;
    QString error;
    runOnServerThread([this, &listening, &error] {
        m_transport = new HttpTransport(m_processor);
        listening = m_transport->listenOnLoopback(m_options.port, m_tlsCertificatePem, m_tlsPrivateKeyPem, &error);
        if (!listening) {
            delete m_transport;
            m_transport = nullptr;
            return;
        }
        {
            const auto lock = m_store.lock();
            m_tokens.setApiRoot(scheme() + u"://127.0.0.1:"_s + QString::number(m_transport->port()) + u"/api/v1"_s);
        }
        // Queued before this function returns, so before start() returns and before the
        // thread's event loop looks at the first connection.
        m_bulkQueued.store(true);
        QMetaObject::invokeMethod(m_threadContext, [this] { completeData(true); }, Qt::QueuedConnection);
    });

    if (!listening) {
        {
            const std::lock_guard lock(m_errorMutex);
            m_errorString = error;
        }
        stop();
        return false;
    }
    m_port.store(m_transport->port());
    return true;
}

void EmulatorServer::stop()
{
    if (!m_thread)
        return;
    runOnServerThread([this] {
        delete m_transport; // closes the listening socket and every connection
        m_transport = nullptr;
        m_threadContext->deleteLater(); // destroyed when the thread finishes
    });
    m_threadContext = nullptr;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_port.store(0);
}

void EmulatorServer::runOnServerThread(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(m_threadContext, work, Qt::BlockingQueuedConnection);
}

QString EmulatorServer::scheme() const
{
    return m_tlsCertificatePem.isEmpty() ? u"http"_s : u"https"_s;
}

QString EmulatorServer::errorString() const
{
    const std::lock_guard lock(m_errorMutex);
    return m_errorString;
}

void EmulatorServer::completeData(bool mayRunHere)
{
    if (m_dataComplete.load(std::memory_order_acquire))
        return;
    std::unique_lock lock(m_bulkMutex);
    if (m_bulkState == BulkState::Pending && mayRunHere) {
        m_bulkState = BulkState::Running;
        lock.unlock();
        try {
            const auto storeLock = m_store.lock(); // for the whole generation
            SampleDataGenerator::populateDemoUsers(m_store, m_options, m_demoAccount, &m_cancelBulk);
        } catch (const std::exception &exception) { // e.g. bad_alloc: serve what there is
            qCritical("The emulator could not generate its demo users: %s", exception.what());
        }
        lock.lock();
        m_bulkState = BulkState::Done;
        m_dataComplete.store(true, std::memory_order_release);
        m_bulkDone.notify_all();
        return;
    }
    m_bulkDone.wait(lock, [this] { return m_bulkState == BulkState::Done; });
}

void EmulatorServer::waitForData()
{
    // Once the emulator's thread has it queued, leave it to that thread (it runs at once).
    completeData(!m_bulkQueued.load());
}

bool EmulatorServer::confirmCliAuth(const QString &loginCode)
{
    waitForData();
    const auto lock = m_store.lock();
    return m_store.confirmCliAttempt(loginCode.toStdString(), Clock::nowMillis());
}

void EmulatorServer::expireAccessTokens()
{
    waitForData();
    const auto lock = m_store.lock();
    m_tokens.expireAll();
}

void EmulatorServer::revokeDashboardSessions()
{
    waitForData();
    const auto lock = m_store.lock();
    m_store.removeSessionsOfUser(m_store.internalProject().id, m_store.dashboardUser());
}

int EmulatorServer::userCount(const QString &projectId)
{
    waitForData();
    const auto lock = m_store.lock();
    const ProjectRecord *project = m_store.project(projectId.toStdString());
    return project ? project->users.liveCount() : 0;
}

QList<SentEmail> EmulatorServer::sentEmails()
{
    waitForData();
    const auto lock = m_store.lock();
    return m_store.sentEmails();
}

void EmulatorServer::clearSentEmails()
{
    waitForData();
    const auto lock = m_store.lock();
    m_store.clearSentEmails();
}

QString EmulatorServer::createTeam(const QString &projectId, const QString &displayName)
{
    waitForData();
    const auto lock = m_store.lock();
    ProjectRecord *project = m_store.project(projectId.toStdString());
    if (!project)
        return {};
    TeamRecord team;
    team.id = Uuid::randomFromSystem();
    team.displayName = displayName.toStdString();
    team.createdAtMillis = Clock::nowMillis();
    project->teams.push_back(std::move(team));
    return project->teams.back().id.toQString();
}

QString EmulatorServer::createProjectPermissionDefinition(const QString &projectId, const QString &id,
                                                          const QString &description, const QStringList &containedPermissionIds)
{
    waitForData();
    const auto lock = m_store.lock();
    ProjectRecord *project = m_store.project(projectId.toStdString());
    const std::string permissionId = id.toStdString();
    if (!project || PermissionCatalog::customIdProblem(permissionId))
        return {};
    PermissionDefinition definition;
    definition.id = permissionId;
    definition.description = description.toStdString();
    for (const QString &contained : containedPermissionIds)
        definition.containedPermissionIds.push_back(contained.toStdString());
    if (PermissionDefinitionWriter(*project).create(PermissionScope::Project, definition))
        return {};
    return id;
}

QString EmulatorServer::projectConfig(const QString &projectId)
{
    waitForData();
    const auto lock = m_store.lock();
    const ProjectRecord *project = m_store.project(projectId.toStdString());
    return project ? QString::fromStdString(project->config.renderedText()) : QString();
}

QString EmulatorServer::appendCustomerMessage(const QString &projectId, const QString &conversationId, const QString &body)
{
    waitForData();
    const auto lock = m_store.lock();
    ProjectRecord *project = m_store.project(projectId.toStdString());
    if (!project)
        return {};
    ConversationRecord *conversation = nullptr;
    if (conversationId.isEmpty()) {
        for (ConversationRecord &candidate : project->support.conversations()) {
            if (candidate.status != ConversationStatus::Closed
                && (!conversation || candidate.lastActivityAtMillis() < conversation->lastActivityAtMillis()))
                conversation = &candidate;
        }
    } else if (const auto id = Uuid::parse(conversationId)) {
        conversation = project->support.find(*id);
    }
    if (!conversation)
        return {};
    const std::string text = body.trimmed().isEmpty() ? SampleConversations::customerSentence(project->support.size()
                                                                                              + conversation->messages.size())
                                                      : body.trimmed().toStdString();
    SupportRoutes::appendCustomerMessage(*project, *conversation, text, Clock::nowMillis());
    return conversation->id.toQString();
}

QString EmulatorServer::dashboardUserId()
{
    const auto lock = m_store.lock();
    return m_store.dashboardUser().toQString();
}

} // namespace hexclave::emulator
