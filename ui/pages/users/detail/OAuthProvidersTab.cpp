#include "OAuthProvidersTab.h"

#include "UserListTable.h"
#include "UsersModel.h"
#include "endpoints/OAuthProvidersEndpoints.h"
#include "widgets/PaletteColors.h"

#include <QHeaderView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>

namespace hexclave::ui {

using models::OAuthProvidersModel;

namespace {

// Check boxes in a list, with a frame that shows on dark palettes too.
class CheckBoxColumnDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->palette = withVisibleItemCheckBoxes(option->palette);
    }
};

} // namespace

OAuthProvidersTab::OAuthProvidersTab(const ProjectContext &context, QWidget *parent)
    : UserDataView(context, parent)
    , m_model(new OAuthProvidersModel(this))
    , m_table(makeUserListTable(m_model, this))
    , m_remove(new QPushButton(tr("Remove…"), this))
{
    m_table->setAccessibleName(tr("OAuth accounts"));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->resizeSection(OAuthProvidersModel::ProviderColumn, 90);
    columns->resizeSection(OAuthProvidersModel::AccountIdColumn, 110);
    columns->resizeSection(OAuthProvidersModel::EmailColumn, 170);
    columns->resizeSection(OAuthProvidersModel::AllowSignInColumn, 64);
    for (const int column : {OAuthProvidersModel::AllowSignInColumn, OAuthProvidersModel::AllowConnectedAccountsColumn})
        m_table->setItemDelegateForColumn(column, new CheckBoxColumnDelegate(m_table));

    m_remove->setToolTip(tr("Unlink the selected account from this user"));
    addToolButton(m_remove);
    setListView(m_table);

    connect(m_model, &OAuthProvidersModel::changeRequested, this, &OAuthProvidersTab::changeFlag);
    connect(m_remove, &QPushButton::clicked, this, &OAuthProvidersTab::removeProvider);
    bindDeleteKey(m_remove);
    updateActions();
}

void OAuthProvidersTab::startLoading()
{
    fetch(api::oauthProviders::list(context().scope(), userId()),
          [this](api::Page<api::OAuthProvider> page) { m_model->setRows(std::move(page.items)); });
}

void OAuthProvidersTab::clearData()
{
    m_model->clear();
}

bool OAuthProvidersTab::hasData() const
{
    return m_model->rowCount() > 0;
}

QString OAuthProvidersTab::emptyText() const
{
    return tr("No OAuth accounts: this user has not signed in with Google, GitHub or another provider.");
}

QString OAuthProvidersTab::loadingText() const
{
    return tr("Loading OAuth accounts…");
}

QString OAuthProvidersTab::failedText() const
{
    return tr("The OAuth accounts could not be loaded. The reason is shown above.");
}

const api::OAuthProvider *OAuthProvidersTab::selectedProvider() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row()) ? m_model->rowAt(current.row())
                                                                                        : nullptr;
}

void OAuthProvidersTab::updateActions()
{
    m_remove->setEnabled(canAct() && selectedProvider());
    m_model->setEditable(canAct());
}

void OAuthProvidersTab::changeFlag(const QString &providerId, OAuthProvidersModel::Column column, bool allowed)
{
    const int row = m_model->rowOf(providerId);
    if (row < 0 || !canAct())
        return;
    const QString name = models::UsersModel::oauthProviderName(m_model->rowAt(row)->type);
    api::oauthProviders::OAuthProviderPatch patch;
    QString busy;
    QString done;
    if (column == OAuthProvidersModel::AllowSignInColumn) {
        patch.allowSignIn = allowed;
        busy = allowed ? tr("Allowing sign-in with %1…").arg(name) : tr("Turning off sign-in with %1…").arg(name);
        done = allowed ? tr("The user can sign in with %1.").arg(name) : tr("The user can no longer sign in with %1.").arg(name);
    } else {
        patch.allowConnectedAccounts = allowed;
        busy = allowed ? tr("Allowing %1 as a connected account…").arg(name)
                       : tr("Turning off %1 as a connected account…").arg(name);
        done = allowed ? tr("%1 can be used as a connected account.").arg(name)
                       : tr("%1 is no longer used as a connected account.").arg(name);
    }
    perform<api::OAuthProvider>(api::oauthProviders::update(context().scope(), userId(), providerId, patch),
                                {.busyText = busy,
                                 .doneText = done,
                                 .failedText = tr("Changing the %1 account failed.").arg(name),
                                 .affectsUserRow = column == OAuthProvidersModel::AllowSignInColumn},
                                [this](const api::OAuthProvider &changed) {
                                    // Show the server's answer at once; the reload follows.
                                    if (const int at = m_model->rowOf(changed.id); at >= 0)
                                        m_model->replaceRow(at, changed);
                                });
}

void OAuthProvidersTab::removeProvider()
{
    const api::OAuthProvider *provider = selectedProvider();
    if (!provider)
        return;
    const QString id = provider->id;
    const QString name = models::UsersModel::oauthProviderName(provider->type);
    const QString account = provider->email.value_or(provider->accountId);
    confirm(tr("Remove OAuth account"),
            tr("Unlink the %1 account %2 from %3? If it is their only way to sign in, they can no longer sign in.")
                .arg(name, account, user().label()),
            tr("Remove"), [this, id, name, account] {
                perform<api::NoContent>(api::oauthProviders::remove(context().scope(), userId(), id),
                                        {.busyText = tr("Removing the %1 account…").arg(name),
                                         .doneText = tr("The %1 account %2 was removed.").arg(name, account),
                                         .failedText = tr("Removing the %1 account failed.").arg(name),
                                         .affectsUserRow = true});
            });
}

} // namespace hexclave::ui
