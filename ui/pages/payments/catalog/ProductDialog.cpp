#include "ProductDialog.h"

#include "CatalogTexts.h"
#include "dialogs/DialogParts.h"
#include "DayIntervalField.h"
#include "payments/CatalogValidation.h"
#include "widgets/FieldMessage.h"
#include "widgets/PaletteColors.h"
#include "widgets/ThemedIcon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace hexclave::ui {

using api::CustomerType;
using models::CatalogProblem;
using models::CatalogValidation;

namespace {

// A check box in the middle of a table cell.
QWidget *centeredCheckBox(QCheckBox *box, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    layout->addWidget(box);
    layout->addStretch();
    return cell;
}

QToolButton *removeRowButton(const QString &accessibleName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(themedIcon(QStringLiteral("cross")));
    button->setToolTip(accessibleName);
    button->setAccessibleName(accessibleName);
    button->setAutoRaise(true);
    return button;
}

// The messages of one field: what blocks OK, and what the product already had on the server.
struct FieldTexts
{
    QStringList errors;
    QStringList warnings;
};

// Properties of a price row's id field and an included item's box: what the row keeps unedited.
const char *const keptAmountsProperty = "keptAmounts";
const char *const otherFieldsProperty = "otherFieldsJson";

void shownOn(FieldMessage *message, const FieldTexts &texts)
{
    QStringList lines = texts.errors;
    for (const QString &warning : texts.warnings)
        lines << ProductDialog::tr("%1 (so on the server already; saving keeps it)").arg(warning);
    if (lines.isEmpty())
        message->clear();
    else if (!texts.errors.isEmpty())
        message->showError(lines.join(u'\n'));
    else
        message->showHint(lines.join(u'\n'));
}

// "Price “monthly”, billing: " for field "prices.monthly.interval" and co.
QString subjectOf(const QString &field)
{
    const QStringList parts = field.split(u'.');
    const QString id = parts.value(1);
    const QString part = parts.value(2);
    QString what;
    if (part == u"interval")
        what = ProductDialog::tr("billing");
    else if (part == u"freeTrial")
        what = ProductDialog::tr("free trial");
    else if (part == u"repeat")
        what = ProductDialog::tr("repeat");
    else if (part == u"quantity")
        what = ProductDialog::tr("quantity");
    if (parts.value(0) == u"prices") {
        if (id.isEmpty())
            return {};
        return what.isEmpty() ? ProductDialog::tr("Price “%1”: ").arg(id)
                              : ProductDialog::tr("Price “%1”, %2: ").arg(id, what);
    }
    if (what.isEmpty() || id.isEmpty())
        return {};
    return ProductDialog::tr("“%1”, %2: ").arg(id, what);
}

} // namespace

ProductDialog::ProductDialog(const api::PaymentsCatalog &catalog, const std::optional<api::Product> &existing,
                             QWidget *parent)
    : QDialog(parent)
    , m_others(catalog)
    , m_existing(existing)
    , m_displayName(new QLineEdit(this))
    , m_customerType(new QComboBox(this))
    , m_productLine(new QComboBox(this))
    , m_productLineMessage(new FieldMessage(m_productLine, this))
    , m_addOnTo(new QListWidget(this))
    , m_addOnMessage(new FieldMessage(m_addOnTo, this))
    , m_stackable(new QCheckBox(tr("&Stackable: a customer can own it more than once"), this))
    , m_serverOnly(new QCheckBox(tr("Ser&ver only: hidden from client apps"), this))
    , m_freeTrial(new DayIntervalField(tr("No free trial"), tr("Free trial of"), this))
    , m_freeTrialMessage(new FieldMessage(m_freeTrial, this))
    , m_priced(new QRadioButton(tr("Sold at &prices"), this))
    , m_includedByDefault(new QRadioButton(tr("Included by &default (free)"), this))
    , m_pricesBox(new QGroupBox(tr("Prices"), this))
    , m_prices(new QTableWidget(this))
    , m_addPrice(new QPushButton(tr("&Add price"), this))
    , m_pricesMessage(new FieldMessage(m_prices, this))
    , m_included(new QTableWidget(this))
    , m_addIncluded(new QPushButton(tr("Include an i&tem"), this))
    , m_includedMessage(new FieldMessage(m_included, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_ok(m_buttons->button(QDialogButtonBox::Ok))
{
    if (existing) {
        m_others.products.removeIf([&existing](const api::Product &product) { return product.id == existing->id; });
        m_baseline = CatalogValidation::checkProduct(*existing, m_others);
    }
    setWindowTitle(existing ? tr("Edit product “%1”").arg(existing->id) : tr("New product"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!existing) {
        m_id = new QLineEdit(this);
        m_id->setPlaceholderText(tr("e.g. pro"));
        m_idMessage = new FieldMessage(m_id, this);
        form->addRow(tr("&Id:"), withMessage(m_id, m_idMessage, this));
    } else {
        auto *id = new QLabel(existing->id, this);
        id->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Id:"), id);
    }
    m_displayName->setPlaceholderText(tr("Shown to customers; the id when empty"));
    form->addRow(tr("Display &name:"), m_displayName);
    for (CustomerType type : {CustomerType::User, CustomerType::Team, CustomerType::Custom})
        m_customerType->addItem(CatalogTexts::customerType(type), int(type));
    form->addRow(tr("&Customer type:"), m_customerType);
    m_productLine->setToolTip(tr("A customer owns at most one product of a line (plans such as Free, Pro)"));
    form->addRow(tr("Product &line:"), withMessage(m_productLine, m_productLineMessage, this));
    m_addOnTo->setAccessibleName(tr("Add-on to"));
    m_addOnTo->setToolTip(tr("Tick the products a customer must own to buy this one; none: not an add-on"));
    m_addOnTo->setMaximumHeight(m_addOnTo->fontMetrics().height() * 5);
    form->addRow(tr("Add-&on to:"), withMessage(m_addOnTo, m_addOnMessage, this));
    auto *flags = new QVBoxLayout;
    flags->setSpacing(2);
    flags->addWidget(m_stackable);
    flags->addWidget(m_serverOnly);
    form->addRow(tr("Options:"), flags);
    m_freeTrial->modeBox()->setAccessibleName(tr("Free trial"));
    form->addRow(tr("&Free trial:"), withMessage(m_freeTrial, m_freeTrialMessage, this));
    auto *pricing = new QHBoxLayout;
    pricing->addWidget(m_priced);
    pricing->addWidget(m_includedByDefault);
    pricing->addStretch();
    form->addRow(tr("Pricing:"), pricing);
    m_priced->setChecked(true);

    // Prices: one column per currency, shown when ticked.
    const QList<api::Currency> currencies = api::supportedCurrencies();
    auto *currencyRow = new QHBoxLayout;
    currencyRow->addWidget(new QLabel(tr("Currencies:"), this));
    for (const api::Currency &currency : currencies) {
        auto *box = new QCheckBox(currency.code, this);
        m_currencies.insert(currency.code, box);
        currencyRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            updateCurrencyColumns();
            updateState();
        });
    }
    currencyRow->addStretch();
    QStringList headers{tr("Price id")};
    for (const api::Currency &currency : currencies)
        headers << currency.code;
    headers << tr("Billing") << tr("Free trial") << tr("Server only") << QString();
    m_prices->setColumnCount(int(headers.size()));
    m_prices->setHorizontalHeaderLabels(headers);
    m_prices->setAccessibleName(tr("Prices"));
    auto *addPriceRowLayout = new QHBoxLayout;
    addPriceRowLayout->addWidget(m_addPrice);
    addPriceRowLayout->addStretch();
    auto *pricesLayout = new QVBoxLayout(m_pricesBox);
    pricesLayout->addLayout(currencyRow);
    pricesLayout->addWidget(m_prices, 1);
    pricesLayout->addWidget(m_pricesMessage);
    pricesLayout->addLayout(addPriceRowLayout);

    m_included->setColumnCount(IncludedColumnCount);
    m_included->setHorizontalHeaderLabels({tr("Item"), tr("Quantity"), tr("Repeat"), tr("Expires"), QString()});
    m_included->setAccessibleName(tr("Included items"));
    auto *includedBox = new QGroupBox(tr("Included items"), this);
    auto *addIncludedRowLayout = new QHBoxLayout;
    addIncludedRowLayout->addWidget(m_addIncluded);
    addIncludedRowLayout->addStretch();
    auto *includedLayout = new QVBoxLayout(includedBox);
    includedLayout->addWidget(m_included, 1);
    includedLayout->addWidget(m_includedMessage);
    includedLayout->addLayout(addIncludedRowLayout);

    for (QTableWidget *table : {m_prices, m_included}) {
        table->verticalHeader()->hide();
        table->setSelectionMode(QAbstractItemView::NoSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setFocusPolicy(Qt::NoFocus);
        table->verticalHeader()->setDefaultSectionSize(m_customerType->sizeHint().height() + 8);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
                                + 3 * table->verticalHeader()->defaultSectionSize() + 4);
    }
    m_prices->horizontalHeader()->setStretchLastSection(false);
    m_included->horizontalHeader()->setStretchLastSection(false);
    // Interval fields widen when an interval is chosen: their columns follow (updateState()).
    for (int column : {billingColumn(), billingColumn() + 1})
        m_prices->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    m_included->horizontalHeader()->setSectionResizeMode(RepeatColumn, QHeaderView::Interactive);
    m_prices->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_prices->horizontalHeader()->resizeSection(0, 120);
    m_included->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::Interactive);
    m_included->horizontalHeader()->resizeSection(ItemColumn, 260);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pricesBox, 1);
    layout->addWidget(includedBox, 1);
    layout->addWidget(m_buttons);

    fill(existing.value_or(api::Product{}));
    applyCheckBoxPalettes();

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_id)
        connect(m_id, &QLineEdit::textChanged, this, &ProductDialog::updateState);
    connect(m_displayName, &QLineEdit::textChanged, this, &ProductDialog::updateState);
    connect(m_customerType, &QComboBox::currentIndexChanged, this, &ProductDialog::customerTypeChanged);
    connect(m_productLine, &QComboBox::currentIndexChanged, this, &ProductDialog::updateState);
    connect(m_addOnTo, &QListWidget::itemChanged, this, &ProductDialog::updateState);
    connect(m_freeTrial, &DayIntervalField::changed, this, &ProductDialog::updateState);
    connect(m_includedByDefault, &QRadioButton::toggled, this, &ProductDialog::updateState);
    connect(m_addPrice, &QPushButton::clicked, this, [this] {
        api::ProductPrice price;
        price.id = m_prices->rowCount() == 0 ? QStringLiteral("default") : QString();
        addPriceRow(price);
        if (QLineEdit *id = priceIdField(m_prices->rowCount() - 1))
            id->setFocus();
        updateState();
    });
    connect(m_addIncluded, &QPushButton::clicked, this, [this] {
        addIncludedRow({});
        if (QComboBox *item = includedItemBox(m_included->rowCount() - 1))
            item->setFocus();
        updateState();
    });
    resize(960, 820);
    if (m_id)
        m_id->setFocus();
}

void ProductDialog::fill(const api::Product &product)
{
    m_filling = true;
    if (m_id)
        m_id->setText(product.id);
    m_displayName->setText(product.displayName == product.id ? QString() : product.displayName);
    m_customerType->setCurrentIndex(m_customerType->findData(int(product.customerType)));
    fillProductLines(product.productLineId);

    QStringList bases;
    for (const api::Product &other : std::as_const(m_others.products))
        bases << other.id;
    for (const QString &base : product.addOnTo) {
        if (!bases.contains(base))
            bases << base; // a base that is gone: shown ticked, and the check says so
    }
    for (const QString &base : std::as_const(bases)) {
        QString name = base;
        for (const api::Product &other : std::as_const(m_others.products)) {
            if (other.id == base)
                name = CatalogTexts::named(other.displayName, other.id);
        }
        auto *item = new QListWidgetItem(name, m_addOnTo);
        item->setData(Qt::UserRole, base);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(product.addOnTo.contains(base) ? Qt::Checked : Qt::Unchecked);
    }
    if (bases.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No other products yet"), m_addOnTo);
        none->setFlags(Qt::NoItemFlags);
    }

    m_stackable->setChecked(product.stackable);
    m_serverOnly->setChecked(product.serverOnly);
    m_freeTrial->setInterval(product.freeTrial);
    (product.includedByDefault ? m_includedByDefault : m_priced)->setChecked(true);

    m_currencies.value(QStringLiteral("USD"))->setChecked(true);
    for (const api::ProductPrice &price : product.prices) {
        for (auto it = price.amounts.cbegin(); it != price.amounts.cend(); ++it) {
            if (QCheckBox *box = m_currencies.value(it.key()))
                box->setChecked(true);
        }
    }
    for (const api::ProductPrice &price : product.prices)
        addPriceRow(price);
    if (!m_existing)
        addPriceRow({QStringLiteral("default"), {}, std::nullopt, std::nullopt, false, {}});
    for (const api::IncludedItem &item : product.includedItems)
        addIncludedRow(item);
    updateCurrencyColumns();
    m_filling = false;
    updateState();
}

void ProductDialog::addPriceRow(const api::ProductPrice &price)
{
    const int row = m_prices->rowCount();
    m_prices->insertRow(row);
    auto *id = new QLineEdit(price.id, m_prices);
    id->setAccessibleName(tr("Price id"));
    m_prices->setCellWidget(row, 0, id);
    connect(id, &QLineEdit::textChanged, this, &ProductDialog::updateState);
    for (const api::Currency &currency : api::supportedCurrencies()) {
        auto *amount = new QLineEdit(price.amounts.value(currency.code), m_prices);
        amount->setPlaceholderText(currency.decimals == 0 ? QStringLiteral("1000") : QStringLiteral("9.99"));
        amount->setAccessibleName(tr("Amount in %1").arg(currency.code));
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setMaximumWidth(amount->fontMetrics().horizontalAdvance(QStringLiteral("0000000.00")) + 16);
        m_prices->setCellWidget(row, priceColumn(currency.code), amount);
        connect(amount, &QLineEdit::textChanged, this, &ProductDialog::updateState);
    }
    // Only the supported currencies have a column: amounts in others are kept as stored (and
    // named in the row's tooltip), as are keys of the price this dialog does not edit.
    QVariantMap kept;
    for (auto it = price.amounts.cbegin(); it != price.amounts.cend(); ++it) {
        if (!api::currencyByCode(it.key()))
            kept.insert(it.key(), it.value());
    }
    id->setProperty(keptAmountsProperty, kept);
    id->setProperty(otherFieldsProperty, price.otherFieldsJson);
    if (!kept.isEmpty()) {
        QStringList amounts;
        for (auto it = kept.cbegin(); it != kept.cend(); ++it)
            amounts << it.key() + u' ' + it.value().toString();
        id->setToolTip(tr("Also kept as stored (not editable here): %1").arg(amounts.join(tr(", "))));
    }
    auto *billing = new DayIntervalField(tr("One-time"), tr("Every"), m_prices);
    billing->setInterval(price.interval);
    billing->modeBox()->setAccessibleName(tr("Billing"));
    m_prices->setCellWidget(row, billingColumn(), billing);
    auto *trial = new DayIntervalField(tr("None"), tr("Trial of"), m_prices);
    trial->setInterval(price.freeTrial);
    trial->modeBox()->setAccessibleName(tr("Free trial of the price"));
    m_prices->setCellWidget(row, billingColumn() + 1, trial);
    auto *serverOnly = new QCheckBox(m_prices);
    serverOnly->setChecked(price.serverOnly);
    serverOnly->setAccessibleName(tr("Server only"));
    m_prices->setCellWidget(row, billingColumn() + 2, centeredCheckBox(serverOnly, m_prices));
    serverOnly->setPalette(withVisibleItemCheckBoxes(palette()));
    auto *remove = removeRowButton(tr("Remove this price"), m_prices);
    m_prices->setCellWidget(row, billingColumn() + 3, remove);
    for (DayIntervalField *field : {billing, trial})
        connect(field, &DayIntervalField::changed, this, &ProductDialog::updateState);
    connect(serverOnly, &QCheckBox::toggled, this, &ProductDialog::updateState);
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        const int at = rowOf(m_prices, billingColumn() + 3, remove);
        if (at >= 0)
            m_prices->removeRow(at);
        updateState();
    });
}

void ProductDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingPalettes)
        applyCheckBoxPalettes();
}

void ProductDialog::applyCheckBoxPalettes()
{
    m_applyingPalettes = true;
    const QPalette visible = withVisibleItemCheckBoxes(palette());
    m_addOnTo->setPalette(visible);
    const auto boxes = m_prices->findChildren<QCheckBox *>();
    for (QCheckBox *box : boxes)
        box->setPalette(visible);
    m_applyingPalettes = false;
}

void ProductDialog::addIncludedRow(const api::IncludedItem &included)
{
    const int row = m_included->rowCount();
    m_included->insertRow(row);
    auto *item = new QComboBox(m_included);
    item->setAccessibleName(tr("Item"));
    fillItemBox(item, included.itemId);
    item->setProperty(otherFieldsProperty, included.otherFieldsJson);
    m_included->setCellWidget(row, ItemColumn, item);
    auto *quantity = new QSpinBox(m_included);
    quantity->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    const qint64 lowest = std::numeric_limits<int>::min();
    const qint64 highest = std::numeric_limits<int>::max();
    quantity->setValue(int(std::clamp(included.quantity, lowest, highest)));
    quantity->setAccessibleName(tr("Quantity"));
    m_included->setCellWidget(row, QuantityColumn, quantity);
    auto *repeat = new DayIntervalField(tr("Never"), tr("Every"), m_included);
    repeat->setInterval(included.repeat);
    repeat->modeBox()->setAccessibleName(tr("Repeat"));
    m_included->setCellWidget(row, RepeatColumn, repeat);
    auto *expires = new QComboBox(m_included);
    for (auto expiry : {api::IncludedItem::Expiry::Never, api::IncludedItem::Expiry::WhenPurchaseExpires,
                        api::IncludedItem::Expiry::WhenRepeated})
        expires->addItem(CatalogTexts::expiry(expiry), int(expiry));
    expires->setCurrentIndex(expires->findData(int(included.expires)));
    expires->setAccessibleName(tr("Expires"));
    m_included->setCellWidget(row, ExpiresColumn, expires);
    auto *remove = removeRowButton(tr("Remove this item"), m_included);
    m_included->setCellWidget(row, RemoveIncludedColumn, remove);
    connect(item, &QComboBox::currentIndexChanged, this, &ProductDialog::updateState);
    connect(quantity, &QSpinBox::valueChanged, this, &ProductDialog::updateState);
    connect(repeat, &DayIntervalField::changed, this, &ProductDialog::updateState);
    connect(expires, &QComboBox::currentIndexChanged, this, &ProductDialog::updateState);
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        const int at = rowOf(m_included, RemoveIncludedColumn, remove);
        if (at >= 0)
            m_included->removeRow(at);
        updateState();
    });
}

void ProductDialog::fillProductLines(const QString &selected)
{
    const QSignalBlocker blocker(m_productLine);
    m_productLine->clear();
    m_productLine->addItem(tr("None"), QString());
    bool found = selected.isEmpty();
    for (const api::ProductLine &line : std::as_const(m_others.productLines)) {
        if (line.customerType != customerType() && line.id != selected)
            continue;
        m_productLine->addItem(CatalogTexts::named(line.displayName, line.id), line.id);
        found = found || line.id == selected;
    }
    if (!found)
        m_productLine->addItem(selected, selected); // a line that is gone: the check says so
    m_productLine->setCurrentIndex(std::max(0, m_productLine->findData(selected)));
}

void ProductDialog::fillItemBox(QComboBox *box, const QString &selected) const
{
    const QSignalBlocker blocker(box);
    box->clear();
    bool found = false;
    for (const api::PaymentItem &item : m_others.items) {
        if (item.customerType != customerType() && item.id != selected)
            continue;
        box->addItem(CatalogTexts::named(item.displayName, item.id), item.id);
        found = found || item.id == selected;
    }
    if (!found && !selected.isEmpty())
        box->addItem(selected, selected);
    const int index = box->findData(selected);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

void ProductDialog::customerTypeChanged()
{
    fillProductLines(m_productLine->currentData().toString());
    for (int row = 0; row < m_included->rowCount(); ++row) {
        if (QComboBox *box = includedItemBox(row))
            fillItemBox(box, box->currentData().toString());
    }
    updateState();
}

void ProductDialog::updateCurrencyColumns()
{
    for (auto it = m_currencies.cbegin(); it != m_currencies.cend(); ++it)
        m_prices->setColumnHidden(priceColumn(it.key()), !it.value()->isChecked());
}

api::CustomerType ProductDialog::customerType() const
{
    return CustomerType(m_customerType->currentData().toInt());
}

int ProductDialog::priceColumn(const QString &currency) const
{
    const QList<api::Currency> currencies = api::supportedCurrencies();
    for (qsizetype i = 0; i < currencies.size(); ++i) {
        if (currencies[i].code == currency)
            return int(i) + 1;
    }
    return -1;
}

int ProductDialog::billingColumn() const
{
    return int(api::supportedCurrencies().size()) + 1;
}

int ProductDialog::rowOf(QTableWidget *table, int column, QWidget *widget) const
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->cellWidget(row, column) == widget)
            return row;
    }
    return -1;
}

QLineEdit *ProductDialog::priceIdField(int row) const
{
    return qobject_cast<QLineEdit *>(m_prices->cellWidget(row, 0));
}

QLineEdit *ProductDialog::amountField(int row, const QString &currency) const
{
    const int column = priceColumn(currency);
    return column < 0 ? nullptr : qobject_cast<QLineEdit *>(m_prices->cellWidget(row, column));
}

DayIntervalField *ProductDialog::billingField(int row) const
{
    return qobject_cast<DayIntervalField *>(m_prices->cellWidget(row, billingColumn()));
}

QAbstractButton *ProductDialog::removePriceButton(int row) const
{
    return qobject_cast<QAbstractButton *>(m_prices->cellWidget(row, billingColumn() + 3));
}

QComboBox *ProductDialog::includedItemBox(int row) const
{
    return qobject_cast<QComboBox *>(m_included->cellWidget(row, ItemColumn));
}

QSpinBox *ProductDialog::quantityBox(int row) const
{
    return qobject_cast<QSpinBox *>(m_included->cellWidget(row, QuantityColumn));
}

QAbstractButton *ProductDialog::removeIncludedItemButton(int row) const
{
    return qobject_cast<QAbstractButton *>(m_included->cellWidget(row, RemoveIncludedColumn));
}

api::Product ProductDialog::product() const
{
    api::Product product = m_existing.value_or(api::Product{});
    product.id = m_id ? m_id->text().trimmed() : m_existing->id;
    product.displayName = m_displayName->text().trimmed();
    if (product.displayName.isEmpty())
        product.displayName = product.id; // what the server shows for a product without a name
    product.customerType = customerType();
    product.productLineId = m_productLine->currentData().toString();
    product.addOnTo.clear();
    for (int i = 0; i < m_addOnTo->count(); ++i) {
        const QListWidgetItem *item = m_addOnTo->item(i);
        if (item->checkState() == Qt::Checked)
            product.addOnTo << item->data(Qt::UserRole).toString();
    }
    product.stackable = m_stackable->isChecked();
    product.serverOnly = m_serverOnly->isChecked();
    product.freeTrial = m_freeTrial->interval();
    product.includedByDefault = m_includedByDefault->isChecked();
    product.prices.clear();
    if (!product.includedByDefault) {
        for (int row = 0; row < m_prices->rowCount(); ++row) {
            api::ProductPrice price;
            price.id = priceIdField(row)->text().trimmed();
            for (auto it = m_currencies.cbegin(); it != m_currencies.cend(); ++it) {
                const QString amount = amountField(row, it.key())->text().trimmed();
                if (it.value()->isChecked() && !amount.isEmpty())
                    price.amounts.insert(it.key(), amount);
            }
            const QVariantMap kept = priceIdField(row)->property(keptAmountsProperty).toMap();
            for (auto it = kept.cbegin(); it != kept.cend(); ++it)
                price.amounts.insert(it.key(), it.value().toString());
            price.otherFieldsJson = priceIdField(row)->property(otherFieldsProperty).toString();
            price.interval = billingField(row)->interval();
            price.freeTrial = qobject_cast<DayIntervalField *>(m_prices->cellWidget(row, billingColumn() + 1))->interval();
            price.serverOnly = m_prices->cellWidget(row, billingColumn() + 2)->findChild<QCheckBox *>()->isChecked();
            product.prices << price;
        }
    }
    product.includedItems.clear();
    for (int row = 0; row < m_included->rowCount(); ++row) {
        api::IncludedItem included;
        included.itemId = includedItemBox(row)->currentData().toString();
        included.otherFieldsJson = includedItemBox(row)->property(otherFieldsProperty).toString();
        included.quantity = quantityBox(row)->value();
        included.repeat = qobject_cast<DayIntervalField *>(m_included->cellWidget(row, RepeatColumn))->interval();
        included.expires = api::IncludedItem::Expiry(
            qobject_cast<QComboBox *>(m_included->cellWidget(row, ExpiresColumn))->currentData().toInt());
        product.includedItems << included;
    }
    return product;
}

QStringList ProductDialog::problemTexts() const
{
    QStringList texts;
    for (const CatalogProblem &problem : CatalogValidation::checkProduct(product(), m_others))
        texts << problem.field + QStringLiteral(": ") + problem.message;
    return texts;
}

void ProductDialog::updateState()
{
    if (m_filling)
        return;
    const api::Product current = product();
    const QList<CatalogProblem> problems = CatalogValidation::checkProduct(current, m_others);
    QStringList id;
    FieldTexts line;
    FieldTexts addOn;
    FieldTexts trial;
    FieldTexts prices;
    FieldTexts included;
    bool blocked = false;
    for (const CatalogProblem &problem : problems) {
        const QString &field = problem.field;
        // What the product already had on the server does not keep an edit of it from saving.
        const bool existed = m_baseline.contains(problem);
        blocked = blocked || !existed;
        const auto add = [existed](FieldTexts &texts, const QString &text) {
            (existed ? texts.warnings : texts.errors) << text;
        };
        if (field == u"id")
            id << problem.message;
        else if (field == u"productLineId")
            add(line, problem.message);
        else if (field.startsWith(u"isAddOnTo"))
            add(addOn, problem.message);
        else if (field == u"freeTrial")
            add(trial, problem.message);
        else if (field.startsWith(u"prices"))
            add(prices, subjectOf(field) + problem.message);
        else
            add(included, subjectOf(field) + problem.message);
    }
    if (m_idMessage) {
        if (current.id.isEmpty())
            m_idMessage->showHint(tr("Letters, digits, “_” and “-”; it cannot be changed later."));
        else
            shownOn(m_idMessage, FieldTexts{id, {}});
    }
    shownOn(m_productLineMessage, line);
    shownOn(m_addOnMessage, addOn);
    shownOn(m_freeTrialMessage, trial);
    shownOn(m_pricesMessage, prices);
    shownOn(m_includedMessage, included);
    m_pricesBox->setEnabled(!m_includedByDefault->isChecked());
    for (int column : {billingColumn(), billingColumn() + 1})
        m_prices->resizeColumnToContents(column);
    m_included->resizeColumnToContents(RepeatColumn);
    m_ok->setEnabled(!blocked);
}

} // namespace hexclave::ui
