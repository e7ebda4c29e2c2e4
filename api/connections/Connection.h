#pragma once

#include "auth/CredentialKind.h"
#include "core/CertificatePin.h"

#include <QString>
#include <QUrl>

namespace hexclave::api {

// A saved connection: where the server is and who we are there. Holds no secret: the refresh
// token or key lives in the keychain under keychainKey().
struct Connection
{
    static inline const QUrl cloudApiRoot{QStringLiteral("https://api.hexclave.com/api/v1")};
    static inline const QUrl cloudDashboardUrl{QStringLiteral("https://app.hexclave.com")};
    static inline const QString cloudPublishableClientKey = QStringLiteral("pck_9bbqvqsbh0gdb6smk11d71qg4ktc4rz8ya7cc69yndm7g");

    QString id;                   // stable local id (a UUID)
    QString name;                 // shown to people, e.g. "Hexclave cloud"
    CredentialKind kind = CredentialKind::DashboardAccount;
    QUrl apiRoot = cloudApiRoot;  // always ends in /api/v1
    // Dashboard accounts: where the browser sign-in page is, and the internal project's key.
    QUrl dashboardUrl = cloudDashboardUrl;
    QString publishableClientKey = cloudPublishableClientKey;
    QString accountEmail;         // dashboard accounts: the signed-in user's email
    QString projectId;            // project keys: the project the key belongs to
    CertificatePin certificatePin; // a self-signed certificate the user chose to trust for apiRoot's host:port

    bool isCloud() const;
    QString serverLabel() const;  // "api.hexclave.com" or "auth.example.com:8102"
    QString accountLabel() const; // email for accounts, project id for keys
    QString keychainKey() const;
    // Dashboard accounts also keep their short-lived access token, so that a restart within
    // its lifetime needs no refresh before the first request.
    QString accessTokenKeychainKey() const;
    // What every keychain key of this connection starts with.
    QString keychainPrefix() const;
    QString secretKind() const;   // "refresh-token", "admin-key" or "server-key"
    QString describe() const;     // "admin@example.com on api.hexclave.com (dashboard account)"

    static Connection cloud();
    static Connection selfHosted(const QUrl &apiRoot);
};

// Checks a user-typed API root and normalizes it to end in /api/v1. Returns an empty URL and
// sets `error` when it cannot be a server address.
QUrl normalizeApiRoot(const QString &typed, QString *error);
QUrl normalizeDashboardUrl(const QString &typed, QString *error);

} // namespace hexclave::api
