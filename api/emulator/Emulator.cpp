#include "Emulator.h"

#include "EmulatorServer.h"

#include <QLoggingCategory>

#include <mutex>

using namespace Qt::StringLiterals;

namespace hexclave::emulator {

namespace {

// QHttpServer logs each request with its headers at debug level (qt.httpserver*). In demo mode
// the emulator runs inside the app, so those lines would put keys and tokens in the app's log.
QLoggingCategory::CategoryFilter g_previousCategoryFilter = nullptr;

void muteServerDebugLog(QLoggingCategory *category)
{
    if (g_previousCategoryFilter)
        g_previousCategoryFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

Emulator::Emulator(EmulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<EmulatorServer>(options))
{
    static std::once_flag installed;
    std::call_once(installed, [] { g_previousCategoryFilter = QLoggingCategory::installFilter(muteServerDebugLog); });
}

Emulator::~Emulator() = default;

bool Emulator::start()
{
    return m_server->start();
}

QString Emulator::errorString() const
{
    return m_server->errorString();
}

quint16 Emulator::port() const
{
    return m_server->port();
}

QUrl Emulator::apiRoot() const
{
    return QUrl(m_server->scheme() + u"://127.0.0.1:"_s + QString::number(port()) + u"/api/v1"_s);
}

QUrl Emulator::dashboardUrl() const
{
    return QUrl(m_server->scheme() + u"://127.0.0.1:"_s + QString::number(port()));
}

DemoAccount Emulator::demoAccount() const
{
    return m_server->demoAccount();
}

void Emulator::addFault(const Fault &fault)
{
    m_server->faults().add(fault);
}

void Emulator::clearFaults()
{
    m_server->faults().clear();
}

void Emulator::addChaos(double rate, quint64 seed)
{
    for (const Fault &fault : FaultInjector::chaos(rate, seed))
        m_server->faults().add(fault);
}

QList<int> Emulator::injectedFaultCounts() const
{
    return m_server->faults().injectedCounts();
}

int Emulator::requestCount() const
{
    return m_server->recorder().count();
}

QList<RecordedRequest> Emulator::recordedRequests() const
{
    return m_server->recorder().recent();
}

void Emulator::clearRecordedRequests()
{
    m_server->recorder().clear();
}

bool Emulator::confirmCliAuth(const QString &loginCode)
{
    return m_server->confirmCliAuth(loginCode);
}

void Emulator::expireAccessTokens()
{
    m_server->expireAccessTokens();
}

void Emulator::revokeDashboardSessions()
{
    m_server->revokeDashboardSessions();
}

int Emulator::userCount(const QString &projectId) const
{
    return m_server->userCount(projectId);
}

QList<SentEmail> Emulator::sentEmails() const
{
    return m_server->sentEmails();
}

void Emulator::clearSentEmails()
{
    m_server->clearSentEmails();
}

QString Emulator::createTeam(const QString &projectId, const QString &displayName)
{
    return m_server->createTeam(projectId, displayName);
}

QString Emulator::createProjectPermissionDefinition(const QString &projectId, const QString &id, const QString &description,
                                                    const QStringList &containedPermissionIds)
{
    return m_server->createProjectPermissionDefinition(projectId, id, description, containedPermissionIds);
}

QString Emulator::projectConfig(const QString &projectId) const
{
    return m_server->projectConfig(projectId);
}

QString Emulator::appendCustomerMessage(const QString &projectId, const QString &conversationId, const QString &body)
{
    return m_server->appendCustomerMessage(projectId, conversationId, body);
}

QString Emulator::dashboardUserId() const
{
    return m_server->dashboardUserId();
}

} // namespace hexclave::emulator
