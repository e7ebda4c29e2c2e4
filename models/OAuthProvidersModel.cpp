#include "OAuthProvidersModel.h"

#include "UsersModel.h"

namespace hexclave::models {

namespace {

bool isCheckColumn(int column)
{
    return column == OAuthProvidersModel::AllowSignInColumn || column == OAuthProvidersModel::AllowConnectedAccountsColumn;
}

} // namespace

OAuthProvidersModel::OAuthProvidersModel(QObject *parent)
    : ListTableModel(parent)
{
}

int OAuthProvidersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags OAuthProvidersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = ListTableModel::flags(index);
    if (index.isValid() && isCheckColumn(index.column()) && m_editable)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

void OAuthProvidersModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, AllowSignInColumn), index(rowCount() - 1, AllowConnectedAccountsColumn));
}

bool OAuthProvidersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != Qt::CheckStateRole || !isCheckColumn(index.column()) || !m_editable)
        return false;
    const bool allowed = Qt::CheckState(value.toInt()) == Qt::Checked;
    const api::OAuthProvider &provider = rows().at(index.row());
    const bool current = index.column() == AllowSignInColumn ? provider.allowSignIn : provider.allowConnectedAccounts;
    if (allowed != current)
        Q_EMIT changeRequested(provider.id, Column(index.column()), allowed);
    return false;
}

QVariant OAuthProvidersModel::displayData(const api::OAuthProvider &provider, int column) const
{
    switch (column) {
    case ProviderColumn:
        return UsersModel::oauthProviderName(provider.type);
    case AccountIdColumn:
        return provider.accountId;
    case EmailColumn:
        return provider.email.value_or(QString());
    default:
        return {}; // check boxes
    }
}

QVariant OAuthProvidersModel::toolTipData(const api::OAuthProvider &provider, int column) const
{
    switch (column) {
    case ProviderColumn:
        return provider.providerConfigId.isEmpty() || provider.providerConfigId == provider.type
            ? provider.type
            : tr("%1 (configuration %2)").arg(provider.type, provider.providerConfigId);
    case AccountIdColumn:
        return provider.accountId; // elided in a narrow column
    case EmailColumn:
        return provider.email.value_or(QString());
    case AllowSignInColumn:
        return provider.allowSignIn ? tr("The user can sign in with this account")
                                    : tr("The user cannot sign in with this account");
    case AllowConnectedAccountsColumn:
        return provider.allowConnectedAccounts ? tr("The app can use this account's access token (connected account)")
                                               : tr("The app cannot use this account's access token");
    default:
        return {};
    }
}

QVariant OAuthProvidersModel::rawData(const api::OAuthProvider &provider, int column) const
{
    switch (column) {
    case ProviderColumn: return provider.type;
    case AccountIdColumn: return provider.accountId;
    case EmailColumn: return provider.email ? QVariant(*provider.email) : QVariant();
    case AllowSignInColumn: return provider.allowSignIn;
    case AllowConnectedAccountsColumn: return provider.allowConnectedAccounts;
    default: return {};
    }
}

QVariant OAuthProvidersModel::roleData(const api::OAuthProvider &provider, int column, int role) const
{
    if (role != Qt::CheckStateRole)
        return {};
    if (column == AllowSignInColumn)
        return int(provider.allowSignIn ? Qt::Checked : Qt::Unchecked);
    if (column == AllowConnectedAccountsColumn)
        return int(provider.allowConnectedAccounts ? Qt::Checked : Qt::Unchecked);
    return {};
}

QVariant OAuthProvidersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn: return tr("Provider");
    case AccountIdColumn: return tr("Account ID");
    case EmailColumn: return tr("Email");
    case AllowSignInColumn: return tr("Sign-in");
    case AllowConnectedAccountsColumn: return tr("Connected account");
    default: return {};
    }
}

} // namespace hexclave::models
