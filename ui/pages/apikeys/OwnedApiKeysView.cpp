#include "OwnedApiKeysView.h"

#include "CheckApiKeyDialog.h"
#include "CreateOwnedApiKeyDialog.h"
#include "OwnedApiKeyTexts.h"
#include "OwnedApiKeysModel.h"
#include "dialogs/ShownOnceSecretsDialog.h"
#include "endpoints/ApiKeysEndpoints.h"
#include "pages/users/detail/UserListTable.h"
#include "widgets/DimmedRowDelegate.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace hexclave::ui {

using models::OwnedApiKeysModel;

OwnedApiKeysView::OwnedApiKeysView(const ProjectContext &context, api::ApiKeyOwnerKind kind, QWidget *parent)
    : SubjectDataView(context, parent)
    , m_kind(kind)
    , m_model(new OwnedApiKeysModel(this))
    , m_table(makeUserListTable(m_model, this))
    , m_create(new QPushButton(tr("Create…"), this))
    , m_revoke(new QPushButton(tr("Revoke…"), this))
    , m_check(new QPushButton(tr("Check a key…"), this))
{
    const bool team = kind == api::ApiKeyOwnerKind::Team;
    m_table->setAccessibleName(team ? tr("API keys of the team") : tr("API keys of the user"));
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegate(new DimmedRowDelegate(OwnedApiKeysModel::NoLongerWorksRole, m_table));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(OwnedApiKeysModel::DescriptionColumn, QHeaderView::Stretch);
    for (const int column : {OwnedApiKeysModel::TypeColumn, OwnedApiKeysModel::KeyColumn, OwnedApiKeysModel::CreatedColumn,
                             OwnedApiKeysModel::ExpiresColumn, OwnedApiKeysModel::StatusColumn})
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_create->setToolTip(team ? tr("Create an API key for this team; its value is shown once")
                              : tr("Create an API key for this user; its value is shown once"));
    m_revoke->setToolTip(tr("Stop the selected key from working, for good"));
    m_check->setToolTip(tr("Paste a key to see whether it works and whose it is"));
    for (QPushButton *button : {m_create, m_revoke, m_check})
        addToolButton(button);
    setListView(m_table);
    setLoadsWhenShown(true);

    connect(m_create, &QPushButton::clicked, this, &OwnedApiKeysView::createKey);
    connect(m_revoke, &QPushButton::clicked, this, &OwnedApiKeysView::revoke);
    connect(m_check, &QPushButton::clicked, this, &OwnedApiKeysView::checkKey);
    bindDeleteKey(m_revoke);
    updateActions();
}

OwnedApiKeysView::~OwnedApiKeysView() = default;

void OwnedApiKeysView::setOwner(const QString &ownerId, const QString &ownerName)
{
    setSubject(ownerId, ownerName);
}

void OwnedApiKeysView::clearOwner()
{
    clearSubject();
}

void OwnedApiKeysView::startLoading()
{
    fetch(api::apiKeys::ownedKeys(context().scope(), {m_kind, subjectId()}),
          [this](api::Page<api::OwnedApiKey> page) { m_model->setRows(std::move(page.items)); });
}

void OwnedApiKeysView::clearData()
{
    m_model->clear();
}

bool OwnedApiKeysView::hasData() const
{
    return m_model->rowCount() > 0;
}

QString OwnedApiKeysView::emptyText() const
{
    return m_kind == api::ApiKeyOwnerKind::Team ? tr("No API keys. Create one for the team's programs to sign in with.")
                                                : tr("No API keys. Create one for the user's programs to sign in with.");
}

QString OwnedApiKeysView::loadingText() const
{
    return tr("Loading API keys…");
}

QString OwnedApiKeysView::failedText() const
{
    if (isOwnedApiKeysDisabled(loadError()))
        return ownedApiKeysDisabledText(m_kind);
    return tr("The API keys could not be loaded. The reason is shown above.");
}

api::ApiError OwnedApiKeysView::explained(const api::ApiError &error) const
{
    return explainedOwnedApiKeyError(error, m_kind);
}

const api::OwnedApiKey *OwnedApiKeysView::selectedKey() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row()) ? m_model->rowAt(current.row())
                                                                                        : nullptr;
}

void OwnedApiKeysView::updateActions()
{
    const api::OwnedApiKey *key = selectedKey();
    m_create->setEnabled(canAct());
    m_revoke->setEnabled(canAct() && key && !key->isRevoked());
    m_revoke->setToolTip(key && key->isRevoked() ? tr("The selected key is already revoked")
                                                 : tr("Stop the selected key from working, for good"));
    // Checking needs no list, only an owner to compare with.
    m_check->setEnabled(state() != State::NoSubject);
}

void OwnedApiKeysView::createKey()
{
    if (!canAct())
        return;
    auto *dialog = new CreateOwnedApiKeyDialog(context(), {m_kind, subjectId()}, subjectName(), this);
    const int generation = subjectGeneration();
    // The value is shown whatever is selected by then: it can never be shown again.
    connect(dialog, &CreateOwnedApiKeyDialog::created, this, &OwnedApiKeysView::showNewKey);
    connect(dialog, &QDialog::finished, this, [this, dialog, generation](int result) {
        dialog->deleteLater();
        if (result == QDialog::Accepted && generation == subjectGeneration())
            reload();
    });
    dialog->open();
}

void OwnedApiKeysView::showNewKey(const api::NewOwnedApiKeySecret &secret)
{
    const QString name = secret.key.description;
    auto *dialog = new ShownOnceSecretsDialog(
        tr("New API key “%1”").arg(name),
        tr("The API key “%1” was created (%2). Copy it now and hand it over safely: it is shown only this once.")
            .arg(name, secret.key.isPublic ? tr("public") : tr("secret")),
        {{tr("API key"), secret.value, tr("Copy the API key")}}, this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
    if (secret.key.ownerId == subjectId())
        showResult(tr("API key “%1” created. Only its last four characters can be seen again.").arg(name), false);
}

void OwnedApiKeysView::revoke()
{
    const api::OwnedApiKey *key = selectedKey();
    if (!key || key->isRevoked())
        return;
    const QString id = key->id;
    const QString name = tr("“%1” (%2)").arg(key->description, OwnedApiKeysModel::maskedKey(key->lastFour));
    confirm(tr("Revoke API key"),
            tr("Revoke the API key %1 of %2? Whatever uses it stops working at once. This cannot be undone.")
                .arg(name, subjectName()),
            tr("Revoke key"), [this, id, name] {
                perform<api::OwnedApiKey>(api::apiKeys::revokeOwnedKey(context().scope(), {m_kind, subjectId()}, id),
                                          {.busyText = tr("Revoking %1…").arg(name),
                                           .doneText = tr("%1 revoked.").arg(name),
                                           .failedText = tr("Revoking %1 failed.").arg(name),
                                           .affectsSubject = false});
            });
}

void OwnedApiKeysView::checkKey()
{
    if (state() == State::NoSubject)
        return;
    auto *dialog = new CheckApiKeyDialog(context(), m_kind, subjectId(), subjectName(), this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

} // namespace hexclave::ui
