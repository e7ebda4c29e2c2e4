#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace hexclave::emulator {
struct DemoAccount;
}

namespace hexclave::bench {

// The first users on screen against the one API call behind them: GET /users?limit=10 (the
// first 10 users, newest first, restricted ones included), each measurement on a fresh
// connection as at start-up.
class FirstRowsBench
{
public:
    FirstRowsBench(QUrl apiRoot, const emulator::DemoAccount &account);

    // One bare QNetworkAccessManager request: the headers of an admin key, no parsing.
    QList<double> bareRequest(int runs) const;
    // The same page through ApiClient + users::list, parsed into User DTOs.
    QList<double> clientFirstPage(int runs) const;
    // How the app starts, replayed with the client (no UI): the users page's first page (60
    // rows) goes out as soon as the credential is there, in parallel with the project list.
    enum class Start {
        PasswordSignIn, // --demo: sign-in → (owned projects ∥ first users)
        SavedAccount,   // a saved dashboard account: token refresh → (owned projects ∥ first users)
        SavedAdminKey,  // a saved admin key: (current project ∥ first users)
    };
    QList<double> appStart(Start start, int runs) const;

    QString error() const { return m_error; }

private:
    QUrl m_apiRoot;
    QString m_projectId;
    QString m_adminKey;
    QString m_email;
    QString m_password;
    QString m_publishableClientKey;
    mutable QString m_error;
};

} // namespace hexclave::bench
