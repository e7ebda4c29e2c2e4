#include "SendUserEmailDialog.h"

#include "AppSettings.h"
#include "DialogParts.h"
#include "endpoints/UsersEndpoints.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hexclave::ui {

SendUserEmailDialog::SendUserEmailDialog(const ProjectContext &context, const api::User &user, Kind kind,
                                         QWidget *parent)
    : RequestDialog(context, parent)
    , m_user(user)
    , m_passwordReset(new QRadioButton(tr("&Password-reset email: a link to choose a new password"), this))
    , m_invitation(new QRadioButton(tr("Sign-in &invitation: a link to sign in to your app"), this))
    , m_callbackUrl(new QLineEdit(this))
    , m_callbackUrlMessage(new FieldMessage(m_callbackUrl, this))
    , m_result(new FieldMessage(nullptr, this))
    , m_buttons(new QDialogButtonBox(this))
    , m_send(m_buttons->addButton(tr("&Send email"), QDialogButtonBox::AcceptRole))
    , m_cancel(m_buttons->addButton(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Send an email to %1").arg(user.label()));
    setMinimumWidth(540);

    const bool hasEmail = user.primaryEmail && !user.primaryEmail->isEmpty();
    auto *recipient = new QLabel(hasEmail ? *user.primaryEmail : tr("(no email address)"), this);
    recipient->setTextInteractionFlags(Qt::TextSelectableByMouse);
    recipient->setAccessibleName(tr("Recipient"));

    auto *group = new QButtonGroup(this);
    group->addButton(m_passwordReset);
    group->addButton(m_invitation);
    m_callbackUrl->setAccessibleName(tr("Callback URL"));
    m_callbackUrl->setPlaceholderText(QStringLiteral("https://your-app.example.com/handler/password-reset"));
    // A FieldMessage rather than a plain label: it keeps to the height of its lines in the form.
    auto *callbackHelp = new FieldMessage(nullptr, this);
    callbackHelp->showHint(tr("The page of your app that opens from the link in the email. It must be on one of the "
                              "project's trusted domains. Remembered for this project."));
    callbackHelp->setEnabled(false);

    m_send->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("To:"), recipient);
    auto *kinds = new QVBoxLayout;
    kinds->addWidget(m_passwordReset);
    kinds->addWidget(m_invitation);
    form->addRow(tr("Email:"), kinds);
    form->addRow(tr("&Callback URL:"), m_callbackUrl);
    form->addRow(QString(), m_callbackUrlMessage);
    form->addRow(QString(), callbackHelp);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(busyLine());
    layout->addWidget(m_buttons);

    setFormWidgets({m_passwordReset, m_invitation, m_callbackUrl, m_send});
    setTabChain({m_passwordReset, m_invitation, m_callbackUrl});

    connect(m_send, &QPushButton::clicked, this, &SendUserEmailDialog::sendEmail);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SendUserEmailDialog::reject);
    // Another choice is a new attempt: the result of the previous one no longer applies.
    auto startOver = [this] {
        if (m_sent) {
            m_sent = false;
            m_result->clear();
        }
        updateState();
    };
    connect(m_passwordReset, &QRadioButton::toggled, this, [this, startOver] {
        suggestCallbackUrl();
        startOver();
    });
    connect(m_callbackUrl, &QLineEdit::textEdited, this, [this, startOver] {
        m_callbackUrlEdited = true;
        m_callbackUrlMessage->clear();
        startOver();
    });
    setKind(kind);
    suggestCallbackUrl();
    updateState();
}

// The remembered app address with this kind's handler page, until the person edits the field.
void SendUserEmailDialog::suggestCallbackUrl()
{
    if (m_callbackUrlEdited || !context().settings)
        return;
    const auto page = kind() == Kind::SignInInvitation ? AppSettings::CallbackPage::SignIn
                                                       : AppSettings::CallbackPage::PasswordReset;
    m_callbackUrl->setText(context().settings->callbackUrl(context().project.id, page));
}

QLabel *SendUserEmailDialog::resultLabel() const
{
    return m_result;
}

SendUserEmailDialog::Kind SendUserEmailDialog::kind() const
{
    return m_invitation->isChecked() ? Kind::SignInInvitation : Kind::PasswordReset;
}

void SendUserEmailDialog::setKind(Kind kind)
{
    kindOption(kind)->setChecked(true);
}

QRadioButton *SendUserEmailDialog::kindOption(Kind kind) const
{
    return kind == Kind::SignInInvitation ? m_invitation : m_passwordReset;
}

void SendUserEmailDialog::updateState()
{
    const bool hasEmail = m_user.primaryEmail && !m_user.primaryEmail->isEmpty();
    if (!hasEmail) {
        for (QWidget *widget : {static_cast<QWidget *>(m_passwordReset), static_cast<QWidget *>(m_invitation),
                                static_cast<QWidget *>(m_callbackUrl), static_cast<QWidget *>(m_send)})
            widget->setEnabled(false);
        m_send->setToolTip(tr("This user has no email address."));
        m_result->showHint(tr("%1 has no primary email address, so no email can be sent. Add an address on the "
                              "user's contact channels first.")
                               .arg(m_user.label()));
        return;
    }
    m_callbackUrl->setPlaceholderText(kind() == Kind::PasswordReset
                                          ? QStringLiteral("https://your-app.example.com/handler/password-reset")
                                          : QStringLiteral("https://your-app.example.com/handler/sign-in"));
    m_send->setVisible(!m_sent);
    m_cancel->setText(m_sent ? tr("&Close") : tr("Cancel"));
    (m_sent ? m_cancel : m_send)->setDefault(true);
}

void SendUserEmailDialog::sendEmail()
{
    if (isBusy() || m_sent || !m_user.primaryEmail)
        return;
    clearErrors();
    const QString callbackUrl = m_callbackUrl->text().trimmed();
    if (!isHttpUrl(callbackUrl)) {
        m_callbackUrlMessage->showError(callbackUrl.isEmpty()
                                            ? tr("Enter the address of the page that handles the link.")
                                            : tr("Enter a full http:// or https:// address."));
        m_callbackUrl->setFocus();
        return;
    }
    if (context().settings)
        context().settings->rememberCallbackUrl(context().project.id, callbackUrl);

    const QString email = *m_user.primaryEmail;
    const Kind sending = kind();
    auto call = sending == Kind::PasswordReset
        ? api::users::sendPasswordReset(context().scope(), email, callbackUrl)
        : api::users::sendSignInInvitation(context().scope(), email, callbackUrl);
    send<api::NoContent>(
        std::move(call), tr("Sending…"),
        [this, email, sending](api::NoContent) {
            m_sent = true;
            m_result->showHint(sending == Kind::PasswordReset
                                  ? tr("A password-reset email was sent to %1. The server answers the same whether or "
                                       "not a password can be reset for this address, so if it does not arrive, "
                                       "check how the user signs in.")
                                        .arg(email)
                                  : tr("A sign-in invitation was sent to %1.").arg(email));
            updateState();
            m_cancel->setFocus();
        },
        [this](const api::ApiError &error) {
            updateState();
            if (error.is(u"REDIRECT_URL_NOT_WHITELISTED")) {
                m_callbackUrlMessage->showError(
                    tr("The server does not accept this address: add its domain to the project's trusted domains."));
                m_callbackUrl->setFocus();
            } else {
                errorBanner()->showError(error, false);
            }
        });
}

} // namespace hexclave::ui
