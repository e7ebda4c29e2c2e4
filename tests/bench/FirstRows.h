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
    // The requests the app makes before its first rows, replayed with the client (no UI):
    // password sign-in, the owned projects, the users page's first page (60 rows).
    QList<double> appRequestChain(int runs) const;

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
