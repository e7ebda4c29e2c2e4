#pragma once

#include "RequestProcessor.h"

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QObject;
class QTcpSocket;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace hexclave::emulator {

// The only code that depends on the Qt HTTP Server version: how an answer reaches the wire.
//  - Qt 6.4 hands us the raw socket, so we write HTTP/1.1 ourselves and can inject faults exactly:
//    latency without blocking (a timer on the server thread), a dropped connection (abort),
//    a truncated body (a Content-Length larger than what we send, then close).
//  - Qt 6.5 and later only give a QHttpServerResponder: latency blocks the emulator's thread,
//    a dropped connection is approximated by a 502 and a truncated body by a short body with a
//    matching Content-Length (the client sees invalid JSON instead of a network error).
class ResponseDelivery
{
public:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // `context` owns the latency timers (the transport, on the server thread).
    static void deliver(QTcpSocket *socket, const Reply &reply, bool closeAfterwards, QObject *context);
    static QByteArray serialize(const HttpResponse &response, bool closeAfterwards, qsizetype bodyBytesToSend);
#else
    static void deliver(QHttpServerResponder &responder, const Reply &reply);
#endif
};

} // namespace hexclave::emulator
