#include "CreateOwnedApiKeyDialog.h"

#include "OwnedApiKeyTexts.h"
#include "dialogs/DialogParts.h"
#include "dialogs/SchemaErrorLines.h"
#include "widgets/ErrorBanner.h"
#include "widgets/ExpiryPicker.h"
#include "widgets/FieldMessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

// Not spelled out in the constructor's initializer list: braces there mislead lupdate.
ExpiryPicker::Options expiryOptions()
{
    return {.choices = {ExpiryPicker::Choice::ThirtyDays, ExpiryPicker::Choice::NinetyDays,
                        ExpiryPicker::Choice::OneYear, ExpiryPicker::Choice::Never, ExpiryPicker::Choice::OnDate},
            .initial = ExpiryPicker::Choice::NinetyDays};
}

} // namespace

CreateOwnedApiKeyDialog::CreateOwnedApiKeyDialog(const ProjectContext &context, const api::apiKeys::ApiKeyOwner &owner,
                                                 const QString &ownerName, QWidget *parent)
    : RequestDialog(context, parent)
    , m_owner(owner)
    , m_description(new QLineEdit(this))
    , m_descriptionMessage(new FieldMessage(m_description, this))
    , m_secret(new QRadioButton(tr("&Secret: for the owner's servers and scripts; never shown to others"), this))
    , m_public(new QRadioButton(tr("&Public: may be seen by others, e.g. in a browser or an app"), this))
    , m_expiry(new ExpiryPicker(expiryOptions(), this))
    , m_create(nullptr)
{
    const bool team = owner.kind == api::ApiKeyOwnerKind::Team;
    setWindowTitle(team ? tr("New API key for the team %1").arg(ownerName) : tr("New API key for %1").arg(ownerName));
    setMinimumWidth(520);

    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What the key is for, e.g. “Nightly export”"));
    m_description->setMaxLength(256);

    auto *types = new QButtonGroup(this);
    types->addButton(m_secret);
    types->addButton(m_public);
    m_secret->setChecked(true);

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create key"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_create->setDefault(true);

    auto *typeLayout = new QVBoxLayout;
    typeLayout->addWidget(m_secret);
    typeLayout->addWidget(m_public);

    auto *form = new QFormLayout;
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_descriptionMessage);
    form->addRow(tr("Type:"), typeLayout);
    auto *expiryLabel = new QLabel(tr("&Expires:"), this);
    expiryLabel->setBuddy(m_expiry->choiceField());
    form->addRow(expiryLabel, m_expiry);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(explanationLabel(tr("The key is shown once, right after it is created. Afterwards only its last "
                                          "four characters can be seen."),
                                       this));
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(busyLine());
    layout->addWidget(buttons);

    setFormWidgets({m_description, m_secret, m_public, m_expiry, m_create});
    setTabChain({m_description, m_secret, m_public, m_expiry->choiceField(), m_expiry->dateField()});

    connect(m_create, &QPushButton::clicked, this, &CreateOwnedApiKeyDialog::createKey);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreateOwnedApiKeyDialog::reject);
    connect(m_description, &QLineEdit::textEdited, m_descriptionMessage, &FieldMessage::clear);
}

std::optional<qint64> CreateOwnedApiKeyDialog::expiresAtMillis(qint64 nowMillis) const
{
    return m_expiry->expiresAtMillis(nowMillis);
}

bool CreateOwnedApiKeyDialog::hasUnsavedInput() const
{
    return !m_created && !m_description->text().trimmed().isEmpty();
}

void CreateOwnedApiKeyDialog::createKey()
{
    if (isBusy() || m_created)
        return;
    clearErrors();
    api::apiKeys::NewOwnedApiKey key;
    key.owner = m_owner;
    key.description = m_description->text().trimmed();
    key.isPublic = m_public->isChecked();
    key.expiresAtMillis = expiresAtMillis(QDateTime::currentMSecsSinceEpoch());
    if (key.description.isEmpty()) {
        m_descriptionMessage->showError(tr("Say what the key is for: it is how the key is recognised later."));
        m_description->setFocus();
        return;
    }
    const api::ApiKeyOwnerKind kind = m_owner.kind;
    send<api::NewOwnedApiKeySecret>(
        api::apiKeys::createOwnedKey(context().scope(), key), tr("Creating the key…"),
        [this](api::NewOwnedApiKeySecret secret) {
            m_created = true;
            Q_EMIT created(secret); // not kept here
            accept();
        },
        [this, kind](const api::ApiError &error) {
            if (const QString aboutDescription = schemaErrorAbout(error, u"description"); !aboutDescription.isEmpty()) {
                m_descriptionMessage->showError(aboutDescription);
                m_description->setFocus();
                return;
            }
            errorBanner()->showError(explainedOwnedApiKeyError(error, kind), false);
        });
}

} // namespace hexclave::ui
