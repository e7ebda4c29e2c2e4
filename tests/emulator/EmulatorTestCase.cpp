#include "EmulatorTestCase.h"

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator::test {

bool EmulatorTestCase::startEmulator(const EmulatorOptions &options)
{
    m_emulator = std::make_unique<Emulator>(options);
    if (!m_emulator->start())
        return false;
    m_account = m_emulator->demoAccount();
    m_http = std::make_unique<TestHttpClient>(m_emulator->apiRoot());
    return true;
}

QString EmulatorTestCase::startError() const
{
    return m_emulator ? u"the emulator did not start: "_s + m_emulator->errorString() : u"the emulator was not created"_s;
}

Headers EmulatorTestCase::admin() const
{
    return TestHttpClient::admin(m_account.projectId, m_account.adminKey);
}

Headers EmulatorTestCase::server() const
{
    return TestHttpClient::server(m_account.projectId, m_account.serverKey);
}

Headers EmulatorTestCase::internalClient(const QString &accessToken) const
{
    return TestHttpClient::client(u"internal"_s, m_account.publishableClientKey, accessToken);
}

Headers EmulatorTestCase::projectClient(const QString &accessToken) const
{
    return TestHttpClient::client(m_account.projectId, m_account.projectPublishableClientKey, accessToken);
}

ordered_json EmulatorTestCase::signInToDashboard(TestHttpClient &http, const QString &email, const QString &password) const
{
    const auto result = http.postJson(u"/auth/password/sign-in"_s, internalClient(),
                                      {{"email", email.toStdString()}, {"password", password.toStdString()}});
    return result.status == 200 ? result.json() : ordered_json();
}

QString EmulatorTestCase::dashboardAccessToken() const
{
    const ordered_json tokens = signInToDashboard(*m_http);
    return tokens.is_object() ? QString::fromStdString(tokens.value("access_token", std::string())) : QString();
}

} // namespace hexclave::emulator::test
