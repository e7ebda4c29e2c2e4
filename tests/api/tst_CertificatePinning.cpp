// Certificate trust over real HTTPS: the emulator serves the self-signed test certificates of
// tests/data/tls (test-only), and ApiClient must refuse them unless the very certificate was
// pinned for exactly that host:port.

#include "ApiTestHelpers.h"
#include "TlsTestData.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "core/CertificateTrust.h"
#include "emulator/Emulator.h"
#include "endpoints/ProjectsEndpoints.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

QString fingerprintOf(const QString &certificateFile)
{
    return api::CertificateTrust::sha256Fingerprint(QSslCertificate(tlsFile(certificateFile), QSsl::Pem));
}

} // namespace

class TestCertificatePinning : public QObject
{
    Q_OBJECT

private:
    // A new network manager per request: no kept-alive connection that was accepted before.
    JobOutcome<api::Project> *fetchProject(const emulator::Emulator &server, const api::CertificatePin &pin,
                                           QUrl apiRoot = {})
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        const emulator::DemoAccount account = server.demoAccount();
        m_client = std::make_unique<api::ApiClient>(
            m_network.get(), apiRoot.isEmpty() ? server.apiRoot() : apiRoot,
            std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, account.projectId, account.adminKey));
        m_client->setCertificatePin(pin);
        m_outcome = std::make_unique<JobOutcome<api::Project>>(
            m_client->send(api::projects::currentPublic(api::ProjectScope::project(account.projectId))));
        return m_outcome.get();
    }

    // A client on `network` (the app's shared one), as a connection of the workspace is.
    static std::unique_ptr<api::ApiClient> clientOn(QNetworkAccessManager *network, const emulator::Emulator &server,
                                                    const api::CertificatePin &pin)
    {
        const emulator::DemoAccount account = server.demoAccount();
        auto client = std::make_unique<api::ApiClient>(
            network, server.apiRoot(),
            std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, account.projectId, account.adminKey));
        client->setCertificatePin(pin);
        return client;
    }

    static api::ApiError fetchWith(api::ApiClient &client, const emulator::Emulator &server)
    {
        JobOutcome<api::Project> outcome(
            client.send(api::projects::currentPublic(api::ProjectScope::project(server.demoAccount().projectId))));
        if (!outcome.waitFinished()) {
            api::ApiError timeout;
            timeout.kind = api::ApiError::Kind::Timeout;
            timeout.message = u"no answer in time"_s;
            return timeout;
        }
        return outcome.succeeded() ? api::ApiError{} : outcome.error();
    }

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<JobOutcome<api::Project>> m_outcome;

private Q_SLOTS:
    void cleanup()
    {
        m_outcome.reset();
        m_client.reset();
        m_network.reset();
    }

    void emulatorSpeaksHttps()
    {
        const auto server = httpsEmulator(u"server"_s);
        QCOMPARE(server->apiRoot().scheme(), u"https"_s);
        QVERIFY(server->port() > 0);
    }

    void unpinnedSelfSignedIsRefused()
    {
        const auto server = httpsEmulator(u"server"_s);
        auto *outcome = fetchProject(*server, {});
        QVERIFY(outcome->waitFinished());
        QVERIFY(!outcome->succeeded());
        QCOMPARE(outcome->error().kind, api::ApiError::Kind::Tls);
        const auto details = api::CertificateTrust::details(outcome->error());
        QVERIFY(details);
        QCOMPARE(details->sha256, fingerprintOf(u"server.crt"_s));
        QCOMPARE(details->server, api::CertificateTrust::serverOf(server->apiRoot()));
        QCOMPARE(details->subject, u"Hexclave test server (Hexclave Admin tests)"_s);
        QVERIFY(!details->changed);
        QVERIFY(details->canPin);
        QVERIFY2(details->reasons.join(u' ').contains(u"self-signed"_s), qPrintable(details->reasons.join(u"; "_s)));
        QVERIFY(details->validTo.date().year() > 2100);
        const QString message = outcome->error().userMessage();
        QVERIFY2(message.contains(u"not trusted"_s) && message.contains(details->server), qPrintable(message));
        // The handshake failed: not one request (with its key) reached the server.
        QCOMPARE(server->requestCount(), 0);
        // Refused again on the next attempt: nothing was remembered.
        outcome = fetchProject(*server, {});
        QVERIFY(outcome->waitFinished());
        QCOMPARE(outcome->error().kind, api::ApiError::Kind::Tls);
    }

    void pinnedCertificateWorks()
    {
        const auto server = httpsEmulator(u"server"_s);
        const api::CertificatePin pin{api::CertificateTrust::serverOf(server->apiRoot()), tlsFile(u"server.crt"_s)};
        auto *outcome = fetchProject(*server, pin);
        QVERIFY(outcome->waitFinished());
        QVERIFY2(outcome->succeeded(), qPrintable(outcome->error().describe()));
        QCOMPARE(outcome->value().id, server->demoAccount().projectId);
        QCOMPARE(server->requestCount(), 1);
    }

    void changedCertificateIsRefused()
    {
        // The same host:port now presents another self-signed certificate (a new one, or a
        // man in the middle): the old pin does not cover it.
        const auto server = httpsEmulator(u"other"_s);
        const api::CertificatePin pin{api::CertificateTrust::serverOf(server->apiRoot()), tlsFile(u"server.crt"_s)};
        auto *outcome = fetchProject(*server, pin);
        QVERIFY(outcome->waitFinished());
        QCOMPARE(outcome->error().kind, api::ApiError::Kind::Tls);
        const auto details = api::CertificateTrust::details(outcome->error());
        QVERIFY(details);
        QVERIFY(details->changed);
        QCOMPARE(details->sha256, fingerprintOf(u"other.crt"_s));
        const QString message = outcome->error().userMessage();
        QVERIFY2(message.contains(u"changed since you trusted it"_s) && message.contains(details->sha256), qPrintable(message));
        QVERIFY2(message.contains(u"operator"_s), qPrintable(message));
        QCOMPARE(server->requestCount(), 0);
    }

    void pinAppliesToItsServerOnly()
    {
        const auto server = httpsEmulator(u"server"_s);
        const QByteArray pem = tlsFile(u"server.crt"_s);
        // The same certificate, pinned for another port: refused, and not as "changed".
        const QString otherPort = u"127.0.0.1:%1"_s.arg(server->port() == 65535 ? 65534 : server->port() + 1);
        auto *outcome = fetchProject(*server, {otherPort, pem});
        QVERIFY(outcome->waitFinished());
        QCOMPARE(outcome->error().kind, api::ApiError::Kind::Tls);
        QVERIFY(!api::CertificateTrust::details(outcome->error())->changed);

        // Pinned for 127.0.0.1:<port>, reached as localhost:<port>: another server name.
        QUrl viaLocalhost = server->apiRoot();
        viaLocalhost.setHost(u"localhost"_s);
        outcome = fetchProject(*server, {api::CertificateTrust::serverOf(server->apiRoot()), pem}, viaLocalhost);
        QVERIFY(outcome->waitFinished());
        QCOMPARE(outcome->error().kind, api::ApiError::Kind::Tls);
        QCOMPARE(server->requestCount(), 0);
    }

    void expiredCertificateSaysSo()
    {
        const auto server = httpsEmulator(u"expired"_s);
        auto *outcome = fetchProject(*server, {});
        QVERIFY(outcome->waitFinished());
        const auto details = api::CertificateTrust::details(outcome->error());
        QVERIFY(details);
        QVERIFY2(details->reasons.join(u' ').contains(u"expired on"_s), qPrintable(details->reasons.join(u"; "_s)));
        QCOMPARE(details->validTo.date(), QDate(2020, 2, 1));
        QVERIFY(!details->canPin); // trusting it would not help: the operator has to renew it
        QVERIFY2(outcome->error().userMessage().contains(u"Ask your server's operator to fix the certificate"_s),
                 qPrintable(outcome->error().userMessage()));
    }

    // A pin answers "no authority vouches for it", not expiry: the trusted certificate expired,
    // so it is refused with its own message, and trusting it again is not offered.
    void expiredPinnedCertificateIsRefused()
    {
        const auto server = httpsEmulator(u"expired"_s);
        const api::CertificatePin pin{api::CertificateTrust::serverOf(server->apiRoot()), tlsFile(u"expired.crt"_s)};
        auto *outcome = fetchProject(*server, pin);
        QVERIFY(outcome->waitFinished());
        QCOMPARE(outcome->error().kind, api::ApiError::Kind::Tls);
        const auto details = api::CertificateTrust::details(outcome->error());
        QVERIFY(details);
        QVERIFY(details->pinnedExpired);
        QVERIFY(!details->changed);
        QVERIFY(!details->canPin);
        const QString message = outcome->error().userMessage();
        QVERIFY2(message.contains(u"The certificate you trusted for %1 expired on"_s.arg(details->server))
                     && message.contains(u"renew"_s),
                 qPrintable(message));
        QCOMPARE(server->requestCount(), 0);
    }

    // Qt keeps TLS connections alive per host:port without a new handshake: the socket a pinned
    // client accepted must not serve an unpinned client of the same network manager.
    void pinnedConnectionIsNotSharedWithOthers()
    {
        const auto server = httpsEmulator(u"server"_s);
        QNetworkAccessManager shared;
        const api::CertificatePin pin{api::CertificateTrust::serverOf(server->apiRoot()), tlsFile(u"server.crt"_s)};
        const auto pinned = clientOn(&shared, *server, pin);
        api::ApiError error = fetchWith(*pinned, *server);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));

        const auto unpinned = clientOn(&shared, *server, {});
        error = fetchWith(*unpinned, *server);
        QCOMPARE(error.kind, api::ApiError::Kind::Tls);
        QCOMPARE(server->requestCount(), 1);
    }

    // "Stop trusting" applies at once, not when the kept-alive connection closes.
    void removedPinAppliesAtOnce()
    {
        const auto server = httpsEmulator(u"server"_s);
        QNetworkAccessManager shared;
        const api::CertificatePin pin{api::CertificateTrust::serverOf(server->apiRoot()), tlsFile(u"server.crt"_s)};
        const auto client = clientOn(&shared, *server, pin);
        api::ApiError error = fetchWith(*client, *server);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));

        client->setCertificatePin({});
        error = fetchWith(*client, *server);
        QCOMPARE(error.kind, api::ApiError::Kind::Tls);
        QCOMPARE(server->requestCount(), 1);

        client->setCertificatePin(pin); // and trusting again works at once too
        error = fetchWith(*client, *server);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
    }

    // The emulator reads EC private keys as well as RSA ones.
    void emulatorServesAnEcKey()
    {
        const auto server = httpsEmulator(u"ec"_s);
        QVERIFY2(server->port() > 0, qPrintable(server->errorString()));
        const api::CertificatePin pin{api::CertificateTrust::serverOf(server->apiRoot()), tlsFile(u"ec.crt"_s)};
        auto *outcome = fetchProject(*server, pin);
        QVERIFY(outcome->waitFinished());
        QVERIFY2(outcome->succeeded(), qPrintable(outcome->error().describe()));
    }

    void serverOfUsesDefaultPorts()
    {
        QCOMPARE(api::CertificateTrust::serverOf(QUrl(u"https://auth.example.com/api/v1"_s)), u"auth.example.com:443"_s);
        QCOMPARE(api::CertificateTrust::serverOf(QUrl(u"https://auth.example.com:8102/api/v1"_s)), u"auth.example.com:8102"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestCertificatePinning)
#include "tst_CertificatePinning.moc"
