#include "CustomersView.h"

#include "ChangeQuantityDialog.h"
#include "CustomerChooser.h"
#include "CustomerTexts.h"
#include "GrantProductDialog.h"
#include "core/ApiClient.h"
#include "dialogs/DialogParts.h"
#include "endpoints/TeamsEndpoints.h"
#include "endpoints/UsersEndpoints.h"
#include "pages/users/detail/UserListTable.h"
#include "payments/ItemBalancesModel.h"
#include "payments/OwnedProductsModel.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PaletteColors.h"
#include "widgets/ThemedIcon.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hexclave::ui {

using models::ItemBalancesModel;
using models::OwnedProductsModel;

namespace {

// Balances that could not be read show their reason in the error colour; those of a customer
// the server does not know are greyed out.
class BalanceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = ItemBalancesModel::RowState(index.data(ItemBalancesModel::StateRole).toInt());
        if (state == ItemBalancesModel::RowState::Failed && index.column() == ItemBalancesModel::QuantityColumn)
            option->palette.setColor(QPalette::Text, errorTextColor(option->palette));
        else if (state == ItemBalancesModel::RowState::CustomerFailed)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
};

QWidget *section(QLabel *title, std::initializer_list<QWidget *> tools, QTableView *table, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    for (QWidget *tool : tools)
        header->addWidget(tool);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(table, 1);
    return widget;
}

} // namespace

CustomersView::CustomersView(const PaymentsContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_balances(new ItemBalancesModel(context.project.client(), context.project.scope(), this))
    , m_products(new OwnedProductsModel(context.project.client(), context.project.scope(), this))
    , m_chooser(new CustomerChooser(context.project, this))
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Choose a customer to see their items and products"), this))
    , m_balancesTable(makeUserListTable(m_balances, this))
    , m_balancesEmpty(new EmptyState(m_balancesTable))
    , m_productsTable(makeUserListTable(m_products, this))
    , m_productsEmpty(new EmptyState(m_productsTable))
    , m_itemId(new QLineEdit(this))
    , m_lookUp(new QPushButton(tr("&Look up"), this))
    , m_change(new QPushButton(tr("C&hange quantity…"), this))
    , m_grant(new QPushButton(tr("&Grant product…"), this))
    , m_reload(new QToolButton(this))
    , m_status(new QLabel(this))
{
    m_banner->hide();
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // the muted colour of the palette

    m_balancesTable->setAccessibleName(tr("Item balances"));
    m_balancesTable->setItemDelegate(new BalanceDelegate(m_balancesTable));
    m_balancesTable->setTextElideMode(Qt::ElideRight);
    QHeaderView *balanceColumns = m_balancesTable->horizontalHeader();
    balanceColumns->setStretchLastSection(false);
    balanceColumns->setSectionResizeMode(ItemBalancesModel::ItemColumn, QHeaderView::Stretch);
    balanceColumns->setSectionResizeMode(ItemBalancesModel::IdColumn, QHeaderView::ResizeToContents);
    balanceColumns->setSectionResizeMode(ItemBalancesModel::QuantityColumn, QHeaderView::ResizeToContents);

    m_productsTable->setAccessibleName(tr("Products owned"));
    m_productsTable->setTextElideMode(Qt::ElideRight);
    QHeaderView *productColumns = m_productsTable->horizontalHeader();
    productColumns->setStretchLastSection(false);
    productColumns->setSectionResizeMode(OwnedProductsModel::ProductColumn, QHeaderView::Stretch);
    for (const int column : {OwnedProductsModel::QuantityColumn, OwnedProductsModel::KindColumn, OwnedProductsModel::PeriodEndColumn})
        productColumns->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_itemId->setPlaceholderText(tr("Item ID"));
    m_itemId->setAccessibleName(tr("Item ID"));
    m_itemId->setToolTip(tr("The catalog cannot be read with this key: type an item's ID to see and change its balance"));
    m_itemId->setClearButtonEnabled(true);
    m_lookUp->setToolTip(tr("Read the customer's balance of the item typed in"));
    m_itemId->setVisible(!hasCatalogAccess());
    m_lookUp->setVisible(!hasCatalogAccess());
    m_change->setToolTip(tr("Add to or take from the selected item's balance (or double-click the item)"));
    m_grant->setToolTip(tr("Give the customer a product of the catalog without payment"));
    m_reload->setIcon(themedIcon(QStringLiteral("refresh")));
    m_reload->setToolTip(tr("Read the balances and products again"));
    m_reload->setAccessibleName(tr("Reload"));
    m_reload->setAutoRaise(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(section(sectionTitle(tr("Item balances"), this), {m_itemId, m_lookUp, m_change, m_reload}, m_balancesTable, splitter));
    splitter->addWidget(section(sectionTitle(tr("Products owned"), this), {m_grant}, m_productsTable, splitter));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chooser);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_chooser, &CustomerChooser::focusChooser);
    connect(m_chooser, &CustomerChooser::customerChosen, this, &CustomersView::setCustomer);
    connect(m_chooser, &CustomerChooser::customerCleared, this, &CustomersView::clearCustomer);
    connect(m_banner, &ErrorBanner::retryRequested, this, &CustomersView::retry);
    connect(m_reload, &QToolButton::clicked, this, &CustomersView::reloadAll);
    connect(m_change, &QPushButton::clicked, this, &CustomersView::changeQuantity);
    connect(m_grant, &QPushButton::clicked, this, &CustomersView::grantProduct);
    connect(m_lookUp, &QPushButton::clicked, this, &CustomersView::lookUpItem);
    connect(m_itemId, &QLineEdit::returnPressed, this, &CustomersView::lookUpItem);
    connect(m_itemId, &QLineEdit::textChanged, this, &CustomersView::updateActions);
    connect(m_productsEmpty, &EmptyState::actionClicked, this, &CustomersView::grantProduct);
    connect(m_balancesTable, &QAbstractItemView::activated, this, &CustomersView::changeQuantity);
    connect(m_balancesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomersView::updateActions);

    connect(m_balances, &QAbstractItemModel::modelReset, this, &CustomersView::updateBalancesState);
    connect(m_balances, &QAbstractItemModel::dataChanged, this, &CustomersView::updateActions);
    connect(m_balances, &ItemBalancesModel::customerFailed, this, [this](const api::ApiError &error) {
        showBannerError(BannerSubject::Customer, explainedCustomerError(error, m_customer.type, m_customerName), false);
        updateProductsState(); // nothing can be granted to them either
    });
    connect(m_products, &OwnedProductsModel::stateChanged, this, &CustomersView::updateProductsState);
    connect(m_products, &QAbstractItemModel::modelReset, this, &CustomersView::updateProductsState);
    connect(m_products, &QAbstractItemModel::rowsInserted, this, &CustomersView::updateProductsState);
    connect(m_products, &OwnedProductsModel::loadFailed, this, [this](const api::ApiError &error) {
        if (error.kind != api::ApiError::Kind::Cancelled)
            showBannerError(BannerSubject::Products, error, true);
    });
    connect(m_products, &OwnedProductsModel::loaded, this, [this] {
        if (m_bannerSubject == BannerSubject::Products)
            m_banner->hide();
    });
    if (models::PaymentsCatalogSource *catalog = m_context.catalog) {
        connect(catalog, &models::PaymentsCatalogSource::catalogChanged, this, &CustomersView::catalogChanged);
        connect(catalog, &models::PaymentsCatalogSource::loadFailed, this, [this](const api::ApiError &error) {
            m_catalogFailed = true;
            showBannerError(BannerSubject::Catalog, error, true);
            updateBalancesState();
        });
    }
    clearCustomer();
}

CustomersView::~CustomersView() = default;

void CustomersView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_context.catalog && !m_context.catalog->isLoaded())
        m_context.catalog->load(); // ignored while the page's own load is under way
}

void CustomersView::showCustomer(const api::CustomerRef &customer, const QString &displayName)
{
    if (customer.id.isEmpty())
        return;
    m_chooser->setCustomer(customer, displayName);
    setCustomer(customer, displayName.isEmpty() ? customer.id : displayName);
    if (displayName.isEmpty())
        lookUpName(customer);
}

void CustomersView::lookUpName(const api::CustomerRef &customer)
{
    api::ApiClient *client = m_context.project.client();
    if (!client || customer.type == api::CustomerType::Custom)
        return;
    // Only the name shown changes when the answer comes, and only if this customer is still open.
    const auto named = [this, customer](const QString &name) {
        if (name.isEmpty() || m_customer.id != customer.id || m_customer.type != customer.type)
            return;
        m_customerName = name;
        m_chooser->setCustomer(customer, name);
    };
    if (customer.type == api::CustomerType::User) {
        auto *job = client->send(api::users::get(m_context.project.scope(), customer.id));
        connect(job, &api::ApiJob::finished, this, [job, named] {
            if (job->succeeded())
                named(customerUserText(job->value()));
        });
    } else {
        auto *job = client->send(api::teams::get(m_context.project.scope(), customer.id));
        connect(job, &api::ApiJob::finished, this, [job, named] {
            if (job->succeeded())
                named(job->value().displayName);
        });
    }
}

void CustomersView::setCustomer(const api::CustomerRef &customer, const QString &name)
{
    m_customer = customer;
    m_customerName = name;
    if (m_bannerSubject != BannerSubject::Catalog)
        m_banner->hide();
    m_status->hide();
    m_items = catalogItems();
    m_balances->setCustomer(customer, m_items);
    m_products->setCustomer(customer);
    m_stack->setCurrentIndex(1);
    updateBalancesState();
    updateProductsState();
}

void CustomersView::clearCustomer()
{
    m_customer = {};
    m_customerName.clear();
    if (m_bannerSubject != BannerSubject::Catalog)
        m_banner->hide();
    m_status->hide();
    m_balances->clear();
    m_products->clear();
    m_stack->setCurrentIndex(0);
    updateActions();
}

QList<api::PaymentItem> CustomersView::catalogItems() const
{
    if (!hasCatalogAccess())
        return m_typedItems;
    return m_context.catalog && m_context.catalog->isLoaded() ? m_context.catalog->catalog().items : QList<api::PaymentItem>();
}

bool CustomersView::isCatalogLoaded() const
{
    return m_context.catalog && m_context.catalog->isLoaded();
}

void CustomersView::catalogChanged()
{
    m_catalogFailed = false;
    if (m_bannerSubject == BannerSubject::Catalog)
        m_banner->hide();
    const QList<api::PaymentItem> items = catalogItems();
    // Other changes of the config (test mode, products) leave the balances as they are.
    if (items != m_items) {
        m_items = items;
        if (m_balances->hasCustomer())
            m_balances->setCatalogItems(items);
    }
    updateBalancesState();
    updateProductsState();
}

void CustomersView::showBannerError(BannerSubject subject, const api::ApiError &error, bool canRetry)
{
    m_bannerSubject = subject;
    m_banner->showError(error, canRetry);
}

void CustomersView::retry()
{
    switch (m_bannerSubject) {
    case BannerSubject::Catalog:
        if (m_context.catalog)
            m_context.catalog->load();
        break;
    case BannerSubject::Products:
        m_products->reload();
        break;
    case BannerSubject::Customer:
    case BannerSubject::None:
        break;
    }
    m_banner->hide();
}

void CustomersView::reloadAll()
{
    if (m_customer.id.isEmpty())
        return;
    m_banner->hide();
    m_balances->reload();
    m_products->reload();
}

QString CustomersView::placeholderText() const
{
    return m_stack->currentIndex() == 0 ? m_placeholder->text() : QString();
}

QString CustomersView::balancesEmptyText() const
{
    return m_balancesEmpty->isHidden() ? QString() : m_balancesEmpty->text();
}

QString CustomersView::productsEmptyText() const
{
    return m_productsEmpty->isHidden() ? QString() : m_productsEmpty->text();
}

QString CustomersView::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void CustomersView::updateBalancesState()
{
    if (m_customer.id.isEmpty() || m_balances->rowCount() > 0) {
        m_balancesEmpty->hide();
    } else if (!hasCatalogAccess()) {
        m_balancesEmpty->showMessage(tr("The catalog cannot be read with this key. Type an item's ID above and press "
                                        "Look up to see its balance."));
    } else if (m_catalogFailed) {
        m_balancesEmpty->showMessage(tr("The project's items could not be read. The reason is shown above."));
    } else if (!isCatalogLoaded()) {
        m_balancesEmpty->showMessage(tr("Reading the project's items…"));
    } else {
        m_balancesEmpty->showMessage(tr("This project has no items for %1 customers — add them under Products & items")
                                         .arg(customerTypeNoun(m_customer.type)));
    }
    updateActions();
}

void CustomersView::updateProductsState()
{
    updateActions();
    const bool canGrant = m_grant->isEnabled();
    if (m_customer.id.isEmpty() || m_products->rowCount() > 0) {
        m_productsEmpty->hide();
    } else {
        switch (m_products->state()) {
        case OwnedProductsModel::State::NoCustomer:
            m_productsEmpty->hide();
            break;
        case OwnedProductsModel::State::Loading:
            m_productsEmpty->showMessage(tr("Loading products…"));
            break;
        case OwnedProductsModel::State::Failed:
            m_productsEmpty->showMessage(tr("The products could not be loaded. The reason is shown above."));
            break;
        case OwnedProductsModel::State::Loaded:
            m_productsEmpty->showMessage(tr("%1 owns no products.").arg(m_customerName),
                                         canGrant ? tr("Grant product…") : QString());
            break;
        }
    }
}

int CustomersView::selectedBalanceRow() const
{
    const QModelIndexList rows = m_balancesTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CustomersView::updateActions()
{
    const bool hasCustomer = !m_customer.id.isEmpty();
    const int row = selectedBalanceRow();
    const bool customerKnown = m_balances->customerError().kind == api::ApiError::Kind::None;
    const api::ApiError &rowError = m_balances->errorAt(row);
    const bool itemKnown = !rowError.is(u"ITEM_NOT_FOUND") && !rowError.is(u"ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH");
    m_change->setEnabled(hasCustomer && row >= 0 && customerKnown && itemKnown);
    m_lookUp->setEnabled(hasCustomer && customerKnown && !m_itemId->text().trimmed().isEmpty());
    m_itemId->setEnabled(hasCustomer && customerKnown);
    m_change->setToolTip(row < 0 ? tr("Select an item first, then change its balance")
                                 : tr("Add to or take from the selected item's balance (or double-click the item)"));
    const bool hasProducts = !hasCatalogAccess() // any product, by ID
        || (isCatalogLoaded() && !GrantProductDialog::grantableProducts(m_context.catalog->catalog(), m_customer.type).isEmpty());
    m_grant->setEnabled(hasCustomer && hasProducts && customerKnown);
    m_grant->setToolTip(hasProducts || !hasCustomer
                            ? tr("Give the customer a product of the catalog without payment")
                            : tr("This project has no products for %1 customers to grant").arg(customerTypeNoun(m_customer.type)));
    m_reload->setEnabled(hasCustomer);
}

void CustomersView::changeQuantity()
{
    const int row = selectedBalanceRow();
    if (!m_change->isEnabled() || row < 0)
        return;
    ChangeQuantityDialog::Subject subject{m_customer, m_customerName, m_balances->itemIdAt(row), m_balances->itemNameAt(row),
                                          m_balances->quantityAt(row)};
    auto *dialog = new ChangeQuantityDialog(m_context.project, subject, this);
    const api::CustomerRef customer = m_customer;
    connect(dialog, &ChangeQuantityDialog::balanceReread, this, [this, customer](const QString &itemId) {
        if (customer.type == m_customer.type && customer.id == m_customer.id)
            m_balances->refreshItem(itemId);
    });
    connect(dialog, &ChangeQuantityDialog::changed, this, [this, subject, customer](const QString &itemId, qint64 delta) {
        if (customer.type != m_customer.type || customer.id != m_customer.id)
            return;
        m_balances->refreshItem(itemId);
        const QString change = delta > 0 ? tr("added %1").arg(QLocale().toString(delta))
                                         : tr("took away %1").arg(QLocale().toString(-delta));
        showStatus(tr("Balance of %1 changed for %2: %3.").arg(subject.itemName, m_customerName, change));
    });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

void CustomersView::grantProduct()
{
    if (!m_grant->isEnabled())
        return;
    GrantProductDialog::Subject subject;
    subject.customer = m_customer;
    subject.customerName = m_customerName;
    subject.typedProductId = !hasCatalogAccess();
    if (hasCatalogAccess()) {
        const api::PaymentsCatalog &catalog = m_context.catalog->catalog();
        subject.products = GrantProductDialog::grantableProducts(catalog, m_customer.type);
        subject.productLines = catalog.productLines;
        for (const api::Product &product : catalog.products) {
            if (m_products->owns(product.id))
                subject.owned << product;
        }
    }
    auto *dialog = new GrantProductDialog(m_context.project, subject, this);
    const api::CustomerRef customer = m_customer;
    connect(dialog, &GrantProductDialog::granted, this, [this, subject, customer](const QString &productId, qint64 quantity) {
        if (customer.type != m_customer.type || customer.id != m_customer.id)
            return;
        // Its included items may have changed the balances too.
        m_products->reload();
        m_balances->reload();
        QString name = productId;
        for (const api::Product &product : subject.products) {
            if (product.id == productId && !product.displayName.isEmpty())
                name = product.displayName;
        }
        showStatus(quantity > 1 ? tr("Granted %1 × %2 to %3.").arg(QLocale().toString(quantity), name, m_customerName)
                                : tr("Granted %1 to %2.").arg(name, m_customerName));
    });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

void CustomersView::lookUpItem()
{
    const QString itemId = m_itemId->text().trimmed();
    if (!m_lookUp->isEnabled() || itemId.isEmpty())
        return;
    const bool known = std::any_of(m_typedItems.cbegin(), m_typedItems.cend(), [&](const api::PaymentItem &item) {
        return item.id == itemId && item.customerType == m_customer.type;
    });
    if (!known) {
        api::PaymentItem item;
        item.id = itemId;
        item.customerType = m_customer.type;
        m_typedItems << item;
    }
    m_items = catalogItems();
    const int row = m_balances->addItem(itemId);
    if (row < 0)
        return;
    m_itemId->clear();
    m_balancesTable->selectRow(row);
    updateBalancesState();
}

void CustomersView::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->show();
}

} // namespace hexclave::ui
