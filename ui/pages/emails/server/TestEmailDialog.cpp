#include "TestEmailDialog.h"

#include "dialogs/DialogParts.h"
#include "endpoints/EmailsEndpoints.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

TestEmailDialog::TestEmailDialog(const ProjectContext &context, const api::EmailServerSettings &server, QWidget *parent)
    : RequestDialog(context, parent)
    , m_server(server)
    , m_recipient(new QLineEdit(this))
    , m_recipientMessage(new FieldMessage(m_recipient, this))
    , m_result(new FieldMessage(nullptr, this))
    , m_buttons(new QDialogButtonBox(this))
    , m_send(m_buttons->addButton(tr("&Send test email"), QDialogButtonBox::ActionRole))
    , m_close(m_buttons->addButton(QDialogButtonBox::Close))
{
    setWindowTitle(tr("Send a test email"));
    setMinimumWidth(520);

    const QString through = server.port ? tr("%1, port %2").arg(server.host).arg(*server.port) : server.host;
    auto *intro = explanationLabel(tr("A short test email goes out through %1 as %2, with the settings of the form — "
                                      "also when they are not saved yet.")
                                       .arg(through, server.senderEmail),
                                   this);

    m_recipient->setAccessibleName(tr("Recipient"));
    m_recipient->setPlaceholderText(QStringLiteral("you@example.com"));
    if (context.session)
        m_recipient->setText(context.session->connection().accountEmail);
    m_send->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&To:"), m_recipient);
    form->addRow(QString(), m_recipientMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(busyLine());
    layout->addWidget(m_buttons);

    setFormWidgets({m_recipient, m_send});
    connect(m_send, &QPushButton::clicked, this, &TestEmailDialog::sendTestEmail);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TestEmailDialog::reject);
    connect(m_recipient, &QLineEdit::textEdited, this, [this] {
        m_recipientMessage->clear();
        updateState();
    });
    updateState();
}

void TestEmailDialog::updateState()
{
    m_send->setEnabled(!isBusy() && !m_recipient->text().trimmed().isEmpty());
}

bool TestEmailDialog::sendTestEmail()
{
    if (isBusy())
        return false;
    clearErrors();
    m_result->clear();
    const QString recipient = m_recipient->text().trimmed();
    if (!looksLikeEmail(recipient)) {
        m_recipientMessage->showError(tr("Enter an email address, like you@example.com."));
        m_recipient->setFocus();
        return false;
    }
    api::emails::TestEmailRequest request;
    request.recipientEmail = recipient;
    request.server = m_server;
    send<api::TestEmailResult>(
        api::emails::sendTestEmail(context().scope(), request), tr("Sending a test email to %1…").arg(recipient),
        [this, recipient](const api::TestEmailResult &result) {
            m_succeeded = result.success;
            if (result.success) {
                m_result->showHint(tr("The test email was sent to %1. If it does not arrive, look in the spam folder.")
                                       .arg(recipient));
            } else {
                const QString why = result.errorMessage.isEmpty() ? tr("The server gave no reason.") : result.errorMessage;
                m_result->showError(tr("The email server did not send it: %1").arg(why));
            }
            updateState();
            Q_EMIT answered(result.success, result.errorMessage);
        },
        [this](const api::ApiError &error) {
            m_succeeded = false;
            errorBanner()->showActionError(tr("The test email was not sent."), error);
            updateState();
            Q_EMIT answered(false, error.userMessage());
        });
    updateState();
    return true;
}

} // namespace hexclave::ui
