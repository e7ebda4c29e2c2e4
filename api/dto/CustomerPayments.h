#pragma once

#include "JsonParse.h"
#include "Page.h"
#include "PaymentsCatalog.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

#include <optional>

namespace hexclave::api {

// Whose items and products: a user, a team, or a custom customer id of the project's own.
struct CustomerRef
{
    CustomerType type = CustomerType::User;
    QString id;
};

// GET /payments/items/{customer_type}/{customer_id}/{item_id}
struct ItemBalance
{
    QString id;
    QString displayName;
    qint64 quantity = 0; // may be negative
};

// GET /payments/products/{customer_type}/{customer_id} item: a product the customer owns.
struct OwnedProduct
{
    QString id; // null for an inline product: empty
    QString displayName;
    qint64 quantity = 1;
    QString kind;            // "one_time" | "subscription"; empty when not sent
    QString subscriptionId;  // of an active subscription
    std::optional<qint64> currentPeriodEndMillis;
    bool cancelAtPeriodEnd = false;
};

// GET /internal/payments/stripe/account-info: the connected payment provider account. The server
// answers STRIPE_ACCOUNT_INFO_NOT_FOUND while none is connected.
struct PaymentProviderAccount
{
    QString accountId;
    bool chargesEnabled = false;
    bool detailsSubmitted = false;
    bool payoutsEnabled = false;
};

void from_json(const nlohmann::ordered_json &j, ItemBalance &balance);
void from_json(const nlohmann::ordered_json &j, OwnedProduct &product);
void from_json(const nlohmann::ordered_json &j, PaymentProviderAccount &account);

extern template ItemBalance parseJson<ItemBalance>(const QByteArray &);
extern template Page<OwnedProduct> parseJson<Page<OwnedProduct>>(const QByteArray &);
extern template PaymentProviderAccount parseJson<PaymentProviderAccount>(const QByteArray &);

} // namespace hexclave::api
