#pragma once

#include "core/ApiError.h"
#include "core/ApiRequest.h"
#include "dto/CustomerPayments.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <optional>

namespace hexclave::api {
class ApiClient;
class ApiJob;
}

namespace hexclave::models {

// How much of each item one customer holds: a row per catalog item of the customer's type, its
// quantity read from the server item by item (a few requests at a time, "…" until it arrives).
// A failure shows on its row, except that a customer the server does not know (USER_NOT_FOUND,
// TEAM_NOT_FOUND) is reported once through customerFailed() and stops the other requests.
// Answers for a previous customer or catalog are dropped.
class ItemBalancesModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemBalancesModel)

public:
    enum Column { ItemColumn, IdColumn, QuantityColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // the item id
        RawValueRole,              // the quantity (qint64), invalid while unknown
        StateRole,                 // RowState as int
    };

    enum class RowState { Waiting, Loading, Loaded, Failed, CustomerFailed };
    Q_ENUM(RowState)

    static constexpr int maxConcurrentRequests = 4;

    ItemBalancesModel(api::ApiClient *client, api::ProjectScope scope, QObject *parent = nullptr);
    ~ItemBalancesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows `customer`'s balances of those `catalogItems` that are for its type, and loads them.
    void setCustomer(const api::CustomerRef &customer, const QList<api::PaymentItem> &catalogItems);
    // The catalog changed: the rows follow it, every balance is read again.
    void setCatalogItems(const QList<api::PaymentItem> &catalogItems);
    void clear();
    // Reads every balance again.
    void reload();
    // Reads one item's balance again (after a change); the old quantity shows meanwhile.
    void refreshItem(const QString &itemId);
    // Adds a row for `itemId` (typed in, when the catalog is out of reach) and reads its balance;
    // an item already listed is read again. Returns its row, -1 without a customer. A refusal
    // (ITEM_NOT_FOUND, ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH) shows on the row like any failure.
    int addItem(const QString &itemId);

    bool hasCustomer() const { return !m_customer.id.isEmpty(); }
    const api::CustomerRef &customer() const { return m_customer; }
    bool isLoading() const;
    int rowOf(const QString &itemId) const;
    QString itemIdAt(int row) const;
    QString itemNameAt(int row) const;
    RowState stateAt(int row) const;
    std::optional<qint64> quantityAt(int row) const;
    const api::ApiError &errorAt(int row) const;
    // The customer could not be found (kind None otherwise).
    const api::ApiError &customerError() const { return m_customerError; }

Q_SIGNALS:
    // Once per customer, when the server does not know the customer.
    void customerFailed(const hexclave::api::ApiError &error);
    // Every balance asked for has been answered (or failed).
    void loadingFinished();

private:
    struct Row
    {
        QString itemId;
        QString name;
        RowState state = RowState::Waiting;
        std::optional<qint64> quantity;
        api::ApiError error;
        int serial = 0; // of the request whose answer the row waits for
        QPointer<api::ApiJob> job;
    };

    void resetRows(const QList<api::PaymentItem> &catalogItems);
    void startMore();
    void request(int row);
    void answered(const QString &itemId, int serial, api::ApiJob *job, std::optional<api::ItemBalance> balance);
    void failCustomer(const api::ApiError &error);
    void abortAll();
    void rowChanged(int row);
    int runningCount() const;
    QString quantityText(const Row &row) const;

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    api::CustomerRef m_customer;
    QList<Row> m_rows;
    QList<QString> m_queue; // item ids waiting for a request
    api::ApiError m_customerError;
    int m_generation = 0;
    int m_nextSerial = 0;
};

} // namespace hexclave::models
