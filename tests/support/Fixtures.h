#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hexclave::tests {

// One recorded real-server exchange from ../shared/contract/fixtures/real-server.
struct Fixture
{
    QString name;
    QByteArray method;
    QString path;          // below /api/v1, with the query
    int status = 0;
    QByteArray contentType;
    QByteArray knownError; // x-stack-known-error, empty when absent
    QByteArray body;       // JSON text of the answer's body (or the plain text)

    static QString directory(); // from HEXCLAVE_FIXTURES_DIR
    static QStringList names();
    static Fixture load(const QString &name); // e.g. "05-user-get"; QFAIL-friendly: name empty on error
    // The whole recorded file (request, response, notes) as JSON text; empty when unreadable.
    static QByteArray rawJson(const QString &name);
};

} // namespace hexclave::tests
