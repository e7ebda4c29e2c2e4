#include "RefundDialog.h"

#include "TimeText.h"
#include "dialogs/DialogParts.h"
#include "dialogs/SchemaErrorLines.h"
#include "endpoints/PaymentsEndpoints.h"
#include "payments/MoneyText.h"
#include "payments/TransactionsModel.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::TransactionsModel;

namespace {

const QString usd = QStringLiteral("USD");
constexpr int usdDecimals = 2;

QLabel *cellLabel(const QString &text, QWidget *parent, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(alignment);
    return label;
}

// "12.50", "$12.50", " 12 " → cents; the sign is kept so that a negative amount can be named as such.
std::optional<qint64> centsOf(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u'$'))
        text = text.mid(1).trimmed();
    if (text.isEmpty())
        return 0;
    return models::minorUnitsOf(text, usdDecimals);
}

} // namespace

RefundDialog::RefundDialog(const ProjectContext &context, const api::Transaction &transaction, QWidget *parent)
    : RequestDialog(context, parent)
    , m_transaction(transaction)
    , m_total(new QLabel(this))
    , m_totalMessage(new FieldMessage(m_total, this))
    , m_refund(new QPushButton(tr("&Refund…"), this))
{
    setWindowTitle(tr("Refund purchase"));

    // What was charged in US dollars: the money transfer's USD amount; without one (not expected
    // for a paid purchase), the price of what was bought.
    const api::TransactionEntry *money = m_transaction.moneyEntry();
    if (money && !money->chargedAmount.isEmpty()) {
        if (money->chargedAmount.contains(usd))
            m_chargedCents = models::minorUnitsOf(money->chargedAmount.value(usd), usdDecimals);
        m_usdPriced = m_chargedCents.has_value();
    }

    QLabel *title = headline(this);
    title->setText(tr("Refund a purchase"));
    const api::TransactionEntry *grant = m_transaction.productGrant();
    const QString charged = money ? TransactionsModel::amountText(money->chargedAmount, locale()) : QString();
    QLabel *summary = explanationLabel(
        tr("%1 by %2 on %3%4.")
            .arg(grant ? TransactionsModel::productText(m_transaction) : tr("Purchase"), customerText(),
                 models::absoluteTime(m_transaction.effectiveAtMillis),
                 charged.isEmpty() ? QString() : tr(", charged %1").arg(charged)),
        this);

    auto *lines = new QWidget(this);
    auto *grid = new QGridLayout(lines);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    const QStringList headers{tr("Entry"), tr("Product"), tr("Bought"), tr("Unit price"), tr("Refund quantity"),
                              tr("Refund amount (USD)")};
    for (qsizetype column = 0; column < headers.size(); ++column) {
        QLabel *header = cellLabel(headers.at(column), lines);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        if (column == 2 || column == 3)
            header->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(header, 0, int(column));
    }
    int row = 1;
    for (qsizetype index = 0; index < m_transaction.entries.size(); ++index) {
        const api::TransactionEntry &entry = m_transaction.entries.at(index);
        if (entry.type != api::TransactionEntry::Type::ProductGrant)
            continue;
        addLine(lines, grid, row, int(index), entry);
        row += 2;
    }
    grid->setColumnStretch(1, 1);
    if (!m_chargedCents) {
        // No money transfer in dollars: what the dollar prices add up to, if every product has one.
        qint64 cents = 0;
        for (const Line &line : std::as_const(m_lines)) {
            if (!line.unitCents) {
                m_usdPriced = false;
                break;
            }
            cents += *line.unitCents * line.bought;
        }
        if (m_usdPriced && !m_lines.isEmpty())
            m_chargedCents = cents;
    }
    for (const Line &line : std::as_const(m_lines))
        m_usdPriced = m_usdPriced && line.unitCents.has_value();

    auto *warning = explanationLabel(tr("Refunds cannot be undone and will revoke access to the purchased product."), this);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_refund, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_refund->setDefault(true);
    connect(m_refund, &QPushButton::clicked, this, &RefundDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &RefundDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addSpacing(6);
    layout->addWidget(lines);
    layout->addSpacing(6);
    layout->addWidget(m_total);
    layout->addWidget(m_totalMessage);
    layout->addWidget(warning);
    layout->addStretch(1);
    layout->addWidget(busyLine());
    layout->addWidget(buttons);

    QList<QWidget *> form{m_refund};
    for (const Line &line : std::as_const(m_lines))
        form << line.quantity << line.amount;
    setFormWidgets(form);

    if (!m_usdPriced)
        m_totalMessage->showError(tr("Refund amounts can only be specified for USD-priced purchases."));
    updateTotal();
    resize(std::max(sizeHint().width(), 640), sizeHint().height());
}

RefundDialog::~RefundDialog() = default;

void RefundDialog::showEvent(QShowEvent *event)
{
    RequestDialog::showEvent(event);
    // The summary wraps: the height it needs depends on the width the window got, which the
    // size hint (taken at its own, wider width) does not know.
    QTimer::singleShot(0, this, &RefundDialog::fitHeight);
}

void RefundDialog::fitHeight()
{
    if (isVisible() && layout()->hasHeightForWidth())
        resize(width(), std::max(height(), layout()->totalHeightForWidth(width())));
}

void RefundDialog::addLine(QWidget *parent, QGridLayout *grid, int row, int entryIndex, const api::TransactionEntry &grant)
{
    Line line;
    line.entryIndex = entryIndex;
    line.product = grant.productDisplayName.isEmpty() ? grant.productId : grant.productDisplayName;
    line.bought = grant.quantity;
    if (grant.unitPrice.contains(usd))
        line.unitCents = models::minorUnitsOf(grant.unitPrice.value(usd), usdDecimals);
    const QString unitText = grant.unitPrice.isEmpty() ? tr("no price")
                                                       : TransactionsModel::amountText(grant.unitPrice, locale());

    line.quantity = new QSpinBox(parent);
    line.quantity->setRange(0, int(std::min<qint64>(grant.quantity, 1'000'000)));
    line.quantity->setValue(line.quantity->maximum());
    line.quantity->setAccessibleName(tr("Quantity of %1 to refund").arg(line.product));
    line.amount = new QLineEdit(parent);
    line.amount->setPlaceholderText(QStringLiteral("0.00"));
    line.amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    line.amount->setAccessibleName(tr("Amount in US dollars to refund for %1").arg(line.product));
    line.amount->setMinimumWidth(line.amount->fontMetrics().horizontalAdvance(QStringLiteral("00000000.00")) + 16);
    line.message = new FieldMessage(line.amount, parent);

    grid->addWidget(cellLabel(tr("#%1").arg(entryIndex), parent), row, 0);
    grid->addWidget(cellLabel(line.product, parent), row, 1);
    grid->addWidget(cellLabel(locale().toString(line.bought), parent, Qt::AlignRight | Qt::AlignVCenter), row, 2);
    grid->addWidget(cellLabel(unitText, parent, Qt::AlignRight | Qt::AlignVCenter), row, 3);
    grid->addWidget(line.quantity, row, 4);
    grid->addWidget(line.amount, row, 5);
    grid->addWidget(line.message, row + 1, 1, 1, 5);

    const qsizetype index = m_lines.size();
    line.defaultAmount = defaultAmount(line, line.quantity->value());
    line.amount->setText(line.defaultAmount);
    m_lines.append(line);
    connect(line.quantity, &QSpinBox::valueChanged, this, [this, index] { quantityChanged(index); });
    connect(line.amount, &QLineEdit::textEdited, this, [this, index] {
        m_lines[index].amountEdited = true;
        m_lines[index].message->clear();
        updateTotal();
    });
}

QString RefundDialog::defaultAmount(const Line &line, qint64 quantity) const
{
    if (!line.unitCents)
        return {};
    qint64 cents = *line.unitCents * quantity;
    // A discounted purchase charged less than its price: never suggest more than was charged.
    if (m_chargedCents)
        cents = std::min(cents, *m_chargedCents);
    return models::decimalOfMinorUnits(cents, usdDecimals);
}

void RefundDialog::quantityChanged(qsizetype index)
{
    Line &line = m_lines[index];
    if (!line.amountEdited)
        line.amount->setText(defaultAmount(line, line.quantity->value()));
    updateTotal();
}

QString RefundDialog::money(qint64 cents) const
{
    return models::formatMinorUnits(usd, cents, locale());
}

QString RefundDialog::customerText() const
{
    const api::TransactionEntry *customer = m_transaction.customerEntry();
    if (!customer)
        return tr("the customer");
    return TransactionsModel::customerTypeText(customer->customerType).toLower() + u' ' + customer->customerId;
}

void RefundDialog::updateTotal()
{
    qint64 total = 0;
    bool readable = true;
    for (const Line &line : std::as_const(m_lines)) {
        const auto cents = centsOf(line.amount->text());
        if (!cents)
            readable = false;
        else
            total += *cents;
    }
    const QString charged = m_chargedCents ? money(*m_chargedCents) : tr("unknown");
    m_total->setText(readable ? tr("Refund total: %1 of %2 charged").arg(money(total), charged)
                              : tr("Refund total: — (an amount is not a number) of %1 charged").arg(charged));
    if (m_usdPriced && m_totalMessage->isShowingError())
        m_totalMessage->clear();
}

std::optional<api::payments::RefundRequest> RefundDialog::readForm(qint64 *totalCents)
{
    clearErrors();
    if (!m_usdPriced || !m_chargedCents) {
        m_totalMessage->showError(tr("Refund amounts can only be specified for USD-priced purchases."));
        return std::nullopt;
    }
    const auto target = api::refundTargetOf(m_transaction);
    if (!target) {
        m_totalMessage->showError(TransactionsModel::refundBlocker(m_transaction));
        return std::nullopt;
    }
    FieldProblems problems;
    api::payments::RefundRequest request;
    request.target = *target;
    qint64 total = 0;
    for (const Line &line : std::as_const(m_lines)) {
        const QString text = line.amount->text().trimmed();
        const auto cents = centsOf(text);
        if (!cents) {
            problems.add(line.message, tr("Enter an amount in US dollars, like 12.50 (at most two decimals)."));
            continue;
        }
        if (*cents < 0) {
            problems.add(line.message, tr("A refund amount cannot be negative."));
            continue;
        }
        total += *cents;
        if (line.quantity->value() == 0 && *cents == 0)
            continue; // nothing for this product
        request.entries.append({line.entryIndex, line.quantity->value(), models::decimalOfMinorUnits(*cents, usdDecimals)});
    }
    if (!problems.isEmpty()) {
        problems.focusFirst();
        return std::nullopt;
    }
    if (request.entries.isEmpty()) {
        m_totalMessage->showError(tr("Nothing to refund: choose a quantity or an amount."));
        if (!m_lines.isEmpty())
            m_lines.first().quantity->setFocus(Qt::OtherFocusReason);
        return std::nullopt;
    }
    if (total > *m_chargedCents) {
        m_totalMessage->showError(tr("The refunds add up to %1, more than the %2 charged.").arg(money(total), money(*m_chargedCents)));
        if (!m_lines.isEmpty())
            m_lines.first().amount->setFocus(Qt::OtherFocusReason);
        return std::nullopt;
    }
    *totalCents = total;
    return request;
}

bool RefundDialog::confirm(qint64 totalCents)
{
    const QString text = totalCents > 0 ? tr("Refund %1 to %2?").arg(money(totalCents), customerText())
                                        : tr("Revoke the product from %1 without giving money back?").arg(customerText());
    QMessageBox box(QMessageBox::Warning, tr("Refund purchase"), text, QMessageBox::NoButton, this);
    box.setInformativeText(tr("Refunds cannot be undone and will revoke access to the purchased product."));
    QPushButton *yes = box.addButton(totalCents > 0 ? tr("Refund %1").arg(money(totalCents)) : tr("Revoke"),
                                     QMessageBox::DestructiveRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void RefundDialog::submit()
{
    if (isBusy())
        return;
    qint64 total = 0;
    const auto request = readForm(&total);
    if (!request) {
        QTimer::singleShot(0, this, &RefundDialog::fitHeight);
        return;
    }
    if (!confirm(total))
        return;
    const QString id = m_transaction.id;
    const QString summary = total > 0 ? tr("Refunded %1 to %2.").arg(money(total), customerText())
                                      : tr("Revoked the product from %1 without a refund.").arg(customerText());
    send<api::NoContent>(
        api::payments::refund(context().scope(), *request), tr("Refunding…"),
        [this, id, summary](api::NoContent) {
            Q_EMIT refunded(id, summary);
            accept();
        },
        [this](const api::ApiError &error) { showFailure(error); });
}

void RefundDialog::showFailure(const api::ApiError &error)
{
    QTimer::singleShot(0, this, &RefundDialog::fitHeight);
    const QList<SchemaErrorLine> lines = schemaErrorLines(error);
    if (!lines.isEmpty()) {
        QStringList texts;
        for (const SchemaErrorLine &line : lines)
            texts << line.text;
        m_totalMessage->showError(tr("The server refused the refund: %1").arg(texts.join(u'\n')));
        return;
    }
    api::ApiError explained = error;
    if (error.is(u"SUBSCRIPTION_ALREADY_REFUNDED") || error.is(u"ONE_TIME_PURCHASE_ALREADY_REFUNDED")) {
        m_sawOutdated = true;
        explained.message += u' ' + tr("It was refunded meanwhile (perhaps from the web dashboard); the list is "
                                        "loaded again when this dialog closes.");
    } else if (error.is(u"SUBSCRIPTION_INVOICE_NOT_FOUND")) {
        explained.message += u' ' + tr("The subscription has no paid invoice to refund: subscriptions started in test "
                                        "mode or granted without payment cannot be refunded.");
    } else if (error.is(u"ONE_TIME_PURCHASE_NOT_FOUND")) {
        explained.message += u' ' + tr("There is no payment to refund: the purchase was not paid through the payment "
                                        "provider, or it no longer exists.");
    } else if (error.is(u"TEST_MODE_PURCHASE_NON_REFUNDABLE")) {
        explained.message += u' ' + tr("No money was charged for it.");
    }
    errorBanner()->showActionError(tr("Nothing was refunded."), explained);
}

bool RefundDialog::hasUnsavedInput() const
{
    for (const Line &line : m_lines) {
        if (line.amountEdited || line.quantity->value() != line.quantity->maximum())
            return true;
    }
    return false;
}

QList<QSpinBox *> RefundDialog::quantityFields() const
{
    QList<QSpinBox *> fields;
    for (const Line &line : m_lines)
        fields << line.quantity;
    return fields;
}

QList<QLineEdit *> RefundDialog::amountFields() const
{
    QList<QLineEdit *> fields;
    for (const Line &line : m_lines)
        fields << line.amount;
    return fields;
}

} // namespace hexclave::ui
