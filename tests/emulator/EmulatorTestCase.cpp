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

QString EmulatorTestCase::createUser(const ordered_json &body) const
{
    const auto result = m_http->postJson(u"/users"_s, admin(), body);
    return result.status == 201 ? idOf(result.json()) : QString();
}

ordered_json EmulatorTestCase::signInToProject(const QString &email, const QString &password) const
{
    const auto result = m_http->postJson(u"/auth/password/sign-in"_s, projectClient(),
                                         {{"email", email.toStdString()}, {"password", password.toStdString()}});
    return result.status == 200 ? result.json() : ordered_json();
}

QString EmulatorTestCase::errorText(const HttpResult &result)
{
    const ordered_json body = result.json();
    return body.is_object() && body.contains("error") ? QString::fromStdString(body.value("error", std::string())) : result.text();
}

QString EmulatorTestCase::idOf(const ordered_json &object)
{
    return object.is_object() && object.contains("id") && object["id"].is_string()
        ? QString::fromStdString(object["id"].get<std::string>())
        : QString();
}

} // namespace hexclave::emulator::test
