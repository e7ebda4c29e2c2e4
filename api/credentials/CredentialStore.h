#pragma once

#include "core/ApiError.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QSettings;

namespace hexclave::api {

// Secrets (refresh tokens, admin and server keys) in the OS keychain through QtKeychain, and
// nowhere else. Keys are scoped "hexclave-admin:<server>:<account>:<kind>"; an index of the
// keys (never the secrets) lives in QSettings so that signing out can remove them all.
// QtKeychain's plain-text fallback is never enabled: without a keychain the user gets an error.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    struct ReadResult
    {
        QString secret;
        bool found = false;
        // Kind::Keychain when the keychain failed; also when a key this store wrote (or failed to
        // write) is not found, which a locked keychain answers too. Else "not found" is no error.
        ApiError error;
    };
    using ReadCallback = std::function<void(const ReadResult &)>;
    using WriteCallback = std::function<void(const ApiError &)>;

    static inline const QString serviceName = QStringLiteral("hexclave-admin");

    // `index` keeps the list of stored keys; it must outlive the store.
    explicit CredentialStore(QSettings *index, QObject *parent = nullptr);

    static QString keyFor(const QString &server, const QString &account, const QString &kind);

    // Callbacks run on `context`'s thread and are dropped when `context` is destroyed first.
    void read(const QString &key, QObject *context, ReadCallback callback);
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback callback);
    void remove(const QString &key, QObject *context, WriteCallback callback);

    // Removes every stored key that starts with `prefix` (from the index of known keys).
    void removeAll(const QString &prefix, QObject *context);
    QStringList knownKeys() const;

private:
    enum class Operation { Read, Write, Remove };
    struct Request;
    void run(const std::shared_ptr<Request> &request);
    ApiError explainMissing(const QString &key) const;
    void markUnsaved(const QString &key, bool unsaved);
    void addToIndex(const QString &key);
    void removeFromIndex(const QString &key);

    QSettings *m_index;
};

} // namespace hexclave::api
