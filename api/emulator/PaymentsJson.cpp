#include "PaymentsJson.h"

#include "Clock.h"
#include "PaymentsMoney.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

const ordered_json *member(const ordered_json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

ordered_json orNull(const ordered_json &object, const char *key)
{
    const ordered_json *value = member(object, key);
    return value && !value->is_discarded() ? *value : ordered_json(nullptr);
}

bool isTrue(const ordered_json &object, const char *key)
{
    const ordered_json *value = member(object, key);
    return value && value->is_boolean() && value->get<bool>();
}

std::string displayNameOf(const ordered_json &product)
{
    const ordered_json *name = member(product, "displayName");
    return name && name->is_string() ? name->get<std::string>() : std::string("Product");
}

// A price's currencies in the server's order, then interval and free_trial.
ordered_json priceJson(const ordered_json &price)
{
    ordered_json json = ordered_json::object();
    for (const char *currency : PaymentsMoney::kCurrencies) {
        const ordered_json *amount = member(price, currency);
        if (amount && amount->is_string())
            json[currency] = *amount;
    }
    if (const ordered_json *interval = member(price, "interval"); interval && interval->is_array())
        json["interval"] = *interval;
    if (const ordered_json *trial = member(price, "freeTrial"); trial && trial->is_array())
        json["free_trial"] = *trial;
    return json;
}

ordered_json pricesJson(const ordered_json &product)
{
    ordered_json prices = ordered_json::object();
    const ordered_json *configured = member(product, "prices");
    if (!configured || !configured->is_object()) // "include-by-default"
        return prices;
    for (const auto &[priceId, price] : configured->items())
        prices[priceId] = priceJson(price);
    return prices;
}

ordered_json entryHead(const char *type)
{
    ordered_json entry = ordered_json::object();
    entry["type"] = type;
    entry["adjusted_transaction_id"] = nullptr;
    entry["adjusted_entry_index"] = nullptr;
    return entry;
}

ordered_json customerEntry(const char *type, const PaymentCustomer &customer)
{
    ordered_json entry = entryHead(type);
    entry["customer_type"] = customerTypeId(customer.type);
    entry["customer_id"] = customer.id;
    return entry;
}

// null when nothing was charged (the ledger leaves such a money transfer out).
ordered_json moneyTransfer(const PaymentCustomer &customer, const ordered_json &charged)
{
    if (charged.empty())
        return nullptr;
    ordered_json entry = customerEntry("money_transfer", customer);
    entry["charged_amount"] = charged;
    entry["net_amount"] = {{"USD", charged.contains("USD") ? charged["USD"] : ordered_json("0")}};
    return entry;
}

ordered_json productGrant(const Purchase &purchase)
{
    ordered_json entry = customerEntry("product_grant", purchase.customer);
    entry["product_id"] = purchase.productId ? ordered_json(*purchase.productId) : ordered_json(nullptr);
    entry["product"] = PaymentsJson::ledgerProduct(*purchase.product);
    entry["price_id"] = purchase.priceId ? ordered_json(*purchase.priceId) : ordered_json(nullptr);
    entry["quantity"] = purchase.quantity;
    if (purchase.kind == Purchase::Kind::Subscription)
        entry["subscription_id"] = purchase.id.toString();
    else
        entry["one_time_purchase_id"] = purchase.id.toString();
    return entry;
}

ordered_json transactionHead(const std::string &id, qint64 createdAtMillis, const char *type)
{
    ordered_json json = ordered_json::object();
    json["id"] = id;
    json["created_at_millis"] = createdAtMillis;
    json["effective_at_millis"] = createdAtMillis;
    json["type"] = type;
    return json;
}

ordered_json purchaseEntries(const Purchase &purchase)
{
    ordered_json entries = ordered_json::array();
    entries.push_back(productGrant(purchase));
    if (!purchase.testMode()) {
        ordered_json money = moneyTransfer(purchase.customer, PaymentsJson::chargedAmount(purchase.price(), purchase.quantity));
        if (!money.is_null())
            entries.push_back(std::move(money));
    }
    return entries;
}

ordered_json refundEntries(const PaymentsStore &store, const PurchaseRefund &refund)
{
    const Purchase &purchase = store.purchase(refund.purchase);
    const std::string source = (purchase.kind == Purchase::Kind::Subscription ? "sub-start:" : "otp:") + purchase.id.toString();
    ordered_json entries = ordered_json::array();
    for (const PurchaseRefund::Entry &refunded : refund.entries) {
        ordered_json entry = ordered_json::object();
        entry["type"] = "product_revocation";
        entry["adjusted_transaction_id"] = source;
        entry["adjusted_entry_index"] = refunded.entryIndex;
        entry["quantity"] = refunded.quantity;
        entries.push_back(std::move(entry));
    }
    const std::string amount = PaymentsMoney::fromMinorUnits(-refund.amountUsdCents, 2);
    entries.push_back(moneyTransfer(purchase.customer, ordered_json{{"USD", amount}}));
    return entries;
}

// The refund's product revocations point at this purchase's entries.
ordered_json adjustedBy(const PaymentsStore &store, quint32 purchase)
{
    ordered_json adjustments = ordered_json::array();
    const auto refundIndex = store.refundOf(purchase);
    if (!refundIndex)
        return adjustments;
    const std::string refundId = store.purchase(purchase).id.toString() + ":refund";
    for (const PurchaseRefund::Entry &entry : store.refund(*refundIndex).entries)
        adjustments.push_back({{"transaction_id", refundId}, {"entry_index", entry.entryIndex}});
    return adjustments;
}

} // namespace

ordered_json PaymentsJson::ledgerProduct(const ordered_json &product)
{
    ordered_json includedItems = ordered_json::object();
    if (const ordered_json *items = member(product, "includedItems"); items && items->is_object()) {
        for (const auto &[itemId, item] : items->items()) {
            const ordered_json *quantity = member(item, "quantity");
            if (!quantity || !quantity->is_number())
                continue;
            const ordered_json repeat = orNull(item, "repeat");
            const ordered_json expires = orNull(item, "expires");
            includedItems[itemId] = {{"quantity", *quantity},
                                     {"repeat", repeat.is_null() ? ordered_json("never") : repeat},
                                     {"expires", expires.is_null() ? ordered_json("never") : expires}};
        }
    }
    ordered_json json = ordered_json::object();
    json["display_name"] = displayNameOf(product);
    json["customer_type"] = orNull(product, "customerType");
    json["stackable"] = isTrue(product, "stackable");
    json["server_only"] = isTrue(product, "serverOnly");
    json["included_items"] = std::move(includedItems);
    json["client_metadata"] = orNull(product, "clientMetadata");
    json["client_read_only_metadata"] = orNull(product, "clientReadOnlyMetadata");
    json["server_metadata"] = orNull(product, "serverMetadata");
    json["prices"] = pricesJson(product);
    return json;
}

ordered_json PaymentsJson::customerProduct(const ordered_json &product)
{
    ordered_json json = ordered_json::object();
    json["display_name"] = displayNameOf(product);
    json["customer_type"] = orNull(product, "customerType");
    if (const ordered_json *line = member(product, "productLineId"); line && line->is_string())
        json["product_line_id"] = *line;
    json["stackable"] = isTrue(product, "stackable");
    json["server_only"] = isTrue(product, "serverOnly");
    const ordered_json *items = member(product, "includedItems");
    json["included_items"] = items && items->is_object() ? *items : ordered_json::object();
    json["client_metadata"] = orNull(product, "clientMetadata");
    json["client_read_only_metadata"] = orNull(product, "clientReadOnlyMetadata");
    json["server_metadata"] = orNull(product, "serverMetadata");
    json["prices"] = pricesJson(product);
    return json;
}

ordered_json PaymentsJson::chargedAmount(const ordered_json *price, qint64 quantity)
{
    ordered_json charged = ordered_json::object();
    if (!price)
        return charged;
    for (const char *currency : PaymentsMoney::kCurrencies) {
        const ordered_json *amount = member(*price, currency);
        if (!amount || !amount->is_string())
            continue;
        const std::string total = PaymentsMoney::multiply(amount->get<std::string>(), quantity, currency);
        if (!total.empty() && total != "0")
            charged[currency] = total;
    }
    return charged;
}

ordered_json PaymentsJson::transaction(const PaymentsStore &store, quint32 rowIndex)
{
    const LedgerRow &row = store.row(rowIndex);
    const std::string id = store.transactionIdOf(row);
    ordered_json json;
    bool testMode = false;
    switch (row.kind) {
    case LedgerRow::Kind::SubscriptionStart:
    case LedgerRow::Kind::OneTimePurchase: {
        const Purchase &purchase = store.purchase(row.record);
        json = transactionHead(id, row.createdAtMillis, "purchase");
        json["entries"] = purchaseEntries(purchase);
        json["adjusted_by"] = adjustedBy(store, row.record);
        testMode = purchase.testMode();
        break;
    }
    case LedgerRow::Kind::SubscriptionRenewal: {
        const Purchase &purchase = store.purchase(row.record);
        json = transactionHead(id, row.createdAtMillis, "subscription-renewal");
        json["entries"] = ordered_json::array();
        ordered_json money = moneyTransfer(purchase.customer, chargedAmount(purchase.price(), purchase.quantity));
        if (!money.is_null())
            json["entries"].push_back(std::move(money));
        json["adjusted_by"] = ordered_json::array();
        break;
    }
    case LedgerRow::Kind::ManualItemQuantityChange: {
        const ItemQuantityChange &change = store.itemChange(row.record);
        json = transactionHead(id, row.createdAtMillis, "manual-item-quantity-change");
        ordered_json entry = customerEntry("item_quantity_change", change.customer);
        entry["item_id"] = change.itemId;
        entry["quantity"] = change.delta;
        json["entries"] = ordered_json::array({std::move(entry)});
        json["adjusted_by"] = ordered_json::array();
        break;
    }
    case LedgerRow::Kind::Refund: {
        const PurchaseRefund &refund = store.refund(row.record);
        json = transactionHead(id, row.createdAtMillis, "refund");
        json["entries"] = refundEntries(store, refund);
        json["adjusted_by"] = ordered_json::array();
        testMode = store.purchase(refund.purchase).testMode();
        break;
    }
    }
    json["test_mode"] = testMode;
    return json;
}

ordered_json PaymentsJson::ownedProduct(const Purchase &purchase)
{
    ordered_json json = ordered_json::object();
    json["id"] = purchase.productId ? ordered_json(*purchase.productId) : ordered_json(nullptr);
    json["quantity"] = purchase.ownedQuantity();
    json["product"] = customerProduct(*purchase.product);
    const bool subscription = purchase.kind == Purchase::Kind::Subscription;
    json["type"] = subscription ? "subscription" : "one_time";
    if (subscription) {
        ordered_json details = ordered_json::object();
        details["subscription_id"] = purchase.id.toString();
        details["current_period_end"] = Clock::isoUtc(purchase.currentPeriodEndMillis).toStdString();
        details["cancel_at_period_end"] = purchase.cancelAtPeriodEnd;
        details["is_cancelable"] = purchase.productId.has_value() && !purchase.cancelAtPeriodEnd;
        json["subscription"] = std::move(details);
    } else {
        json["subscription"] = nullptr;
    }
    return json;
}

std::string PaymentsJson::encodeCursor(const LedgerCursor &cursor)
{
    ordered_json json = ordered_json::object();
    json["createdAtMillis"] = cursor.createdAtMillis;
    json["txnId"] = cursor.txnId;
    const QByteArray text = QByteArray::fromStdString(json.dump());
    return text.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString();
}

std::optional<LedgerCursor> PaymentsJson::decodeCursor(const std::string &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(text),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.empty())
        return std::nullopt;
    const ordered_json json = ordered_json::parse(decoded.decoded.toStdString(), nullptr, false);
    if (!json.is_object())
        return std::nullopt;
    const ordered_json *createdAt = member(json, "createdAtMillis");
    const ordered_json *txnId = member(json, "txnId");
    if (!createdAt || !createdAt->is_number_integer() || !txnId || !txnId->is_string())
        return std::nullopt;
    return LedgerCursor{createdAt->get<qint64>(), txnId->get<std::string>()};
}

} // namespace hexclave::emulator
