#include "OAuthProviderDialog.h"

#include "UsersModel.h"
#include "widgets/MnemonicText.h"
#include "config/ConfigSchema.h"
#include "dialogs/DialogParts.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::ConfigSetting;

namespace {

// What the schema says about `id` as an OAuth provider id at each level the provider is written
// at: the branch (type, sign-in) and, online, the environment (its keys); empty when fine.
QString providerIdProblem(const QString &id, bool offline)
{
    const QString path = OAuthProviderDialog::providerPath(id);
    const api::ConfigTree provider = api::ConfigTree().withValue(path, QStringLiteral("{}"));
    QList<api::ConfigLevel> levels{api::ConfigLevel::Branch};
    if (!offline)
        levels << api::ConfigLevel::Environment;
    for (const api::ConfigLevel level : levels) {
        for (const api::ConfigProblem &problem : api::configschema::validate(provider, level)) {
            if (problem.severity == api::ConfigProblem::Severity::Error && problem.path == path)
                return problem.message;
        }
    }
    return {};
}

} // namespace

QString OAuthProviderDialog::typeName(const QString &type)
{
    return models::UsersModel::oauthProviderName(type);
}

QString OAuthProviderDialog::providerPath(const QString &id)
{
    return QStringLiteral("auth.oauth.providers.") + id;
}

OAuthProviderDialog::OAuthProviderDialog(models::ConfigTarget *target, const api::ConfigTree &values,
                                         const QString &providerId, const QStringList &takenIds, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_values(values)
    , m_existingId(providerId)
    , m_takenIds(takenIds)
    , m_id(new QLineEdit(this))
    , m_idMessage(new FieldMessage(m_id, this))
    , m_type(new QComboBox(this))
    , m_allowSignIn(new QCheckBox(tr("Users can &sign in with it"), this))
    , m_allowConnectedAccounts(new QCheckBox(tr("Users can &connect accounts (access its API for them)"), this))
    , m_isShared(new QCheckBox(tr("Use the shared &development keys"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_keysForm(new QFormLayout)
{
    setObjectName(QStringLiteral("oauthProviderDialog"));
    const bool isNew = providerId.isEmpty();
    setWindowTitle(isNew ? tr("Add OAuth provider") : tr("Edit OAuth provider %1").arg(providerId));
    m_id->setObjectName(QStringLiteral("providerId"));
    m_type->setObjectName(QStringLiteral("providerType"));
    m_allowSignIn->setObjectName(QStringLiteral("allowSignIn"));
    m_allowConnectedAccounts->setObjectName(QStringLiteral("allowConnectedAccounts"));
    m_isShared->setObjectName(QStringLiteral("isShared"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("&Add") : tr("&Apply"));

    const QString path = providerPath(providerId);
    for (const QString &type : api::configschema::oauthProviderTypes())
        m_type->addItem(typeName(type), type);
    if (isNew) {
        m_type->setCurrentIndex(std::max(0, m_type->findData(QStringLiteral("github"))));
        m_id->setText(m_type->currentData().toString());
        m_allowSignIn->setChecked(true);
        m_isShared->setChecked(true);
    } else {
        m_id->setText(providerId);
        m_id->setReadOnly(true);
        const QString type = values.stringAt(path + QStringLiteral(".type")).value_or(QString());
        if (m_type->findData(type) < 0)
            m_type->addItem(type, type);
        m_type->setCurrentIndex(m_type->findData(type));
        m_type->setEnabled(false);
        m_allowSignIn->setChecked(values.boolAt(path + QStringLiteral(".allowSignIn")).value_or(false));
        m_allowConnectedAccounts->setChecked(values.boolAt(path + QStringLiteral(".allowConnectedAccounts")).value_or(false));
        m_isShared->setChecked(values.boolAt(path + QStringLiteral(".isShared")).value_or(true));
    }

    QFormLayout *form = m_keysForm;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(QString(), m_idMessage);
    form->addRow(QString(), m_allowSignIn);
    form->addRow(QString(), m_allowConnectedAccounts);
    form->addRow(QString(), m_isShared);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    setMinimumWidth(480);

    QFormLayout *keysForm = m_keysForm;
    const QList<std::tuple<QString, QString, bool>> fields = {
        {QStringLiteral("clientId"), tr("Client i&d:"), false},
        {QStringLiteral("clientSecret"), tr("Client s&ecret:"), true},
        {QStringLiteral("facebookConfigId"), tr("Facebook configuration id:"), false},
        {QStringLiteral("microsoftTenantId"), tr("Microsoft tenant id:"), false},
        {QStringLiteral("appleTeamId"), tr("Apple team id:"), false},
        {QStringLiteral("appleKeyId"), tr("Apple key id:"), false},
        {QStringLiteral("applePrivateKey"), tr("Apple private key:"), true},
    };
    for (const auto &[key, label, secret] : fields) {
        QLineEdit *field = addTextField(key, label, secret);
        keysForm->addRow(label, field);
        if (!isNew)
            field->setText(values.stringAt(path + u'.' + key).value_or(QString()));
    }
    auto *showSecrets = new QCheckBox(tr("S&how secrets"), this);
    showSecrets->setObjectName(QStringLiteral("showSecrets"));
    keysForm->addRow(QString(), showSecrets);
    connect(showSecrets, &QCheckBox::toggled, this, [this](bool show) {
        for (const auto &[key, field] : std::as_const(m_textFields)) {
            if (key == QStringLiteral("clientSecret") || key == QStringLiteral("applePrivateKey"))
                field->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        }
    });

    // The environment settings the target cannot hold (offline: the file) are disabled, with why.
    const QString envReason = target ? target->blockedReason(ConfigSetting::boolean(path + QStringLiteral(".isShared"), true).atEnvironment())
                                     : QString();
    if (!envReason.isEmpty()) {
        auto *note = explanationLabel(envReason, this);
        note->setObjectName(QStringLiteral("blockedNote"));
        layout->addWidget(note);
        m_isShared->setEnabled(false);
        m_isShared->setToolTip(envReason);
        showSecrets->setEnabled(false);
    }
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (m_existingId.isEmpty() && !m_idEdited)
            m_id->setText(m_type->currentData().toString());
        typeChanged();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_idEdited = true;
        validate();
    });
    connect(m_isShared, &QCheckBox::toggled, this, &OAuthProviderDialog::typeChanged);
    typeChanged();
}

QLineEdit *OAuthProviderDialog::addTextField(const QString &key, const QString &label, bool secret)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(key);
    field->setAccessibleName(withoutMnemonic(label).remove(u':'));
    if (secret)
        field->setEchoMode(QLineEdit::Password);
    connect(field, &QLineEdit::textChanged, this, &OAuthProviderDialog::validate);
    m_textFields.append({key, field});
    return field;
}

void OAuthProviderDialog::typeChanged()
{
    const QString type = m_type->currentData().toString();
    const QString path = providerPath(providerId());
    for (const auto &[key, field] : std::as_const(m_textFields)) {
        bool relevant = true;
        if (key == QStringLiteral("facebookConfigId"))
            relevant = type == QStringLiteral("facebook");
        else if (key == QStringLiteral("microsoftTenantId"))
            relevant = type == QStringLiteral("microsoft");
        else if (key.startsWith(QStringLiteral("apple")))
            relevant = type == QStringLiteral("apple");
        field->setVisible(relevant);
        if (QWidget *label = m_keysForm->labelForField(field))
            label->setVisible(relevant);
        const QString reason = m_target ? m_target->blockedReason(ConfigSetting::string(path + u'.' + key, QString()).secret())
                                        : QString();
        field->setEnabled(reason.isEmpty() && !m_isShared->isChecked());
        field->setToolTip(!reason.isEmpty() ? reason
                          : m_isShared->isChecked() ? tr("Not used with the shared development keys")
                                                    : QString());
    }
    validate();
}

QString OAuthProviderDialog::providerId() const
{
    return m_id->text().trimmed();
}

void OAuthProviderDialog::validate()
{
    QString problem;
    const QString id = providerId();
    if (m_existingId.isEmpty()) {
        if (id.isEmpty())
            problem = tr("Give the provider an id.");
        else if (const QString idProblem = providerIdProblem(id, m_target && m_target->isOffline()); !idProblem.isEmpty())
            problem = idProblem;
        else if (m_takenIds.contains(id))
            problem = tr("A provider with the id %1 exists already.").arg(id);
    }
    if (problem.isEmpty())
        m_idMessage->clear();
    else
        m_idMessage->showError(problem);
    bool keysMissing = false;
    if (!m_isShared->isChecked()) {
        for (const auto &[key, field] : std::as_const(m_textFields)) {
            if ((key == QStringLiteral("clientId") || key == QStringLiteral("clientSecret")) && field->isEnabled()
                && field->text().trimmed().isEmpty())
                keysMissing = true;
        }
    }
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(problem.isEmpty() && !keysMissing);
    ok->setToolTip(keysMissing ? tr("Own keys need a client id and a client secret") : QString());
}

QList<ConfigSetting> OAuthProviderDialog::settings() const
{
    const bool isNew = m_existingId.isEmpty();
    const QString path = providerPath(providerId());
    QList<ConfigSetting> candidates;
    if (isNew)
        candidates << ConfigSetting::string(path + QStringLiteral(".type"), m_type->currentData().toString());
    candidates << ConfigSetting::boolean(path + QStringLiteral(".allowSignIn"), m_allowSignIn->isChecked())
               << ConfigSetting::boolean(path + QStringLiteral(".allowConnectedAccounts"), m_allowConnectedAccounts->isChecked());
    if (m_isShared->isEnabled())
        candidates << ConfigSetting::boolean(path + QStringLiteral(".isShared"), m_isShared->isChecked()).atEnvironment();
    if (!m_isShared->isChecked()) {
        for (const auto &[key, field] : std::as_const(m_textFields)) {
            if (!field->isEnabled() || field->isHidden())
                continue;
            const QString value = field->text().trimmed();
            const QString fieldPath = path + u'.' + key;
            if (!value.isEmpty())
                candidates << ConfigSetting::string(fieldPath, value).secret();
            else if (m_values.contains(fieldPath))
                candidates << ConfigSetting::removal(fieldPath).atEnvironment();
        }
    }
    QList<ConfigSetting> changed;
    for (const ConfigSetting &setting : std::as_const(candidates)) {
        if (m_target && !m_target->blockedReason(setting).isEmpty())
            continue;
        if (isNew) {
            changed << setting;
            continue;
        }
        bool same = false;
        switch (setting.type) {
        case ConfigSetting::Type::Bool: {
            const bool defaultValue = setting.path.endsWith(QStringLiteral(".isShared"));
            same = m_values.boolAt(setting.path).value_or(defaultValue) == setting.value.toBool();
            break;
        }
        case ConfigSetting::Type::String:
            same = m_values.stringAt(setting.path) == setting.value.toString();
            break;
        case ConfigSetting::Type::Removal:
            same = !m_values.contains(setting.path);
            break;
        default:
            break;
        }
        if (!same)
            changed << setting;
    }
    return changed;
}

} // namespace hexclave::ui
