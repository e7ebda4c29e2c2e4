// ConnectionStore: saved connections survive a restart (a new QSettings on the same file), and
// the settings file holds connection fields only — never a secret.

#include "connections/ConnectionStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using api::Connection;
using api::ConnectionStore;
using api::CredentialKind;

Connection dashboardConnection()
{
    Connection connection = Connection::cloud();
    connection.name = u"Hexclave cloud \u2013 work"_s;
    connection.accountEmail = u"admin@example.com"_s;
    return connection;
}

Connection adminKeyConnection()
{
    Connection connection = Connection::selfHosted(QUrl(u"http://localhost:8102/api/v1"_s));
    connection.kind = CredentialKind::AdminKey;
    connection.projectId = u"6fbbf22e-f4b2-4c6e-95a1-beab6fa41063"_s;
    return connection;
}

Connection serverKeyConnection()
{
    Connection connection = Connection::selfHosted(QUrl(u"https://auth.example.com/stack/api/v1"_s));
    connection.kind = CredentialKind::ServerKey;
    connection.projectId = u"a849b5c8-d197-4b43-ba14-53a1aa6630c0"_s;
    connection.dashboardUrl = QUrl(u"https://dash.example.com"_s);
    connection.publishableClientKey = u"pck_selfhosted"_s;
    return connection;
}

bool sameConnection(const Connection &a, const Connection &b)
{
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.apiRoot == b.apiRoot && a.dashboardUrl == b.dashboardUrl
        && a.publishableClientKey == b.publishableClientKey && a.accountEmail == b.accountEmail && a.projectId == b.projectId
        && a.certificatePin == b.certificatePin;
}

} // namespace

class TestConnectionStore : public QObject
{
    Q_OBJECT

private:
    QString settingsPath() const { return m_dir->filePath(u"hexclave-admin.ini"_s); }

    QByteArray settingsFile() const
    {
        QFile file(settingsPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void emptyStore()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ConnectionStore store(&settings);
        QVERIFY(store.connections().isEmpty());
        QVERIFY(!store.find(u"nope"_s).has_value());
    }

    void roundTrip()
    {
        const QList<Connection> saved = {dashboardConnection(), adminKeyConnection(), serverKeyConnection()};
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ConnectionStore store(&settings);
            QSignalSpy changed(&store, &ConnectionStore::changed);
            for (const Connection &connection : saved)
                store.save(connection);
            QCOMPARE(changed.count(), 3);
            QCOMPARE(store.connections().size(), 3);
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ConnectionStore reloaded(&settings);
        const QList<Connection> loaded = reloaded.connections();
        QCOMPARE(loaded.size(), saved.size());
        for (int i = 0; i < saved.size(); ++i) {
            QVERIFY2(sameConnection(loaded.at(i), saved.at(i)), qPrintable(saved.at(i).describe()));
            QVERIFY(reloaded.find(saved.at(i).id).has_value());
        }
        QCOMPARE(loaded.at(1).keychainKey(), saved.at(1).keychainKey());
    }

    void replaceAndRemove()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ConnectionStore store(&settings);
        Connection a = dashboardConnection();
        const Connection b = adminKeyConnection();
        store.save(a);
        store.save(b);
        a.accountEmail = u"other@example.com"_s;
        store.save(a); // same id: replaced in place
        QCOMPARE(store.connections().size(), 2);
        QCOMPARE(store.connections().first().accountEmail, u"other@example.com"_s);

        QSignalSpy changed(&store, &ConnectionStore::changed);
        store.remove(u"no-such-id"_s);
        QCOMPARE(changed.count(), 0);
        store.remove(a.id);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.connections().size(), 1);
        QVERIFY(!store.find(a.id).has_value());

        QSettings again(settingsPath(), QSettings::IniFormat);
        ConnectionStore reloaded(&again);
        QCOMPARE(reloaded.connections().size(), 1);
        QVERIFY(sameConnection(reloaded.connections().first(), b));
    }

    void settingsHoldConnectionFieldsOnly()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ConnectionStore store(&settings);
            store.save(dashboardConnection());
            store.save(adminKeyConnection());
            store.save(serverKeyConnection());
        }
        const QByteArray text = settingsFile();
        QVERIFY(!text.isEmpty());
        for (const QByteArray &secretish : {QByteArrayLiteral("sak_"), QByteArrayLiteral("ssk_"), QByteArrayLiteral("refresh"),
                                            QByteArrayLiteral("token"), QByteArrayLiteral("password"), QByteArrayLiteral("secret")})
            QVERIFY2(!text.toLower().contains(secretish), text.constData());

        const QSet<QString> allowed = {u"id"_s, u"name"_s, u"kind"_s, u"apiRoot"_s, u"dashboardUrl"_s,
                                       u"publishableClientKey"_s, u"accountEmail"_s, u"projectId"_s};
        QSettings raw(settingsPath(), QSettings::IniFormat);
        QCOMPARE(raw.childGroups(), QStringList{u"connections"_s});
        QVERIFY(raw.childKeys().isEmpty());
        raw.beginGroup(u"connections"_s);
        QStringList fields;
        const QStringList keys = raw.allKeys();
        for (const QString &key : keys) {
            if (key == u"size")
                continue;
            const QString field = key.section(u'/', 1); // "1/apiRoot"
            QVERIFY2(allowed.contains(field), qPrintable(key));
            fields << field;
        }
        raw.endGroup();
        QCOMPARE(fields.size(), 3 * allowed.size());
    }

    void certificatePinRoundTrip()
    {
        Connection pinned = adminKeyConnection();
        pinned.apiRoot = QUrl(u"https://10.0.0.5:8102/api/v1"_s);
        pinned.certificatePin = {u"10.0.0.5:8102"_s, QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")};
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ConnectionStore store(&settings);
            store.save(dashboardConnection()); // saved without a pin, as older versions did
            store.save(pinned);
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ConnectionStore store(&settings);
        QCOMPARE(store.connections().size(), 2);
        QVERIFY(store.connections().first().certificatePin.isEmpty());
        QVERIFY(sameConnection(store.connections().last(), pinned));

        // Removing the pin removes it from the file.
        pinned.certificatePin = {};
        store.save(pinned);
        QSettings again(settingsPath(), QSettings::IniFormat);
        QVERIFY(ConnectionStore(&again).find(pinned.id)->certificatePin.isEmpty());
        QVERIFY(!settingsFile().contains("BEGIN CERTIFICATE"));
    }

    void unknownKindsAndIdsAreSkipped()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ConnectionStore store(&settings);
            store.save(adminKeyConnection());
            store.save(serverKeyConnection());
            store.save(dashboardConnection());
            settings.setValue(u"connections/1/kind"_s, u"telepathy"_s); // written by a newer version
            settings.setValue(u"connections/3/id"_s, QString());
            settings.sync();
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ConnectionStore store(&settings);
        QCOMPARE(store.connections().size(), 1);
        QCOMPARE(store.connections().first().kind, CredentialKind::ServerKey);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestConnectionStore)
#include "tst_ConnectionStore.moc"
