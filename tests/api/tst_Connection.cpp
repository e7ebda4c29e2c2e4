// Connection: normalizing what people type as a server address, the keychain key of each
// credential, and the labels shown for a connection.

#include "connections/Connection.h"
#include "credentials/CredentialStore.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using api::Connection;
using api::CredentialKind;

Connection connection(CredentialKind kind, const QString &apiRoot, const QString &email, const QString &projectId)
{
    Connection result = Connection::selfHosted(QUrl(apiRoot));
    result.kind = kind;
    result.accountEmail = email;
    result.projectId = projectId;
    return result;
}

} // namespace

} // namespace hexclave::tests

Q_DECLARE_METATYPE(hexclave::api::CredentialKind)

namespace hexclave::tests {

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeApiRoot_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); // empty: an error
        QTest::addColumn<QString>("errorPart");

        QTest::newRow("bare host") << u"auth.example.com"_s << u"https://auth.example.com/api/v1"_s << QString();
        QTest::newRow("bare host with spaces") << u"  auth.example.com  "_s << u"https://auth.example.com/api/v1"_s
                                               << QString();
        QTest::newRow("https host") << u"https://auth.example.com"_s << u"https://auth.example.com/api/v1"_s << QString();
        QTest::newRow("with /api/v1") << u"https://auth.example.com/api/v1"_s << u"https://auth.example.com/api/v1"_s
                                      << QString();
        QTest::newRow("with /api/v1/") << u"https://auth.example.com/api/v1/"_s << u"https://auth.example.com/api/v1"_s
                                       << QString();
        QTest::newRow("trailing slashes") << u"https://auth.example.com///"_s << u"https://auth.example.com/api/v1"_s
                                          << QString();
        QTest::newRow("cloud") << u"api.hexclave.com"_s << u"https://api.hexclave.com/api/v1"_s << QString();
        QTest::newRow("local http with port") << u"http://localhost:8102"_s << u"http://localhost:8102/api/v1"_s << QString();
        QTest::newRow("local without scheme") << u"localhost:8102"_s << u"https://localhost:8102/api/v1"_s << QString();
        QTest::newRow("loopback ip") << u"http://127.0.0.1:8102/api/v1"_s << u"http://127.0.0.1:8102/api/v1"_s << QString();
        QTest::newRow("path prefix") << u"https://example.com/stack/"_s << u"https://example.com/stack/api/v1"_s
                                     << QString();
        QTest::newRow("query and fragment dropped") << u"https://auth.example.com/api/v1?x=1#top"_s
                                                    << u"https://auth.example.com/api/v1"_s << QString();
        QTest::newRow("http on the local network") << u"http://192.168.1.20:8102"_s << u"http://192.168.1.20:8102/api/v1"_s << QString();
        QTest::newRow("http on a .local host") << u"http://stack.local"_s << u"http://stack.local/api/v1"_s << QString();
        QTest::newRow("http to a public host") << u"http://auth.example.com"_s << QString() << u"Use https:// for auth.example.com"_s;
        QTest::newRow("http to a public ip") << u"http://8.8.8.8/api/v1"_s << QString() << u"unencrypted"_s;
        QTest::newRow("empty") << QString() << QString() << u"Enter the server's address."_s;
        QTest::newRow("blank") << u"   "_s << QString() << u"Enter the server's address."_s;
        QTest::newRow("wrong scheme") << u"ftp://auth.example.com"_s << QString() << u"https://"_s;
        QTest::newRow("no host") << u"https://"_s << QString() << u"is not a valid address"_s;
        QTest::newRow("space in host") << u"http://auth example.com"_s << QString() << u"is not a valid address"_s;
        QTest::newRow("just a path") << u"https:///api/v1"_s << QString() << u"is not a valid address"_s;
    }

    void normalizeApiRoot()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QFETCH(QString, errorPart);

        QString error;
        const QUrl url = api::normalizeApiRoot(typed, &error);
        if (expected.isEmpty()) {
            QVERIFY2(url.isEmpty(), qPrintable(url.toString()));
            QVERIFY2(error.contains(errorPart), qPrintable(error));
        } else {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(url.toString(), expected);
            QVERIFY(url.path().endsWith(u"/api/v1"_s));
            // Normalizing twice changes nothing.
            QCOMPARE(api::normalizeApiRoot(url.toString(), &error), url);
        }
    }

    void normalizeDashboardUrl_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");

        QTest::newRow("bare host") << u"app.example.com"_s << u"https://app.example.com"_s;
        QTest::newRow("trailing slash") << u"http://localhost:8101/"_s << u"http://localhost:8101"_s;
        QTest::newRow("sub path") << u"https://example.com/dashboard//"_s << u"https://example.com/dashboard"_s;
        QTest::newRow("bad") << u"mailto:someone"_s << QString();
    }

    void normalizeDashboardUrl()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QString error;
        const QUrl url = api::normalizeDashboardUrl(typed, &error);
        QCOMPARE(url.toString(), expected);
        QCOMPARE(error.isEmpty(), !expected.isEmpty());
    }

    void keychainKey_data()
    {
        QTest::addColumn<CredentialKind>("kind");
        QTest::addColumn<QString>("apiRoot");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<QString>("key");

        QTest::newRow("dashboard account, cloud")
            << CredentialKind::DashboardAccount << u"https://api.hexclave.com/api/v1"_s << u"admin@example.com"_s << QString()
            << u"hexclave-admin:api.hexclave.com:admin@example.com:refresh-token"_s;
        QTest::newRow("admin key, self-hosted with port")
            << CredentialKind::AdminKey << u"http://localhost:8102/api/v1"_s << QString()
            << u"6fbbf22e-f4b2-4c6e-95a1-beab6fa41063"_s
            << u"hexclave-admin:localhost:8102:6fbbf22e-f4b2-4c6e-95a1-beab6fa41063:admin-key"_s;
        QTest::newRow("server key") << CredentialKind::ServerKey << u"https://auth.example.com/api/v1"_s
                                    << u"ignored@example.com"_s << u"p-1"_s
                                    << u"hexclave-admin:auth.example.com:p-1:server-key"_s;
        QTest::newRow("server under a path") << CredentialKind::AdminKey << u"https://example.com/stack/api/v1"_s << QString()
                                             << u"p-1"_s << u"hexclave-admin:example.com/stack:p-1:admin-key"_s;
    }

    void keychainKey()
    {
        QFETCH(CredentialKind, kind);
        QFETCH(QString, apiRoot);
        QFETCH(QString, email);
        QFETCH(QString, projectId);
        QFETCH(QString, key);

        const Connection c = connection(kind, apiRoot, email, projectId);
        QCOMPARE(c.keychainKey(), key);
        QCOMPARE(c.keychainKey(), api::CredentialStore::keyFor(c.serverLabel(), c.accountLabel(), c.secretKind()));
        QVERIFY(key.startsWith(u"hexclave-admin:"_s));
    }

    void keysAreDistinct()
    {
        const QString root = u"https://auth.example.com/api/v1"_s;
        const QStringList keys = {
            connection(CredentialKind::AdminKey, root, {}, u"p-1"_s).keychainKey(),
            connection(CredentialKind::ServerKey, root, {}, u"p-1"_s).keychainKey(),
            connection(CredentialKind::AdminKey, root, {}, u"p-2"_s).keychainKey(),
            connection(CredentialKind::AdminKey, u"https://other.example.com/api/v1"_s, {}, u"p-1"_s).keychainKey(),
            connection(CredentialKind::AdminKey, u"https://auth.example.com/second/api/v1"_s, {}, u"p-1"_s).keychainKey(),
            connection(CredentialKind::DashboardAccount, root, u"a@example.com"_s, {}).keychainKey(),
            connection(CredentialKind::DashboardAccount, root, u"b@example.com"_s, {}).keychainKey(),
        };
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
    }

    void labels()
    {
        const Connection cloud = connection(CredentialKind::DashboardAccount, u"https://api.hexclave.com/api/v1"_s,
                                            u"admin@example.com"_s, {});
        QVERIFY(cloud.isCloud());
        QCOMPARE(cloud.serverLabel(), u"api.hexclave.com"_s);
        QCOMPARE(cloud.accountLabel(), u"admin@example.com"_s);
        QCOMPARE(cloud.secretKind(), u"refresh-token"_s);
        QCOMPARE(cloud.describe(), u"admin@example.com on api.hexclave.com (Dashboard account)"_s);

        const Connection local = connection(CredentialKind::ServerKey, u"http://127.0.0.1:8102/api/v1"_s, {}, u"p-1"_s);
        QVERIFY(!local.isCloud());
        QCOMPARE(local.serverLabel(), u"127.0.0.1:8102"_s);
        QCOMPARE(local.accountLabel(), u"p-1"_s);
        QCOMPARE(local.secretKind(), u"server-key"_s);
        QCOMPARE(local.describe(), u"p-1 on 127.0.0.1:8102 (Server key)"_s);
    }

    void factories()
    {
        const Connection a = Connection::cloud();
        const Connection b = Connection::cloud();
        QVERIFY(!QUuid::fromString(a.id).isNull());
        QVERIFY(a.id != b.id);
        QCOMPARE(a.apiRoot, QUrl(u"https://api.hexclave.com/api/v1"_s));
        QCOMPARE(a.dashboardUrl, QUrl(u"https://app.hexclave.com"_s));
        QCOMPARE(a.publishableClientKey, u"pck_9bbqvqsbh0gdb6smk11d71qg4ktc4rz8ya7cc69yndm7g"_s);
        QCOMPARE(a.kind, CredentialKind::DashboardAccount);
        QVERIFY(a.isCloud());

        const Connection self = Connection::selfHosted(QUrl(u"https://auth.example.com/api/v1"_s));
        QVERIFY(!QUuid::fromString(self.id).isNull());
        QCOMPARE(self.name, u"auth.example.com"_s);
        QCOMPARE(self.apiRoot, QUrl(u"https://auth.example.com/api/v1"_s));
        QVERIFY(self.dashboardUrl.isEmpty()); // a self-hosted dashboard runs at its own address
        QVERIFY(self.publishableClientKey.isEmpty()); // and its key is whatever the operator seeded
        QVERIFY(!self.isCloud());
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestConnection)
#include "tst_Connection.moc"
