#include "Transaction.h"

#include "JsonSupport.h"

namespace hexclave::api {

namespace {

MoneyAmounts moneyOf(const json::Json &object, const char *key)
{
    MoneyAmounts amounts;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_object())
        return amounts;
    for (const auto &[currency, amount] : it->items()) {
        if (amount.is_string())
            amounts.insert(QString::fromStdString(currency), json::toQString(amount));
    }
    return amounts;
}

TransactionEntry::Type entryTypeOf(const QString &id)
{
    using Type = TransactionEntry::Type;
    static const QHash<QString, Type> types{
        {QStringLiteral("money_transfer"), Type::MoneyTransfer},
        {QStringLiteral("item_quantity_change"), Type::ItemQuantityChange},
        {QStringLiteral("product_grant"), Type::ProductGrant},
        {QStringLiteral("product_revocation"), Type::ProductRevocation},
        {QStringLiteral("product_revocation_reversal"), Type::ProductRevocationReversal},
    };
    return types.value(id, Type::Other);
}

qint64 integerOr(const json::Json &object, const char *key, qint64 fallback)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<qint64>() : fallback;
}

const TransactionEntry *firstEntry(const QList<TransactionEntry> &entries, bool (*matches)(const TransactionEntry &))
{
    for (const TransactionEntry &entry : entries) {
        if (matches(entry))
            return &entry;
    }
    return nullptr;
}

} // namespace

void from_json(const nlohmann::ordered_json &j, TransactionEntry &entry)
{
    entry.typeId = json::requiredString(j, "type");
    entry.type = entryTypeOf(entry.typeId);
    entry.adjustedTransactionId = json::optionalString(j, "adjusted_transaction_id");
    const auto index = j.find("adjusted_entry_index");
    if (index != j.end() && index->is_number_integer())
        entry.adjustedEntryIndex = index->get<int>();
    entry.customerType = json::stringOrEmpty(j, "customer_type");
    entry.customerId = json::stringOrEmpty(j, "customer_id");
    entry.chargedAmount = moneyOf(j, "charged_amount");
    entry.netAmount = moneyOf(j, "net_amount");
    entry.itemId = json::stringOrEmpty(j, "item_id");
    entry.quantity = integerOr(j, "quantity", 0);
    entry.productId = json::stringOrEmpty(j, "product_id");
    entry.priceId = json::stringOrEmpty(j, "price_id");
    entry.subscriptionId = json::stringOrEmpty(j, "subscription_id");
    entry.oneTimePurchaseId = json::stringOrEmpty(j, "one_time_purchase_id");
    const auto product = j.find("product");
    if (product != j.end() && product->is_object()) {
        entry.productDisplayName = json::stringOrEmpty(*product, "display_name");
        const auto prices = product->find("prices");
        if (!entry.priceId.isEmpty() && prices != product->end() && prices->is_object()) {
            const auto price = prices->find(json::toStd(entry.priceId));
            if (price != prices->end() && price->is_object()) {
                for (const auto &[key, value] : price->items()) {
                    if (value.is_string() && currencyByCode(QString::fromStdString(key)))
                        entry.unitPrice.insert(QString::fromStdString(key), json::toQString(value));
                }
            }
        }
    }
    const std::string compact = j.dump();
    entry.json = QByteArray(compact.data(), qsizetype(compact.size()));
}

void from_json(const nlohmann::ordered_json &j, Transaction &transaction)
{
    transaction.id = json::requiredString(j, "id");
    transaction.createdAtMillis = j.at("created_at_millis").get<qint64>();
    transaction.effectiveAtMillis = json::optionalMillis(j, "effective_at_millis").value_or(transaction.createdAtMillis);
    transaction.type = json::stringOrEmpty(j, "type");
    const auto &entries = j.at("entries");
    if (!entries.is_array())
        throw std::runtime_error("\"entries\" is not a list");
    for (const auto &entry : entries)
        transaction.entries.append(entry.get<TransactionEntry>());
    const auto adjustedBy = j.find("adjusted_by");
    if (adjustedBy != j.end() && adjustedBy->is_array()) {
        for (const auto &adjustment : *adjustedBy)
            transaction.adjustedBy.append({json::requiredString(adjustment, "transaction_id"),
                                           int(integerOr(adjustment, "entry_index", 0))});
    }
    transaction.testMode = json::boolOr(j, "test_mode");
}

void from_json(const nlohmann::ordered_json &j, TransactionsPage &page)
{
    const auto &transactions = j.at("transactions");
    if (!transactions.is_array())
        throw std::runtime_error("\"transactions\" is not a list");
    page.transactions.clear();
    page.transactions.reserve(qsizetype(transactions.size()));
    for (const auto &transaction : transactions)
        page.transactions.append(transaction.get<Transaction>());
    page.nextCursor = json::optionalString(j, "next_cursor");
}

QString TransactionEntry::prettyJson() const
{
    try {
        return QString::fromStdString(json::Json::parse(json.constData(), json.constData() + json.size()).dump(2));
    } catch (const std::exception &) {
        return QString::fromUtf8(json);
    }
}

const TransactionEntry *Transaction::customerEntry() const
{
    return firstEntry(entries, [](const TransactionEntry &entry) { return !entry.customerId.isEmpty(); });
}

const TransactionEntry *Transaction::moneyEntry() const
{
    return firstEntry(entries, [](const TransactionEntry &entry) {
        return entry.type == TransactionEntry::Type::MoneyTransfer;
    });
}

const TransactionEntry *Transaction::productGrant() const
{
    return firstEntry(entries, [](const TransactionEntry &entry) {
        return entry.type == TransactionEntry::Type::ProductGrant;
    });
}

QStringList transactionTypeIds()
{
    return {QStringLiteral("purchase"),
            QStringLiteral("subscription-cancellation"),
            QStringLiteral("subscription-renewal"),
            QStringLiteral("manual-item-quantity-change"),
            QStringLiteral("chargeback"),
            QStringLiteral("product-change")};
}

QString refundKindId(RefundTarget::Kind kind)
{
    return kind == RefundTarget::Kind::Subscription ? QStringLiteral("subscription")
                                                    : QStringLiteral("one-time-purchase");
}

std::optional<RefundTarget> refundTargetOf(const Transaction &transaction)
{
    if (transaction.type != u"purchase")
        return std::nullopt;
    const TransactionEntry *grant = transaction.productGrant();
    if (!grant)
        return std::nullopt;
    if (!grant->subscriptionId.isEmpty())
        return RefundTarget{RefundTarget::Kind::Subscription, grant->subscriptionId};
    if (!grant->oneTimePurchaseId.isEmpty())
        return RefundTarget{RefundTarget::Kind::OneTimePurchase, grant->oneTimePurchaseId};
    return std::nullopt;
}

template TransactionsPage parseJson<TransactionsPage>(const QByteArray &);

} // namespace hexclave::api
