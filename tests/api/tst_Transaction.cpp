// The payments ledger (fixture 39, the real server's answer), every entry type of the tagged
// union, the refund target of a purchase, and the request bodies of refunds, item changes and
// grants; customer answers (item balance, owned products, provider account) and revenue metrics.

#include "Fixtures.h"

#include "endpoints/PaymentsEndpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::Transaction;
using api::TransactionEntry;
using api::TransactionsPage;

namespace {

const QByteArray purchase = R"({"transactions":[{"id":"otp-1","created_at_millis":1000,"effective_at_millis":1200,
"type":"purchase","entries":[
 {"type":"product_grant","adjusted_transaction_id":null,"adjusted_entry_index":null,"customer_type":"user",
  "customer_id":"u1","product_id":"pro","product":{"display_name":"Pro","customer_type":"user",
  "prices":{"once":{"USD":"49.50","EUR":"45"}}},"price_id":"once","quantity":2,"one_time_purchase_id":"otp-1"},
 {"type":"money_transfer","adjusted_transaction_id":null,"adjusted_entry_index":null,"customer_type":"user",
  "customer_id":"u1","charged_amount":{"USD":"99.00"},"net_amount":{"USD":"99.00"}},
 {"type":"item_quantity_change","adjusted_transaction_id":null,"adjusted_entry_index":null,"customer_type":"user",
  "customer_id":"u1","item_id":"credits","quantity":-5},
 {"type":"product_revocation","adjusted_transaction_id":"otp-0","adjusted_entry_index":0,"quantity":1},
 {"type":"mystery_entry","adjusted_transaction_id":null,"adjusted_entry_index":null}],
"adjusted_by":[{"transaction_id":"otp-1:refund","entry_index":0}],"test_mode":true}],"next_cursor":null})";

} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realServerLedger()
    {
        const auto page = api::parseJson<TransactionsPage>(Fixture::load(u"39-transactions"_s).body);
        QCOMPARE(page.transactions.size(), 3);
        QVERIFY(page.nextCursor.has_value());
        const Transaction &first = page.transactions.first();
        QCOMPARE(first.id, u"c5e6f7a8-b9c0-4123-de4f-5a6b7c8d9ea4"_s);
        QCOMPARE(first.type, u"subscription-renewal"_s);
        QCOMPARE(first.createdAtMillis, 1795356000000);
        QCOMPARE(first.effectiveAtMillis, 1795356000000);
        QVERIFY(!first.testMode);
        QVERIFY(!first.isRefunded());
        QCOMPARE(first.entries.size(), 1);
        const TransactionEntry &money = first.entries.first();
        QCOMPARE(money.type, TransactionEntry::Type::MoneyTransfer);
        QCOMPARE(money.customerType, u"team"_s);
        QCOMPARE(money.customerId, u"504a8761-e3c5-4469-8f90-66092080f752"_s);
        QCOMPARE(money.chargedAmount.value(u"USD"_s), u"3225"_s); // major units: $3,225
        QCOMPARE(money.netAmount.value(u"USD"_s), u"3225"_s);
        QVERIFY(!money.adjustedTransactionId);
        QVERIFY(money.json.contains("charged_amount"));
        QVERIFY(money.prettyJson().contains(u"\n  \"charged_amount\""_s));
        QCOMPARE(first.moneyEntry(), &money);
        QCOMPARE(first.customerEntry(), &money);
        QVERIFY(!first.productGrant());
        QVERIFY(!api::refundTargetOf(first)); // renewals are not refundable here
    }

    void everyEntryType()
    {
        const auto page = api::parseJson<TransactionsPage>(purchase);
        QVERIFY(!page.nextCursor);
        const Transaction &transaction = page.transactions.first();
        QCOMPARE(transaction.effectiveAtMillis, 1200);
        QVERIFY(transaction.testMode);
        QVERIFY(transaction.isRefunded());
        QCOMPARE(transaction.adjustedBy.first().transactionId, u"otp-1:refund"_s);
        QCOMPARE(transaction.entries.size(), 5);

        const TransactionEntry &grant = transaction.entries[0];
        QCOMPARE(grant.type, TransactionEntry::Type::ProductGrant);
        QCOMPARE(grant.productId, u"pro"_s);
        QCOMPARE(grant.productDisplayName, u"Pro"_s);
        QCOMPARE(grant.priceId, u"once"_s);
        QCOMPARE(grant.quantity, 2);
        QCOMPARE(grant.oneTimePurchaseId, u"otp-1"_s);
        QCOMPARE(grant.unitPrice, (api::MoneyAmounts{{u"USD"_s, u"49.50"_s}, {u"EUR"_s, u"45"_s}}));
        QCOMPARE(transaction.productGrant(), &grant);

        QCOMPARE(transaction.entries[1].chargedAmount.value(u"USD"_s), u"99.00"_s);
        QCOMPARE(transaction.moneyEntry(), &transaction.entries[1]);

        const TransactionEntry &change = transaction.entries[2];
        QCOMPARE(change.type, TransactionEntry::Type::ItemQuantityChange);
        QCOMPARE(change.itemId, u"credits"_s);
        QCOMPARE(change.quantity, -5);

        const TransactionEntry &revocation = transaction.entries[3];
        QCOMPARE(revocation.type, TransactionEntry::Type::ProductRevocation);
        QCOMPARE(revocation.adjustedTransactionId, std::optional<QString>(u"otp-0"_s));
        QCOMPARE(revocation.adjustedEntryIndex, std::optional<int>(0));
        QVERIFY(revocation.customerId.isEmpty());

        QCOMPARE(transaction.entries[4].type, TransactionEntry::Type::Other);
        QCOMPARE(transaction.entries[4].typeId, u"mystery_entry"_s);

        const auto target = api::refundTargetOf(transaction);
        QVERIFY(target);
        QCOMPARE(target->kind, api::RefundTarget::Kind::OneTimePurchase);
        QCOMPARE(target->id, u"otp-1"_s);
    }

    void malformedLedgersAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<TransactionsPage>(R"({"next_cursor":null})"));
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<TransactionsPage>(R"({"transactions":{}})"));
        QVERIFY_THROWS_EXCEPTION(std::exception,
                                 api::parseJson<TransactionsPage>(R"({"transactions":[{"id":"t","entries":[]}]})"));
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<TransactionsPage>(
                                                     R"({"transactions":[{"id":"t","created_at_millis":1,"entries":[{}]}]})"));
    }

    void refundBody()
    {
        api::payments::RefundRequest request;
        request.target = {api::RefundTarget::Kind::Subscription, u"sub-1"_s};
        request.entries = {{0, 1, u"12.50"_s}};
        const QJsonObject body = QJsonDocument::fromJson(request.toJson()).object();
        QCOMPARE(body[u"type"_s].toString(), u"subscription"_s);
        QCOMPARE(body[u"id"_s].toString(), u"sub-1"_s);
        const QJsonObject entry = body[u"refund_entries"_s].toArray().first().toObject();
        QCOMPARE(entry[u"entry_index"_s].toInt(-1), 0);
        QCOMPARE(entry[u"quantity"_s].toInt(), 1);
        QCOMPARE(entry[u"amount_usd"_s].toString(), u"12.50"_s);
        QCOMPARE(body.size(), 3);
    }

    void itemQuantityChangeBodyAndRoute()
    {
        api::payments::ItemQuantityChange change;
        change.delta = -3;
        QCOMPARE(QJsonDocument::fromJson(change.toJson()).object(), QJsonDocument::fromJson(R"({"delta":-3})").object());
        change.expiresAt = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
        change.description = u"Goodwill"_s;
        const QJsonObject body = QJsonDocument::fromJson(change.toJson()).object();
        QCOMPARE(body[u"expires_at"_s].toString(), u"2030-01-02T03:04:05Z"_s);
        QCOMPARE(body[u"description"_s].toString(), u"Goodwill"_s);

        const api::CustomerRef customer{api::CustomerType::Custom, u"org/42"_s};
        const auto call = api::payments::updateItemQuantity(api::ProjectScope::project(u"p"_s), customer, u"credits"_s, change);
        QCOMPARE(call.request.path, u"/payments/items/custom/org%2F42/credits/update-quantity"_s);
        QCOMPARE(call.request.query.queryItemValue(u"allow_negative"_s), u"false"_s);
        QCOMPARE(call.request.method, api::HttpMethod::Post);
    }

    void customerAnswers()
    {
        const auto balance = api::parseJson<api::ItemBalance>(R"({"id":"credits","display_name":"Credits","quantity":-4})");
        QCOMPARE(balance.quantity, -4);
        QCOMPARE(balance.displayName, u"Credits"_s);
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<api::ItemBalance>(R"({"id":"credits"})"));

        const auto owned = api::parseJson<api::Page<api::OwnedProduct>>(
            R"({"items":[{"id":"pro","quantity":1,"product":{"display_name":"Pro"},"type":"subscription",
            "subscription":{"subscription_id":"s1","current_period_end":"2030-01-01T00:00:00.000Z","cancel_at_period_end":true,
            "is_cancelable":true}},{"id":null,"quantity":3,"product":{"display_name":"Inline"}}],
            "is_paginated":true,"pagination":{"next_cursor":"c2"}})");
        QCOMPARE(owned.items.size(), 2);
        QCOMPARE(owned.nextCursor, std::optional<QString>(u"c2"_s));
        QCOMPARE(owned.items[0].subscriptionId, u"s1"_s);
        QVERIFY(owned.items[0].cancelAtPeriodEnd);
        QCOMPARE(owned.items[0].currentPeriodEndMillis,
                 std::optional<qint64>(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
        QVERIFY(owned.items[1].id.isEmpty());
        QCOMPARE(owned.items[1].displayName, u"Inline"_s);
        QCOMPARE(owned.items[1].quantity, 3);

        const auto account = api::parseJson<api::PaymentProviderAccount>(
            R"({"account_id":"acct_1","charges_enabled":true,"details_submitted":true,"payouts_enabled":false})");
        QCOMPARE(account.accountId, u"acct_1"_s);
        QVERIFY(account.chargesEnabled && account.detailsSubmitted && !account.payoutsEnabled);
    }

    void revenueMetrics()
    {
        const auto metrics = api::parseJson<api::RevenueMetrics>(
            R"({"total_users":3,"payments_overview":{"revenue_cents":123456,"mrr_cents":4200,"active_subscription_count":7},
            "analytics_overview":{"daily_revenue":[{"date":"2026-11-01","new_cents":1999,"refund_cents":0},
            {"date":"not a date","new_cents":1}]}})");
        QCOMPARE(metrics.revenueCents, std::optional<qint64>(123456));
        QCOMPARE(metrics.mrrCents, std::optional<qint64>(4200));
        QCOMPARE(metrics.activeSubscriptionCount, std::optional<qint64>(7));
        QCOMPARE(metrics.dailyRevenue.size(), 1);
        QCOMPARE(metrics.dailyRevenue.first().date, QDate(2026, 11, 1));
        QCOMPARE(metrics.dailyRevenue.first().newCents, 1999);
        const auto bare = api::parseJson<api::RevenueMetrics>(R"({"total_users":3})");
        QVERIFY(!bare.revenueCents);
        QVERIFY(bare.dailyRevenue.isEmpty());
    }

    void transactionsQuery()
    {
        api::payments::TransactionsQuery query;
        query.cursor = u"eyJ+a/b="_s;
        query.type = u"purchase"_s;
        query.customerType = api::CustomerType::Team;
        query.limit = 200;
        const auto call = api::payments::transactions(api::ProjectScope::project(u"p"_s), query);
        QCOMPARE(call.request.path, u"/internal/payments/transactions"_s);
        QCOMPARE(call.request.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded), u"eyJ+a/b="_s);
        QCOMPARE(call.request.query.queryItemValue(u"type"_s), u"purchase"_s);
        QCOMPARE(call.request.query.queryItemValue(u"customer_type"_s), u"team"_s);
        QCOMPARE(call.request.query.queryItemValue(u"limit"_s), u"200"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestTransaction)
#include "tst_Transaction.moc"
