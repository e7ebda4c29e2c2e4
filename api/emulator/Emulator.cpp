#include "Emulator.h"

#include "EmulatorServer.h"

using namespace Qt::StringLiterals;

namespace hexclave::emulator {

Emulator::Emulator(EmulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<EmulatorServer>(options))
{
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
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port()) + u"/api/v1"_s);
}

QUrl Emulator::dashboardUrl() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port()));
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
