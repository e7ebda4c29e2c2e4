#pragma once

#include "core/ApiClient.h"
#include "emulator/Emulator.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace hexclave::tests {

// The server integration tests talk to: the emulator on a free loopback port by default, or
// the live server named by HEXCLAVE_TEST_BASE_URL (with HEXCLAVE_TEST_PROJECT_ID,
// HEXCLAVE_TEST_ADMIN_KEY, HEXCLAVE_TEST_SERVER_KEY, HEXCLAVE_TEST_EMAIL,
// HEXCLAVE_TEST_PASSWORD and HEXCLAVE_TEST_PUBLISHABLE_CLIENT_KEY — see architecture.md).
class TestServer
{
public:
    enum class Needs { AdminKey, ServerKey, DashboardAccount };

    // Starts the emulator (unless live); null when the emulator could not start.
    static std::unique_ptr<TestServer> start(const emulator::EmulatorOptions &options = {});
    ~TestServer();

    bool isLive() const { return !m_emulator; }
    emulator::Emulator *emulator() const { return m_emulator.get(); } // null when live

    QUrl apiRoot() const { return m_apiRoot; }
    QUrl dashboardUrl() const { return m_dashboardUrl; }
    QString projectId() const { return m_projectId; }
    QString adminKey() const { return m_adminKey; }
    QString serverKey() const { return m_serverKey; }
    QString email() const { return m_email; }
    QString password() const { return m_password; }
    QString publishableClientKey() const { return m_publishableClientKey; }

    // A client with the project's admin key (or server key) for `network`.
    std::unique_ptr<api::ApiClient> adminClient(QNetworkAccessManager *network) const;
    std::unique_ptr<api::ApiClient> serverClient(QNetworkAccessManager *network) const;

    // Empty when the test can run; else the sentence for QSKIP naming the missing variables.
    QString missing(Needs needs) const;

    // A unique marker for data a live run creates (and deletes afterwards).
    static QString uniqueName(const QString &prefix);
    // A callback URL for mails (reset, invitation, verification) on a domain the project trusts:
    // HEXCLAVE_TEST_CALLBACK_BASE_URL, else http://localhost:3000 (trusted in development).
    static QString callbackUrl(const QString &path);

private:
    TestServer() = default;

    std::unique_ptr<emulator::Emulator> m_emulator;
    QUrl m_apiRoot;
    QUrl m_dashboardUrl;
    QString m_projectId;
    QString m_adminKey;
    QString m_serverKey;
    QString m_email;
    QString m_password;
    QString m_publishableClientKey;
};

// QSKIPs the current test function when the live server lacks what it needs.
#define HEXCLAVE_REQUIRE(server, needs)                                                   \
    do {                                                                                  \
        const QString missingWhat = (server).missing(hexclave::tests::TestServer::needs); \
        if (!missingWhat.isEmpty())                                                       \
            QSKIP(qPrintable(missingWhat));                                               \
    } while (false)

} // namespace hexclave::tests
