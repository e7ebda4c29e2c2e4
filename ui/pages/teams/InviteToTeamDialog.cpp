#include "InviteToTeamDialog.h"

#include "AppSettings.h"
#include "dialogs/DialogParts.h"
#include "dialogs/SchemaErrorLines.h"
#include "endpoints/TeamInvitationsEndpoints.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

const QString examplePage = QStringLiteral("https://your-app.example.com")
                          + AppSettings::handlerPath(AppSettings::CallbackPage::TeamInvitation);

} // namespace

InviteToTeamDialog::InviteToTeamDialog(const ProjectContext &context, const api::Team &team, QWidget *parent)
    : RequestDialog(context, parent)
    , m_team(team)
    , m_email(new QLineEdit(this))
    , m_emailMessage(new FieldMessage(m_email, this))
    , m_callbackUrl(new QLineEdit(this))
    , m_callbackUrlMessage(new FieldMessage(m_callbackUrl, this))
    , m_send(nullptr)
{
    setWindowTitle(tr("Invite to %1").arg(team.displayName));
    setMinimumWidth(540);

    m_email->setAccessibleName(tr("Email address"));
    m_email->setPlaceholderText(QStringLiteral("name@example.com"));
    m_callbackUrl->setAccessibleName(tr("Callback URL"));
    m_callbackUrl->setPlaceholderText(examplePage);
    if (context.settings)
        m_callbackUrl->setText(context.settings->callbackUrl(context.project.id, AppSettings::CallbackPage::TeamInvitation));
    auto *callbackHelp = new FieldMessage(nullptr, this);
    callbackHelp->showHint(tr("The page of your app where the recipient accepts the invitation, opened from the link in "
                              "the email. It must be on one of the project's trusted domains. Remembered for this "
                              "project."));
    callbackHelp->setEnabled(false);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send invitation"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_send->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailMessage);
    form->addRow(tr("&Callback URL:"), m_callbackUrl);
    form->addRow(QString(), m_callbackUrlMessage);
    form->addRow(QString(), callbackHelp);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(explanationLabel(tr("The invitation is valid for a limited time; until it is accepted it is "
                                          "listed with the team's pending invitations."),
                                       this));
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(busyLine());
    layout->addWidget(buttons);

    setFormWidgets({m_email, m_callbackUrl, m_send});
    setTabChain({m_email, m_callbackUrl});

    connect(m_send, &QPushButton::clicked, this, &InviteToTeamDialog::sendInvitation);
    connect(buttons, &QDialogButtonBox::rejected, this, &InviteToTeamDialog::reject);
    connect(m_email, &QLineEdit::textEdited, m_emailMessage, &FieldMessage::clear);
    connect(m_callbackUrl, &QLineEdit::textEdited, m_callbackUrlMessage, &FieldMessage::clear);
}

bool InviteToTeamDialog::hasUnsavedInput() const
{
    return m_sentTo.isEmpty() && !m_email->text().trimmed().isEmpty();
}

void InviteToTeamDialog::sendInvitation()
{
    if (isBusy())
        return;
    clearErrors();
    const QString email = m_email->text().trimmed();
    const QString callbackUrl = m_callbackUrl->text().trimmed();
    FieldProblems problems;
    if (email.isEmpty())
        problems.add(m_emailMessage, tr("Enter the address to send the invitation to."));
    else if (!looksLikeEmail(email))
        problems.add(m_emailMessage, tr("“%1” is not an email address.").arg(email));
    if (callbackUrl.isEmpty())
        problems.add(m_callbackUrlMessage, tr("Enter the address of the page that accepts the invitation, e.g. %1.").arg(examplePage));
    else if (!isHttpUrl(callbackUrl))
        problems.add(m_callbackUrlMessage, tr("Enter a full http:// or https:// address."));
    if (!problems.focusFirst())
        return;
    if (context().settings)
        context().settings->rememberCallbackUrl(context().project.id, callbackUrl);

    send<api::NoContent>(
        api::teamInvitations::send(context().scope(), m_team.id, email, callbackUrl), tr("Sending the invitation…"),
        [this, email](api::NoContent) {
            m_sentTo = email;
            accept();
        },
        [this](const api::ApiError &error) {
            if (error.is(u"REDIRECT_URL_NOT_WHITELISTED")) {
                m_callbackUrlMessage->showError(
                    tr("The server refused this address: its domain is not one of the project's trusted domains. Add "
                       "the domain in the project's settings, or use an address on a trusted domain."));
                m_callbackUrl->setFocus();
            } else if (const QString aboutUrl = schemaErrorAbout(error, u"callback_url"); !aboutUrl.isEmpty()) {
                m_callbackUrlMessage->showError(aboutUrl);
                m_callbackUrl->setFocus();
            } else if (const QString aboutEmail = schemaErrorAbout(error, u"email"); !aboutEmail.isEmpty()) {
                m_emailMessage->showError(aboutEmail);
                m_email->setFocus();
            } else {
                errorBanner()->showError(error, false);
            }
        });
}

} // namespace hexclave::ui
