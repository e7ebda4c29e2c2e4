#include "ResponseDelivery.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace hexclave::emulator {

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace

QByteArray ResponseDelivery::serialize(const HttpResponse &response, bool closeAfterwards, qsizetype bodyBytesToSend)
{
    QByteArray bytes;
    bytes.reserve(response.body.size() + 512);
    bytes += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        bytes += "Content-Type: " + response.contentType + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += closeAfterwards ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    bytes += "\r\n";
    bytes += response.body.left(bodyBytesToSend);
    return bytes;
}

void ResponseDelivery::deliver(QTcpSocket *socket, const Reply &reply, bool closeAfterwards, QObject *context)
{
    if (reply.delivery == Reply::Delivery::Drop) {
        socket->abort();
        return;
    }
    const bool truncate = reply.delivery == Reply::Delivery::Truncate;
    const qsizetype bodyBytes = truncate ? reply.response.body.size() / 2 : reply.response.body.size();
    const bool close = closeAfterwards || truncate;
    const QByteArray bytes = serialize(reply.response, close, bodyBytes);
    auto send = [socket = QPointer<QTcpSocket>(socket), bytes, close] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        socket->write(bytes);
        if (close)
            socket->disconnectFromHost(); // flushes what was written, then closes
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, context, send);
    else
        send();
}

#else

void ResponseDelivery::deliver(QHttpServerResponder &responder, const Reply &reply)
{
    // Best effort, see the class comment: the responder cannot defer, abort or lie about length.
    if (reply.delayMs > 0)
        QThread::msleep(ulong(reply.delayMs));
    HttpResponse response = reply.response;
    if (reply.delivery == Reply::Delivery::Drop) {
        response.status = 502;
        response.contentType = "text/plain; charset=utf-8";
        response.body = "Connection dropped (emulated: this Qt version cannot abort the connection)";
    } else if (reply.delivery == Reply::Delivery::Truncate) {
        response.body.truncate(response.body.size() / 2);
    }
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
    for (const auto &[name, value] : response.headers)
        headers.append(name, value);
    responder.write(response.body, headers, status);
#else
    QHttpServerResponse out(response.contentType, response.body, status);
    for (const auto &[name, value] : response.headers)
        out.addHeader(name, value);
    responder.sendResponse(out);
#endif
}

#endif

} // namespace hexclave::emulator
