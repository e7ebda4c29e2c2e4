#pragma once

#include "JsonParse.h"
#include "PaymentsCatalog.h"

#include <nlohmann/json_fwd.hpp>

#include <QList>
#include <QString>

#include <optional>

namespace hexclave::api {

// One entry of a transaction (a tagged union on `type` in the server's answer). Fields that an
// entry type does not have stay empty; `json` holds the entry as sent, for showing every field.
struct TransactionEntry
{
    enum class Type {
        MoneyTransfer,
        ItemQuantityChange,
        ProductGrant,
        ProductRevocation,
        ProductRevocationReversal,
        Other, // a type this client does not know: shown by its id
    };

    Type type = Type::Other;
    QString typeId;                              // as sent, e.g. "money_transfer"
    std::optional<QString> adjustedTransactionId; // set when the entry adjusts an earlier one
    std::optional<int> adjustedEntryIndex;
    QString customerType; // "user" | "team" | "custom"; empty when the entry has none
    QString customerId;
    MoneyAmounts chargedAmount; // money_transfer: currency → decimal string (major units, "9.99")
    MoneyAmounts netAmount;     // USD only
    QString itemId;             // item_quantity_change
    qint64 quantity = 0;        // item change (may be negative), or product quantity
    QString productId;          // product_grant (null for an inline product)
    QString productDisplayName; // product_grant: product.display_name
    QString priceId;            // product_grant; empty when null
    QString subscriptionId;     // product_grant of a subscription
    QString oneTimePurchaseId;  // product_grant of a one-time purchase
    MoneyAmounts unitPrice;     // product_grant: the price's amounts (product.prices[price_id]), if sent
    QByteArray json;            // the entry as sent, compact UTF-8 (a ledger holds many)

    QString prettyJson() const; // the entry as sent, indented, for showing
};

// `adjusted_by` item: a later transaction entry that changes this one (a refund, a revocation).
struct TransactionAdjustment
{
    QString transactionId;
    int entryIndex = 0;
};

struct Transaction
{
    QString id;
    qint64 createdAtMillis = 0;
    qint64 effectiveAtMillis = 0;
    QString type; // purchase, subscription-renewal, … (see transactionTypeIds()); may be null
    QList<TransactionEntry> entries;
    QList<TransactionAdjustment> adjustedBy;
    bool testMode = false;

    // The first entry with a customer: who the transaction is about.
    const TransactionEntry *customerEntry() const;
    const TransactionEntry *moneyEntry() const;  // the first money_transfer, if any
    const TransactionEntry *productGrant() const; // the first product_grant, if any
    bool isRefunded() const { return !adjustedBy.isEmpty(); }
};

// The purchase POST /internal/payments/transactions/refund refunds for a transaction: that of its
// product grant (a subscription or a one-time purchase), for `purchase` transactions only. The
// server also refuses test-mode purchases and ones already refunded (adjusted_by not empty).
struct RefundTarget
{
    enum class Kind { Subscription, OneTimePurchase };
    Kind kind = Kind::OneTimePurchase;
    QString id; // the subscription id or the one-time purchase id
};
QString refundKindId(RefundTarget::Kind kind); // "subscription", "one-time-purchase"
std::optional<RefundTarget> refundTargetOf(const Transaction &transaction);

// purchase, subscription-cancellation, subscription-renewal, manual-item-quantity-change,
// chargeback, product-change (the values the list accepts as `type`).
QStringList transactionTypeIds();

// GET /internal/payments/transactions answer.
struct TransactionsPage
{
    QList<Transaction> transactions;
    std::optional<QString> nextCursor; // nullopt at the end
};

void from_json(const nlohmann::ordered_json &j, TransactionEntry &entry);
void from_json(const nlohmann::ordered_json &j, Transaction &transaction);
void from_json(const nlohmann::ordered_json &j, TransactionsPage &page);

extern template TransactionsPage parseJson<TransactionsPage>(const QByteArray &);

} // namespace hexclave::api
