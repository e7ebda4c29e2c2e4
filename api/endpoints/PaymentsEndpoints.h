#pragma once

#include "core/Call.h"
#include "dto/CustomerPayments.h"
#include "dto/RevenueMetrics.h"
#include "dto/Transaction.h"

#include <QDateTime>

#include <optional>

namespace hexclave::api::payments {

// GET /internal/payments/transactions: newest first; the cursor is opaque.
struct TransactionsQuery
{
    QString cursor;
    int limit = 100; // the server clamps to 1–200 (default 50)
    QString type;    // one of transactionTypeIds(); empty: all
    std::optional<CustomerType> customerType;
};
Call<TransactionsPage> transactions(const ProjectScope &scope, const TransactionsQuery &query);

// POST /internal/payments/transactions/refund {type, id, refund_entries: [{entry_index,
// quantity, amount_usd}]}: refunds (part of) a purchase. Each entry names a product_grant entry
// of the transaction, how many of it to revoke and how many US dollars to give back (a decimal
// string, at most the charged amount in all).
struct RefundEntry
{
    int entryIndex = 0;
    qint64 quantity = 0;
    QString amountUsd; // "12.50"
};
struct RefundRequest
{
    RefundTarget target;
    QList<RefundEntry> entries;

    QByteArray toJson() const;
};
Call<NoContent> refund(const ProjectScope &scope, const RefundRequest &request);

// GET /payments/items/{customer_type}/{customer_id}/{item_id}: ITEM_NOT_FOUND when the item is
// not in the config, ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH, USER_NOT_FOUND / TEAM_NOT_FOUND.
Call<ItemBalance> item(const ProjectScope &scope, const CustomerRef &customer, const QString &itemId);

// POST …/{item_id}/update-quantity?allow_negative= {delta, expires_at?, description?}; without
// allow_negative a change below zero is refused (ITEM_QUANTITY_INSUFFICIENT_AMOUNT).
struct ItemQuantityChange
{
    qint64 delta = 0;
    std::optional<QDateTime> expiresAt; // sent as ISO 8601 UTC
    QString description;                // empty: not sent
    bool allowNegative = false;

    QByteArray toJson() const;
};
Call<NoContent> updateItemQuantity(const ProjectScope &scope, const CustomerRef &customer, const QString &itemId,
                                   const ItemQuantityChange &change);

// GET /payments/products/{customer_type}/{customer_id}?cursor&limit (limit 1–100)
Call<Page<OwnedProduct>> customerProducts(const ProjectScope &scope, const CustomerRef &customer,
                                          const QString &cursor = {}, int limit = 100);
// POST /payments/products/{customer_type}/{customer_id} {product_id, quantity}: grants without
// payment (PRODUCT_DOES_NOT_EXIST, PRODUCT_CUSTOMER_TYPE_DOES_NOT_MATCH, PRODUCT_ALREADY_GRANTED).
Call<NoContent> grantProduct(const ProjectScope &scope, const CustomerRef &customer, const QString &productId,
                             qint64 quantity = 1);

// GET /internal/payments/stripe/account-info (STRIPE_ACCOUNT_INFO_NOT_FOUND: none connected).
Call<PaymentProviderAccount> providerAccount(const ProjectScope &scope);

// GET /internal/metrics?include_anonymous=false, read for its revenue figures.
Call<RevenueMetrics> revenueMetrics(const ProjectScope &scope);

} // namespace hexclave::api::payments
