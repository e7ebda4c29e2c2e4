#pragma once

#include "TestHttpClient.h"

#include "emulator/Emulator.h"

#include <QObject>
#include <QString>

#include <memory>

namespace hexclave::emulator::test {

// What the emulator's route tests share: an emulator with its demo data on a free loopback port,
// its demo account, a bare HTTP client, and the credentials every test sends. A test class
// derives from it and starts the emulator in initTestCase():
//     void initTestCase() { QVERIFY2(startEmulator(), qPrintable(startError())); }
class EmulatorTestCase : public QObject
{
    Q_OBJECT

protected:
    // Starts the emulator and fills m_emulator, m_account and m_http; false when it could not listen.
    bool startEmulator(const EmulatorOptions &options = {});
    QString startError() const;

    Headers admin() const;  // the demo project with its super secret admin key
    Headers server() const; // the demo project with its secret server key
    // The internal project as the dashboard's client app sends it (optionally signed in).
    Headers internalClient(const QString &accessToken = {}) const;
    // The demo project with client access (its publishable key), optionally signed in.
    Headers projectClient(const QString &accessToken = {}) const;

    // Password sign-in on the internal project through `http` (the dashboard account unless
    // told otherwise): the answer ({access_token, refresh_token, user_id}), or null when refused.
    nlohmann::ordered_json signInToDashboard(TestHttpClient &http, const QString &email = QStringLiteral("admin@example.com"),
                                             const QString &password = QStringLiteral("demo-password")) const;
    // The same through m_http, giving just the access token (empty when refused).
    QString dashboardAccessToken() const;

    // POST /users in the demo project with admin access: the new user's id (empty when refused).
    QString createUser(const nlohmann::ordered_json &body) const;
    // Password sign-in to the demo project with client access: {access_token, refresh_token,
    // user_id}, or null when refused.
    nlohmann::ordered_json signInToProject(const QString &email, const QString &password) const;
    // A known error's message, or the plain text of any other answer.
    static QString errorText(const HttpResult &result);
    static QString idOf(const nlohmann::ordered_json &object); // its "id" (empty when there is none)

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<TestHttpClient> m_http;
    DemoAccount m_account;
};

} // namespace hexclave::emulator::test
