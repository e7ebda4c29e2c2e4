#include "HttpTransport.h"

#include "RequestProcessor.h"
#include "ResponseDelivery.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace hexclave::emulator {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

} // namespace

HttpTransport::HttpTransport(RequestProcessor &processor, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_processor(processor)
{
}

bool HttpTransport::listenOnLoopback(quint16 port, const QByteArray &certificatePem, const QByteArray &privateKeyPem,
                                     QString *errorString)
{
    QTcpServer *server = nullptr;
    if (certificatePem.isEmpty()) {
        server = new QTcpServer(this);
    } else {
        // A QSslServer bound like any QTcpServer: QAbstractHttpServer::sslSetup() is deprecated
        // from Qt 6.8, binding a QSslServer works from 6.4 on.
        const QSslCertificate certificate(certificatePem, QSsl::Pem);
        QSslKey key(privateKeyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(privateKeyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            *errorString = QStringLiteral("The TLS certificate or private key (RSA or EC) is not valid PEM.");
            return false;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(configuration);
        server = sslServer;
    }
    if (!server->listen(QHostAddress::LocalHost, port)) {
        *errorString = server->errorString();
        delete server;
        return false;
    }
    m_port = server->serverPort();
    bind(server);
    return true;
}

HttpRequest HttpTransport::convert(const QHttpServerRequest &request)
{
    HttpRequest converted;
    converted.method = methodName(request.method());
    const QUrl url = request.url();
    converted.path = url.path(QUrl::FullyDecoded);
    converted.rawPath = url.path(QUrl::FullyEncoded).toLatin1();
    if (converted.path.isEmpty()) {
        converted.path = QStringLiteral("/");
        converted.rawPath = "/";
    }
    converted.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        converted.headers.append({QByteArray(name.data(), name.size()).toLower(), headers.valueAt(i).toByteArray()});
    }
#else
    for (const auto &[name, value] : request.headers())
        converted.headers.append({name.toLower(), value});
#endif
    converted.host = converted.header("host");
    if (converted.host.isEmpty())
        converted.host = url.authority().toLatin1();
    converted.body = request.body();
    return converted;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool HttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpRequest converted = convert(request);
    const bool close = converted.header("connection").trimmed().toLower() == "close";
    ResponseDelivery::deliver(socket, m_processor.process(converted), close, this);
    return true;
}

void HttpTransport::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Never reached: handleRequest() answers every request, unknown routes included.
}

#else

bool HttpTransport::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    ResponseDelivery::deliver(responder, m_processor.process(convert(request)));
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 7, 0)
void HttpTransport::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&)
#else
void HttpTransport::missingHandler(const QHttpServerRequest &, QHttpServerResponder &)
#endif
{
    // Never reached: handleRequest() answers every request, unknown routes included.
}

#endif

} // namespace hexclave::emulator
