// CredentialStore against a real Secret Service: run inside tests/keychain-session.sh (a private
// D-Bus session with an unlocked GNOME Keyring). Secrets go to the keychain and nowhere else;
// the settings file only indexes the keys.

#include "credentials/CredentialStore.h"

#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using api::ApiError;
using api::CredentialStore;

// Runs one store operation and waits for its callback (nullopt when it never came).
class Waiter : public QObject
{
public:
    std::optional<CredentialStore::ReadResult> read(CredentialStore &store, const QString &key)
    {
        auto result = std::make_shared<std::optional<CredentialStore::ReadResult>>();
        store.read(key, this, [result](const CredentialStore::ReadResult &r) { *result = r; });
        return wait(result);
    }

    std::optional<ApiError> write(CredentialStore &store, const QString &key, const QString &secret)
    {
        auto result = std::make_shared<std::optional<ApiError>>();
        store.write(key, secret, this, [result](const ApiError &e) { *result = e; });
        return wait(result);
    }

    std::optional<ApiError> remove(CredentialStore &store, const QString &key)
    {
        auto result = std::make_shared<std::optional<ApiError>>();
        store.remove(key, this, [result](const ApiError &e) { *result = e; });
        return wait(result);
    }

private:
    template <class T>
    static std::optional<T> wait(const std::shared_ptr<std::optional<T>> &result)
    {
        if (!QTest::qWaitFor([&result] { return result->has_value(); }, 20000))
            return std::nullopt;
        return *result;
    }
};

QString uniqueKey(const QString &kind)
{
    return CredentialStore::keyFor(u"auth.example.com:8102"_s,
                                   u"tester-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u"@example.com"_s, kind);
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    QString indexPath() const { return m_dir.filePath(u"index.ini"_s); }
    QByteArray indexFile() const
    {
        QFile file(indexPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/keychain-session.sh (ctest -L keychain does)");
    }

    void keyFormat()
    {
        QCOMPARE(CredentialStore::keyFor(u"api.hexclave.com"_s, u"admin@example.com"_s, u"refresh-token"_s),
                 u"hexclave-admin:api.hexclave.com:admin@example.com:refresh-token"_s);
        QCOMPARE(CredentialStore::serviceName, u"hexclave-admin"_s);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("secret");

        QTest::newRow("refresh token") << u"refresh-token"_s << u"rt_"_s + QUuid::createUuid().toString(QUuid::Id128);
        QTest::newRow("admin key") << u"admin-key"_s << u"sak_"_s + QUuid::createUuid().toString(QUuid::Id128);
        QTest::newRow("unicode and long") << u"server-key"_s
                                          << u"ssk_\u00e9\u2713_"_s + QString(2000, u'x') + QUuid::createUuid().toString();
    }

    void roundTrip()
    {
        QFETCH(QString, kind);
        QFETCH(QString, secret);

        QSettings index(indexPath(), QSettings::IniFormat);
        CredentialStore store(&index);
        Waiter waiter;
        const QString key = uniqueKey(kind);

        const auto written = waiter.write(store, key, secret);
        QVERIFY2(written.has_value(), "write never called back");
        QVERIFY2(!written->isError(), qPrintable(written->userMessage()));
        QVERIFY(store.knownKeys().contains(key));
        index.sync();
        QVERIFY(indexFile().contains(key.toUtf8()));
        QVERIFY2(!indexFile().contains(secret.left(20).toUtf8()), "the secret leaked into the settings file");

        const auto read = waiter.read(store, key);
        QVERIFY2(read.has_value(), "read never called back");
        QVERIFY2(!read->error.isError(), qPrintable(read->error.userMessage()));
        QVERIFY(read->found);
        QCOMPARE(read->secret, secret);

        // A second store on the same index (the next start of the app) finds it too.
        QSettings otherIndex(indexPath(), QSettings::IniFormat);
        CredentialStore other(&otherIndex);
        QVERIFY(other.knownKeys().contains(key));
        const auto readAgain = waiter.read(other, key);
        QVERIFY(readAgain.has_value());
        QCOMPARE(readAgain->secret, secret);

        const auto removed = waiter.remove(store, key);
        QVERIFY(removed.has_value());
        QVERIFY2(!removed->isError(), qPrintable(removed->userMessage()));
        QVERIFY(!store.knownKeys().contains(key));
        index.sync();
        QVERIFY(!indexFile().contains(key.toUtf8()));

        const auto gone = waiter.read(store, key);
        QVERIFY(gone.has_value());
        QVERIFY(!gone->found);
        QVERIFY(gone->secret.isEmpty());
        QVERIFY2(!gone->error.isError(), qPrintable(gone->error.userMessage())); // not found is not an error
    }

    void overwrite()
    {
        QSettings index(indexPath(), QSettings::IniFormat);
        CredentialStore store(&index);
        Waiter waiter;
        const QString key = uniqueKey(u"refresh-token"_s);
        QVERIFY(!waiter.write(store, key, u"first-secret-value"_s).value().isError());
        QVERIFY(!waiter.write(store, key, u"second-secret-value"_s).value().isError());
        QCOMPARE(store.knownKeys().count(key), 1);
        QCOMPARE(waiter.read(store, key).value().secret, u"second-secret-value"_s);
        QVERIFY(!waiter.remove(store, key).value().isError());
        index.sync();
        QVERIFY(!indexFile().contains("secret-value"));
    }

    void keysAreSeparate()
    {
        QSettings index(indexPath(), QSettings::IniFormat);
        CredentialStore store(&index);
        Waiter waiter;
        const QString a = uniqueKey(u"admin-key"_s);
        const QString b = uniqueKey(u"server-key"_s);
        QVERIFY(!waiter.write(store, a, u"secret-a"_s).value().isError());
        QVERIFY(!waiter.write(store, b, u"secret-b"_s).value().isError());
        QVERIFY(store.knownKeys().contains(a));
        QVERIFY(store.knownKeys().contains(b));
        QVERIFY(!waiter.remove(store, a).value().isError());
        QVERIFY(!store.knownKeys().contains(a));
        QVERIFY(store.knownKeys().contains(b));
        QVERIFY(!waiter.read(store, a).value().found);
        QCOMPARE(waiter.read(store, b).value().secret, u"secret-b"_s);
        QVERIFY(!waiter.remove(store, b).value().isError());
    }

    void readAndRemoveUnknownKey()
    {
        QSettings index(indexPath(), QSettings::IniFormat);
        CredentialStore store(&index);
        Waiter waiter;
        const QString key = uniqueKey(u"refresh-token"_s);
        const auto read = waiter.read(store, key);
        QVERIFY(read.has_value());
        QVERIFY(!read->found);
        QVERIFY(!read->error.isError());
        const auto removed = waiter.remove(store, key);
        QVERIFY(removed.has_value());
        QVERIFY(!removed->isError());
        QVERIFY(!store.knownKeys().contains(key));
    }

    void callbackDroppedWithItsContext()
    {
        QSettings index(indexPath(), QSettings::IniFormat);
        CredentialStore store(&index);
        Waiter waiter;
        const QString key = uniqueKey(u"admin-key"_s);
        QVERIFY(!waiter.write(store, key, u"kept"_s).value().isError());

        bool called = false;
        auto context = std::make_unique<QObject>();
        store.read(key, context.get(), [&called](const CredentialStore::ReadResult &) { called = true; });
        context.reset();
        // A later operation finishing means the keychain has answered the first one too.
        QCOMPARE(waiter.read(store, key).value().secret, u"kept"_s);
        QVERIFY(!waiter.remove(store, key).value().isError());
        QVERIFY(!called);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestCredentialStore)
#include "tst_CredentialStore.moc"
