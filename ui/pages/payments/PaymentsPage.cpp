#include "PaymentsPage.h"

#include "PaymentProviderNotice.h"
#include "PaymentsView.h"
#include "TestModeBar.h"
#include "catalog/ProductsEditor.h"
#include "customers/CustomersView.h"
#include "dialogs/DialogParts.h"
#include "ledger/TransactionsView.h"
#include "pages/AreaAccess.h"
#include "payments/PaymentsCatalogSource.h"
#include "revenue/RevenueView.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PageTitle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hexclave::ui {

PaymentsPage::PaymentsPage(const ProjectContext &context, QWidget *parent)
    : Page(parent)
    , m_catalog(new models::PaymentsCatalogSource(context.client(), context.scope(), this))
    , m_error(new ErrorBanner(this))
    , m_tabs(new PageTabs(context, AppSettings::Key::PaymentsTab, this))
{
    m_fullAccess = ui::hasFullAccess(context, api::Area::Payments, m_explanation);
    const PaymentsContext shared{context, m_catalog};

    auto *header = new QHBoxLayout;
    header->addWidget(new PageTitle(tr("Payments"), this));
    header->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    if (m_fullAccess) {
        m_testMode = new TestModeBar(m_catalog, this);
        m_provider = new PaymentProviderNotice(context, this);
        layout->addWidget(m_testMode);
        layout->addWidget(m_provider);
    } else {
        m_explanation += QStringLiteral("\n\n") + tr("With this key: a customer's items and products, below.");
        layout->addWidget(explanationLabel(m_explanation, this));
    }
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    m_tabs->setAccessibleName(tr("Payments"));
    if (m_fullAccess) {
        m_products = new ProductsEditor(shared, m_tabs);
        m_transactions = new TransactionsView(shared, m_tabs);
        addTab(Tab::Products, m_products, tr("Products && items"));
        addTab(Tab::Transactions, m_transactions, tr("Transactions"));
    }
    // A server key cannot read the configuration: the tab works by item and product IDs instead.
    m_customers = new CustomersView(m_fullAccess ? shared : PaymentsContext{context, nullptr}, m_tabs);
    addTab(Tab::Customers, m_customers, tr("Customers"));
    if (m_transactions) {
        connect(m_transactions, &TransactionsView::openCustomerRequested, this, [this](const api::CustomerRef &customer) {
            showTab(Tab::Customers);
            m_customers->showCustomer(customer, {}); // the name is looked up
        });
    }
    if (m_fullAccess) {
        m_revenue = new RevenueView(shared, m_tabs);
        addTab(Tab::Revenue, m_revenue, tr("Revenue"));
    }

    m_tabs->showRememberedTab();
    // Only the full page's choice is kept: a server key's single tab says nothing.
    if (m_fullAccess)
        m_tabs->rememberEachTabShown();

    m_error->hide();
    if (!m_fullAccess) {
        // A server key cannot read the configuration (the catalog) at all: nothing to wait for.
        markReady();
        return;
    }
    connect(m_catalog, &models::PaymentsCatalogSource::catalogChanged, this, [this] {
        if (m_error->isShowingError())
            m_error->hide();
        markReady();
    });
    connect(m_catalog, &models::PaymentsCatalogSource::loadFailed, this, [this](const api::ApiError &error) {
        if (error.kind == api::ApiError::Kind::Cancelled)
            return;
        m_error->showError(error); // with Retry: the tabs stay, without the catalog
        markReady(true);
    });
    connect(m_error, &ErrorBanner::retryRequested, m_catalog, &models::PaymentsCatalogSource::load);
    m_catalog->load();
    m_provider->check();
}

PaymentsPage::~PaymentsPage() = default;

QString PaymentsPage::tabId(Tab tab)
{
    switch (tab) {
    case Tab::Products: return QStringLiteral("products");
    case Tab::Transactions: return QStringLiteral("transactions");
    case Tab::Customers: return QStringLiteral("customers");
    case Tab::Revenue: return QStringLiteral("revenue");
    }
    return {};
}

void PaymentsPage::addTab(Tab tab, QWidget *view, const QString &title)
{
    m_tabs->addTab(int(tab), tabId(tab), view, title);
}

bool PaymentsPage::hasUnsavedChanges() const
{
    return m_products && m_products->hasUnsavedChanges();
}

void PaymentsPage::focusPrimaryInput()
{
    if (QWidget *current = m_tabs->currentWidget())
        current->setFocus(Qt::OtherFocusReason);
}

void PaymentsPage::showTab(Tab tab)
{
    m_tabs->showTab(int(tab));
}

std::optional<PaymentsPage::Tab> PaymentsPage::currentTab() const
{
    const std::optional<int> tab = m_tabs->currentTab();
    return tab ? std::optional(Tab(*tab)) : std::nullopt;
}

QStringList PaymentsPage::tabTitles() const
{
    return m_tabs->titles();
}

} // namespace hexclave::ui
