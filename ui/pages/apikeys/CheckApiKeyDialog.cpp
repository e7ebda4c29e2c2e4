#include "CheckApiKeyDialog.h"

#include "OwnedApiKeyTexts.h"
#include "OwnedApiKeysModel.h"
#include "dialogs/DialogParts.h"
#include "endpoints/ApiKeysEndpoints.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

CheckApiKeyDialog::CheckApiKeyDialog(const ProjectContext &context, api::ApiKeyOwnerKind kind, const QString &ownerId,
                                     const QString &ownerName, QWidget *parent)
    : RequestDialog(context, parent)
    , m_kind(kind)
    , m_ownerId(ownerId)
    , m_ownerName(ownerName)
    , m_key(passwordLineEdit(this))
    , m_result(new FieldMessage(m_key, this))
    , m_check(nullptr)
{
    const bool team = kind == api::ApiKeyOwnerKind::Team;
    setWindowTitle(team ? tr("Check a team API key") : tr("Check a user API key"));
    setMinimumWidth(520);

    m_key->setAccessibleName(tr("API key"));
    m_key->setPlaceholderText(tr("Paste the key here"));
    m_key->setClearButtonEnabled(true);

    auto *buttons = new QDialogButtonBox(this);
    m_check = buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_check->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(QString(), m_result);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(explanationLabel(team ? tr("Whether a team API key of this project works, and whose it is. The key "
                                                 "is sent to the server only to check it; it is not stored anywhere.")
                                            : tr("Whether a user API key of this project works, and whose it is. The key "
                                                 "is sent to the server only to check it; it is not stored anywhere."),
                                       this));
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(busyLine());
    layout->addWidget(buttons);

    setFormWidgets({m_key, m_check});

    connect(m_check, &QPushButton::clicked, this, &CheckApiKeyDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &CheckApiKeyDialog::reject);
    connect(m_key, &QLineEdit::textEdited, this, [this] { showOutcome(Outcome::None, {}); });
}

CheckApiKeyDialog::~CheckApiKeyDialog()
{
    m_key->clear();
}

QString CheckApiKeyDialog::resultText() const
{
    return m_result->text();
}

void CheckApiKeyDialog::done(int result)
{
    m_key->clear();
    RequestDialog::done(result);
}

void CheckApiKeyDialog::showOutcome(Outcome outcome, const QString &text)
{
    m_outcome = outcome;
    if (text.isEmpty())
        m_result->clear();
    else if (outcome == Outcome::Valid)
        m_result->showHint(text);
    else
        m_result->showError(text);
}

void CheckApiKeyDialog::check()
{
    if (isBusy())
        return;
    clearErrors();
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        showOutcome(Outcome::None, {});
        m_result->showError(tr("Paste the key to check."));
        m_key->setFocus();
        return;
    }
    showOutcome(Outcome::None, {});
    const bool team = m_kind == api::ApiKeyOwnerKind::Team;
    send<api::OwnedApiKey>(
        api::apiKeys::checkOwnedKey(context().scope(), m_kind, key), tr("Checking…"),
        [this](const api::OwnedApiKey &found) {
            const QString name = found.description.isEmpty()
                ? models::OwnedApiKeysModel::maskedKey(found.lastFour)
                : tr("“%1” (%2)").arg(found.description, models::OwnedApiKeysModel::maskedKey(found.lastFour));
            if (found.ownerId == m_ownerId)
                showOutcome(Outcome::Valid, tr("Valid: this is the key %1 of %2, and it works.").arg(name, m_ownerName));
            else if (found.ownerKind == api::ApiKeyOwnerKind::Team)
                showOutcome(Outcome::ValidForAnotherOwner,
                            tr("Valid, but not a key of %1: %2 belongs to another team (id %3).").arg(m_ownerName, name, found.ownerId));
            else
                showOutcome(Outcome::ValidForAnotherOwner,
                            tr("Valid, but not a key of %1: %2 belongs to another user (id %3).").arg(m_ownerName, name, found.ownerId));
        },
        [this, team](const api::ApiError &error) {
            if (error.is(u"API_KEY_REVOKED"))
                showOutcome(Outcome::Revoked, tr("Revoked: this key was revoked and no longer works."));
            else if (error.is(u"API_KEY_EXPIRED"))
                showOutcome(Outcome::Expired, tr("Expired: this key no longer works."));
            else if (error.is(u"API_KEY_NOT_FOUND"))
                showOutcome(Outcome::NotFound, team ? tr("Not found: no team API key of this project has this value.")
                                                    : tr("Not found: no user API key of this project has this value."));
            else if (error.is(u"WRONG_API_KEY_TYPE"))
                showOutcome(Outcome::OtherKind, team ? tr("This is a user API key, not a team API key: check it from the user's API keys.")
                                                     : tr("This is a team API key, not a user API key: check it from the team's API keys."));
            else {
                showOutcome(Outcome::Failed, {});
                errorBanner()->showError(explainedOwnedApiKeyError(error, m_kind), false);
            }
            m_key->setFocus();
        });
}

} // namespace hexclave::ui
