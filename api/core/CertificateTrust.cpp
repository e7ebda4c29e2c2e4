#include "CertificateTrust.h"

#include "HttpLog.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

#include <algorithm>

namespace hexclave::api {

namespace {

// The refusal handleSslErrors() noted on the reply, read by refusal().
constexpr char refusalProperty[] = "hexclaveCertificateRefusal";

const QString keyCertificate = QStringLiteral("certificate");
const QString keyServer = QStringLiteral("certificateServer");
const QString keyReasons = QStringLiteral("certificateReasons");
const QString keyChanged = QStringLiteral("certificateChanged");
const QString keyPinnedExpired = QStringLiteral("certificatePinnedExpired");
const QString keyCanPin = QStringLiteral("certificateCanPin");

// The problems a pin answers: the user compared the fingerprint instead of relying on an authority.
bool isExcusedByPin(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

QString names(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.join(QStringLiteral(", "));
}

QString displayName(const QSslCertificate &certificate, bool issuer)
{
    const QStringList common = issuer ? certificate.issuerInfo(QSslCertificate::CommonName)
                                      : certificate.subjectInfo(QSslCertificate::CommonName);
    const QStringList organization = issuer ? certificate.issuerInfo(QSslCertificate::Organization)
                                            : certificate.subjectInfo(QSslCertificate::Organization);
    QString text = common.join(QStringLiteral(", "));
    if (!organization.isEmpty())
        text += text.isEmpty() ? organization.join(QStringLiteral(", ")) : QStringLiteral(" (%1)").arg(organization.join(QStringLiteral(", ")));
    return text;
}

QSslCertificate peerCertificate(const QNetworkReply &reply, const QList<QSslError> &errors)
{
    QSslCertificate peer = reply.sslConfiguration().peerCertificate();
    if (peer.isNull()) {
        for (const QSslError &error : errors) {
            if (!error.certificate().isNull())
                return error.certificate();
        }
    }
    return peer;
}

} // namespace

QString CertificateTrust::serverOf(const QUrl &url)
{
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

QString CertificateTrust::sha256Fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString CertificateTrust::reasonText(const QSslError &error)
{
    const QSslCertificate certificate = error.certificate();
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return tr("it is self-signed, so no certificate authority vouches for it");
    case QSslError::CertificateExpired:
        return tr("it expired on %1").arg(QLocale().toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat));
    case QSslError::CertificateNotYetValid:
        return tr("it is not valid before %1").arg(QLocale().toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat));
    case QSslError::HostNameMismatch: {
        const QString issuedFor = names(certificate);
        return issuedFor.isEmpty() ? tr("it names no server, so it does not cover this address")
                                   : tr("it was issued for %1, not for this address").arg(issuedFor);
    }
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return tr("it was issued by “%1”, which this computer does not trust").arg(displayName(certificate, true));
    default:
        return error.errorString();
    }
}

void CertificateTrust::handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors, const CertificatePin &pin)
{
    const QSslCertificate peer = peerCertificate(*reply, errors);
    const QString server = serverOf(reply->url());
    bool changed = false;
    bool pinnedExpired = false;
    if (!pin.isEmpty() && pin.server == server && !peer.isNull()) {
        const QList<QSslCertificate> pinned = QSslCertificate::fromData(pin.certificatePem, QSsl::Pem);
        if (!pinned.isEmpty() && pinned.first() == peer) {
            // Only what the user saw and accepted: that no authority vouches for this very
            // certificate, or that it names another host. Anything else (expired, revoked,
            // blacklisted, an error about another certificate of the chain) stays refused.
            const bool excused = std::all_of(errors.cbegin(), errors.cend(), [&peer](const QSslError &error) {
                return (error.certificate().isNull() || error.certificate() == peer) && isExcusedByPin(error.error());
            });
            if (excused) {
                reply->ignoreSslErrors(errors);
                return;
            }
            pinnedExpired = std::any_of(errors.cbegin(), errors.cend(), [](const QSslError &error) {
                return error.error() == QSslError::CertificateExpired;
            });
        } else {
            changed = true;
        }
    }

    // Whether trusting this certificate would let it through (a pin cannot make an expired one valid).
    const bool canPin = !peer.isNull() && std::all_of(errors.cbegin(), errors.cend(), [&peer](const QSslError &error) {
        return (error.certificate().isNull() || error.certificate() == peer) && isExcusedByPin(error.error());
    });
    QStringList reasons;
    for (const QSslError &error : errors) {
        const QString reason = reasonText(error);
        if (!reasons.contains(reason))
            reasons << reason;
    }
    qCWarning(lcHttp).noquote() << "refused the certificate of" << server << (changed ? "(changed since it was trusted)" : "")
                                << "SHA-256" << sha256Fingerprint(peer) << "-" << reasons.join(QStringLiteral("; "));
    QVariantMap refusal;
    refusal.insert(keyCertificate, QString::fromLatin1(peer.toPem()));
    refusal.insert(keyServer, server);
    refusal.insert(keyReasons, reasons);
    refusal.insert(keyChanged, changed);
    refusal.insert(keyPinnedExpired, pinnedExpired);
    refusal.insert(keyCanPin, canPin);
    reply->setProperty(refusalProperty, refusal);
}

ApiError CertificateTrust::refusal(const QNetworkReply &reply)
{
    ApiError error;
    error.kind = ApiError::Kind::Tls;
    const QVariantMap refusal = reply.property(refusalProperty).toMap();
    if (refusal.isEmpty()) {
        // The handshake failed for another reason (protocol, cipher): Qt's words are all we have.
        error.message = reply.errorString();
        return error;
    }
    error.details = refusal;
    const auto certificate = details(error);
    if (!certificate) {
        error.details.clear();
        error.message = reply.errorString();
        return error;
    }
    if (certificate->pinnedExpired) {
        error.message = tr("The certificate you trusted for %1 expired on %2, so the connection was refused and "
                           "nothing was sent. Ask your server's operator to renew it, then trust the new one.")
                            .arg(certificate->server, QLocale().toString(certificate->validTo.toLocalTime(), QLocale::ShortFormat));
    } else if (certificate->changed) {
        error.message = tr("The certificate of %1 changed since you trusted it (new SHA-256 fingerprint %2). The "
                           "connection was refused and nothing was sent. Check with your server's operator; if the "
                           "change is expected, sign in again to trust the new certificate.")
                            .arg(certificate->server, certificate->sha256);
    } else if (certificate->canPin) {
        error.message = tr("The secure connection to %1 was refused because its certificate is not trusted: %2. "
                           "Nothing was sent. If this is your own server, compare the certificate's SHA-256 "
                           "fingerprint with the one your server's operator gives you before you trust it.")
                            .arg(certificate->server, certificate->reasons.join(QStringLiteral("; ")));
    } else {
        error.message = tr("The secure connection to %1 was refused because its certificate is not valid: %2. "
                           "Nothing was sent. Ask your server's operator to fix the certificate.")
                            .arg(certificate->server, certificate->reasons.join(QStringLiteral("; ")));
    }
    return error;
}

std::optional<CertificateDetails> CertificateTrust::details(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Tls || !error.details.contains(keyCertificate))
        return std::nullopt;
    CertificateDetails details;
    details.pem = error.details.value(keyCertificate).toString().toLatin1();
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(details.pem, QSsl::Pem);
    if (certificates.isEmpty())
        return std::nullopt;
    const QSslCertificate &certificate = certificates.first();
    details.server = error.details.value(keyServer).toString();
    details.subject = displayName(certificate, false);
    details.issuer = displayName(certificate, true);
    details.validFrom = certificate.effectiveDate();
    details.validTo = certificate.expiryDate();
    details.sha256 = sha256Fingerprint(certificate);
    details.reasons = error.details.value(keyReasons).toStringList();
    details.changed = error.details.value(keyChanged).toBool();
    details.pinnedExpired = error.details.value(keyPinnedExpired).toBool();
    details.canPin = error.details.value(keyCanPin).toBool();
    return details;
}

} // namespace hexclave::api
