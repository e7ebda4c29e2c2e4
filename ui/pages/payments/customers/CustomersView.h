#pragma once

#include "pages/payments/PaymentsView.h"

#include "dto/CustomerPayments.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace hexclave::models {
class ItemBalancesModel;
class OwnedProductsModel;
}

namespace hexclave::ui {

class CustomerChooser;
class EmptyState;
class ErrorBanner;

// One payments customer — a user, a team or a custom ID — with their balance of every item of
// the catalog for their type and the products they own. Balances change by a delta ("Change
// quantity…"), products are granted without payment ("Grant product…"); what a change affects is
// read again. Ctrl+F goes to the customer chooser. Without the catalog (a server key cannot read
// the configuration) items are looked up by the ID typed in, and products granted by ID.
class CustomersView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersView)

public:
    CustomersView(const PaymentsContext &context, QWidget *parent);
    ~CustomersView() override;

    const api::CustomerRef &customer() const { return m_customer; }
    QString customerName() const { return m_customerName; }

    CustomerChooser *chooser() const { return m_chooser; }
    ErrorBanner *errorBanner() const { return m_banner; }
    QTableView *balancesTable() const { return m_balancesTable; }
    QTableView *productsTable() const { return m_productsTable; }
    models::ItemBalancesModel *balancesModel() const { return m_balances; }
    models::OwnedProductsModel *productsModel() const { return m_products; }
    QPushButton *changeQuantityButton() const { return m_change; }
    QPushButton *grantButton() const { return m_grant; }
    // The item ID field and its button, shown only without the catalog.
    QLineEdit *itemIdField() const { return m_itemId; }
    QPushButton *lookUpButton() const { return m_lookUp; }
    // The sentence shown instead of the lists while no customer is chosen (empty otherwise).
    QString placeholderText() const;
    // What each list says in its middle while it has nothing to show (empty otherwise).
    QString balancesEmptyText() const;
    QString productsEmptyText() const;
    // The line below the lists: what was done last.
    QString statusText() const;

public Q_SLOTS:
    // Opens a customer (from another page: a user's or a team's payments).
    void showCustomer(const hexclave::api::CustomerRef &customer, const QString &displayName);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void lookUpName(const api::CustomerRef &customer);
    enum class BannerSubject { None, Catalog, Customer, Products };

    void setCustomer(const api::CustomerRef &customer, const QString &name);
    void clearCustomer();
    void catalogChanged();
    QList<api::PaymentItem> catalogItems() const;
    bool isCatalogLoaded() const;
    void showBannerError(BannerSubject subject, const api::ApiError &error, bool canRetry);
    void retry();
    void reloadAll();
    void updateBalancesState();
    void updateProductsState();
    void updateActions();
    int selectedBalanceRow() const;
    void changeQuantity();
    void grantProduct();
    void lookUpItem();
    bool hasCatalogAccess() const { return !m_context.catalog.isNull(); }
    void showStatus(const QString &text);

    PaymentsContext m_context;
    api::CustomerRef m_customer;
    QString m_customerName;
    QList<api::PaymentItem> m_items; // the catalog's items the balances were read for
    QList<api::PaymentItem> m_typedItems; // looked up by ID, without the catalog
    BannerSubject m_bannerSubject = BannerSubject::None;
    bool m_catalogFailed = false;

    models::ItemBalancesModel *m_balances;
    models::OwnedProductsModel *m_products;
    CustomerChooser *m_chooser;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTableView *m_balancesTable;
    EmptyState *m_balancesEmpty;
    QTableView *m_productsTable;
    EmptyState *m_productsEmpty;
    QLineEdit *m_itemId;
    QPushButton *m_lookUp;
    QPushButton *m_change;
    QPushButton *m_grant;
    QToolButton *m_reload;
    QLabel *m_status;
};

} // namespace hexclave::ui
