#pragma once

#include "ListTableModel.h"

#include "core/ApiError.h"
#include "core/ApiRequest.h"
#include "dto/CustomerPayments.h"

#include <QPointer>

namespace hexclave::api {
class ApiClient;
class ApiJob;
}

namespace hexclave::models {

// The products one customer owns (GET /payments/products/{type}/{id}), read page after page
// through the cursor until the list is complete: name, quantity, one-time or subscription, and
// when a subscription renews or ends. A reload keeps the rows shown until its first page is in;
// another customer forgets them at once. Answers for an earlier load are dropped.
class OwnedProductsModel : public ListTableModel<api::OwnedProduct>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnedProductsModel)

public:
    enum Column { ProductColumn, QuantityColumn, KindColumn, PeriodEndColumn, ColumnCount };
    Q_ENUM(Column)

    enum class State { NoCustomer, Loading, Loaded, Failed };
    Q_ENUM(State)

    static constexpr int pageSize = 100; // the most the server gives at once

    OwnedProductsModel(api::ApiClient *client, api::ProjectScope scope, QObject *parent = nullptr);
    ~OwnedProductsModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCustomer(const api::CustomerRef &customer);
    void clear();
    void reload();

    const api::CustomerRef &customer() const { return m_customer; }
    State state() const { return m_state; }
    const api::ApiError &lastError() const { return m_lastError; }
    // Whether the customer owns the product (by catalog id).
    bool owns(const QString &productId) const { return !productId.isEmpty() && rowOf(productId) >= 0; }

Q_SIGNALS:
    void stateChanged(hexclave::models::OwnedProductsModel::State state);
    void loaded();
    void loadFailed(const hexclave::api::ApiError &error);

protected:
    QVariant displayData(const api::OwnedProduct &product, int column) const override;
    QVariant toolTipData(const api::OwnedProduct &product, int column) const override;
    QVariant rawData(const api::OwnedProduct &product, int column) const override;
    QVariant roleData(const api::OwnedProduct &product, int column, int role) const override;

private:
    void requestPage(const QString &cursor, bool firstPage);
    void abortLoad();
    void setState(State state);
    void fail(const api::ApiError &error);
    static bool isSubscription(const api::OwnedProduct &product);

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    api::CustomerRef m_customer;
    State m_state = State::NoCustomer;
    api::ApiError m_lastError;
    QPointer<api::ApiJob> m_job;
    QStringList m_cursorsSeen; // a server repeating a cursor must not keep this paging forever
};

} // namespace hexclave::models
