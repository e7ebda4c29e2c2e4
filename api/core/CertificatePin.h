#pragma once

#include <QByteArray>
#include <QString>

namespace hexclave::api {

// A server certificate the user chose to trust for one server, after seeing its fingerprint.
// Public data (a certificate), so it is saved with the connection in the settings.
struct CertificatePin
{
    QString server;            // "host:port" it was trusted for; it applies nowhere else
    QByteArray certificatePem; // the server's own (leaf) certificate

    bool isEmpty() const { return certificatePem.isEmpty(); }
    bool operator==(const CertificatePin &other) const = default;
};

} // namespace hexclave::api
