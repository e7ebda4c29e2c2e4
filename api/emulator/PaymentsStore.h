#pragma once

#include "Uuid.h"

#include <QtGlobal>

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hexclave::emulator {

enum class PaymentCustomerType : quint8 { User, Team, Custom };
const char *customerTypeId(PaymentCustomerType type); // "user", "team", "custom"
std::optional<PaymentCustomerType> customerTypeFromId(std::string_view id);

struct PaymentCustomer
{
    PaymentCustomerType type = PaymentCustomerType::User;
    std::string id; // a user or team id as text, or the project's own id for a custom customer

    friend bool operator==(const PaymentCustomer &, const PaymentCustomer &) = default;
};

// How a purchase came to be (the server's creationSource): only Stripe purchases have an invoice
// or a payment intent, which is what a refund needs.
enum class PurchaseSource : quint8 { Stripe, TestMode, ApiGrant };

// A subscription or a one-time purchase, with the product's configuration as it was when bought
// (the server keeps that snapshot: later config changes do not touch purchases).
struct Purchase
{
    enum class Kind : quint8 { Subscription, OneTime };

    Uuid id;
    Kind kind = Kind::OneTime;
    PurchaseSource source = PurchaseSource::Stripe;
    PaymentCustomer customer;
    std::optional<std::string> productId; // none: an inline product
    std::shared_ptr<const nlohmann::ordered_json> product; // the config entry (camelCase)
    std::optional<std::string> priceId;    // none: granted through the API
    qint64 quantity = 1;
    qint64 createdAtMillis = 0;
    std::optional<qint64> refundedAtMillis;
    qint64 revokedQuantity = 0; // by refunds
    // Subscriptions only.
    qint64 currentPeriodEndMillis = 0;
    bool cancelAtPeriodEnd = false;
    bool ended = false; // canceled and over (switched away from, or churned)

    bool testMode() const { return source == PurchaseSource::TestMode; }
    qint64 ownedQuantity() const { return quantity - revokedQuantity; }
    bool owned() const { return !ended && ownedQuantity() > 0; }
    std::string productLineId() const; // empty: none
    // The price bought (product.prices[priceId]), or null.
    const nlohmann::ordered_json *price() const;
};

// POST /payments/items/…/update-quantity
struct ItemQuantityChange
{
    Uuid id;
    PaymentCustomer customer;
    std::string itemId;
    qint64 delta = 0;
    std::optional<qint64> expiresAtMillis;
    std::string description;
    qint64 createdAtMillis = 0;
};

// POST /internal/payments/transactions/refund (the v2 body).
struct PurchaseRefund
{
    struct Entry
    {
        int entryIndex = 0;
        qint64 quantity = 0;
    };

    quint32 purchase = 0;
    std::vector<Entry> entries;
    qint64 amountUsdCents = 0;
    qint64 createdAtMillis = 0;
};

// One transaction of the ledger. Which record it stands for depends on the kind.
struct LedgerRow
{
    enum class Kind : quint8 { SubscriptionStart, OneTimePurchase, SubscriptionRenewal, ManualItemQuantityChange, Refund };

    Kind kind = Kind::OneTimePurchase;
    quint32 record = 0; // index of the purchase (start, one-time, renewal), item change or refund
    qint64 createdAtMillis = 0;
    Uuid invoiceId;     // renewals: the invoice, which is also the transaction's id
};

// Where a page of GET /internal/payments/transactions ends: its last row.
struct LedgerCursor
{
    qint64 createdAtMillis = 0;
    std::string txnId;
};

struct LedgerFilter
{
    std::optional<std::vector<LedgerRow::Kind>> kinds; // none: every kind
    std::optional<PaymentCustomerType> customerType;
};

// A connected Stripe account (GET /internal/payments/stripe/account-info).
struct PaymentProviderAccount
{
    std::string accountId;
    bool chargesEnabled = true;
    bool detailsSubmitted = true;
    bool payoutsEnabled = true;
};

// A project's payments: purchases, manual item changes and refunds, and the ledger of
// transactions they make, newest first (created_at desc, then the ledger's txnId desc, as the
// server's ledger orders them). Not self-locking: the router holds the store lock.
class PaymentsStore
{
public:
    const std::optional<PaymentProviderAccount> &providerAccount() const { return m_providerAccount; }
    void setProviderAccount(std::optional<PaymentProviderAccount> account) { m_providerAccount = std::move(account); }

    // Writes; each adds its transaction. Renewals need a Stripe subscription.
    quint32 addPurchase(Purchase purchase);
    void addRenewal(quint32 purchase, qint64 atMillis, const Uuid &invoiceId);
    void addItemQuantityChange(ItemQuantityChange change);
    // Marks the purchase refunded and revokes the refunded quantity.
    void addRefund(PurchaseRefund refund);
    void endSubscription(quint32 purchase, qint64 atMillis);
    // millis + a DayInterval ([n, "day"|"week"|"month"|"year"]) in UTC calendar terms.
    static qint64 addInterval(qint64 millis, const nlohmann::ordered_json &interval);

    // Many writes in a row (sample data): order the ledger once at the end instead of per write.
    void beginBulk() { m_orderDirty = true; }

    const Purchase &purchase(quint32 index) const { return m_purchases[index]; }
    std::optional<quint32> findPurchase(std::string_view id, Purchase::Kind kind) const;
    const ItemQuantityChange &itemChange(quint32 index) const { return m_itemChanges[index]; }
    const PurchaseRefund &refund(quint32 index) const { return m_refunds[index]; }
    std::optional<quint32> refundOf(quint32 purchase) const;

    // The products the customer owns now, oldest first.
    std::vector<quint32> ownedPurchases(const PaymentCustomer &customer) const;
    // Included items of the owned products plus the manual changes that have not expired.
    qint64 itemQuantity(const PaymentCustomer &customer, const std::string &itemId, qint64 nowMillis) const;

    std::size_t transactionCount() const { return m_rows.size(); }
    const LedgerRow &row(quint32 index) const { return m_rows[index]; }
    std::string txnIdOf(const LedgerRow &row) const; // "sub-start:<id>", "otp:<id>", "sub-renewal:<invoice>", …
    std::string transactionIdOf(const LedgerRow &row) const; // the API's id: the source's id
    const PaymentCustomer &customerOf(const LedgerRow &row) const;

    struct Page
    {
        std::vector<quint32> rows; // newest first
        std::optional<LedgerCursor> next; // none: the last page
    };
    // Rows strictly older than `after`, matching `filter`; at most `limit`.
    Page list(const std::optional<LedgerCursor> &after, int limit, const LedgerFilter &filter) const;

private:
    void addRow(LedgerRow row);
    bool newerThan(const LedgerRow &a, const LedgerRow &b) const;
    const std::vector<quint32> &order() const;
    static std::string customerKey(const PaymentCustomer &customer);

    std::optional<PaymentProviderAccount> m_providerAccount;
    std::vector<Purchase> m_purchases;
    std::vector<ItemQuantityChange> m_itemChanges;
    std::vector<PurchaseRefund> m_refunds;
    std::vector<LedgerRow> m_rows;
    std::unordered_map<Uuid, quint32, UuidHash> m_purchaseById;
    std::unordered_map<quint32, quint32> m_refundByPurchase;
    std::unordered_map<std::string, std::vector<quint32>> m_purchasesByCustomer;
    std::unordered_map<std::string, std::vector<quint32>> m_itemChangesByCustomer;
    mutable std::vector<quint32> m_order; // row indices, newest first
    mutable bool m_orderDirty = false;
};

} // namespace hexclave::emulator
