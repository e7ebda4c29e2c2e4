#pragma once

#include "ProjectContext.h"
#include "pages/Page.h"
#include "pages/PageTabs.h"

#include <optional>

class QLabel;

namespace hexclave::models {
class PaymentsCatalogSource;
}

namespace hexclave::ui {

class CustomersView;
class ErrorBanner;
class PaymentProviderNotice;
class ProductsEditor;
class RevenueView;
class TestModeBar;
class TransactionsView;

// The project's payments: products and items, the ledger, customers and revenue as tabs
// (Ctrl+1 … Ctrl+4; the last one used is remembered per project), all sharing one catalog source.
// Above the tabs: whether the project is in test mode (and a switch), and what is missing when no
// payment provider can take payments. A server key reaches customers' items only: the page then
// shows the Customers tab alone, and says why.
class PaymentsPage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentsPage)

public:
    enum class Tab { Products, Transactions, Customers, Revenue };
    Q_ENUM(Tab)

    explicit PaymentsPage(const ProjectContext &context, QWidget *parent = nullptr);
    ~PaymentsPage() override;

    bool hasUnsavedChanges() const override;
    void focusPrimaryInput() override;

    bool hasFullAccess() const { return m_fullAccess; }
    // Why only the Customers tab is there (empty with full access).
    QString accessExplanation() const { return m_explanation; }
    void showTab(Tab tab);
    // The tab shown; nullopt when no tab is (never: the Customers tab is always there).
    std::optional<Tab> currentTab() const;
    QStringList tabTitles() const;

    models::PaymentsCatalogSource *catalog() const { return m_catalog; }
    QTabWidget *tabs() const { return m_tabs; }
    TestModeBar *testModeBar() const { return m_testMode; }
    PaymentProviderNotice *providerNotice() const { return m_provider; }
    ErrorBanner *errorBanner() const { return m_error; }
    ProductsEditor *productsEditor() const { return m_products; }
    TransactionsView *transactionsView() const { return m_transactions; }
    CustomersView *customersView() const { return m_customers; }
    RevenueView *revenueView() const { return m_revenue; }

    static QString tabId(Tab tab); // "products", "transactions", "customers", "revenue"

private:
    void addTab(Tab tab, QWidget *view, const QString &title);

    bool m_fullAccess = false;
    QString m_explanation;
    models::PaymentsCatalogSource *m_catalog;
    ErrorBanner *m_error;
    TestModeBar *m_testMode = nullptr;
    PaymentProviderNotice *m_provider = nullptr;
    PageTabs *m_tabs;
    ProductsEditor *m_products = nullptr;
    TransactionsView *m_transactions = nullptr;
    CustomersView *m_customers = nullptr;
    RevenueView *m_revenue = nullptr;
};

} // namespace hexclave::ui
