#include "CredentialStore.h"

#include "core/HttpLog.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace hexclave::api {

namespace {

const QString indexKey = QStringLiteral("credentials/keys");
// Keys whose last write failed (keychain locked or missing): nothing was kept, and the next read
// says why instead of a bare "not found".
const QString unsavedKey = QStringLiteral("credentials/unsaved");
constexpr int backendRetryDelayMs = 500;

QString describe(QKeychain::Error error, const QString &detail)
{
    // Without a session bus the Linux backend answers OtherError ("Cannot autolaunch D-Bus…").
    if (error == QKeychain::OtherError && (detail.contains(QLatin1String("D-Bus")) || detail.contains(QLatin1String("DBus"))))
        error = QKeychain::NoBackendAvailable;
    switch (error) {
    case QKeychain::NoBackendAvailable:
        return QCoreApplication::translate("hexclave::api::CredentialStore", "No system keychain is available (%1). Hexclave Admin keeps secrets only in the "
                           "system keychain: start or install one (e.g. GNOME Keyring or KWallet) and try again.")
            .arg(detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("hexclave::api::CredentialStore", "The system keychain refused access (%1). Unlock it and try again.").arg(detail);
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("hexclave::api::CredentialStore", "This system's keychain does not support the operation (%1).").arg(detail);
    default:
        return QCoreApplication::translate("hexclave::api::CredentialStore", "The system keychain failed: %1. Make sure it is running and unlocked.").arg(detail);
    }
}

// Errors that mean the Linux secret service may not be up yet (first call after login).
bool worthOneRetry(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

} // namespace

struct CredentialStore::Request
{
    Operation operation;
    QString key;
    QString secret;
    QPointer<QObject> context;
    ReadCallback onRead;
    WriteCallback onWrite;
    bool retried = false;
};

CredentialStore::CredentialStore(QSettings *index, QObject *parent)
    : QObject(parent)
    , m_index(index)
{
    Q_ASSERT(m_index);
}

QString CredentialStore::keyFor(const QString &server, const QString &account, const QString &kind)
{
    return QStringLiteral("hexclave-admin:%1:%2:%3").arg(server, account, kind);
}

void CredentialStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    run(std::make_shared<Request>(Request{Operation::Read, key, {}, context, std::move(callback), {}}));
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback callback)
{
    run(std::make_shared<Request>(Request{Operation::Write, key, secret, context, {}, std::move(callback)}));
}

void CredentialStore::remove(const QString &key, QObject *context, WriteCallback callback)
{
    run(std::make_shared<Request>(Request{Operation::Remove, key, {}, context, {}, std::move(callback)}));
}

void CredentialStore::removeAll(const QString &prefix, QObject *context)
{
    const QStringList unsaved = m_index->value(unsavedKey).toStringList();
    for (const QString &key : unsaved) {
        if (key.startsWith(prefix))
            markUnsaved(key, false);
    }
    const QStringList keys = knownKeys();
    for (const QString &key : keys) {
        if (key.startsWith(prefix))
            remove(key, context, [key](const ApiError &error) {
                if (error.isError())
                    qCWarning(lcKeychain).noquote() << "could not remove a credential:" << error.message;
            });
    }
}

QStringList CredentialStore::knownKeys() const
{
    return m_index->value(indexKey).toStringList();
}

void CredentialStore::run(const std::shared_ptr<Request> &request)
{
    QKeychain::Job *job = nullptr;
    switch (request->operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName, this);
        write->setTextData(request->secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName, this);
        break;
    }
    job->setKey(request->key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);

    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        if (error != QKeychain::NoError && error != QKeychain::EntryNotFound && worthOneRetry(error) && !request->retried) {
            request->retried = true;
            qCInfo(lcKeychain) << "keychain not ready, trying once more";
            QTimer::singleShot(backendRetryDelayMs, this, [this, request] { run(request); });
            return;
        }
        if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
            qCWarning(lcKeychain).noquote() << "keychain operation failed:" << finished->errorString();

        ApiError apiError;
        if (error != QKeychain::NoError && !(error == QKeychain::EntryNotFound && request->operation != Operation::Write))
            apiError = ApiError::keychain(describe(error, finished->errorString()));
        if (apiError.isError() && request->operation == Operation::Read)
            apiError.message += u' '
                + QCoreApplication::translate("hexclave::api::CredentialStore",
                                              "Or sign in again: without the keychain, you stay signed in only until "
                                              "you quit the app.");
        if (error == QKeychain::EntryNotFound && request->operation == Operation::Read)
            apiError = explainMissing(request->key);

        if (!apiError.isError()) {
            if (request->operation == Operation::Write)
                addToIndex(request->key);
            else if (request->operation == Operation::Remove)
                removeFromIndex(request->key);
        } else if (request->operation == Operation::Write) {
            markUnsaved(request->key, true);
        }
        if (!request->context)
            return;
        if (request->operation == Operation::Read) {
            ReadResult result;
            result.error = apiError;
            if (error == QKeychain::NoError) {
                result.found = true;
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            }
            QMetaObject::invokeMethod(request->context, [request, result] { request->onRead(result); });
        } else {
            QMetaObject::invokeMethod(request->context, [request, apiError] { request->onWrite(apiError); });
        }
    });
    job->start();
}

ApiError CredentialStore::explainMissing(const QString &key) const
{
    // A locked collection can answer a lookup with "not found" (libsecret cannot prompt to unlock
    // it): a key this store wrote, or failed to write, is explained rather than silently missing.
    if (m_index->value(unsavedKey).toStringList().contains(key))
        return ApiError::keychain(QCoreApplication::translate(
            "hexclave::api::CredentialStore",
            "The credential could not be kept in the system keychain when you signed in, so you are signed out now. "
            "Sign in again; to stay signed in after a restart, make sure the system keychain is running and unlocked."));
    if (knownKeys().contains(key))
        return ApiError::keychain(QCoreApplication::translate(
            "hexclave::api::CredentialStore",
            "The saved credential was not found in the system keychain: the keychain may be locked, or the entry was "
            "removed. Unlock the keychain and try again, or sign in again."));
    return {};
}

void CredentialStore::markUnsaved(const QString &key, bool unsaved)
{
    QStringList keys = m_index->value(unsavedKey).toStringList();
    const bool listed = keys.contains(key);
    if (unsaved == listed)
        return;
    if (unsaved)
        keys.append(key);
    else
        keys.removeAll(key);
    if (keys.isEmpty())
        m_index->remove(unsavedKey);
    else
        m_index->setValue(unsavedKey, keys);
}

void CredentialStore::addToIndex(const QString &key)
{
    markUnsaved(key, false);
    QStringList keys = knownKeys();
    if (!keys.contains(key)) {
        keys.append(key);
        m_index->setValue(indexKey, keys);
    }
}

void CredentialStore::removeFromIndex(const QString &key)
{
    markUnsaved(key, false);
    QStringList keys = knownKeys();
    if (keys.removeAll(key) > 0)
        m_index->setValue(indexKey, keys);
}

} // namespace hexclave::api
