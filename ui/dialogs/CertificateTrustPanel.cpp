#include "CertificateTrustPanel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CertificateTrustPanel::CertificateTrustPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_subject(valueLabel(this))
    , m_issuer(valueLabel(this))
    , m_validity(valueLabel(this))
    , m_fingerprint(valueLabel(this))
    , m_reasons(valueLabel(this))
    , m_trust(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("certificateTrustPanel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    m_trust->setAutoDefault(false);
    connect(m_trust, &QPushButton::clicked, this, &CertificateTrustPanel::confirmTrust);

    auto *form = new QFormLayout;
    form->addRow(tr("Issued to:"), m_subject);
    form->addRow(tr("Issued by:"), m_issuer);
    form->addRow(tr("Valid:"), m_validity);
    form->addRow(tr("SHA-256:"), m_fingerprint);
    form->addRow(tr("Problems:"), m_reasons);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_trust);
    buttonRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(buttonRow);
    hide();
}

QString CertificateTrustPanel::wrappedFingerprint(const QString &fingerprint)
{
    constexpr int lineLength = 16 * 3; // 16 bytes "AB:" per line
    return fingerprint.size() > lineLength ? fingerprint.left(lineLength) + u'\n' + fingerprint.mid(lineLength) : fingerprint;
}

void CertificateTrustPanel::showCertificate(const api::CertificateDetails &details)
{
    m_details = details;
    const QLocale locale;
    m_title->setText(details.changed ? tr("The certificate %1 presents now").arg(details.server)
                                     : tr("The certificate %1 presented").arg(details.server));
    m_subject->setText(details.subject);
    m_issuer->setText(details.issuer);
    m_validity->setText(tr("%1 to %2").arg(locale.toString(details.validFrom.toLocalTime(), QLocale::ShortFormat),
                                             locale.toString(details.validTo.toLocalTime(), QLocale::ShortFormat)));
    m_fingerprint->setText(wrappedFingerprint(details.sha256));
    QStringList reasons;
    for (const QString &reason : details.reasons)
        reasons << QStringLiteral("• ") + reason;
    m_reasons->setText(reasons.join(u'\n'));
    m_trust->setText(tr("Trust this certificate for %1…").arg(details.server));
    m_trust->setVisible(details.canPin);
    setAccessibleDescription(detailsText());
    show();
}

QString CertificateTrustPanel::detailsText() const
{
    return QStringList{m_title->text(), m_subject->text(), m_issuer->text(), m_validity->text(), m_fingerprint->text(),
                       m_reasons->text()}
        .join(u'\n');
}

void CertificateTrustPanel::confirmTrust()
{
    if (!m_details)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Trust this certificate?"),
                    tr("Trust this certificate for %1?").arg(m_details->server), QMessageBox::NoButton, window());
    box.setObjectName(QStringLiteral("trustCertificateConfirmation"));
    QString info = tr("Hexclave Admin will then accept this one certificate for %1, although no certificate authority "
                      "vouches for it. Do this only if your server's operator confirmed that its SHA-256 fingerprint is:")
                       .arg(m_details->server);
    info += QStringLiteral("\n\n") + wrappedFingerprint(m_details->sha256) + QStringLiteral("\n\n");
    info += tr("It applies to this connection, for this server (%1) only. If the server's certificate changes or "
               "expires, the connection is refused again. To remove the trust, sign out, or choose File › Sign in "
               "again… and press “Stop trusting”.")
                .arg(m_details->server);
    if (m_details->changed)
        info += QStringLiteral("\n\n") + tr("It replaces the certificate you trusted before for this server.");
    box.setInformativeText(info);
    QPushButton *trust = box.addButton(tr("Trust"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != trust)
        return;
    Q_EMIT trustConfirmed(m_details->pin());
}

} // namespace hexclave::ui
