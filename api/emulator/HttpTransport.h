#pragma once

#include "HttpRequest.h"

#include <QAbstractHttpServer>
#include <QString>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace hexclave::emulator {

class RequestProcessor;

// The HTTP server on 127.0.0.1. It lives on the emulator's thread, turns each request into an
// HttpRequest for the processor and hands the reply to ResponseDelivery. Keep-alive works:
// the connection stays open after an answer unless the client asked to close it.
class HttpTransport : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    explicit HttpTransport(RequestProcessor &processor, QObject *parent = nullptr);

    // With a certificate and key (PEM) it speaks HTTPS only.
    bool listenOnLoopback(quint16 port, const QByteArray &certificatePem, const QByteArray &privateKeyPem,
                          QString *errorString);
    quint16 port() const { return m_port; }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#if QT_VERSION < QT_VERSION_CHECK(6, 7, 0)
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#else
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif
#endif

private:
    static HttpRequest convert(const QHttpServerRequest &request);

    RequestProcessor &m_processor;
    quint16 m_port = 0;
};

} // namespace hexclave::emulator
