#include "CatalogValidation.h"

#include "MoneyText.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hexclave::models {

using api::CustomerType;
using api::PaymentsCatalog;

namespace {

constexpr int kMaxIdLength = 63;

QString customerTypeNoun(CustomerType type)
{
    switch (type) {
    case CustomerType::User:
        return CatalogValidation::tr("users");
    case CustomerType::Team:
        return CatalogValidation::tr("teams");
    case CustomerType::Custom:
        break;
    }
    return CatalogValidation::tr("custom customers");
}

template <class Entry>
const Entry *findById(const QList<Entry> &entries, const QString &id)
{
    const auto it = std::find_if(entries.cbegin(), entries.cend(), [&id](const Entry &entry) { return entry.id == id; });
    return it == entries.cend() ? nullptr : &*it;
}

// Appends problems of one entry, all with the same path.
class Problems
{
public:
    explicit Problems(QString path)
        : m_path(std::move(path))
    {
    }

    void add(const QString &field, const QString &message)
    {
        if (!message.isEmpty())
            m_problems.append({m_path, field, message});
    }
    QList<CatalogProblem> take() { return std::move(m_problems); }

private:
    QString m_path;
    QList<CatalogProblem> m_problems;
};

// `taken`: another entry of the kind has the id; an entry the client could not read (listed in
// `unreadable`) holds its id too.
void checkId(Problems &problems, const QString &id, bool taken, const QString &takenMessage,
             const PaymentsCatalog &others, const QString &path)
{
    const QString problem = CatalogValidation::idProblem(id);
    problems.add(QStringLiteral("id"), problem);
    if (!problem.isEmpty())
        return;
    if (taken)
        problems.add(QStringLiteral("id"), takenMessage);
    else if (others.unreadable.contains(path))
        problems.add(QStringLiteral("id"),
                     CatalogValidation::tr("“%1” is taken by an entry that could not be read.").arg(id));
}

void checkInterval(Problems &problems, const QString &field, const std::optional<api::DayInterval> &interval)
{
    if (interval)
        problems.add(field, CatalogValidation::intervalProblem(*interval));
}

void checkPrices(Problems &problems, const api::Product &product)
{
    if (product.includedByDefault) {
        if (!product.prices.isEmpty())
            problems.add(QStringLiteral("prices"),
                         CatalogValidation::tr("A product included by default is free: remove its prices."));
        return;
    }
    QSet<QString> seen;
    for (const api::ProductPrice &price : product.prices) {
        const QString field = QStringLiteral("prices.") + price.id;
        const QString idProblem = CatalogValidation::idProblem(price.id);
        if (!idProblem.isEmpty())
            problems.add(field, CatalogValidation::tr("Price id: %1").arg(idProblem));
        else if (seen.contains(price.id))
            problems.add(field, CatalogValidation::tr("Two prices have the id “%1”.").arg(price.id));
        seen.insert(price.id);
        if (price.amounts.isEmpty())
            problems.add(field, CatalogValidation::tr("A price needs an amount in at least one currency."));
        for (auto it = price.amounts.cbegin(); it != price.amounts.cend(); ++it)
            problems.add(field + u'.' + it.key(), CatalogValidation::amountProblem(it.key(), it.value()));
        checkInterval(problems, field + QStringLiteral(".interval"), price.interval);
        checkInterval(problems, field + QStringLiteral(".freeTrial"), price.freeTrial);
    }
}

void checkIncludedItems(Problems &problems, const api::Product &product, const PaymentsCatalog &catalog)
{
    QSet<QString> seen;
    for (const api::IncludedItem &included : product.includedItems) {
        const QString field = QStringLiteral("includedItems.") + included.itemId;
        const api::PaymentItem *item = findById(catalog.items, included.itemId);
        if (included.itemId.isEmpty())
            problems.add(field, CatalogValidation::tr("Choose the item to include."));
        else if (seen.contains(included.itemId))
            problems.add(field, CatalogValidation::tr("Item “%1” is included twice.").arg(included.itemId));
        else if (!item)
            problems.add(field, CatalogValidation::tr("There is no item “%1”.").arg(included.itemId));
        else if (item->customerType != product.customerType)
            problems.add(field, CatalogValidation::tr("Item “%1” is for %2, this product for %3.")
                                    .arg(included.itemId, customerTypeNoun(item->customerType),
                                         customerTypeNoun(product.customerType)));
        seen.insert(included.itemId);
        if (included.quantity < 0)
            problems.add(field + QStringLiteral(".quantity"), CatalogValidation::tr("The quantity cannot be negative."));
        checkInterval(problems, field + QStringLiteral(".repeat"), included.repeat);
    }
}

} // namespace

QString CatalogValidation::idProblem(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_-]*$"));
    if (id.isEmpty())
        return tr("Enter an id.");
    if (id.startsWith(u'-'))
        return tr("An id cannot start with “-”.");
    if (!pattern.match(id).hasMatch())
        return tr("Use only letters, digits, “_” and “-”.");
    if (id.size() > kMaxIdLength)
        return tr("Use at most %1 characters.").arg(kMaxIdLength);
    if (id == u"__proto__" || id == u"constructor" || id == u"prototype")
        return tr("“%1” is reserved; choose another id.").arg(id);
    return {};
}

QString CatalogValidation::amountProblem(const QString &currencyCode, const QString &amount)
{
    const auto currency = api::currencyByCode(currencyCode);
    if (!currency)
        return tr("%1 is not a supported currency.").arg(currencyCode);
    static const QRegularExpression number(QStringLiteral(R"(^-?\d+(\.\d+)?$)"));
    if (amount.isEmpty())
        return tr("Enter the amount in %1.").arg(currencyCode);
    if (!number.match(amount).hasMatch())
        return tr("Write the %1 amount as a number such as 9.99.").arg(currencyCode);
    if (amount.startsWith(u'-'))
        return tr("The %1 amount cannot be negative.").arg(currencyCode);
    if (amount.size() > 1 && amount.startsWith(u'0') && amount.at(1) != u'.')
        return tr("Remove the leading zeros of the %1 amount.").arg(currencyCode);
    if (!minorUnitsOf(amount, currencyDecimals(currencyCode))) {
        if (currency->decimals == 0)
            return tr("%1 amounts have no decimals.").arg(currencyCode);
        const qsizetype point = amount.indexOf(u'.');
        if (point >= 0 && amount.size() - point - 1 > currency->decimals)
            return tr("%1 amounts have at most %2 decimals.").arg(currencyCode).arg(currency->decimals);
        return tr("The %1 amount is too large.").arg(currencyCode);
    }
    return {};
}

QString CatalogValidation::intervalProblem(const api::DayInterval &interval)
{
    if (!api::dayIntervalUnits().contains(interval.unit))
        return tr("Choose days, weeks, months or years.");
    if (interval.count < 1)
        return tr("The count must be at least 1.");
    return {};
}

QList<CatalogProblem> CatalogValidation::checkProduct(const api::Product &product, const PaymentsCatalog &others)
{
    Problems problems(PaymentsCatalog::productPath(product.id));
    checkId(problems, product.id, findById(others.products, product.id),
            tr("Another product has the id “%1”.").arg(product.id), others, PaymentsCatalog::productPath(product.id));
    if (!product.productLineId.isEmpty()) {
        const api::ProductLine *line = findById(others.productLines, product.productLineId);
        if (!line)
            problems.add(QStringLiteral("productLineId"),
                         tr("There is no product line “%1”.").arg(product.productLineId));
        else if (line->customerType != product.customerType)
            problems.add(QStringLiteral("productLineId"),
                         tr("Product line “%1” is for %2, this product for %3.")
                             .arg(product.productLineId, customerTypeNoun(line->customerType),
                                  customerTypeNoun(product.customerType)));
    }
    for (const QString &base : product.addOnTo) {
        const QString field = QStringLiteral("isAddOnTo.") + base;
        if (base == product.id)
            problems.add(field, tr("A product cannot be an add-on to itself."));
        else if (!findById(others.products, base))
            problems.add(field, tr("There is no product “%1” to be an add-on to.").arg(base));
    }
    checkInterval(problems, QStringLiteral("freeTrial"), product.freeTrial);
    checkPrices(problems, product);
    checkIncludedItems(problems, product, others);
    return problems.take();
}

QList<CatalogProblem> CatalogValidation::checkItem(const api::PaymentItem &item, const PaymentsCatalog &others)
{
    Problems problems(PaymentsCatalog::itemPath(item.id));
    checkId(problems, item.id, findById(others.items, item.id), tr("Another item has the id “%1”.").arg(item.id),
            others, PaymentsCatalog::itemPath(item.id));
    return problems.take();
}

QList<CatalogProblem> CatalogValidation::checkProductLine(const api::ProductLine &line, const PaymentsCatalog &others)
{
    Problems problems(PaymentsCatalog::productLinePath(line.id));
    checkId(problems, line.id, findById(others.productLines, line.id),
            tr("Another product line has the id “%1”.").arg(line.id), others,
            PaymentsCatalog::productLinePath(line.id));
    return problems.take();
}

QList<CatalogProblem> CatalogValidation::check(const PaymentsCatalog &catalog)
{
    QList<CatalogProblem> problems;
    for (qsizetype i = 0; i < catalog.productLines.size(); ++i) {
        PaymentsCatalog others = catalog;
        others.productLines.removeAt(i);
        problems << checkProductLine(catalog.productLines[i], others);
    }
    for (qsizetype i = 0; i < catalog.items.size(); ++i) {
        PaymentsCatalog others = catalog;
        others.items.removeAt(i);
        problems << checkItem(catalog.items[i], others);
    }
    for (qsizetype i = 0; i < catalog.products.size(); ++i) {
        PaymentsCatalog others = catalog;
        others.products.removeAt(i);
        problems << checkProduct(catalog.products[i], others);
    }
    return problems;
}

QList<CatalogProblem> CatalogValidation::newProblems(const PaymentsCatalog &original, const PaymentsCatalog &current)
{
    const QList<CatalogProblem> before = check(original);
    QList<CatalogProblem> problems = check(current);
    problems.removeIf([&before](const CatalogProblem &problem) { return before.contains(problem); });
    return problems;
}

} // namespace hexclave::models
