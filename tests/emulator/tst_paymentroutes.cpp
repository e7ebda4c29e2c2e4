// PaymentRoutes: the demo project's sample catalog (config) and ledger, GET
// /internal/payments/transactions (fixture 39: shape, order, cursor, filters), the v2 refund with
// each of its refusals, item balances and manual changes, customer products and grants, and the
// provider account. The answers also go through the client's DTO parsing.
#include "EmulatorTestCase.h"

#include "dto/CustomerPayments.h"
#include "dto/Transaction.h"

#include <QElapsedTimer>
#include <QTest>

#include <functional>
#include <set>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

namespace {

const char kUnknownId[] = "3241a285-8329-4d69-8f3d-316e08cf140c";
const QString kTransactions = u"/internal/payments/transactions"_s;
const QString kRefund = u"/internal/payments/transactions/refund"_s;

QString qs(const ordered_json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

QStringList keysOf(const ordered_json &object)
{
    QStringList keys;
    for (const auto &item : object.items())
        keys.append(QString::fromStdString(item.key()));
    return keys;
}

} // namespace

class TestPaymentRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    using Predicate = std::function<bool(const ordered_json &)>;

    static void verifyKnownError(const HttpResult &result, int status, const QByteArray &code, const QString &message)
    {
        QCOMPARE(result.status, status);
        QCOMPARE(result.header("x-stack-known-error"), code);
        QCOMPARE(errorText(result), message);
    }

    static void verifySchemaError(const HttpResult &result, const QString &method, const QString &path, const QStringList &problems)
    {
        QString message = u"Request validation failed on "_s + method + u" /api/v1"_s + path + u':';
        for (const QString &problem : problems)
            message += u"\n  - "_s + problem;
        verifyKnownError(result, 400, "SCHEMA_ERROR", message);
        QCOMPARE(qs(result.json()["details"]["message"]), message);
    }

    // A SCHEMA_ERROR the refund handler raises itself: the bare message.
    static void verifyRefundProblem(const HttpResult &result, const QString &message)
    {
        verifyKnownError(result, 400, "SCHEMA_ERROR", message);
        COMPARE_JSON(result.json()["details"], ordered_json({{"message", message.toStdString()}}));
    }

    static void verifyPlain(const HttpResult &result, int status, const QString &text)
    {
        QCOMPARE(result.status, status);
        QVERIFY(result.header("x-stack-known-error").isEmpty());
        QVERIFY(result.header("content-type").startsWith("text/plain"));
        QCOMPARE(result.text(), text);
    }

    // Every transaction the query lists, walking the cursor with pages of `pageSize`.
    std::vector<ordered_json> walk(const QString &query = {}, int pageSize = 37)
    {
        std::vector<ordered_json> all;
        QString cursor;
        for (int page = 0; page < 10000; ++page) {
            QString path = kTransactions + u"?limit="_s + QString::number(pageSize) + query;
            if (!cursor.isEmpty())
                path += u"&cursor="_s + cursor;
            const auto result = m_http->get(path, admin());
            if (result.status != 200)
                return {};
            const ordered_json body = result.json();
            for (const ordered_json &transaction : body["transactions"])
                all.push_back(transaction);
            if (body["next_cursor"].is_null())
                return all;
            cursor = qs(body["next_cursor"]);
        }
        return {};
    }

    ordered_json findTransaction(const Predicate &predicate)
    {
        for (const ordered_json &transaction : walk(u"&type=purchase"_s, 200)) {
            if (predicate(transaction))
                return transaction;
        }
        return nullptr;
    }

    static bool refundable(const ordered_json &transaction, const char *idKey)
    {
        const ordered_json &grant = transaction["entries"][0];
        return !transaction["test_mode"].get<bool>() && transaction["adjusted_by"].empty() && grant.contains(idKey)
            && grant["price_id"].is_string();
    }

    static ordered_json refundBody(const char *type, const std::string &id, int index, qint64 quantity, const char *amount)
    {
        return {{"type", type}, {"id", id}, {"refund_entries", {{{"entry_index", index}, {"quantity", quantity}, {"amount_usd", amount}}}}};
    }

    HttpResult refund(const ordered_json &body) { return m_http->postJson(kRefund, admin(), body); }

    static QString itemPath(const QString &type, const QString &id, const QString &item)
    {
        return u"/payments/items/"_s + type + u'/' + id + u'/' + item;
    }

    HttpResult changeQuantity(const QString &type, const QString &id, const QString &item, const ordered_json &body,
                              const QString &allowNegative = u"false"_s)
    {
        return m_http->postJson(itemPath(type, id, item) + u"/update-quantity?allow_negative="_s + allowNegative, server(), body);
    }

    qint64 quantityOf(const QString &type, const QString &id, const QString &item)
    {
        const auto result = m_http->get(itemPath(type, id, item), server());
        return result.status == 200 ? result.json()["quantity"].get<qint64>() : -999999;
    }

    HttpResult grant(const QString &type, const QString &id, const ordered_json &body)
    {
        return m_http->postJson(u"/payments/products/"_s + type + u'/' + id, server(), body);
    }

    QStringList ownedProductIds(const QString &type, const QString &id, const Headers &headers = {})
    {
        QStringList ids;
        const ordered_json body = m_http->get(u"/payments/products/"_s + type + u'/' + id + u"?limit=100"_s,
                                              headers.isEmpty() ? server() : headers)
                                      .json();
        for (const ordered_json &item : body["items"])
            ids.append(item["id"].is_null() ? u"<inline>"_s : qs(item["id"]));
        return ids;
    }

    QString newUser(const std::string &email)
    {
        return createUser({{"primary_email", email}, {"primary_email_auth_enabled", true}, {"primary_email_verified", true},
                           {"password", "payments-password"}});
    }

private slots:
    void initTestCase() { QVERIFY2(startEmulator(), qPrintable(startError())); }

    // --- the catalog ---

    void sampleCatalogIsInTheConfig()
    {
        const ordered_json config = ordered_json::parse(m_emulator->projectConfig(m_account.projectId).toStdString());
        const ordered_json &payments = config["payments"];
        QCOMPARE(keysOf(payments["productLines"]), (QStringList{u"plans"_s, u"team-plans"_s}));
        QCOMPARE(keysOf(payments["items"]), (QStringList{u"seats"_s, u"credits"_s, u"api-calls"_s})); // storage order
        for (const char *id : {"starter", "pro", "team", "extra-seats", "credit-pack", "api-bundle"})
            QVERIFY2(payments["products"].contains(id), id);
        QVERIFY(!payments["testMode"].get<bool>());
        // Rendered with the schema's defaults, in fixture 35's key order.
        const ordered_json &starter = payments["products"]["starter"];
        QCOMPARE(keysOf(starter), (QStringList{u"displayName"_s, u"productLineId"_s, u"customerType"_s, u"freeTrial"_s,
                                               u"serverOnly"_s, u"stackable"_s, u"isAddOnTo"_s, u"prices"_s, u"includedItems"_s}));
        COMPARE_JSON(starter["prices"]["monthly"],
                     ordered_json({{"serverOnly", false}, {"EUR", "9.49"}, {"USD", "9.99"}, {"interval", {1, "month"}},
                                   {"freeTrial", {14, "day"}}}));
        COMPARE_JSON(payments["products"]["extra-seats"]["isAddOnTo"], ordered_json({{"team", true}}));
        COMPARE_JSON(payments["products"]["extra-seats"]["prices"]["monthly"]["USD"], "19.00");
        QVERIFY(config["apps"]["installed"]["payments"]["enabled"].get<bool>());

        // Where the settings live: the catalog in the branch, test mode in the environment.
        const auto branch = m_http->get(u"/internal/config/override/branch"_s, admin());
        const ordered_json branchOverride = ordered_json::parse(branch.json()["config_string"].get<std::string>());
        QVERIFY(branchOverride.contains("payments.products"));
        const auto environment = m_http->get(u"/internal/config/override/environment"_s, admin());
        const ordered_json environmentOverride = ordered_json::parse(environment.json()["config_string"].get<std::string>());
        COMPARE_JSON(environmentOverride["payments.testMode"], false);

        // A project made like a new one: test mode on (schema default and fixture 37), no catalog.
        const ordered_json fresh = ordered_json::parse(m_emulator->projectConfig(m_account.secondProjectId).toStdString());
        QVERIFY(fresh["payments"]["testMode"].get<bool>());
        QVERIFY(fresh["payments"]["products"].empty());
    }

    // --- GET /internal/payments/transactions ---

    void listMatchesFixture39()
    {
        const auto result = m_http->get(kTransactions + u"?limit=3&type=subscription-renewal&customer_type=team"_s, admin());
        QCOMPARE(result.status, 200);
        const ordered_json body = result.json();
        QCOMPARE(body["transactions"].size(), std::size_t(3));
        const QString difference = Fixtures::shapeDifference(Fixtures::responseBody(u"39-transactions"_s), body);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // The cursor: base64url of {"createdAtMillis", "txnId"} of the page's last row.
        const QByteArray decoded = QByteArray::fromBase64(QByteArray::fromStdString(body["next_cursor"].get<std::string>()),
                                                          QByteArray::Base64UrlEncoding);
        const ordered_json cursor = ordered_json::parse(decoded.toStdString());
        QCOMPARE(keysOf(cursor), (QStringList{u"createdAtMillis"_s, u"txnId"_s}));
        QCOMPARE(cursor["createdAtMillis"].get<qint64>(), body["transactions"][2]["created_at_millis"].get<qint64>());
        QCOMPARE(qs(cursor["txnId"]), u"sub-renewal:"_s + qs(body["transactions"][2]["id"]));
        // The client's DTO reads it.
        const auto page = hexclave::api::parseJson<hexclave::api::TransactionsPage>(result.body);
        QCOMPARE(page.transactions.size(), 3);
        QVERIFY(page.nextCursor.has_value());
        QVERIFY(!page.transactions.first().moneyEntry()->chargedAmount.value(u"USD"_s).isEmpty());
    }

    void cursorWalkListsEveryTransactionOnce()
    {
        const std::vector<ordered_json> all = walk();
        QCOMPARE(all.size(), std::size_t(300)); // EmulatorOptions::transactionCount
        std::set<std::string> ids;
        for (std::size_t i = 0; i < all.size(); ++i) {
            QVERIFY2(ids.insert(all[i]["id"].get<std::string>()).second, all[i]["id"].get<std::string>().c_str());
            if (i > 0)
                QVERIFY(all[i - 1]["created_at_millis"].get<qint64>() >= all[i]["created_at_millis"].get<qint64>());
            COMPARE_JSON(all[i]["created_at_millis"], all[i]["effective_at_millis"]);
        }
        // The same with other page sizes, and the whole list parses as the client reads it.
        const std::vector<ordered_json> inTwos = walk({}, 2);
        QCOMPARE(inTwos.size(), all.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            COMPARE_JSON(inTwos[i]["id"], all[i]["id"]);
        const auto biggest = m_http->get(kTransactions + u"?limit=200"_s, admin());
        const auto page = hexclave::api::parseJson<hexclave::api::TransactionsPage>(biggest.body);
        QCOMPARE(page.transactions.size(), 200);
    }

    void limitIsClampedAndLenient()
    {
        const auto count = [this](const QString &limit) {
            return int(m_http->get(kTransactions + u"?limit="_s + limit, admin()).json()["transactions"].size());
        };
        QCOMPARE(count(u"0"_s), 1);
        QCOMPARE(count(u"-5"_s), 1);
        QCOMPARE(count(u"500"_s), 200);
        QCOMPARE(count(u"abc"_s), 50);
        QCOMPARE(count(u"12abc"_s), 12);
        QCOMPARE(int(m_http->get(kTransactions, admin()).json()["transactions"].size()), 50);
    }

    void sampleLedgerLooksReal()
    {
        const std::vector<ordered_json> all = walk({}, 200);
        int testMode = 0, refunds = 0, refunded = 0, euro = 0, renewals = 0, changes = 0, teams = 0, custom = 0;
        for (const ordered_json &transaction : all) {
            const std::string type = transaction["type"].get<std::string>();
            const ordered_json &entries = transaction["entries"];
            QCOMPARE(keysOf(transaction), (QStringList{u"id"_s, u"created_at_millis"_s, u"effective_at_millis"_s, u"type"_s,
                                                       u"entries"_s, u"adjusted_by"_s, u"test_mode"_s}));
            testMode += transaction["test_mode"].get<bool>() ? 1 : 0;
            refunded += transaction["adjusted_by"].empty() ? 0 : 1;
            if (type == "purchase") {
                const ordered_json &grant = entries[0];
                QCOMPARE(qs(grant["type"]), u"product_grant"_s);
                QCOMPARE(keysOf(grant["product"]),
                         (QStringList{u"display_name"_s, u"customer_type"_s, u"stackable"_s, u"server_only"_s, u"included_items"_s,
                                      u"client_metadata"_s, u"client_read_only_metadata"_s, u"server_metadata"_s, u"prices"_s}));
                QVERIFY(grant.contains("subscription_id") != grant.contains("one_time_purchase_id"));
                if (transaction["test_mode"].get<bool>()) {
                    QCOMPARE(entries.size(), std::size_t(1)); // nothing was paid
                    continue;
                }
                QCOMPARE(entries.size(), std::size_t(2));
                const ordered_json &money = entries[1];
                QCOMPARE(qs(money["type"]), u"money_transfer"_s);
                // price × quantity, written as the server writes amounts ("19.00" → "19").
                const ordered_json &price = grant["product"]["prices"][grant["price_id"].get<std::string>()];
                if (grant["quantity"].get<qint64>() == 1 && qs(price["USD"]) != u"19.00"_s && qs(price["USD"]) != u"4.50"_s)
                    COMPARE_JSON(money["charged_amount"]["USD"], price["USD"]);
                COMPARE_JSON(money["net_amount"], ordered_json({{"USD", money["charged_amount"]["USD"]}}));
                euro += money["charged_amount"].contains("EUR") ? 1 : 0;
                teams += money["customer_type"] == "team" ? 1 : 0;
                custom += money["customer_type"] == "custom" ? 1 : 0;
            } else if (type == "subscription-renewal") {
                ++renewals;
                QCOMPARE(entries.size(), std::size_t(1));
                QCOMPARE(qs(entries[0]["type"]), u"money_transfer"_s);
            } else if (type == "manual-item-quantity-change") {
                ++changes;
                QCOMPARE(keysOf(entries[0]), (QStringList{u"type"_s, u"adjusted_transaction_id"_s, u"adjusted_entry_index"_s,
                                                          u"customer_type"_s, u"customer_id"_s, u"item_id"_s, u"quantity"_s}));
            } else {
                QCOMPARE(type, std::string("refund"));
                ++refunds;
                QCOMPARE(qs(entries.back()["type"]), u"money_transfer"_s);
                QVERIFY(qs(entries.back()["charged_amount"]["USD"]).startsWith(u'-'));
            }
        }
        QCOMPARE(refunds, 3);
        QCOMPARE(refunded, 3);
        QVERIFY2(testMode >= 2 && testMode <= 20, qPrintable(QString::number(testMode)));
        QVERIFY(euro > 0 && renewals > 20 && changes > 10 && teams > 0 && custom > 0);
        const qint64 newest = all.front()["created_at_millis"].get<qint64>();
        const qint64 oldest = all.back()["created_at_millis"].get<qint64>();
        QVERIFY(newest - oldest > qint64(150) * 24 * 60 * 60 * 1000); // about six months
    }

    void filtersSelectTypesAndCustomers()
    {
        const auto typesOf = [this](const QString &query) {
            std::set<std::string> types;
            for (const ordered_json &transaction : walk(query, 200))
                types.insert(transaction["type"].get<std::string>());
            return types;
        };
        QCOMPARE(typesOf(u"&type=purchase"_s), std::set<std::string>{"purchase"});
        QCOMPARE(typesOf(u"&type=subscription-renewal"_s), std::set<std::string>{"subscription-renewal"});
        QCOMPARE(typesOf(u"&type=manual-item-quantity-change"_s), std::set<std::string>{"manual-item-quantity-change"});
        QCOMPARE(walk(u"&type=refund"_s).size(), std::size_t(3));
        for (const char *none : {"chargeback", "subscription-cancellation", "product-change"}) {
            const auto result = m_http->get(kTransactions + u"?type="_s + QLatin1String(none), admin());
            COMPARE_JSON(result.json(), ordered_json({{"transactions", ordered_json::array()}, {"next_cursor", nullptr}}));
        }
        std::size_t byCustomer = 0;
        for (const char *type : {"user", "team", "custom"}) {
            const std::vector<ordered_json> listed = walk(u"&customer_type="_s + QLatin1String(type), 50);
            QVERIFY2(!listed.empty(), type);
            for (const ordered_json &transaction : listed) {
                const ordered_json &entry = transaction["entries"].back();
                QCOMPARE(entry["customer_type"].get<std::string>(), std::string(type));
            }
            byCustomer += listed.size();
        }
        QCOMPARE(byCustomer, walk({}, 200).size());
        // Both filters at once.
        for (const ordered_json &transaction : walk(u"&type=purchase&customer_type=team"_s))
            QCOMPARE(transaction["entries"][0]["customer_type"].get<std::string>(), std::string("team"));
    }

    void listRefusals()
    {
        verifySchemaError(m_http->get(kTransactions + u"?type=upgrade"_s, admin()), u"GET"_s, kTransactions,
                          {u"query.type must be one of the following values: purchase, subscription-cancellation, "
                           "subscription-renewal, manual-item-quantity-change, chargeback, product-change, refund"_s});
        verifySchemaError(m_http->get(kTransactions + u"?customer_type=org&foo=1"_s, admin()), u"GET"_s, kTransactions,
                          {u"query contains unknown properties: foo"_s,
                           u"query.customer_type must be one of the following values: user, team, custom"_s});
        verifyPlain(m_http->get(kTransactions + u"?cursor=not-a-cursor"_s, admin()), 400, u"Invalid cursor"_s);
        const auto server = m_http->get(kTransactions, this->server());
        verifyKnownError(server, 401, "INSUFFICIENT_ACCESS_TYPE",
                         u"The x-stack-access-type header must be 'admin', but was 'server'."_s);
        QCOMPARE(m_http->get(kTransactions, projectClient()).status, 401);
    }

    // --- refunds ---

    void refundOneTimePurchase()
    {
        const ordered_json purchase = findTransaction([](const ordered_json &t) { return refundable(t, "one_time_purchase_id"); });
        QVERIFY(purchase.is_object());
        const ordered_json &grant = purchase["entries"][0];
        const std::string id = purchase["id"].get<std::string>();
        QCOMPARE(grant["one_time_purchase_id"].get<std::string>(), id);
        const QString customerType = qs(grant["customer_type"]);
        const QString customerId = qs(grant["customer_id"]);
        const qint64 quantity = grant["quantity"].get<qint64>();
        QVERIFY(ownedProductIds(customerType, customerId).contains(qs(grant["product_id"])));
        const qint64 ownedBefore = ownedProductIds(customerType, customerId).count(qs(grant["product_id"]));

        const auto result = refund(refundBody("one-time-purchase", id, 0, quantity, "1.5"));
        QCOMPARE(result.status, 200);
        COMPARE_JSON(result.json(), ordered_json({{"success", true}}));

        // The refund is the newest transaction; the purchase points at it.
        const ordered_json newest = m_http->get(kTransactions + u"?limit=1"_s, admin()).json()["transactions"][0];
        QCOMPARE(newest["id"].get<std::string>(), id + ":refund");
        QCOMPARE(qs(newest["type"]), u"refund"_s);
        COMPARE_JSON(newest["entries"][0], ordered_json({{"type", "product_revocation"},
                                                         {"adjusted_transaction_id", "otp:" + id},
                                                         {"adjusted_entry_index", 0},
                                                         {"quantity", quantity}}));
        COMPARE_JSON(newest["entries"][1]["charged_amount"], ordered_json({{"USD", "-1.5"}}));
        COMPARE_JSON(newest["entries"][1]["net_amount"], ordered_json({{"USD", "-1.5"}}));
        COMPARE_JSON(newest["entries"][1]["customer_id"], customerId.toStdString());
        const ordered_json source = findTransaction([&](const ordered_json &t) { return t["id"] == id; });
        COMPARE_JSON(source["adjusted_by"], ordered_json::array({{{"transaction_id", id + ":refund"}, {"entry_index", 0}}}));
        QCOMPARE(ownedProductIds(customerType, customerId).count(qs(grant["product_id"])), ownedBefore - 1);
        const auto page = hexclave::api::parseJson<hexclave::api::TransactionsPage>(
            m_http->get(kTransactions + u"?limit=1"_s, admin()).body);
        QCOMPARE(page.transactions.first().entries.first().type, hexclave::api::TransactionEntry::Type::ProductRevocation);

        verifyKnownError(refund(refundBody("one-time-purchase", id, 0, quantity, "1")), 400, "ONE_TIME_PURCHASE_ALREADY_REFUNDED",
                         u"One-time purchase with ID \""_s + QString::fromStdString(id) + u"\" was already refunded."_s);
        COMPARE_JSON(refund(refundBody("one-time-purchase", id, 0, 1, "1")).json()["details"],
                     ordered_json({{"one_time_purchase_id", id}}));
    }

    void refundSubscriptionKeepingTheProduct()
    {
        const ordered_json purchase = findTransaction([](const ordered_json &t) { return refundable(t, "subscription_id"); });
        QVERIFY(purchase.is_object());
        const std::string id = purchase["id"].get<std::string>();
        const QString customerType = qs(purchase["entries"][0]["customer_type"]);
        const QString customerId = qs(purchase["entries"][0]["customer_id"]);
        const bool ownedBefore = ownedProductIds(customerType, customerId).contains(qs(purchase["entries"][0]["product_id"]));
        // Money back, quantity 0: nothing revoked.
        QCOMPARE(refund(refundBody("subscription", id, 0, 0, "0")).status, 200);
        QCOMPARE(ownedProductIds(customerType, customerId).contains(qs(purchase["entries"][0]["product_id"])), ownedBefore);
        const ordered_json newest = m_http->get(kTransactions + u"?limit=1"_s, admin()).json()["transactions"][0];
        QCOMPARE(qs(newest["entries"][0]["adjusted_transaction_id"]), u"sub-start:"_s + QString::fromStdString(id));
        COMPARE_JSON(newest["entries"][1]["charged_amount"], ordered_json({{"USD", "0"}}));
        verifyKnownError(refund(refundBody("subscription", id, 0, 0, "0")), 400, "SUBSCRIPTION_ALREADY_REFUNDED",
                         u"Subscription with ID \""_s + QString::fromStdString(id) + u"\" was already refunded."_s);
    }

    void refundRefusesWhatItCannotRefund()
    {
        verifyKnownError(refund(refundBody("subscription", kUnknownId, 0, 1, "1")), 404, "SUBSCRIPTION_INVOICE_NOT_FOUND",
                         u"Subscription invoice with ID \""_s + QLatin1String(kUnknownId) + u"\" does not exist."_s);
        COMPARE_JSON(refund(refundBody("subscription", "not-a-uuid", 0, 1, "1")).json()["details"],
                     ordered_json({{"subscription_invoice_id", "not-a-uuid"}}));
        verifyKnownError(refund(refundBody("one-time-purchase", kUnknownId, 0, 1, "1")), 404, "ONE_TIME_PURCHASE_NOT_FOUND",
                         u"One-time purchase with ID \""_s + QLatin1String(kUnknownId) + u"\" does not exist."_s);

        // Test mode: a one-time purchase is refused as such, a subscription has no invoice.
        const ordered_json testOnce = findTransaction([](const ordered_json &t) {
            return t["test_mode"].get<bool>() && t["entries"][0].contains("one_time_purchase_id");
        });
        QVERIFY(testOnce.is_object());
        const auto testResult = refund(refundBody("one-time-purchase", testOnce["id"].get<std::string>(), 0, 1, "1"));
        verifyKnownError(testResult, 400, "TEST_MODE_PURCHASE_NON_REFUNDABLE", u"Test mode purchases are not refundable."_s);
        QVERIFY(!testResult.json().contains("details"));
        const ordered_json testSubscription = findTransaction([](const ordered_json &t) {
            return t["test_mode"].get<bool>() && t["entries"][0].contains("subscription_id");
        });
        QVERIFY(testSubscription.is_object());
        QCOMPARE(refund(refundBody("subscription", testSubscription["id"].get<std::string>(), 0, 1, "1")).header("x-stack-known-error"),
                 QByteArray("SUBSCRIPTION_INVOICE_NOT_FOUND"));

        // A grant was never paid: no payment intent, no invoice.
        const QString userId = newUser("refund.grant@example.com");
        QCOMPARE(grant(u"user"_s, userId, {{"product_id", "credit-pack"}}).status, 200);
        const ordered_json granted = m_http->get(kTransactions + u"?limit=1&type=purchase"_s, admin()).json()["transactions"][0];
        QCOMPARE(granted["entries"].size(), std::size_t(1));
        QVERIFY(granted["entries"][0]["price_id"].is_null());
        QCOMPARE(refund(refundBody("one-time-purchase", granted["id"].get<std::string>(), 0, 1, "1")).header("x-stack-known-error"),
                 QByteArray("ONE_TIME_PURCHASE_NOT_FOUND"));
        QCOMPARE(grant(u"user"_s, userId, {{"product_id", "pro"}}).status, 200);
        const ordered_json subscription = m_http->get(kTransactions + u"?limit=1&type=purchase"_s, admin()).json()["transactions"][0];
        QCOMPARE(refund(refundBody("subscription", subscription["id"].get<std::string>(), 0, 1, "1")).header("x-stack-known-error"),
                 QByteArray("SUBSCRIPTION_INVOICE_NOT_FOUND"));
    }

    void refundChecksItsEntries()
    {
        const ordered_json purchase = findTransaction([](const ordered_json &t) {
            return refundable(t, "one_time_purchase_id") && t["entries"][0]["quantity"] == 1;
        });
        QVERIFY(purchase.is_object());
        const std::string id = purchase["id"].get<std::string>();
        const std::string usd = purchase["entries"][1]["charged_amount"]["USD"].get<std::string>();
        verifyRefundProblem(refund(refundBody("one-time-purchase", id, 999, 1, "1")), u"Refund entry index is invalid."_s);
        verifyRefundProblem(refund(refundBody("one-time-purchase", id, -1, 1, "1")), u"Refund entry index is invalid."_s);
        verifyRefundProblem(refund(refundBody("one-time-purchase", id, 1, 1, "1")),
                            u"Refund entries must reference product grant entries."_s);
        verifyRefundProblem(refund(refundBody("one-time-purchase", id, 0, -1, "1")), u"Refund quantity cannot be negative."_s);
        verifyRefundProblem(refund(refundBody("one-time-purchase", id, 0, 2, "1")),
                            u"Refund quantity cannot exceed purchased quantity."_s);
        verifyRefundProblem(refund({{"type", "one-time-purchase"},
                                    {"id", id},
                                    {"refund_entries",
                                     {{{"entry_index", 0}, {"quantity", 1}, {"amount_usd", "1"}},
                                      {{"entry_index", 0}, {"quantity", 0}, {"amount_usd", "1"}}}}}),
                            u"Refund entries cannot contain duplicate entry indexes."_s);
        verifyRefundProblem(refund(refundBody("one-time-purchase", id, 0, 1, "100000")),
                            u"Refund amount cannot exceed the charged amount."_s);

        // The body's own schema.
        verifySchemaError(refund(refundBody("one-time-purchase", id, 0, 1, "-1")), u"POST"_s, kRefund,
                          {u"Money amount must be in the format of <number> or <number>.<number>"_s});
        verifySchemaError(refund(refundBody("one-time-purchase", id, 0, 1, "1.234")), u"POST"_s, kRefund,
                          {u"Too many decimals; USD only has 2 decimals"_s});
        verifySchemaError(refund(refundBody("one-time-purchase", id, 0, 1, "05")), u"POST"_s, kRefund,
                          {u"Money amount must not have leading zeros"_s});
        verifySchemaError(refund({{"type", "everything"}, {"refund_entries", {{{"quantity", 1.5}, {"amount_usd", "1"}}}}}),
                          u"POST"_s, kRefund,
                          {u"body.id must be defined"_s,
                           u"body.type must be one of the following values: subscription, one-time-purchase"_s,
                           u"body.refund_entries[0].entry_index must be defined"_s,
                           u"body.refund_entries[0].quantity must be an integer"_s});
        // None of them refunded anything.
        const ordered_json after = findTransaction([&](const ordered_json &t) { return t["id"] == id; });
        QVERIFY(after["adjusted_by"].empty());
        QCOMPARE(refund(refundBody("one-time-purchase", id, 0, 1, usd.c_str())).status, 200); // the whole charge is fine
        QCOMPARE(m_http->postJson(kRefund, server(), refundBody("one-time-purchase", id, 0, 1, "1")).status, 401);
    }

    // --- items ---

    void itemBalancesAndManualChanges()
    {
        const QString userId = newUser("items.owner@example.com");
        QCOMPARE(quantityOf(u"user"_s, userId, u"credits"_s), 0);
        const auto read = m_http->get(itemPath(u"user"_s, userId, u"credits"_s), server());
        COMPARE_JSON(read.json(), ordered_json({{"id", "credits"}, {"display_name", "Credits"}, {"quantity", 0}}));
        QCOMPARE(hexclave::api::parseJson<hexclave::api::ItemBalance>(read.body).displayName, u"Credits"_s);

        // Products' included items count while owned; manual changes add up.
        QCOMPARE(grant(u"user"_s, userId, {{"product_id", "starter"}}).status, 200);
        QCOMPARE(quantityOf(u"user"_s, userId, u"credits"_s), 100);
        const auto change = changeQuantity(u"user"_s, userId, u"credits"_s, {{"delta", 25}, {"description", "Goodwill"}});
        QCOMPARE(change.status, 200);
        COMPARE_JSON(change.json(), ordered_json::object());
        QCOMPARE(quantityOf(u"user"_s, userId, u"credits"_s), 125);
        // (The grant may share its millisecond; ties go by the ledger's txnId, "sub-start:…" first.)
        const ordered_json newest =
            m_http->get(kTransactions + u"?limit=1&type=manual-item-quantity-change"_s, admin()).json()["transactions"][0];
        QCOMPARE(qs(newest["type"]), u"manual-item-quantity-change"_s);
        COMPARE_JSON(newest["entries"][0], ordered_json({{"type", "item_quantity_change"},
                                                         {"adjusted_transaction_id", nullptr},
                                                         {"adjusted_entry_index", nullptr},
                                                         {"customer_type", "user"},
                                                         {"customer_id", userId.toStdString()},
                                                         {"item_id", "credits"},
                                                         {"quantity", 25}}));
        // An expired change does not count.
        QCOMPARE(changeQuantity(u"user"_s, userId, u"credits"_s, {{"delta", 1000}, {"expires_at", "2020-01-01T00:00:00Z"}}).status, 200);
        QCOMPARE(quantityOf(u"user"_s, userId, u"credits"_s), 125);
        QCOMPARE(changeQuantity(u"user"_s, userId, u"credits"_s, {{"delta", 5}, {"expires_at", "2099-12-31T23:59:59Z"}}).status, 200);
        QCOMPARE(quantityOf(u"user"_s, userId, u"credits"_s), 130);

        // Below zero only when allowed.
        const auto insufficient = changeQuantity(u"user"_s, userId, u"credits"_s, {{"delta", -131}});
        verifyKnownError(insufficient, 400, "ITEM_QUANTITY_INSUFFICIENT_AMOUNT",
                         u"The item with ID \"credits\" has an insufficient quantity for the customer with ID \""_s + userId
                             + u"\". An attempt was made to charge -131 credits."_s);
        COMPARE_JSON(insufficient.json()["details"],
                     ordered_json({{"item_id", "credits"}, {"customer_id", userId.toStdString()}, {"quantity", -131}}));
        QCOMPARE(changeQuantity(u"user"_s, userId, u"credits"_s, {{"delta", -130}}).status, 200);
        QCOMPARE(changeQuantity(u"user"_s, userId, u"credits"_s, {{"delta", -7}}, u"true"_s).status, 200);
        QCOMPARE(quantityOf(u"user"_s, userId, u"credits"_s), -7);

        // Custom customers need no record; teams and seats.
        QCOMPARE(quantityOf(u"custom"_s, u"brand-new-customer"_s, u"api-calls"_s), 0);
        QCOMPARE(changeQuantity(u"custom"_s, u"brand-new-customer"_s, u"api-calls"_s, {{"delta", 300}}).status, 200);
        QCOMPARE(quantityOf(u"custom"_s, u"brand-new-customer"_s, u"api-calls"_s), 300);
        const QString teamId = m_emulator->createTeam(m_account.projectId, u"Seat Holders"_s);
        QCOMPARE(grant(u"team"_s, teamId, {{"product_id", "team"}}).status, 200);
        QCOMPARE(grant(u"team"_s, teamId, {{"product_id", "extra-seats"}, {"quantity", 2}}).status, 200);
        QCOMPARE(quantityOf(u"team"_s, teamId, u"seats"_s), 10 + 2 * 5);
    }

    void itemRefusals()
    {
        const QString userId = newUser("items.refusals@example.com");
        const QString path = itemPath(u"user"_s, userId, u"nope"_s);
        verifyKnownError(m_http->get(path, server()), 404, "ITEM_NOT_FOUND", u"Item with ID \"nope\" not found."_s);
        const auto mismatch = m_http->get(itemPath(u"user"_s, userId, u"seats"_s), server());
        verifyKnownError(mismatch, 400, "ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH",
                         u"The user with ID \""_s + userId
                             + u"\" is not a valid customer for the item with ID \"seats\". The item is configured to only be "
                               "available for team customers, but the customer is a user."_s);
        COMPARE_JSON(mismatch.json()["details"], ordered_json({{"item_id", "seats"},
                                                               {"customer_id", userId.toStdString()},
                                                               {"item_customer_type", "team"},
                                                               {"actual_customer_type", "user"}}));
        verifyKnownError(m_http->get(itemPath(u"user"_s, u"not-a-uuid"_s, u"credits"_s), server()), 404, "USER_NOT_FOUND",
                         u"User not found."_s);
        QCOMPARE(m_http->get(itemPath(u"user"_s, QLatin1String(kUnknownId), u"credits"_s), server()).header("x-stack-known-error"),
                 QByteArray("USER_NOT_FOUND"));
        QCOMPARE(m_http->get(itemPath(u"team"_s, QLatin1String(kUnknownId), u"seats"_s), server()).header("x-stack-known-error"),
                 QByteArray("TEAM_NOT_FOUND"));
        // The item is checked before the customer.
        QCOMPARE(m_http->get(itemPath(u"team"_s, u"x"_s, u"nope"_s), server()).header("x-stack-known-error"),
                 QByteArray("ITEM_NOT_FOUND"));
        verifySchemaError(m_http->get(itemPath(u"org"_s, userId, u"credits"_s), server()), u"GET"_s,
                          itemPath(u"org"_s, userId, u"credits"_s),
                          {u"params.customer_type must be one of the following values: user, team, custom"_s});
        const QString update = itemPath(u"user"_s, userId, u"credits"_s) + u"/update-quantity"_s;
        verifySchemaError(m_http->postJson(update, server(), {{"delta", 1.5}}), u"POST"_s, update,
                          {u"query.allow_negative must be defined"_s, u"body.delta must be an integer"_s});
        QCOMPARE(m_http->postJson(update + u"?allow_negative=false"_s, projectClient(), {{"delta", 1}}).status, 401);

        // Clients: their own user only, and teams they administer.
        const ordered_json tokens = signInToProject(u"items.refusals@example.com"_s, u"payments-password"_s);
        QVERIFY(tokens.is_object());
        const Headers client = projectClient(QString::fromStdString(tokens["access_token"].get<std::string>()));
        QCOMPARE(m_http->get(itemPath(u"user"_s, userId, u"credits"_s), client).status, 200);
        const QString other = newUser("items.other@example.com");
        verifyPlain(m_http->get(itemPath(u"user"_s, other, u"credits"_s), client), 403,
                    u"Clients can only access their own user or team items."_s);
        verifyPlain(m_http->get(itemPath(u"custom"_s, u"acme-corp"_s, u"api-calls"_s), client), 403,
                    u"Clients can only access their own user or team items."_s);
        QCOMPARE(m_http->get(itemPath(u"user"_s, userId, u"credits"_s), projectClient()).header("x-stack-known-error"),
                 QByteArray("USER_AUTHENTICATION_REQUIRED"));
        const QString teamId = m_emulator->createTeam(m_account.projectId, u"Not Mine"_s);
        QCOMPARE(m_http->get(itemPath(u"team"_s, teamId, u"seats"_s), client).header("x-stack-known-error"),
                 QByteArray("TEAM_MEMBERSHIP_NOT_FOUND"));
    }

    // --- customer products ---

    void productsListAndPages()
    {
        const QString userId = newUser("products.pages@example.com");
        QCOMPARE(grant(u"user"_s, userId, {{"product_id", "starter"}}).status, 200);
        QCOMPARE(grant(u"user"_s, userId, {{"product_id", "credit-pack"}, {"quantity", 2}}).status, 200);
        QCOMPARE(grant(u"user"_s, userId, {{"product_id", "credit-pack"}}).status, 200);
        const auto result = m_http->get(u"/payments/products/user/"_s + userId, server());
        QCOMPARE(result.status, 200);
        const ordered_json body = result.json();
        QCOMPARE(keysOf(body), (QStringList{u"items"_s, u"is_paginated"_s, u"pagination"_s}));
        QCOMPARE(body["items"].size(), std::size_t(3));
        QVERIFY(body["pagination"]["next_cursor"].is_null());
        const ordered_json &starter = body["items"][0];
        QCOMPARE(keysOf(starter), (QStringList{u"id"_s, u"quantity"_s, u"product"_s, u"type"_s, u"subscription"_s}));
        QCOMPARE(qs(starter["type"]), u"subscription"_s);
        QCOMPARE(qs(starter["product"]["product_line_id"]), u"plans"_s);
        QCOMPARE(keysOf(starter["subscription"]),
                 (QStringList{u"subscription_id"_s, u"current_period_end"_s, u"cancel_at_period_end"_s, u"is_cancelable"_s}));
        COMPARE_JSON(body["items"][1]["quantity"], 2);
        QVERIFY(body["items"][1]["subscription"].is_null());
        const auto parsed = hexclave::api::parseJson<hexclave::api::Page<hexclave::api::OwnedProduct>>(result.body);
        QCOMPARE(parsed.items.size(), 3);
        QCOMPARE(parsed.items.first().kind, u"subscription"_s);
        QVERIFY(parsed.items.first().currentPeriodEndMillis.has_value());

        // Pages of one, oldest first.
        QStringList walked;
        QString cursor;
        for (int i = 0; i < 5; ++i) {
            const ordered_json page = m_http->get(u"/payments/products/user/"_s + userId + u"?limit=1"_s
                                                      + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor),
                                                  server())
                                          .json();
            QCOMPARE(page["items"].size(), std::size_t(1));
            walked.append(qs(page["items"][0]["id"]));
            if (page["pagination"]["next_cursor"].is_null())
                break;
            cursor = qs(page["pagination"]["next_cursor"]);
        }
        QCOMPARE(walked, (QStringList{u"starter"_s, u"credit-pack"_s, u"credit-pack"_s}));
        verifyPlain(m_http->get(u"/payments/products/user/"_s + userId + u"?cursor=nope"_s, server()), 400, u"Invalid cursor"_s);

        // Server-only products are not shown to clients.
        QCOMPARE(grant(u"custom"_s, u"client-view-test"_s, {{"product_id", "api-bundle"}}).status, 200);
        QCOMPARE(ownedProductIds(u"custom"_s, u"client-view-test"_s), QStringList{u"api-bundle"_s});
        QCOMPARE(ownedProductIds(u"custom"_s, u"client-view-test"_s, projectClient()), QStringList());
        QCOMPARE(quantityOf(u"custom"_s, u"client-view-test"_s, u"api-calls"_s), 10000);
    }

    void grantsFollowTheServersRules()
    {
        const QString userId = newUser("products.grants@example.com");
        QCOMPARE(grant(u"user"_s, userId, {{"product_id", "starter"}}).status, 200);
        verifyKnownError(grant(u"user"_s, userId, {{"product_id", "starter"}}), 400, "PRODUCT_ALREADY_GRANTED",
                         u"Customer with ID \""_s + userId + u"\" already owns product \"starter\"."_s);
        // A plan in the same product line replaces the old one.
        QCOMPARE(grant(u"user"_s, userId, {{"product_id", "pro"}}).status, 200);
        QCOMPARE(ownedProductIds(u"user"_s, userId), QStringList{u"pro"_s});
        QCOMPARE(quantityOf(u"user"_s, userId, u"credits"_s), 1000);
        verifyPlain(grant(u"user"_s, userId, {{"product_id", "pro"}, {"quantity", 2}}), 400,
                    u"This product is not stackable; quantity must be 1"_s);

        const auto mismatch = grant(u"user"_s, userId, {{"product_id", "team"}});
        verifyKnownError(mismatch, 400, "PRODUCT_CUSTOMER_TYPE_DOES_NOT_MATCH",
                         u"The user with ID \""_s + userId
                             + u"\" is not a valid customer for the inline product that has been passed in. The product is "
                               "configured to only be available for team customers, but the customer is a user."_s);
        COMPARE_JSON(mismatch.json()["details"], ordered_json({{"product_id", "team"},
                                                               {"customer_id", userId.toStdString()},
                                                               {"product_customer_type", "team"},
                                                               {"actual_customer_type", "user"}}));
        const auto missing = grant(u"user"_s, userId, {{"product_id", "nope"}});
        verifyKnownError(missing, 400, "PRODUCT_DOES_NOT_EXIST", u"Product with ID \"nope\" does not exist."_s);
        COMPARE_JSON(missing.json()["details"], ordered_json({{"product_id", "nope"}, {"context", nullptr}}));
        verifyKnownError(grant(u"user"_s, userId, {{"product_id", "credits"}}), 400, "PRODUCT_DOES_NOT_EXIST",
                         u"Product with ID \"credits\" does not exist, but an item with this ID exists."_s);
        verifyPlain(grant(u"user"_s, userId, {{"product_id", "pro"}, {"product_inline", ordered_json::object()}}), 400,
                    u"Cannot specify both product_id and product_inline!"_s);
        verifyPlain(grant(u"user"_s, userId, ordered_json::object()), 400, u"Must specify either product_id or product_inline!"_s);
        QCOMPARE(grant(u"user"_s, QLatin1String(kUnknownId), {{"product_id", "pro"}}).header("x-stack-known-error"),
                 QByteArray("USER_NOT_FOUND"));
        verifySchemaError(grant(u"user"_s, userId, {{"product_id", "pro"}, {"quantity", 0}, {"extra", 1}}), u"POST"_s,
                          u"/payments/products/user/"_s + userId,
                          {u"body contains unknown properties: extra"_s, u"body.quantity must be greater than or equal to 1"_s});
        QCOMPARE(m_http->postJson(u"/payments/products/user/"_s + userId, projectClient(), {{"product_id", "pro"}}).status, 401);

        // The add-on needs its base product.
        const QString teamId = m_emulator->createTeam(m_account.projectId, u"Add-on Team"_s);
        verifyPlain(grant(u"team"_s, teamId, {{"product_id", "extra-seats"}}), 400,
                    u"This product is an add-on to a product that the customer does not have"_s);
        QCOMPARE(grant(u"team"_s, teamId, {{"product_id", "team"}}).status, 200);
        QCOMPARE(grant(u"team"_s, teamId, {{"product_id", "extra-seats"}}).status, 200);

        // The catalog is the config: a one-time product added to the plans line blocks the others.
        const ordered_json lifetime = {{"displayName", "Lifetime"}, {"productLineId", "plans"}, {"customerType", "user"},
                                       {"prices", {{"once", {{"USD", "499"}}}}}, {"includedItems", ordered_json::object()}};
        QCOMPARE(m_http->patchJson(u"/internal/config/override/branch"_s, admin(),
                                   {{"config_override_string", ordered_json({{"payments.products.lifetime", lifetime}}).dump()}})
                     .status,
                 200);
        const QString buyer = newUser("products.lifetime@example.com");
        QCOMPARE(grant(u"user"_s, buyer, {{"product_id", "lifetime"}}).status, 200);
        QCOMPARE(ownedProductIds(u"user"_s, buyer), QStringList{u"lifetime"_s});
        verifyPlain(grant(u"user"_s, buyer, {{"product_id", "starter"}}), 400,
                    u"Customer already has a one-time purchase in this product line"_s);

        // An inline product.
        const ordered_json inlineProduct = {{"display_name", "Custom Deal"}, {"customer_type", "user"}, {"server_only", true},
                                            {"prices", {{"deal", {{"USD", "10"}}}}},
                                            {"included_items", {{"credits", {{"quantity", 42}}}}}};
        QCOMPARE(grant(u"user"_s, buyer, {{"product_inline", inlineProduct}}).status, 200);
        QVERIFY(ownedProductIds(u"user"_s, buyer).contains(u"<inline>"_s));
        QCOMPARE(quantityOf(u"user"_s, buyer, u"credits"_s), 42);
    }

    // --- the payment provider ---

    void providerAccountWhenConnected()
    {
        const auto result = m_http->get(u"/internal/payments/stripe/account-info"_s, admin());
        QCOMPARE(result.status, 200);
        QCOMPARE(keysOf(result.json()),
                 (QStringList{u"account_id"_s, u"charges_enabled"_s, u"details_submitted"_s, u"payouts_enabled"_s}));
        QVERIFY(qs(result.json()["account_id"]).startsWith(u"acct_"_s));
        const auto account = hexclave::api::parseJson<hexclave::api::PaymentProviderAccount>(result.body);
        QVERIFY(account.chargesEnabled && account.payoutsEnabled);
        verifyKnownError(m_http->get(u"/internal/payments/stripe/account-info"_s, server()), 401, "INSUFFICIENT_ACCESS_TYPE",
                         u"The x-stack-access-type header must be 'admin', but was 'server'."_s);
    }

    void optionsShapeTheLedger()
    {
        // Not connected, and no history at all.
        EmulatorOptions bare;
        bare.userCount = 20;
        bare.transactionCount = 0;
        bare.paymentProviderConnected = false;
        Emulator emulator(bare);
        QVERIFY(emulator.start());
        TestHttpClient http(emulator.apiRoot());
        const DemoAccount account = emulator.demoAccount();
        const Headers headers = TestHttpClient::admin(account.projectId, account.adminKey);
        const auto info = http.get(u"/internal/payments/stripe/account-info"_s, headers);
        verifyKnownError(info, 404, "STRIPE_ACCOUNT_INFO_NOT_FOUND",
                         u"Stripe account information not found. Please make sure the user has onboarded with Stripe."_s);
        QVERIFY(!info.json().contains("details"));
        COMPARE_JSON(http.get(kTransactions, headers).json(),
                     ordered_json({{"transactions", ordered_json::array()}, {"next_cursor", nullptr}}));

        // A large ledger for benchmarks: every transaction is listed, pages stay quick.
        EmulatorOptions large;
        large.userCount = 60;
        large.transactionCount = 20000;
        Emulator big(large);
        QVERIFY(big.start());
        TestHttpClient bigHttp(big.apiRoot());
        const DemoAccount bigAccount = big.demoAccount();
        const Headers bigHeaders = TestHttpClient::admin(bigAccount.projectId, bigAccount.adminKey);
        std::size_t count = 0;
        QString cursor;
        QElapsedTimer timer;
        timer.start();
        for (int page = 0; page < 1000; ++page) {
            const ordered_json body =
                bigHttp.get(kTransactions + u"?limit=200"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor), bigHeaders).json();
            count += body["transactions"].size();
            if (body["next_cursor"].is_null())
                break;
            cursor = qs(body["next_cursor"]);
        }
        QCOMPARE(count, std::size_t(20000));
        qInfo("walked 20,000 transactions in %lld ms", timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestPaymentRoutes)
#include "tst_paymentroutes.moc"
