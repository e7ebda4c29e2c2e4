#pragma once

#include "ApiError.h"
#include "CertificatePin.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

class QNetworkReply;
class QSslCertificate;
class QSslError;
class QUrl;

namespace hexclave::api {

// What a person needs to judge a refused certificate, read back from the ApiError it came with.
struct CertificateDetails
{
    QString server;       // "host:port"
    QString subject;
    QString issuer;
    QDateTime validFrom;
    QDateTime validTo;
    QString sha256;       // "AB:CD:…"
    QStringList reasons;  // plain words: "it is self-signed", …
    bool changed = false; // a certificate was trusted for this server, and this is another one
    bool pinnedExpired = false; // the very certificate trusted for this server, but it expired
    bool canPin = false;        // trusting it would let it through (self-signed, unknown issuer, other name)
    QByteArray pem;

    CertificatePin pin() const { return {server, pem}; }
};

// Certificate errors are refused, never ignored, unless the server's own certificate is the
// one the user pinned for exactly this host:port: then only the errors a pin answers (no
// authority vouches for it, another host name) are ignored; expiry and the rest still refuse. A refusal carries the certificate and the reasons in ApiError::details.
class CertificateTrust
{
    Q_DECLARE_TR_FUNCTIONS(hexclave::api::CertificateTrust)

public:
    // "host:port", with the scheme's default port when the URL has none.
    static QString serverOf(const QUrl &url);
    static QString sha256Fingerprint(const QSslCertificate &certificate);
    static QString reasonText(const QSslError &error);

    // For QNetworkReply::sslErrors (a direct connection): ignores `errors` when the pin
    // applies, else notes why the reply is refused for refusal().
    static void handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors, const CertificatePin &pin);
    // The error of a reply whose handshake failed.
    static ApiError refusal(const QNetworkReply &reply);
    // The certificate a Tls error carries, if any.
    static std::optional<CertificateDetails> details(const ApiError &error);
};

} // namespace hexclave::api
