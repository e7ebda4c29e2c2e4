#pragma once

#include "ListTableModel.h"

#include "dto/OAuthProvider.h"

namespace hexclave::models {

// The accounts a user linked with OAuth providers. The two permissions of a link — signing in
// with it, and using it as a connected account — are check boxes; ticking one does not change
// the row but asks for the change (changeRequested), since only the server's answer may.
class OAuthProvidersModel : public ListTableModel<api::OAuthProvider>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthProvidersModel)

public:
    enum Column { ProviderColumn, AccountIdColumn, EmailColumn, AllowSignInColumn, AllowConnectedAccountsColumn,
                  ColumnCount };
    Q_ENUM(Column)

    explicit OAuthProvidersModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // For the check box columns: emits changeRequested and returns false (nothing changed yet).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // While a change is being saved the check boxes cannot be ticked.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

Q_SIGNALS:
    // A person ticked or unticked a check box of the provider link `providerId`.
    void changeRequested(const QString &providerId, hexclave::models::OAuthProvidersModel::Column column, bool allowed);

protected:
    QVariant displayData(const api::OAuthProvider &provider, int column) const override;
    QVariant toolTipData(const api::OAuthProvider &provider, int column) const override;
    QVariant rawData(const api::OAuthProvider &provider, int column) const override;
    QVariant roleData(const api::OAuthProvider &provider, int column, int role) const override;

private:
    bool m_editable = true;
};

} // namespace hexclave::models
