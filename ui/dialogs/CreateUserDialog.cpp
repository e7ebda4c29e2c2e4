#include "CreateUserDialog.h"

#include "DialogParts.h"
#include "endpoints/UsersEndpoints.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"
#include "widgets/JsonEditor.h"
#include "widgets/MetadataTabs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace hexclave::ui {

CreateUserDialog::CreateUserDialog(const ProjectContext &context, QWidget *parent)
    : RequestDialog(context, parent)
    , m_email(new QLineEdit(this))
    , m_emailMessage(new FieldMessage(m_email, this))
    , m_emailVerified(new QCheckBox(tr("Email address is &verified"), this))
    , m_emailForSignIn(new QCheckBox(tr("&Used for sign-in"), this))
    , m_password(passwordLineEdit(this))
    , m_passwordMessage(new FieldMessage(m_password, this))
    , m_noPassword(new QCheckBox(tr("&No password (the user signs in another way)"), this))
    , m_displayName(new QLineEdit(this))
    , m_displayNameMessage(new FieldMessage(m_displayName, this))
    , m_metadataToggle(new QToolButton(this))
    , m_metadata(new MetadataTabs(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_create(m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Create user"));
    setMinimumWidth(560);

    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setAccessibleName(tr("Email"));
    m_emailForSignIn->setChecked(true);
    m_emailForSignIn->setToolTip(tr("The user can sign in with this address (with a password or a one-time code). "
                                    "Only one user can use an address for sign-in."));
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("At most 70 characters"));
    m_password->setMaxLength(70);
    m_noPassword->setAccessibleName(tr("No password"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setPlaceholderText(tr("Optional"));

    m_metadataToggle->setText(tr("&Metadata"));
    m_metadataToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_metadataToggle->setAutoRaise(true);
    m_metadataToggle->setCheckable(true);
    m_metadataToggle->setAccessibleName(tr("Show metadata"));
    m_metadata->setMinimumHeight(220);
    setMetadataShown(false);

    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_create->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailMessage);
    auto *emailOptions = new QHBoxLayout;
    emailOptions->addWidget(m_emailVerified);
    emailOptions->addWidget(m_emailForSignIn);
    emailOptions->addStretch();
    form->addRow(QString(), emailOptions);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_passwordMessage);
    form->addRow(QString(), m_noPassword);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(QString(), m_displayNameMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addLayout(form);
    layout->addWidget(m_metadataToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_metadata, 1);
    layout->addStretch();
    layout->addWidget(busyLine());
    layout->addWidget(m_buttons);

    setTabChain({m_email, m_emailVerified, m_emailForSignIn, m_password, m_noPassword, m_displayName,
                 m_metadataToggle, m_metadata});
    setFormWidgets({m_email, m_emailVerified, m_emailForSignIn, m_password, m_noPassword, m_displayName,
                    m_metadataToggle, m_metadata, m_create});

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateUserDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateUserDialog::reject);
    connect(m_email, &QLineEdit::textChanged, this, &CreateUserDialog::updateFieldStates);
    connect(m_noPassword, &QCheckBox::toggled, this, &CreateUserDialog::updateFieldStates);
    connect(m_metadataToggle, &QToolButton::toggled, this, &CreateUserDialog::setMetadataShown);
    updateFieldStates();
}

void CreateUserDialog::updateFieldStates()
{
    const bool hasEmail = !m_email->text().trimmed().isEmpty();
    const QString needsEmail = hasEmail ? QString() : tr("Enter an email address first.");
    m_emailVerified->setEnabled(hasEmail);
    m_emailForSignIn->setEnabled(hasEmail);
    m_emailVerified->setToolTip(needsEmail);
    m_password->setEnabled(!m_noPassword->isChecked());
}

void CreateUserDialog::setMetadataShown(bool shown)
{
    m_metadataToggle->setChecked(shown);
    m_metadataToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_metadataToggle->setAccessibleName(shown ? tr("Hide metadata") : tr("Show metadata"));
    m_metadata->setVisible(shown);
    if (isVisible())
        adjustSize();
}

bool CreateUserDialog::checkFields()
{
    clearErrors();
    FieldProblems problems;
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !looksLikeEmail(email))
        problems.add(m_emailMessage, tr("This is not an email address (name@example.com)."));
    if (!m_noPassword->isChecked()) {
        if (m_password->text().isEmpty())
            problems.add(m_passwordMessage, tr("Enter a password, or choose “No password”."));
        else if (email.isEmpty())
            problems.add(m_passwordMessage, tr("A password needs an email address to sign in with."));
    }
    if (JsonEditor *invalid = m_metadata->firstInvalid()) {
        setMetadataShown(true);
        if (problems.isEmpty())
            invalid->moveCursorToError();
        problems.add(invalid);
    }
    return problems.focusFirst();
}

bool CreateUserDialog::hasUnsavedInput() const
{
    for (const QLineEdit *field : {m_email, m_password, m_displayName}) {
        if (!field->text().isEmpty())
            return true;
    }
    for (auto kind : {MetadataTabs::Kind::Client, MetadataTabs::Kind::ClientReadOnly, MetadataTabs::Kind::Server}) {
        if (m_metadata->editor(kind)->hasChanges())
            return true;
    }
    return false;
}

void CreateUserDialog::create()
{
    if (isBusy() || !checkFields())
        return;

    api::users::NewUser user;
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty()) {
        user.primaryEmail = email;
        user.primaryEmailVerified = m_emailVerified->isChecked();
        user.primaryEmailAuthEnabled = m_emailForSignIn->isChecked();
    }
    if (!m_noPassword->isChecked())
        user.password = m_password->text();
    if (!m_displayName->text().trimmed().isEmpty())
        user.displayName = m_displayName->text().trimmed();
    // Only values someone typed: an untouched editor leaves the server's default (null).
    if (m_metadata->editor(MetadataTabs::Kind::Client)->hasChanges())
        user.clientMetadataJson = m_metadata->editor(MetadataTabs::Kind::Client)->json();
    if (m_metadata->editor(MetadataTabs::Kind::ClientReadOnly)->hasChanges())
        user.clientReadOnlyMetadataJson = m_metadata->editor(MetadataTabs::Kind::ClientReadOnly)->json();
    if (m_metadata->editor(MetadataTabs::Kind::Server)->hasChanges())
        user.serverMetadataJson = m_metadata->editor(MetadataTabs::Kind::Server)->json();

    send<api::User>(
        api::users::create(context().scope(), user), tr("Creating the user…"),
        [this](api::User created) {
            Q_EMIT this->created(created);
            accept();
        },
        [this](const api::ApiError &error) {
            updateFieldStates();
            showServerError(error);
        });
}

FieldMessage *CreateUserDialog::fieldMessage(UserField field) const
{
    switch (field) {
    case UserField::PrimaryEmail: return m_emailMessage;
    case UserField::Password: return m_passwordMessage;
    case UserField::DisplayName: return m_displayNameMessage;
    case UserField::ClientMetadata:
    case UserField::ClientReadOnlyMetadata:
    case UserField::ServerMetadata: // shown by showFieldError()
    case UserField::ProfileImageUrl:
    case UserField::RestrictionReason:
    case UserField::RestrictionDetails:
        break;
    }
    return nullptr;
}

QWidget *CreateUserDialog::showFieldError(UserField field, const QString &message)
{
    const auto kind = metadataKind(field);
    if (!kind)
        return RequestDialog::showFieldError(field, message);
    setMetadataShown(true);
    m_metadata->showServerError(*kind, message);
    return m_metadata->editor(*kind);
}

} // namespace hexclave::ui
