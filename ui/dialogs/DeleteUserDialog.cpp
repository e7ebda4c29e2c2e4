#include "DeleteUserDialog.h"

#include "DialogParts.h"
#include "widgets/ErrorBanner.h"
#include "endpoints/UsersEndpoints.h"
#include "widgets/DestructiveButton.h"
#include "widgets/ThemedIcon.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

DeleteUserDialog::DeleteUserDialog(const ProjectContext &context, const api::User &user, QWidget *parent)
    : RequestDialog(context, parent)
    , m_user(user)
    , m_confirmation(new QLineEdit(this))
    , m_delete(new DestructiveButton(tr("&Delete user"), this))
{
    setWindowTitle(tr("Delete %1").arg(user.label()));
    setMinimumWidth(520);

    auto *icon = new QLabel(this);
    icon->setPixmap(themedIcon(QStringLiteral("warning")).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    auto *what = explanationLabel(
        tr("%1 (%2) will be deleted for good, with everything that belongs to them: their sessions (they are signed "
           "out everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and "
           "API keys. This cannot be undone.")
            .arg(user.label(), user.id),
        this);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(what, 1);

    const bool byEmail = user.primaryEmail.has_value() && !user.primaryEmail->isEmpty();
    auto *prompt = new QLabel(byEmail ? tr("To confirm, type the user's email address, <b>%1</b>:").arg(confirmationText().toHtmlEscaped())
                                      : tr("This user has no email address. To confirm, type the user's ID, <b>%1</b>:")
                                            .arg(confirmationText().toHtmlEscaped()),
                              this);
    prompt->setWordWrap(true);
    prompt->setTextFormat(Qt::RichText);
    prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    prompt->setBuddy(m_confirmation);
    m_confirmation->setAccessibleName(byEmail ? tr("Type the email address to confirm") : tr("Type the user ID to confirm"));
    m_confirmation->setPlaceholderText(confirmationText());

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_delete, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);
    // Enter presses Delete only once it is enabled, i.e. once the text matches.
    m_delete->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addWidget(prompt);
    layout->addWidget(m_confirmation);
    layout->addWidget(busyLine());
    layout->addWidget(buttons);

    setFormWidgets({m_confirmation, m_delete});
    connect(m_confirmation, &QLineEdit::textChanged, this, &DeleteUserDialog::updateDeleteButton);
    connect(m_delete, &QPushButton::clicked, this, &DeleteUserDialog::deleteUser);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeleteUserDialog::reject);
    m_confirmation->setFocus();
    updateDeleteButton();
}

QString DeleteUserDialog::confirmationText() const
{
    return m_user.primaryEmail && !m_user.primaryEmail->isEmpty() ? *m_user.primaryEmail : m_user.id;
}

void DeleteUserDialog::updateDeleteButton()
{
    const bool matches = m_confirmation->text().trimmed() == confirmationText();
    m_delete->setEnabled(matches && !isBusy());
    m_delete->setToolTip(matches ? QString() : tr("Type %1 exactly to enable this button.").arg(confirmationText()));
}

void DeleteUserDialog::deleteUser()
{
    if (isBusy() || m_confirmation->text().trimmed() != confirmationText())
        return;
    send<api::NoContent>(
        api::users::remove(context().scope(), m_user.id), tr("Deleting the user…"),
        [this](api::NoContent) {
            Q_EMIT deleted(m_user.id);
            accept();
        },
        [this](const api::ApiError &error) {
            updateDeleteButton();
            showServerError(error);
        });
}

} // namespace hexclave::ui
