#include "TrustedDomainDialog.h"

#include "dialogs/DialogParts.h"
#include "widgets/FieldMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {
constexpr int maxLength = 300;
}

TrustedDomainDialog::TrustedDomainDialog(const QString &baseUrl, const QString &handlerPath, QWidget *parent)
    : QDialog(parent)
    , m_baseUrl(new QLineEdit(baseUrl, this))
    , m_baseUrlMessage(new FieldMessage(m_baseUrl, this))
    , m_handlerPath(new QLineEdit(handlerPath.isEmpty() ? QStringLiteral("/handler") : handlerPath, this))
    , m_handlerPathMessage(new FieldMessage(m_handlerPath, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("trustedDomainDialog"));
    setWindowTitle(baseUrl.isEmpty() ? tr("Add trusted domain") : tr("Edit trusted domain"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_handlerPath->setObjectName(QStringLiteral("handlerPath"));
    m_baseUrl->setPlaceholderText(tr("https://example.com"));
    m_baseUrl->setMaxLength(maxLength);
    m_handlerPath->setMaxLength(maxLength);
    m_buttons->button(QDialogButtonBox::Ok)->setText(baseUrl.isEmpty() ? tr("&Add") : tr("&Apply"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(QString(), m_baseUrlMessage);
    form->addRow(tr("&Handler path:"), m_handlerPath);
    form->addRow(QString(), m_handlerPathMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanationLabel(tr("Sign-in redirects may only go to trusted domains. Use * for one part of a "
                                          "host name (https://*.example.com) and ** for any number of parts."),
                                       this));
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &TrustedDomainDialog::validate);
    connect(m_handlerPath, &QLineEdit::textChanged, this, &TrustedDomainDialog::validate);
    validate();
}

QString TrustedDomainDialog::baseUrl() const
{
    return m_baseUrl->text().trimmed();
}

QString TrustedDomainDialog::handlerPath() const
{
    return m_handlerPath->text().trimmed();
}

QString TrustedDomainDialog::baseUrlProblem(const QString &baseUrl)
{
    if (baseUrl.isEmpty())
        return tr("Enter the domain's base URL, e.g. https://example.com.");
    if (baseUrl.size() > maxLength)
        return tr("The base URL may have at most %1 characters.").arg(maxLength);
    if (!baseUrl.startsWith(QStringLiteral("https://")) && !baseUrl.startsWith(QStringLiteral("http://")))
        return tr("The base URL starts with https:// (or http:// for local development).");
    // Scheme, a host of letters, digits, '-' and '*' wildcards between dots, an optional port,
    // and nothing else but an optional path.
    static const QRegularExpression pattern(QStringLiteral(
        "^https?://(\\*{1,2}|[A-Za-z0-9](?:[A-Za-z0-9*-]*[A-Za-z0-9*])?)(\\.(\\*{1,2}|[A-Za-z0-9*](?:[A-Za-z0-9*-]*[A-Za-z0-9*])?))*"
        "(:[0-9]{1,5})?(/[^\\s?#]*)?$"));
    if (!pattern.match(baseUrl).hasMatch())
        return tr("This is not a valid base URL: use a host name with optional * wildcards, e.g. https://*.example.com.");
    return {};
}

QString TrustedDomainDialog::handlerPathProblem(const QString &handlerPath)
{
    if (!handlerPath.startsWith(u'/'))
        return tr("The handler path starts with /, e.g. /handler.");
    if (handlerPath.size() > maxLength)
        return tr("The handler path may have at most %1 characters.").arg(maxLength);
    if (handlerPath.contains(u' '))
        return tr("The handler path cannot contain spaces.");
    return {};
}

void TrustedDomainDialog::validate()
{
    const QString urlProblem = baseUrl().isEmpty() ? QString() : baseUrlProblem(baseUrl());
    const QString pathProblem = handlerPathProblem(handlerPath());
    if (urlProblem.isEmpty())
        m_baseUrlMessage->clear();
    else
        m_baseUrlMessage->showError(urlProblem);
    if (pathProblem.isEmpty())
        m_handlerPathMessage->clear();
    else
        m_handlerPathMessage->showError(pathProblem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(baseUrlProblem(baseUrl()).isEmpty() && pathProblem.isEmpty());
}

} // namespace hexclave::ui
