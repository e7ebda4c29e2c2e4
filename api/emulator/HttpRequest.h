#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace hexclave::emulator {

// A request as the transport received it, independent of the Qt HTTP server version.
struct HttpRequest
{
    QByteArray method;   // upper case, e.g. "GET"
    QString path;        // decoded, e.g. "/api/v1/users/…"
    QByteArray rawPath;  // as requested (percent-encoded), for messages that quote it
    QByteArray rawQuery; // percent-encoded, without '?'
    QByteArray host;     // the Host header, for URLs in answers
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case, in arrival order
    QByteArray body;

    QByteArray header(QByteArrayView lowerCaseName) const;
    bool hasHeader(QByteArrayView lowerCaseName) const;
    // The server accepts `x-hexclave-<name>` as an alias of every `x-stack-<name>` header.
    QByteArray stackHeader(QByteArrayView name) const;
    bool hasStackHeader(QByteArrayView name) const;
    QString fullUrl() const; // http://<host><path>?<query>, as the 404 page prints it
};

} // namespace hexclave::emulator
