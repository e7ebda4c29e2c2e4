#include "GrantProductDialog.h"

#include "CustomerTexts.h"
#include "dialogs/DialogParts.h"
#include "endpoints/PaymentsEndpoints.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

QString productName(const api::Product &product)
{
    return product.displayName.isEmpty() ? product.id : product.displayName;
}

QString intervalText(const api::DayInterval &interval)
{
    const bool one = interval.count == 1;
    const QString count = QString::number(interval.count);
    if (interval.unit == u"day")
        return one ? GrantProductDialog::tr("every day") : GrantProductDialog::tr("every %1 days").arg(count);
    if (interval.unit == u"week")
        return one ? GrantProductDialog::tr("every week") : GrantProductDialog::tr("every %1 weeks").arg(count);
    if (interval.unit == u"year")
        return one ? GrantProductDialog::tr("every year") : GrantProductDialog::tr("every %1 years").arg(count);
    return one ? GrantProductDialog::tr("every month") : GrantProductDialog::tr("every %1 months").arg(count);
}

} // namespace

GrantProductDialog::GrantProductDialog(const ProjectContext &context, const Subject &subject, QWidget *parent)
    : RequestDialog(context, parent)
    , m_subject(subject)
    , m_product(new QComboBox(this))
    , m_productId(new QLineEdit(this))
    , m_productMessage(new FieldMessage(subject.typedProductId ? static_cast<QWidget *>(m_productId) : m_product, this))
    , m_quantity(new QSpinBox(this))
    , m_grant(nullptr)
{
    setWindowTitle(tr("Grant a product to %1").arg(subject.customerName));
    setMinimumWidth(520);

    for (const api::Product &product : subject.products)
        m_product->addItem(tr("%1 (%2)").arg(productName(product), product.id), product.id);
    m_product->setAccessibleName(tr("Product"));
    m_productId->setAccessibleName(tr("Product ID"));
    m_productId->setPlaceholderText(tr("The product's ID, as in the project's configuration"));
    m_quantity->setRange(1, 1'000'000);
    m_quantity->setAccessibleName(tr("Quantity"));

    auto *buttons = new QDialogButtonBox(this);
    m_grant = buttons->addButton(tr("&Grant product"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_grant->setDefault(true);

    auto *form = new QFormLayout;
    QWidget *productField = subject.typedProductId ? static_cast<QWidget *>(m_productId) : m_product;
    (subject.typedProductId ? static_cast<QWidget *>(m_product) : m_productId)->hide();
    auto *productLabel = new QLabel(subject.typedProductId ? tr("&Product ID:") : tr("&Product:"), this);
    productLabel->setBuddy(productField);
    form->addRow(productLabel, productField);
    form->addRow(QString(), m_productMessage);
    auto *quantityLabel = new QLabel(tr("&Quantity:"), this);
    quantityLabel->setBuddy(m_quantity);
    form->addRow(quantityLabel, m_quantity);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(explanationLabel(tr("Grants the product to %1 without payment: nothing is charged, and the grant "
                                          "shows in the transactions list. A product in the same product line as one "
                                          "the customer has replaces it: the current subscription ends.")
                                           .arg(subject.customerName),
                                       this));
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(busyLine());
    layout->addWidget(buttons);

    setFormWidgets({m_product, m_productId, m_quantity, m_grant});
    setTabChain({productField, m_quantity});

    connect(m_product, &QComboBox::currentIndexChanged, this, &GrantProductDialog::productChanged);
    connect(m_productId, &QLineEdit::textChanged, this, &GrantProductDialog::productChanged);
    connect(m_grant, &QPushButton::clicked, this, &GrantProductDialog::grant);
    connect(buttons, &QDialogButtonBox::rejected, this, &GrantProductDialog::reject);
    productChanged();
    productField->setFocus();
}

QList<api::Product> GrantProductDialog::grantableProducts(const api::PaymentsCatalog &catalog, api::CustomerType type)
{
    QList<api::Product> products;
    for (const api::Product &product : catalog.products) {
        if (product.customerType == type && !product.includedByDefault)
            products << product;
    }
    return products;
}

std::optional<api::Product> GrantProductDialog::chosenProduct() const
{
    if (m_subject.typedProductId) {
        api::Product typed;
        typed.id = m_productId->text().trimmed();
        typed.stackable = true; // not known here: the server refuses more than one of another
        return typed.id.isEmpty() ? std::nullopt : std::optional(typed);
    }
    const int index = m_product->currentIndex();
    return index >= 0 && index < m_subject.products.size() ? std::optional(m_subject.products.at(index)) : std::nullopt;
}

QString GrantProductDialog::productLineName(const QString &lineId) const
{
    for (const api::ProductLine &line : m_subject.productLines) {
        if (line.id == lineId)
            return line.displayName.isEmpty() ? line.id : line.displayName;
    }
    return lineId;
}

QString GrantProductDialog::productNote() const
{
    return m_productMessage->text();
}

void GrantProductDialog::productChanged()
{
    const std::optional<api::Product> product = chosenProduct();
    m_grant->setEnabled(product && !isBusy());
    if (m_subject.typedProductId) {
        m_quantity->setEnabled(!isBusy());
        m_quantity->setToolTip(tr("How many to grant (more than one only for a stackable product)"));
        m_productMessage->showHint(tr("The catalog cannot be read with this key: type the product's ID. The server "
                                      "refuses an ID it does not know."));
        return;
    }
    if (!product) {
        m_productMessage->showError(tr("There is no product to grant."));
        return;
    }
    // Only a stackable product can be owned several times over.
    if (!product->stackable)
        m_quantity->setValue(1);
    m_quantity->setEnabled(product->stackable && !isBusy());
    m_quantity->setToolTip(product->stackable ? tr("How many to grant") : tr("This product is not stackable: one at a time"));

    QStringList facts;
    if (product->prices.isEmpty())
        facts << tr("It has no price.");
    else if (product->prices.first().interval)
        facts << tr("A subscription, renewing %1.").arg(intervalText(*product->prices.first().interval));
    else
        facts << tr("A one-time purchase.");
    if (!product->addOnTo.isEmpty())
        facts << tr("An add-on: %1 must already own %2.").arg(m_subject.customerName, product->addOnTo.join(tr(" or ")));
    bool ownedAlready = false;
    QStringList replaced;
    for (const api::Product &owned : m_subject.owned) {
        if (owned.id == product->id)
            ownedAlready = true;
        else if (!product->productLineId.isEmpty() && owned.productLineId == product->productLineId)
            replaced << productName(owned);
    }
    if (!replaced.isEmpty())
        facts << tr("It replaces %1, of the same product line “%2”.")
                     .arg(replaced.join(QStringLiteral(", ")), productLineName(product->productLineId));
    else if (!product->productLineId.isEmpty())
        facts << tr("In the product line “%1”.").arg(productLineName(product->productLineId));
    if (ownedAlready && !product->stackable) {
        facts.prepend(tr("%1 already owns this product, and it is not stackable: the server will refuse to grant it again.")
                          .arg(m_subject.customerName));
        m_productMessage->showError(facts.join(u' '));
        return;
    }
    m_productMessage->showHint(facts.join(u' '));
}

void GrantProductDialog::grant()
{
    const std::optional<api::Product> product = chosenProduct();
    if (isBusy() || m_done || !product)
        return;
    const api::Product chosen = *product;
    const qint64 quantity = chosen.stackable ? m_quantity->value() : 1;
    send<api::NoContent>(
        api::payments::grantProduct(context().scope(), m_subject.customer, chosen.id, quantity),
        tr("Granting %1…").arg(productName(chosen)),
        [this, chosen, quantity](api::NoContent) {
            m_done = true;
            Q_EMIT granted(chosen.id, quantity);
            accept();
        },
        [this, chosen](const api::ApiError &error) { showFailure(error, chosen); });
}

void GrantProductDialog::showFailure(const api::ApiError &error, const api::Product &product)
{
    productChanged(); // the form again as it was, its note included
    api::ApiError explained = explainedCustomerError(error, m_subject.customer.type, m_subject.customerName);
    const QString name = productName(product);
    if (error.is(u"PRODUCT_ALREADY_GRANTED"))
        explained.message = tr("%1 already owns %2. It is not stackable, so it cannot be granted again.")
                                .arg(m_subject.customerName, name);
    else if (error.is(u"PRODUCT_DOES_NOT_EXIST") && m_subject.typedProductId)
        explained.message = tr("The project has no product with the ID %1.").arg(product.id);
    else if (error.is(u"PRODUCT_DOES_NOT_EXIST"))
        explained.message = tr("The product %1 is no longer in the project's configuration; it may have been removed "
                               "under Products & items.")
                                .arg(name);
    else if (error.is(u"PRODUCT_CUSTOMER_TYPE_DOES_NOT_MATCH"))
        explained.message = tr("%1 is sold to %2 customers, so it cannot be granted to this %3 customer.")
                                .arg(name, error.details.value(QStringLiteral("product_customer_type")).toString(),
                                     customerTypeNoun(m_subject.customer.type));
    errorBanner()->showActionError(tr("The product was not granted."), explained);
}

} // namespace hexclave::ui
