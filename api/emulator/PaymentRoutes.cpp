#include "PaymentRoutes.h"

#include "Clock.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "PaymentsJson.h"
#include "PaymentsMoney.h"
#include "ProjectRecord.h"
#include "RequestContext.h"
#include "Router.h"
#include "TeamAccess.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

constexpr int kDefaultTransactionLimit = 50;
constexpr int kMaxTransactionLimit = 200;
constexpr int kDefaultProductLimit = 10;
constexpr int kMaxProductLimit = 100;

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

// JSON.stringify of a string, as the known errors quote ids.
QString quoted(const std::string &value)
{
    return text(ordered_json(value).dump());
}

// --- the known errors of the payments routes (stack-shared known-errors.tsx) ---

// A SCHEMA_ERROR the handler throws itself: the message as it is, no "Request validation failed".
HttpResponse handlerSchemaError(const QString &message)
{
    return KnownErrors::make(400, "SCHEMA_ERROR", message, ordered_json{{"message", message.toStdString()}});
}

HttpResponse itemNotFound(const std::string &itemId)
{
    return KnownErrors::make(404, "ITEM_NOT_FOUND", u"Item with ID \""_s + text(itemId) + u"\" not found."_s,
                             ordered_json{{"item_id", itemId}});
}

HttpResponse itemCustomerTypeDoesNotMatch(const std::string &itemId, const std::string &customerId, const std::string &itemType,
                                          const std::string &actualType)
{
    ordered_json details = ordered_json::object();
    details["item_id"] = itemId;
    details["customer_id"] = customerId;
    details["item_customer_type"] = itemType;
    details["actual_customer_type"] = actualType;
    return KnownErrors::make(400, "ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH",
                             u"The "_s + text(actualType) + u" with ID "_s + quoted(customerId)
                                 + u" is not a valid customer for the item with ID "_s + quoted(itemId)
                                 + u". The item is configured to only be available for "_s + text(itemType)
                                 + u" customers, but the customer is a "_s + text(actualType) + u"."_s,
                             details);
}

HttpResponse productDoesNotExist(const std::string &productId, bool itemExists)
{
    ordered_json details = ordered_json::object();
    details["product_id"] = productId;
    details["context"] = itemExists ? ordered_json("item_exists") : ordered_json(nullptr);
    return KnownErrors::make(400, "PRODUCT_DOES_NOT_EXIST",
                             u"Product with ID "_s + quoted(productId)
                                 + (itemExists ? u" does not exist, but an item with this ID exists."_s : u" does not exist."_s),
                             details);
}

HttpResponse productCustomerTypeDoesNotMatch(const std::optional<std::string> &productId, const std::string &customerId,
                                             const std::string &productType, const std::string &actualType)
{
    ordered_json details = ordered_json::object();
    details["product_id"] = productId ? ordered_json(*productId) : ordered_json(nullptr);
    details["customer_id"] = customerId;
    details["product_customer_type"] = productType;
    details["actual_customer_type"] = actualType;
    return KnownErrors::make(400, "PRODUCT_CUSTOMER_TYPE_DOES_NOT_MATCH",
                             u"The "_s + text(actualType) + u" with ID "_s + quoted(customerId)
                                 + u" is not a valid customer for the inline product that has been passed in. The product is "
                                   "configured to only be available for "_s
                                 + text(productType) + u" customers, but the customer is a "_s + text(actualType) + u"."_s,
                             details);
}

HttpResponse productAlreadyGranted(const std::string &productId, const std::string &customerId)
{
    return KnownErrors::make(400, "PRODUCT_ALREADY_GRANTED",
                             u"Customer with ID "_s + quoted(customerId) + u" already owns product "_s + quoted(productId) + u"."_s,
                             ordered_json{{"product_id", productId}, {"customer_id", customerId}});
}

HttpResponse itemQuantityInsufficientAmount(const std::string &itemId, const std::string &customerId, qint64 delta)
{
    return KnownErrors::make(400, "ITEM_QUANTITY_INSUFFICIENT_AMOUNT",
                             u"The item with ID "_s + quoted(itemId) + u" has an insufficient quantity for the customer with ID "_s
                                 + quoted(customerId) + u". An attempt was made to charge "_s + QString::number(delta)
                                 + u" credits."_s,
                             ordered_json{{"item_id", itemId}, {"customer_id", customerId}, {"quantity", delta}});
}

HttpResponse subscriptionInvoiceNotFound(const std::string &id)
{
    return KnownErrors::make(404, "SUBSCRIPTION_INVOICE_NOT_FOUND",
                             u"Subscription invoice with ID "_s + quoted(id) + u" does not exist."_s,
                             ordered_json{{"subscription_invoice_id", id}});
}

HttpResponse subscriptionAlreadyRefunded(const std::string &id)
{
    return KnownErrors::make(400, "SUBSCRIPTION_ALREADY_REFUNDED",
                             u"Subscription with ID "_s + quoted(id) + u" was already refunded."_s,
                             ordered_json{{"subscription_id", id}});
}

HttpResponse oneTimePurchaseNotFound(const std::string &id)
{
    return KnownErrors::make(404, "ONE_TIME_PURCHASE_NOT_FOUND",
                             u"One-time purchase with ID "_s + quoted(id) + u" does not exist."_s,
                             ordered_json{{"one_time_purchase_id", id}});
}

HttpResponse oneTimePurchaseAlreadyRefunded(const std::string &id)
{
    return KnownErrors::make(400, "ONE_TIME_PURCHASE_ALREADY_REFUNDED",
                             u"One-time purchase with ID "_s + quoted(id) + u" was already refunded."_s,
                             ordered_json{{"one_time_purchase_id", id}});
}

HttpResponse testModePurchaseNonRefundable()
{
    return KnownErrors::make(400, "TEST_MODE_PURCHASE_NON_REFUNDABLE", u"Test mode purchases are not refundable."_s);
}

HttpResponse stripeAccountInfoNotFound()
{
    return KnownErrors::make(404, "STRIPE_ACCOUNT_INFO_NOT_FOUND",
                             u"Stripe account information not found. Please make sure the user has onboarded with Stripe."_s);
}

// --- reading requests ---

// {customer_type, customer_id} of the path; a problem when the type is not one of the three.
std::optional<PaymentCustomer> readCustomer(const RequestContext &context, QStringList &problems)
{
    const auto type = customerTypeFromId(context.param(u"customer_type"_s).toStdString());
    if (!type) {
        problems.append(u"params.customer_type must be one of the following values: user, team, custom"_s);
        return std::nullopt;
    }
    return PaymentCustomer{*type, context.param(u"customer_id"_s).toStdString()};
}

const ordered_json *paymentsEntry(const ProjectRecord &project, const char *section, const std::string &id)
{
    const ordered_json *entries = project.config.valueAt(std::string("payments.") + section);
    if (!entries || !entries->is_object())
        return nullptr;
    const auto it = entries->find(id);
    return it != entries->end() && it->is_object() ? &*it : nullptr;
}

std::string stringIn(const ordered_json &object, const char *key, const std::string &fallback = {})
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

// The server's ensureCustomerExists: users and teams must exist (and be UUIDs); custom ids are free.
std::optional<HttpResponse> requireCustomerExists(const ProjectRecord &project, const PaymentCustomer &customer)
{
    if (customer.type == PaymentCustomerType::User) {
        const auto id = Uuid::parse(customer.id);
        if (!id || !project.users.find(*id))
            return KnownErrors::userNotFound();
    } else if (customer.type == PaymentCustomerType::Team) {
        const auto id = Uuid::parse(customer.id);
        if (!id || !project.findTeam(*id))
            return KnownErrors::teamNotFound(text(customer.id));
    }
    return std::nullopt;
}

// ensureClientCanAccessCustomer: a client may read its own user's items and those of teams it
// administers.
std::optional<HttpResponse> requireClientAccess(const RequestContext &context, const PaymentCustomer &customer)
{
    if (context.auth.type != AccessType::Client)
        return std::nullopt;
    if (!context.auth.user)
        return KnownErrors::userAuthenticationRequired();
    const QString refusal = u"Clients can only access their own user or team items."_s;
    switch (customer.type) {
    case PaymentCustomerType::Custom: return HttpResponse::text(403, refusal);
    case PaymentCustomerType::User:
        if (context.signedInUserId().toString() != customer.id)
            return HttpResponse::text(403, refusal);
        return std::nullopt;
    case PaymentCustomerType::Team:
        return TeamAccess::requirePermission(context, *context.auth.project, text(customer.id), "team_admin");
    }
    return std::nullopt;
}

// The item's config after the server's checks: ITEM_NOT_FOUND, ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH,
// then the customer's existence.
std::optional<HttpResponse> resolveItem(const RequestContext &context, const PaymentCustomer &customer, const std::string &itemId,
                                        const ordered_json *&item)
{
    const ProjectRecord &project = *context.auth.project;
    item = paymentsEntry(project, "items", itemId);
    if (!item)
        return itemNotFound(itemId);
    const std::string itemType = stringIn(*item, "customerType", "user");
    const std::string actualType = customerTypeId(customer.type);
    if (itemType != actualType)
        return itemCustomerTypeDoesNotMatch(itemId, customer.id, itemType, actualType);
    return requireCustomerExists(project, customer);
}

std::optional<qint64> parseDate(const std::string &value)
{
    const QString candidate = text(value);
    QDateTime parsed = QDateTime::fromString(candidate, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(candidate, Qt::RFC2822Date);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

// --- refunds ---

struct RefundRequest
{
    std::string type;
    std::string id;
    std::vector<PurchaseRefund::Entry> entries;
    std::vector<qint64> amountsUsdCents;
};

QStringList readRefundRequest(const RequestContext &context, RefundRequest &request)
{
    QStringList problems;
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator body(context.body.get(), u"body"_s, {"type", "id", "refund_entries"});
    body.require("type");
    body.require("id");
    body.require("refund_entries");
    request.type = body.oneOf("type", {"subscription", "one-time-purchase"}).value;
    request.id = body.string("id").value;
    problems.append(body.problems());
    const ordered_json *entries = body.raw("refund_entries");
    if (!entries || entries->is_null())
        return problems;
    if (!entries->is_array()) {
        problems.append(u"body.refund_entries must be a `array` type, but the final value was: `"_s
                        + InputValidator::printValue(*entries) + u"`."_s);
        return problems;
    }
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const QString prefix = u"body.refund_entries["_s + QString::number(i) + u']';
        InputValidator entry(&(*entries)[i], prefix, {"entry_index", "quantity", "amount_usd"});
        entry.require("entry_index");
        entry.require("quantity");
        entry.require("amount_usd");
        const auto index = entry.integer("entry_index");
        const auto quantity = entry.integer("quantity");
        const auto amount = entry.string("amount_usd");
        if (amount.hasValue())
            problems.append(PaymentsMoney::problems(amount.value, "USD"));
        problems.append(entry.problems());
        request.entries.push_back({int(std::clamp<qint64>(index.value, -1, 1 << 20)), quantity.value});
        request.amountsUsdCents.push_back(PaymentsMoney::minorUnits(amount.value, 2).value_or(0));
    }
    return problems;
}

// validateRefundEntries: the entries must name the purchase's product grant (index 0) at most once,
// with a quantity between 0 and the purchased quantity.
std::optional<QString> refundEntriesProblem(const Purchase &purchase, const std::vector<PurchaseRefund::Entry> &entries)
{
    // The purchase's transaction: the grant, then the payment (none in test mode or when free).
    const bool paid = !purchase.testMode() && !PaymentsJson::chargedAmount(purchase.price(), purchase.quantity).empty();
    const std::size_t transactionEntries = paid ? 2 : 1;
    std::set<int> seen;
    for (const PurchaseRefund::Entry &entry : entries) {
        if (entry.quantity < 0)
            return u"Refund quantity cannot be negative."_s;
        if (!seen.insert(entry.entryIndex).second)
            return u"Refund entries cannot contain duplicate entry indexes."_s;
        if (entry.entryIndex < 0 || std::size_t(entry.entryIndex) >= transactionEntries)
            return u"Refund entry index is invalid."_s;
        if (entry.entryIndex != 0)
            return u"Refund entries must reference product grant entries."_s;
        if (entry.quantity > purchase.quantity)
            return u"Refund quantity cannot exceed purchased quantity."_s;
    }
    return std::nullopt;
}

// --- product grants ---

// An inline product (snake_case) as a product config entry, the way ensureProductIdOrInlineProduct
// turns it into one.
ordered_json productFromInline(const ordered_json &inline_)
{
    ordered_json product = ordered_json::object();
    product["displayName"] = stringIn(inline_, "display_name", "Product");
    product["customerType"] = stringIn(inline_, "customer_type", "user");
    if (inline_.contains("free_trial"))
        product["freeTrial"] = inline_["free_trial"];
    product["serverOnly"] = inline_.value("server_only", false);
    product["stackable"] = false;
    product["isAddOnTo"] = false;
    ordered_json prices = ordered_json::object();
    if (inline_.contains("prices") && inline_["prices"].is_object()) {
        for (const auto &[priceId, price] : inline_["prices"].items()) {
            ordered_json entry = ordered_json::object();
            for (const char *currency : PaymentsMoney::kCurrencies) {
                if (price.is_object() && price.contains(currency))
                    entry[currency] = price[currency];
            }
            if (price.is_object() && price.contains("interval"))
                entry["interval"] = price["interval"];
            if (price.is_object() && price.contains("free_trial"))
                entry["freeTrial"] = price["free_trial"];
            entry["serverOnly"] = true;
            prices[priceId] = std::move(entry);
        }
    }
    product["prices"] = std::move(prices);
    ordered_json items = ordered_json::object();
    if (inline_.contains("included_items") && inline_["included_items"].is_object()) {
        for (const auto &[itemId, item] : inline_["included_items"].items()) {
            items[itemId] = {{"repeat", item.is_object() && item.contains("repeat") ? item["repeat"] : ordered_json("never")},
                             {"quantity", item.is_object() ? item.value("quantity", 0) : 0},
                             {"expires", item.is_object() && item.contains("expires") ? item["expires"] : ordered_json("never")}};
        }
    }
    product["includedItems"] = std::move(items);
    const std::pair<const char *, const char *> metadata[] = {{"client_metadata", "clientMetadata"},
                                                              {"client_read_only_metadata", "clientReadOnlyMetadata"},
                                                              {"server_metadata", "serverMetadata"}};
    for (const auto &[inlineKey, configKey] : metadata) {
        if (inline_.contains(inlineKey) && !inline_[inlineKey].is_null())
            product[configKey] = inline_[inlineKey];
    }
    return product;
}

// validatePurchaseSession's rules after the price: stackable, already owned, add-on base, and no
// one-time purchase in the product line. Returns the owned subscriptions the grant replaces.
std::optional<HttpResponse> grantProblem(const ProjectRecord &project, const PaymentCustomer &customer,
                                         const std::optional<std::string> &productId, const ordered_json &product, qint64 quantity,
                                         std::vector<quint32> &replaced)
{
    const bool stackable = product.value("stackable", false) == true;
    if (quantity != 1 && !stackable)
        return HttpResponse::text(400, u"This product is not stackable; quantity must be 1"_s);
    const PaymentsStore &payments = project.payments;
    const std::vector<quint32> owned = payments.ownedPurchases(customer);
    const auto ownedId = [&](quint32 index) { return payments.purchase(index).productId; };
    if (productId && !stackable
        && std::any_of(owned.begin(), owned.end(), [&](quint32 index) { return ownedId(index) == productId; }))
        return productAlreadyGranted(*productId, customer.id);
    std::vector<std::string> addOnBases;
    if (const auto addOn = product.find("isAddOnTo"); addOn != product.end() && addOn->is_object()) {
        for (const auto &[base, enabled] : addOn->items())
            addOnBases.push_back(base);
        const bool ownsBase = std::any_of(owned.begin(), owned.end(), [&](quint32 index) {
            const auto id = ownedId(index);
            return id && std::find(addOnBases.begin(), addOnBases.end(), *id) != addOnBases.end();
        });
        if (!ownsBase)
            return HttpResponse::text(400, u"This product is an add-on to a product that the customer does not have"_s);
    }
    const std::string line = stringIn(product, "productLineId");
    if (line.empty() || !paymentsEntry(project, "productLines", line))
        return std::nullopt;
    for (const quint32 index : owned) {
        const Purchase &purchase = payments.purchase(index);
        if (!purchase.productId || purchase.productLineId() != line
            || std::find(addOnBases.begin(), addOnBases.end(), *purchase.productId) != addOnBases.end())
            continue;
        if (purchase.kind == Purchase::Kind::OneTime)
            return HttpResponse::text(400, u"Customer already has a one-time purchase in this product line"_s);
        replaced.push_back(index);
    }
    return std::nullopt;
}

} // namespace

void PaymentRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/internal/payments/transactions"_s, Router::kAdmin,
               [](RequestContext &context) { return listTransactions(context); });
    router.add("POST", u"/internal/payments/transactions/refund"_s, Router::kAdmin,
               [](RequestContext &context) { return refund(context); });
    router.add("GET", u"/internal/payments/stripe/account-info"_s, Router::kAdmin,
               [](RequestContext &context) { return providerAccount(context); });
    const QString item = u"/payments/items/{customer_type}/{customer_id}/{item_id}"_s;
    router.add("GET", item, Router::kAny, [](RequestContext &context) { return PaymentRoutes::item(context); });
    router.add("POST", item + u"/update-quantity"_s, Router::kServer | Router::kAdmin,
               [](RequestContext &context) { return updateItemQuantity(context); });
    const QString products = u"/payments/products/{customer_type}/{customer_id}"_s;
    router.add("GET", products, Router::kAny, [](RequestContext &context) { return listProducts(context); });
    router.add("POST", products, Router::kServer | Router::kAdmin, [](RequestContext &context) { return grantProduct(context); });
}

HttpResponse PaymentRoutes::listTransactions(RequestContext &context)
{
    InputValidator query(context.query.get(), u"query"_s, {"cursor", "limit", "type", "customer_type"});
    const auto cursorText = query.string("cursor");
    const auto limitText = query.string("limit");
    const auto type = query.oneOf("type", {"purchase", "subscription-cancellation", "subscription-renewal",
                                           "manual-item-quantity-change", "chargeback", "product-change", "refund"});
    const auto customerType = query.oneOf("customer_type", {"user", "team", "custom"});
    if (!query.ok())
        return context.schemaError(query.problems());

    int limit = kDefaultTransactionLimit;
    if (limitText.hasValue()) {
        if (const auto parsed = parseIntPrefix(limitText.value))
            limit = int(std::clamp<qint64>(*parsed, 1, kMaxTransactionLimit));
    }
    std::optional<LedgerCursor> cursor;
    if (cursorText.hasValue()) {
        cursor = PaymentsJson::decodeCursor(cursorText.value);
        if (!cursor)
            return HttpResponse::text(400, u"Invalid cursor"_s);
    }
    LedgerFilter filter;
    if (type.hasValue()) {
        using Kind = LedgerRow::Kind;
        const std::string &id = type.value;
        filter.kinds = id == "purchase"                      ? std::vector{Kind::SubscriptionStart, Kind::OneTimePurchase}
            : id == "subscription-renewal"                   ? std::vector{Kind::SubscriptionRenewal}
            : id == "manual-item-quantity-change"            ? std::vector{Kind::ManualItemQuantityChange}
            : id == "refund"                                 ? std::vector{Kind::Refund}
                                                             : std::vector<Kind>{}; // never written by this ledger
    }
    if (customerType.hasValue())
        filter.customerType = customerTypeFromId(customerType.value);

    const PaymentsStore &payments = context.auth.project->payments;
    const PaymentsStore::Page page = payments.list(cursor, limit, filter);
    ordered_json transactions = ordered_json::array();
    for (const quint32 row : page.rows)
        transactions.push_back(PaymentsJson::transaction(payments, row));
    ordered_json body = ordered_json::object();
    body["transactions"] = std::move(transactions);
    body["next_cursor"] = page.next ? ordered_json(PaymentsJson::encodeCursor(*page.next)) : ordered_json(nullptr);
    return HttpResponse::json(200, body);
}

HttpResponse PaymentRoutes::refund(RequestContext &context)
{
    RefundRequest request;
    const QStringList problems = readRefundRequest(context, request);
    if (!problems.isEmpty())
        return context.schemaError(problems);

    PaymentsStore &payments = context.auth.project->payments;
    const bool subscription = request.type == "subscription";
    const auto index = payments.findPurchase(request.id, subscription ? Purchase::Kind::Subscription : Purchase::Kind::OneTime);
    if (subscription) {
        if (!index)
            return subscriptionInvoiceNotFound(request.id);
        if (payments.purchase(*index).refundedAtMillis)
            return subscriptionAlreadyRefunded(request.id);
        if (payments.purchase(*index).source != PurchaseSource::Stripe) // no creation invoice
            return subscriptionInvoiceNotFound(request.id);
    } else {
        if (!index)
            return oneTimePurchaseNotFound(request.id);
        if (payments.purchase(*index).refundedAtMillis)
            return oneTimePurchaseAlreadyRefunded(request.id);
        if (payments.purchase(*index).testMode())
            return testModePurchaseNonRefundable();
        if (payments.purchase(*index).source != PurchaseSource::Stripe) // no payment intent
            return oneTimePurchaseNotFound(request.id);
    }
    const Purchase &purchase = payments.purchase(*index);
    if (const auto problem = refundEntriesProblem(purchase, request.entries))
        return handlerSchemaError(*problem);
    const ordered_json *price = purchase.price();
    const auto usd = price && price->contains("USD") && (*price)["USD"].is_string()
        ? PaymentsMoney::minorUnits((*price)["USD"].get<std::string>(), 2)
        : std::nullopt;
    if (!usd)
        return handlerSchemaError(u"Refund amounts can only be specified for USD-priced purchases."_s);
    qint64 amount = 0;
    for (const qint64 cents : request.amountsUsdCents)
        amount += cents;
    if (amount < 0)
        return handlerSchemaError(u"Refund amount cannot be negative."_s);
    if (amount > *usd * purchase.quantity)
        return handlerSchemaError(u"Refund amount cannot exceed the charged amount."_s);

    payments.addRefund({*index, request.entries, amount, Clock::nowMillis()});
    return HttpResponse::json(200, ordered_json{{"success", true}});
}

HttpResponse PaymentRoutes::providerAccount(RequestContext &context)
{
    const auto &account = context.auth.project->payments.providerAccount();
    if (!account)
        return stripeAccountInfoNotFound();
    ordered_json body = ordered_json::object();
    body["account_id"] = account->accountId;
    body["charges_enabled"] = account->chargesEnabled;
    body["details_submitted"] = account->detailsSubmitted;
    body["payouts_enabled"] = account->payoutsEnabled;
    return HttpResponse::json(200, body);
}

HttpResponse PaymentRoutes::item(RequestContext &context)
{
    QStringList problems;
    const auto customer = readCustomer(context, problems);
    if (!problems.isEmpty())
        return context.schemaError(problems);
    if (auto refusal = requireClientAccess(context, *customer))
        return *refusal;
    const std::string itemId = context.param(u"item_id"_s).toStdString();
    const ordered_json *item = nullptr;
    if (auto refusal = resolveItem(context, *customer, itemId, item))
        return *refusal;
    ordered_json body = ordered_json::object();
    body["id"] = itemId;
    body["display_name"] = stringIn(*item, "displayName", itemId);
    body["quantity"] = context.auth.project->payments.itemQuantity(*customer, itemId, Clock::nowMillis());
    return HttpResponse::json(200, body);
}

HttpResponse PaymentRoutes::updateItemQuantity(RequestContext &context)
{
    QStringList problems;
    const auto customer = readCustomer(context, problems);
    InputValidator query(context.query.get(), u"query"_s, {"allow_negative"});
    query.require("allow_negative");
    const auto allowNegative = query.oneOf("allow_negative", {"true", "false"});
    problems.append(query.problems());
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator body(context.body.get(), u"body"_s, {"delta", "expires_at", "description"});
    body.require("delta");
    const auto delta = body.integer("delta");
    const auto expiresAt = body.string("expires_at");
    const auto description = body.string("description");
    problems.append(body.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);

    const std::string itemId = context.param(u"item_id"_s).toStdString();
    const ordered_json *item = nullptr;
    if (auto refusal = resolveItem(context, *customer, itemId, item))
        return *refusal;
    std::optional<qint64> expiresAtMillis;
    if (expiresAt.hasValue()) {
        expiresAtMillis = parseDate(expiresAt.value);
        if (!expiresAtMillis) // new Date() gives an Invalid Date, which the database refuses
            return Router::internalError(u"Invalid `expires_at` date: "_s + text(expiresAt.value));
    }
    PaymentsStore &payments = context.auth.project->payments;
    const qint64 now = Clock::nowMillis();
    if (allowNegative.value != "true" && payments.itemQuantity(*customer, itemId, now) + delta.value < 0)
        return itemQuantityInsufficientAmount(itemId, customer->id, delta.value);
    payments.addItemQuantityChange({Uuid::randomFromSystem(), *customer, itemId, delta.value, expiresAtMillis,
                                    description.value, now});
    return HttpResponse::json(200, ordered_json::object());
}

HttpResponse PaymentRoutes::listProducts(RequestContext &context)
{
    QStringList problems;
    const auto customer = readCustomer(context, problems);
    InputValidator query(context.query.get(), u"query"_s, {"cursor", "limit"});
    const auto cursor = query.string("cursor");
    const auto limitText = query.string("limit");
    problems.append(query.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);

    const PaymentsStore &payments = context.auth.project->payments;
    std::vector<quint32> visible;
    for (const quint32 index : payments.ownedPurchases(*customer)) {
        const ordered_json &product = *payments.purchase(index).product;
        if (context.auth.type != AccessType::Client || product.value("serverOnly", false) != true)
            visible.push_back(index);
    }
    std::size_t start = 0;
    if (cursor.hasValue()) {
        const auto it = std::find_if(visible.begin(), visible.end(), [&](quint32 index) {
            return payments.purchase(index).id.toString() == cursor.value;
        });
        if (it == visible.end())
            return HttpResponse::text(400, u"Invalid cursor"_s);
        start = std::size_t(it - visible.begin());
    }
    int limit = kDefaultProductLimit;
    if (limitText.hasValue()) {
        if (const auto parsed = parseIntPrefix(limitText.value))
            limit = int(std::clamp<qint64>(*parsed, 1, kMaxProductLimit));
    }
    const std::size_t end = std::min(visible.size(), start + std::size_t(limit));
    ordered_json items = ordered_json::array();
    for (std::size_t i = start; i < end; ++i)
        items.push_back(PaymentsJson::ownedProduct(payments.purchase(visible[i])));
    ordered_json body = ordered_json::object();
    body["items"] = std::move(items);
    body["is_paginated"] = true;
    body["pagination"] = {{"next_cursor", end < visible.size() ? ordered_json(payments.purchase(visible[end]).id.toString())
                                                               : ordered_json(nullptr)}};
    return HttpResponse::json(200, body);
}

HttpResponse PaymentRoutes::grantProduct(RequestContext &context)
{
    QStringList problems;
    const auto customer = readCustomer(context, problems);
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator body(context.body.get(), u"body"_s, {"product_id", "product_inline", "quantity"});
    const auto productId = body.string("product_id");
    const ordered_json *productInline = body.raw("product_inline");
    if (productInline && !productInline->is_object())
        body.addProblem(u"body.product_inline must be a `object` type, but the final value was: `"_s
                        + InputValidator::printValue(*productInline) + u"`."_s);
    const auto quantityField = body.integer("quantity", false, 1);
    problems.append(body.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);
    const qint64 quantity = quantityField.hasValue() ? quantityField.value : 1;

    ProjectRecord &project = *context.auth.project;
    if (productId.hasValue() && productInline)
        return HttpResponse::text(400, u"Cannot specify both product_id and product_inline!"_s);
    if (!productId.hasValue() && !productInline)
        return HttpResponse::text(400, u"Must specify either product_id or product_inline!"_s);
    ordered_json product;
    std::optional<std::string> id;
    if (productId.hasValue()) {
        const ordered_json *configured = paymentsEntry(project, "products", productId.value);
        if (!configured)
            return productDoesNotExist(productId.value, paymentsEntry(project, "items", productId.value) != nullptr);
        product = *configured;
        id = productId.value;
    } else {
        product = productFromInline(*productInline);
    }
    const std::string productType = stringIn(product, "customerType", "user");
    if (productType != customerTypeId(customer->type))
        return productCustomerTypeDoesNotMatch(id, customer->id, productType, customerTypeId(customer->type));
    if (auto refusal = requireCustomerExists(project, *customer))
        return *refusal;

    std::vector<quint32> replaced;
    if (auto refusal = grantProblem(project, *customer, id, product, quantity, replaced))
        return *refusal;
    const qint64 now = Clock::nowMillis();
    for (const quint32 index : replaced)
        project.payments.endSubscription(index, now);

    // The first price decides: with an interval a subscription, else a one-time purchase. The
    // grant records no price (the server passes none), so it is never charged nor refundable.
    const auto prices = product.find("prices");
    if (prices == product.end() || !prices->is_object() || prices->empty())
        return HttpResponse::json(200, ordered_json{{"success", true}});
    const ordered_json &firstPrice = prices->begin().value();
    const bool recurring = firstPrice.is_object() && firstPrice.contains("interval");
    Purchase purchase;
    purchase.id = Uuid::randomFromSystem();
    purchase.kind = recurring ? Purchase::Kind::Subscription : Purchase::Kind::OneTime;
    purchase.source = PurchaseSource::ApiGrant;
    purchase.customer = *customer;
    purchase.productId = id;
    purchase.product = std::make_shared<const ordered_json>(std::move(product));
    purchase.quantity = quantity;
    purchase.createdAtMillis = now;
    if (recurring)
        purchase.currentPeriodEndMillis = PaymentsStore::addInterval(now, firstPrice["interval"]);
    project.payments.addPurchase(std::move(purchase));
    return HttpResponse::json(200, ordered_json{{"success", true}});
}

} // namespace hexclave::emulator
