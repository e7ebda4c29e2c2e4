#pragma once

#include "core/CertificateTrust.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPushButton;

namespace hexclave::ui {

// The certificate a server presented and the connect dialog refused: who it names, who issued
// it, when it is valid, its SHA-256 fingerprint and what is wrong with it, plus the explicit
// choice to trust exactly this certificate for this one server (after a confirmation whose
// default is Cancel) when a pin can help (not for an expired certificate).
class CertificateTrustPanel : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateTrustPanel)

public:
    explicit CertificateTrustPanel(QWidget *parent = nullptr);

    void showCertificate(const api::CertificateDetails &details);
    QString detailsText() const; // what the labels say, for tests and the accessible description

    // "AB:CD:…" in two lines of 16 bytes.
    static QString wrappedFingerprint(const QString &fingerprint);

Q_SIGNALS:
    // The user confirmed: trust this certificate for its server.
    void trustConfirmed(const hexclave::api::CertificatePin &pin);

private:
    void confirmTrust();

    std::optional<api::CertificateDetails> m_details;
    QLabel *m_title;
    QLabel *m_subject;
    QLabel *m_issuer;
    QLabel *m_validity;
    QLabel *m_fingerprint;
    QLabel *m_reasons;
    QPushButton *m_trust;
};

} // namespace hexclave::ui
