#include "CreateProjectKeysDialog.h"

#include "dialogs/DialogParts.h"
#include "endpoints/ApiKeysEndpoints.h"
#include "widgets/ErrorBanner.h"
#include "widgets/ExpiryPicker.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

qint64 CreateProjectKeysDialog::neverExpiresAtMillis()
{
    // The web dashboard's "never" is a date in the far future too.
    return QDateTime(QDate(2099, 12, 31), QTime(23, 59, 59), Qt::UTC).toMSecsSinceEpoch();
}

CreateProjectKeysDialog::CreateProjectKeysDialog(const ProjectContext &context, QWidget *parent)
    : RequestDialog(context, parent)
    , m_description(new QLineEdit(this))
    , m_descriptionMessage(new FieldMessage(m_description, this))
    , m_expiry(new ExpiryPicker({.choices = {ExpiryPicker::Choice::OneDay, ExpiryPicker::Choice::OneWeek,
                                             ExpiryPicker::Choice::ThirtyDays, ExpiryPicker::Choice::NinetyDays,
                                             ExpiryPicker::Choice::OneYear, ExpiryPicker::Choice::Never,
                                             ExpiryPicker::Choice::OnDate},
                                 .initial = ExpiryPicker::Choice::NinetyDays,
                                 .initialDateInDays = 182},
                                this))
    , m_client(new QCheckBox(tr("&Publishable client key"), this))
    , m_server(new QCheckBox(tr("&Secret server key"), this))
    , m_admin(new QCheckBox(tr("Super secret &admin key"), this))
    , m_kindsMessage(new FieldMessage(m_client, this))
    , m_buttons(new QDialogButtonBox(this))
    , m_create(m_buttons->addButton(tr("C&reate keys"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Create API keys"));
    setMinimumWidth(560);

    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What or who uses these keys, e.g. “Production web app”"));
    m_client->setToolTip(tr("pck_…: identifies the project to client apps (browsers, mobile). Not secret, but only "
                            "needed when the project requires it."));
    m_server->setToolTip(tr("ssk_…: full access to users, teams and data from your server. Keep it secret."));
    m_admin->setToolTip(tr("sak_…: everything, including configuration and these keys. For tools and automation "
                           "only; keep it secret."));
    m_client->setChecked(true);
    m_server->setChecked(true);

    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_create->setDefault(true);

    auto *kinds = new QVBoxLayout;
    kinds->addWidget(m_client);
    kinds->addWidget(m_server);
    kinds->addWidget(m_admin);
    kinds->addWidget(m_kindsMessage);

    auto *form = new QFormLayout;
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_descriptionMessage);
    auto *expiryLabel = new QLabel(tr("&Expires:"), this);
    expiryLabel->setBuddy(m_expiry->choiceField());
    form->addRow(expiryLabel, m_expiry);
    form->addRow(tr("Keys:"), kinds);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(explanationLabel(tr("The new keys are shown once, right after they are made. Only their last "
                                          "four characters can be seen afterwards."),
                                       this));
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(busyLine());
    layout->addWidget(m_buttons);

    setTabChain({m_description, m_expiry->choiceField(), m_expiry->dateField(), m_client, m_server, m_admin});
    setFormWidgets({m_description, m_expiry, m_client, m_server, m_admin, m_create});

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateProjectKeysDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateProjectKeysDialog::reject);
    for (QCheckBox *box : {m_client, m_server, m_admin}) {
        connect(box, &QCheckBox::toggled, m_kindsMessage, [this] {
            if (m_kindsMessage->isShowingError())
                m_kindsMessage->clear();
        });
    }
}

CreateProjectKeysDialog::~CreateProjectKeysDialog() = default;

qint64 CreateProjectKeysDialog::expiresAtMillis(qint64 nowMillis) const
{
    return m_expiry->expiresAtMillis(nowMillis).value_or(neverExpiresAtMillis());
}

bool CreateProjectKeysDialog::checkFields()
{
    clearErrors();
    FieldProblems problems;
    if (m_description->text().trimmed().isEmpty())
        problems.add(m_descriptionMessage, tr("Describe what the keys are for, so that you know which to revoke later."));
    if (!m_client->isChecked() && !m_server->isChecked() && !m_admin->isChecked())
        problems.add(m_kindsMessage, tr("Choose at least one key."));
    return problems.focusFirst();
}

void CreateProjectKeysDialog::create()
{
    if (isBusy() || !checkFields())
        return;
    api::apiKeys::NewProjectApiKeys keys;
    keys.description = m_description->text().trimmed();
    keys.expiresAtMillis = expiresAtMillis(QDateTime::currentMSecsSinceEpoch());
    keys.publishableClientKey = m_client->isChecked();
    keys.secretServerKey = m_server->isChecked();
    keys.superSecretAdminKey = m_admin->isChecked();
    send<api::NewProjectApiKeySecrets>(
        api::apiKeys::createProjectKeys(context().scope(), keys), tr("Creating the keys…"),
        [this](api::NewProjectApiKeySecrets secrets) {
            m_created = std::move(secrets);
            accept();
        },
        [this](const api::ApiError &error) { showServerError(error); });
}

std::optional<api::NewProjectApiKeySecrets> CreateProjectKeysDialog::takeCreated()
{
    std::optional<api::NewProjectApiKeySecrets> created = std::move(m_created);
    m_created.reset();
    return created;
}

bool CreateProjectKeysDialog::hasUnsavedInput() const
{
    return !m_description->text().trimmed().isEmpty();
}

} // namespace hexclave::ui
