#include "EditUserDialog.h"

#include "DialogParts.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"
#include "widgets/JsonEditor.h"
#include "widgets/MetadataTabs.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hexclave::ui {

EditUserDialog::EditUserDialog(const ProjectContext &context, const api::User &user, QWidget *parent)
    : RequestDialog(context, parent)
    , m_user(user)
    , m_displayName(new QLineEdit(this))
    , m_displayNameMessage(new FieldMessage(m_displayName, this))
    , m_email(new QLineEdit(this))
    , m_emailMessage(new FieldMessage(m_email, this))
    , m_emailVerified(new QCheckBox(tr("&Verified"), this))
    , m_emailForSignIn(new QCheckBox(tr("&Used for sign-in"), this))
    , m_keepPassword(new QRadioButton(this))
    , m_setPassword(new QRadioButton(tr("Set a &new password:"), this))
    , m_removePassword(new QRadioButton(tr("&Remove the password"), this))
    , m_password(passwordLineEdit(this))
    , m_passwordMessage(new FieldMessage(m_password, this))
    , m_profileImage(new QLineEdit(this))
    , m_profileImageMessage(new FieldMessage(m_profileImage, this))
    , m_metadata(new MetadataTabs(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_save(m_buttons->addButton(QDialogButtonBox::Save))
{
    setWindowTitle(tr("Edit %1").arg(user.label()));
    setMinimumSize(620, 640);

    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setPlaceholderText(tr("No name"));
    m_email->setAccessibleName(tr("Primary email"));
    m_email->setPlaceholderText(tr("No primary email"));
    m_emailForSignIn->setToolTip(tr("The user can sign in with this address (with a password or a one-time code). "
                                    "Only one user can use an address for sign-in."));
    m_profileImage->setAccessibleName(tr("Profile image URL"));
    m_profileImage->setPlaceholderText(QStringLiteral("https://…"));
    m_save->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *emailOptions = new QHBoxLayout;
    emailOptions->addWidget(m_emailVerified);
    emailOptions->addWidget(m_emailForSignIn);
    emailOptions->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(QString(), m_displayNameMessage);
    form->addRow(tr("Primary &email:"), m_email);
    form->addRow(QString(), m_emailMessage);
    form->addRow(QString(), emailOptions);
    form->addRow(tr("Password:"), createPasswordChoice());
    form->addRow(tr("Profile &image URL:"), m_profileImage);
    form->addRow(QString(), m_profileImageMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addLayout(form);
    layout->addWidget(m_metadata, 1);
    layout->addWidget(busyLine());
    layout->addWidget(m_buttons);

    setTabChain({m_displayName, m_email, m_emailVerified, m_emailForSignIn, m_keepPassword, m_setPassword, m_password,
                 m_removePassword, m_profileImage, m_metadata});
    setFormWidgets({m_displayName, m_email, m_emailVerified, m_emailForSignIn, m_keepPassword, m_setPassword,
                    m_password, m_removePassword, m_profileImage, m_metadata, m_save});

    connect(m_save, &QPushButton::clicked, this, &EditUserDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditUserDialog::reject);
    connect(m_email, &QLineEdit::textChanged, this, &EditUserDialog::emailChanged);
    for (QRadioButton *option : {m_keepPassword, m_setPassword, m_removePassword})
        connect(option, &QRadioButton::toggled, this, &EditUserDialog::updateFieldStates);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_setPassword->setChecked(true); });

    showUser();
}

QWidget *EditUserDialog::createPasswordChoice()
{
    auto *choice = new QWidget(this);
    auto *group = new QButtonGroup(choice);
    group->addButton(m_keepPassword);
    group->addButton(m_setPassword);
    group->addButton(m_removePassword);
    m_password->setAccessibleName(tr("New password"));
    m_password->setMaxLength(70);

    auto *layout = new QGridLayout(choice);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_keepPassword, 0, 0, 1, 2);
    layout->addWidget(m_setPassword, 1, 0);
    layout->addWidget(m_password, 1, 1);
    layout->addWidget(m_passwordMessage, 2, 1);
    layout->addWidget(m_removePassword, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    return choice;
}

void EditUserDialog::showUser()
{
    m_showsOriginalEmail = true;
    m_displayName->setText(m_user.displayName.value_or(QString()));
    m_email->setText(m_user.primaryEmail.value_or(QString()));
    m_emailVerified->setChecked(m_user.primaryEmailVerified);
    m_emailForSignIn->setChecked(m_user.primaryEmailAuthEnabled);
    m_keepPassword->setText(m_user.hasPassword ? tr("&Keep the current password") : tr("&Keep it without a password"));
    m_keepPassword->setChecked(true);
    m_removePassword->setEnabled(m_user.hasPassword);
    m_removePassword->setToolTip(m_user.hasPassword ? tr("The user can no longer sign in with a password.")
                                                    : tr("This user has no password."));
    m_password->clear();
    m_profileImage->setText(m_user.profileImageUrl.value_or(QString()));
    for (QLineEdit *field : {m_displayName, m_email, m_profileImage})
        field->setCursorPosition(0); // long values show their beginning
    m_metadata->editor(MetadataTabs::Kind::Client)->setJson(m_user.clientMetadata);
    m_metadata->editor(MetadataTabs::Kind::ClientReadOnly)->setJson(m_user.clientReadOnlyMetadata);
    m_metadata->editor(MetadataTabs::Kind::Server)->setJson(m_user.serverMetadata);
    updateFieldStates();
}

void EditUserDialog::emailChanged()
{
    // A different address is not verified: untick once when the text leaves the user's address
    // (the person may tick it again), and restore the flag when it comes back.
    const bool original = nullIfEmpty(m_email->text()) == m_user.primaryEmail;
    if (original != m_showsOriginalEmail) {
        m_showsOriginalEmail = original;
        m_emailVerified->setChecked(original && m_user.primaryEmailVerified);
    }
    updateFieldStates();
}

void EditUserDialog::updateFieldStates()
{
    const bool hasEmail = !m_email->text().trimmed().isEmpty();
    for (QCheckBox *box : {m_emailVerified, m_emailForSignIn}) {
        box->setEnabled(hasEmail && !isBusy());
        box->setToolTip(hasEmail ? QString() : tr("Enter an email address first."));
    }
    m_removePassword->setEnabled(m_user.hasPassword && !isBusy());
}

api::users::UserPatch EditUserDialog::changes() const
{
    api::users::UserPatch patch;
    const auto displayName = nullIfEmpty(m_displayName->text());
    if (displayName != m_user.displayName)
        patch.displayName = displayName;

    const auto email = nullIfEmpty(m_email->text());
    if (email != m_user.primaryEmail)
        patch.primaryEmail = email;
    // Without an address the server clears both flags itself, and refuses them set.
    if (email) {
        if (m_emailVerified->isChecked() != m_user.primaryEmailVerified || patch.primaryEmail)
            patch.primaryEmailVerified = m_emailVerified->isChecked();
        if (m_emailForSignIn->isChecked() != m_user.primaryEmailAuthEnabled || patch.primaryEmail)
            patch.primaryEmailAuthEnabled = m_emailForSignIn->isChecked();
    }

    if (m_setPassword->isChecked() && !m_password->text().isEmpty())
        patch.password = std::optional<QString>(m_password->text());
    else if (m_removePassword->isChecked() && m_user.hasPassword)
        patch.password = std::optional<QString>();

    const auto profileImage = nullIfEmpty(m_profileImage->text());
    if (profileImage != m_user.profileImageUrl)
        patch.profileImageUrl = profileImage;

    m_metadata->putEdited(patch);
    return patch;
}

bool EditUserDialog::checkFields()
{
    clearErrors();
    FieldProblems problems;
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !looksLikeEmail(email))
        problems.add(m_emailMessage, tr("This is not an email address (name@example.com)."));
    if (m_setPassword->isChecked() && m_password->text().isEmpty())
        problems.add(m_passwordMessage, tr("Enter the new password, or keep the current one."));
    else if (m_setPassword->isChecked() && email.isEmpty())
        problems.add(m_passwordMessage, tr("A password needs a primary email address to sign in with."));
    problems.checkImageUrl(m_profileImageMessage, m_profileImage->text(), FieldProblems::DataImages::Accepted);
    problems.checkMetadata(m_metadata);
    return problems.focusFirst();
}

void EditUserDialog::save()
{
    if (isBusy() || !checkFields())
        return;
    const api::users::UserPatch patch = changes();
    if (patch.isEmpty()) {
        accept();
        return;
    }
    send<api::User>(
        api::users::update(context().scope(), m_user.id, patch), tr("Saving…"),
        [this](api::User updated) {
            m_user = updated;
            showUser();
            Q_EMIT saved(m_user);
            accept();
        },
        [this](const api::ApiError &error) {
            showServerError(error);
            updateFieldStates();
        });
    updateFieldStates();
}

bool EditUserDialog::confirmDiscardingInput()
{
    return confirmDiscardingChanges(m_user.label(), [this] { save(); });
}

FieldMessage *EditUserDialog::fieldMessage(UserField field) const
{
    switch (field) {
    case UserField::DisplayName: return m_displayNameMessage;
    case UserField::PrimaryEmail: return m_emailMessage;
    case UserField::Password: return m_passwordMessage;
    case UserField::ProfileImageUrl: return m_profileImageMessage;
    case UserField::ClientMetadata:
    case UserField::ClientReadOnlyMetadata:
    case UserField::ServerMetadata: // shown by showFieldError()
    case UserField::RestrictionReason:
    case UserField::RestrictionDetails:
        break;
    }
    return nullptr;
}

QWidget *EditUserDialog::showFieldError(UserField field, const QString &message)
{
    const auto kind = metadataKind(field);
    if (!kind)
        return RequestDialog::showFieldError(field, message);
    m_metadata->showServerError(*kind, message);
    return m_metadata->editor(*kind);
}

} // namespace hexclave::ui
