#include "CreateOwnedApiKeyDialog.h"

#include "OwnedApiKeyTexts.h"
#include "dialogs/DialogParts.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

constexpr qint64 dayMillis = 24 * 60 * 60 * 1000;

} // namespace

CreateOwnedApiKeyDialog::CreateOwnedApiKeyDialog(const ProjectContext &context, const api::apiKeys::ApiKeyOwner &owner,
                                                 const QString &ownerName, QWidget *parent)
    : RequestDialog(context, parent)
    , m_owner(owner)
    , m_description(new QLineEdit(this))
    , m_descriptionMessage(new FieldMessage(m_description, this))
    , m_secret(new QRadioButton(tr("&Secret: for the owner's servers and scripts; never shown to others"), this))
    , m_public(new QRadioButton(tr("&Public: may be seen by others, e.g. in a browser or an app"), this))
    , m_expiry(new QComboBox(this))
    , m_date(new QDateEdit(this))
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

    m_expiry->setAccessibleName(tr("Expires"));
    m_expiry->addItem(tr("Never"), QVariant::fromValue(Expiry::Never));
    m_expiry->addItem(tr("In 30 days"), QVariant::fromValue(Expiry::Days30));
    m_expiry->addItem(tr("In 90 days"), QVariant::fromValue(Expiry::Days90));
    m_expiry->addItem(tr("In 365 days"), QVariant::fromValue(Expiry::Days365));
    m_expiry->addItem(tr("On a date…"), QVariant::fromValue(Expiry::OnDate));
    m_expiry->setCurrentIndex(m_expiry->findData(QVariant::fromValue(Expiry::Days90)));
    m_date->setAccessibleName(tr("Expiry date"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(QDate::currentDate().addDays(1));
    m_date->setDate(QDate::currentDate().addDays(30));
    m_date->setToolTip(tr("The key stops working at the end of this day (local time)"));

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create key"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_create->setDefault(true);

    auto *typeLayout = new QVBoxLayout;
    typeLayout->addWidget(m_secret);
    typeLayout->addWidget(m_public);
    auto *expiryLayout = new QHBoxLayout;
    expiryLayout->addWidget(m_expiry);
    expiryLayout->addWidget(m_date);
    expiryLayout->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_descriptionMessage);
    form->addRow(tr("Type:"), typeLayout);
    auto *expiryLabel = new QLabel(tr("&Expires:"), this);
    expiryLabel->setBuddy(m_expiry); // a layout has no buddy of its own
    form->addRow(expiryLabel, expiryLayout);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(explanationLabel(tr("The key is shown once, right after it is created. Afterwards only its last "
                                          "four characters can be seen."),
                                       this));
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(busyLine());
    layout->addWidget(buttons);

    setFormWidgets({m_description, m_secret, m_public, m_expiry, m_date, m_create});
    setTabChain({m_description, m_secret, m_public, m_expiry, m_date});

    connect(m_create, &QPushButton::clicked, this, &CreateOwnedApiKeyDialog::createKey);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreateOwnedApiKeyDialog::reject);
    connect(m_description, &QLineEdit::textEdited, m_descriptionMessage, &FieldMessage::clear);
    connect(m_expiry, &QComboBox::currentIndexChanged, this, &CreateOwnedApiKeyDialog::updateDateField);
    updateDateField();
}

void CreateOwnedApiKeyDialog::setExpiry(Expiry expiry)
{
    m_expiry->setCurrentIndex(m_expiry->findData(QVariant::fromValue(expiry)));
}

void CreateOwnedApiKeyDialog::updateDateField()
{
    m_date->setVisible(m_expiry->currentData().value<Expiry>() == Expiry::OnDate);
}

std::optional<qint64> CreateOwnedApiKeyDialog::expiresAtMillis(qint64 nowMillis) const
{
    switch (m_expiry->currentData().value<Expiry>()) {
    case Expiry::Never: return std::nullopt;
    case Expiry::Days30: return nowMillis + 30 * dayMillis;
    case Expiry::Days90: return nowMillis + 90 * dayMillis;
    case Expiry::Days365: return nowMillis + 365 * dayMillis;
    case Expiry::OnDate: return QDateTime(m_date->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1;
    }
    return std::nullopt;
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
            if (error.is(u"SCHEMA_ERROR") && error.message.contains(u"body.description")) {
                m_descriptionMessage->showError(error.message.section(u'\n', 1).trimmed());
                m_description->setFocus();
                return;
            }
            errorBanner()->showError(explainedOwnedApiKeyError(error, kind), false);
        });
}

} // namespace hexclave::ui
