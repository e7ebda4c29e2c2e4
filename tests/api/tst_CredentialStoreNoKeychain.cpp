// CredentialStore without any keychain: ctest runs this with no D-Bus session (CMake unsets
// DBUS_SESSION_BUS_ADDRESS and points XDG_RUNTIME_DIR at a directory without a bus). Every
// operation must finish promptly with ApiError::Kind::Keychain and a sentence telling the user
// what to do, and nothing may be written anywhere instead.

#include "credentials/CredentialStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ApiError;
using api::CredentialStore;

class TestCredentialStoreNoKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void checkExplains(const ApiError &error)
    {
        QCOMPARE(error.kind, ApiError::Kind::Keychain);
        const QString text = error.userMessage();
        QVERIFY2(text.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(text));
        // What to do next: start/unlock/install a keychain.
        QVERIFY2(text.contains(u"start"_s, Qt::CaseInsensitive) || text.contains(u"unlock"_s, Qt::CaseInsensitive)
                     || text.contains(u"running"_s, Qt::CaseInsensitive),
                 qPrintable(text));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "this test needs an environment without a D-Bus session (run it through ctest)");
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        QVERIFY2(runtime.isEmpty() || !QFile::exists(runtime + u"/bus"_s), qPrintable(runtime));
    }

    void readFails()
    {
        QSettings index(m_dir.filePath(u"index.ini"_s), QSettings::IniFormat);
        CredentialStore store(&index);
        std::optional<CredentialStore::ReadResult> result;
        QElapsedTimer timer;
        timer.start();
        store.read(CredentialStore::keyFor(u"api.hexclave.com"_s, u"a@example.com"_s, u"refresh-token"_s), this,
                   [&result](const CredentialStore::ReadResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!result->found);
        QVERIFY(result->secret.isEmpty());
        checkExplains(result->error);
    }

    void writeFailsAndIndexesNothing()
    {
        const QString path = m_dir.filePath(u"write.ini"_s);
        QSettings index(path, QSettings::IniFormat);
        CredentialStore store(&index);
        std::optional<ApiError> result;
        store.write(CredentialStore::keyFor(u"localhost:8102"_s, u"p-1"_s, u"admin-key"_s), u"sak_do_not_store_me"_s,
                    this, [&result](const ApiError &e) { result = e; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        checkExplains(*result);
        QVERIFY(store.knownKeys().isEmpty());
        index.sync();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("sak_do_not_store_me"));
    }

    void removeFails()
    {
        QSettings index(m_dir.filePath(u"remove.ini"_s), QSettings::IniFormat);
        CredentialStore store(&index);
        std::optional<ApiError> result;
        store.remove(CredentialStore::keyFor(u"localhost"_s, u"p-1"_s, u"server-key"_s), this,
                     [&result](const ApiError &e) { result = e; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        checkExplains(*result);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestCredentialStoreNoKeychain)
#include "tst_CredentialStoreNoKeychain.moc"
