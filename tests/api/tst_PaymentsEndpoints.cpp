// The payments endpoints against the TestServer (the emulator, or a live server): the ledger
// paged through its cursor with filters, refunds refused as the server refuses them (and, on
// the emulator, one that takes effect), a scratch user's item balance changed and a product
// granted through a catalog this test adds to the config and removes again.

#include "ApiTestHelpers.h"
#include "ScratchUsers.h"
#include "TestServer.h"

#include "core/ApiClient.h"
#include "endpoints/ConfigEndpoints.h"
#include "endpoints/PaymentsEndpoints.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace payments = api::payments;
using api::CustomerRef;
using api::CustomerType;

namespace {

const QString testItem = u"hexclave_test_credits"_s;
const QString testProduct = u"hexclave_test_pack"_s;

} // namespace

class TestPaymentsEndpoints : public QObject
{
    Q_OBJECT

private:
    api::ProjectScope scope() const { return api::ProjectScope::project(m_server->projectId()); }

    template <class T>
    std::optional<T> fetch(const api::Call<T> &call)
    {
        JobOutcome outcome(m_client->send(call));
        if (!outcome.waitFinished() || !outcome.succeeded()) {
            qWarning().noquote() << outcome.error().technicalSummary();
            return std::nullopt;
        }
        return outcome.value();
    }

    bool patchBranch(const api::ConfigPatch &patch)
    {
        JobOutcome outcome(m_client->send(api::config::patchOverride(scope(), api::ConfigLevel::Branch, patch)));
        return outcome.waitFinished() && outcome.succeeded();
    }

    // Every transaction the ledger lists, page by page (at most `pageLimit` pages).
    std::optional<QList<api::Transaction>> walkLedger(payments::TransactionsQuery query, int pageLimit = 50)
    {
        QList<api::Transaction> all;
        for (int page = 0; page < pageLimit; ++page) {
            const auto answer = fetch(payments::transactions(scope(), query));
            if (!answer)
                return std::nullopt;
            all += answer->transactions;
            if (!answer->nextCursor)
                return all;
            query.cursor = *answer->nextCursor;
        }
        return all;
    }

    std::unique_ptr<TestServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::start();
        QVERIFY2(m_server, "the emulator did not start");
    }

    void init()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::AdminKey);
        m_client = m_server->adminClient(&m_network);
    }

    void cleanup() { m_client.reset(); }

    void ledgerPagesThroughItsCursorNewestFirst()
    {
        payments::TransactionsQuery query;
        query.limit = 7;
        const auto ledger = walkLedger(query);
        QVERIFY(ledger);
        QSet<QString> seen;
        for (qsizetype i = 0; i < ledger->size(); ++i) {
            const api::Transaction &transaction = ledger->at(i);
            QVERIFY2(!seen.contains(transaction.id), qPrintable(u"listed twice: "_s + transaction.id));
            seen.insert(transaction.id);
            if (i > 0)
                QVERIFY(ledger->at(i - 1).createdAtMillis >= transaction.createdAtMillis);
        }
        if (!m_server->isLive())
            QVERIFY2(ledger->size() > query.limit, "the emulator's sample ledger should span several pages");
    }

    void filtersNarrowTheLedger()
    {
        payments::TransactionsQuery query;
        query.type = u"purchase"_s;
        query.limit = 50;
        const auto purchases = walkLedger(query, 4);
        QVERIFY(purchases);
        for (const api::Transaction &transaction : *purchases)
            QCOMPARE(transaction.type, u"purchase"_s);

        query.type.clear();
        query.customerType = CustomerType::Team;
        const auto teams = walkLedger(query, 4);
        QVERIFY(teams);
        for (const api::Transaction &transaction : *teams) {
            const api::TransactionEntry *customer = transaction.customerEntry();
            QVERIFY(customer);
            QCOMPARE(customer->customerType, u"team"_s);
        }
    }

    void unknownTypeIsASchemaError()
    {
        payments::TransactionsQuery query;
        query.type = u"gift"_s;
        JobOutcome outcome(m_client->send(payments::transactions(scope(), query)));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY(!outcome.succeeded());
        QCOMPARE(outcome.httpStatus(), 400);
        QCOMPARE(outcome.error().code, u"SCHEMA_ERROR"_s);
    }

    void refundsAreRefusedAsTheServerRefusesThem()
    {
        payments::RefundRequest unknown;
        unknown.target = {api::RefundTarget::Kind::OneTimePurchase, u"00000000-0000-4000-8000-000000000000"_s};
        unknown.entries = {{0, 1, u"1"_s}};
        JobOutcome missing(m_client->send(payments::refund(scope(), unknown)));
        HEXCLAVE_WAIT_JOB(missing);
        QCOMPARE(missing.httpStatus(), 404);
        QCOMPARE(missing.error().code, u"ONE_TIME_PURCHASE_NOT_FOUND"_s);

        // A refundable purchase of the ledger (the emulator's sample has some; a live test
        // project may not, and then there is nothing more to check without moving money).
        payments::TransactionsQuery query;
        query.type = u"purchase"_s;
        const auto purchases = walkLedger(query, 4);
        QVERIFY(purchases);
        const api::Transaction *refundable = nullptr;
        for (const api::Transaction &transaction : *purchases) {
            const api::TransactionEntry *grant = transaction.productGrant();
            const api::TransactionEntry *money = transaction.moneyEntry();
            if (api::refundTargetOf(transaction) && !transaction.testMode && !transaction.isRefunded() && grant && money
                && money->chargedAmount.contains(u"USD"_s)) {
                refundable = &transaction;
                break;
            }
        }
        if (!refundable) {
            QVERIFY2(m_server->isLive(), "the emulator's sample ledger should hold a refundable purchase");
            return;
        }
        const int grantIndex = int(refundable->productGrant() - refundable->entries.constData());
        payments::RefundRequest tooMuch;
        tooMuch.target = *api::refundTargetOf(*refundable);
        tooMuch.entries = {{grantIndex, 1, u"99999999"_s}};
        JobOutcome refused(m_client->send(payments::refund(scope(), tooMuch)));
        HEXCLAVE_WAIT_JOB(refused);
        QCOMPARE(refused.httpStatus(), 400);
        QCOMPARE(refused.error().code, u"SCHEMA_ERROR"_s);
        QVERIFY2(refused.error().message.contains(u"Refund amount cannot exceed the charged amount."_s),
                 qPrintable(refused.error().message));

        if (m_server->isLive())
            return; // a real refund moves real money: only the emulator's is carried out
        payments::RefundRequest partial = tooMuch;
        partial.entries.first().amountUsd = u"1"_s;
        JobOutcome refunded(m_client->send(payments::refund(scope(), partial)));
        HEXCLAVE_WAIT_JOB(refunded);
        QVERIFY2(refunded.succeeded(), qPrintable(refunded.error().technicalSummary()));
        const auto after = walkLedger(query, 4);
        QVERIFY(after);
        bool found = false;
        for (const api::Transaction &transaction : *after) {
            if (transaction.id == refundable->id) {
                found = true;
                QVERIFY(transaction.isRefunded());
            }
        }
        QVERIFY(found);
        JobOutcome again(m_client->send(payments::refund(scope(), partial)));
        HEXCLAVE_WAIT_JOB(again);
        QCOMPARE(again.httpStatus(), 400);
        QVERIFY(again.error().code.endsWith(u"_ALREADY_REFUNDED"_s));
    }

    void itemBalancesAndGrants()
    {
        ScratchUsers users(m_client.get(), scope());
        const auto user = users.create(u"payer"_s);
        QVERIFY(user);
        const CustomerRef customer{CustomerType::User, user->id};

        // Not in the config yet: the server does not know the item.
        JobOutcome unknown(m_client->send(payments::item(scope(), customer, testItem)));
        HEXCLAVE_WAIT_JOB(unknown);
        QCOMPARE(unknown.httpStatus(), 404);
        QCOMPARE(unknown.error().code, u"ITEM_NOT_FOUND"_s);

        api::ConfigPatch add;
        add.setJson(api::PaymentsCatalog::itemPath(testItem), uR"({"displayName":"Test credits","customerType":"user"})"_s);
        add.setJson(api::PaymentsCatalog::productPath(testProduct),
                    uR"({"displayName":"Test pack","customerType":"user","serverOnly":true,"stackable":true,)"
                    uR"("isAddOnTo":false,"prices":{"once":{"USD":"5"}},"includedItems":{")"_s
                        + testItem + uR"(":{"quantity":3,"repeat":"never","expires":"never"}}})"_s);
        QVERIFY(patchBranch(add));
        const auto removeCatalog = qScopeGuard([&] {
            api::ConfigPatch remove;
            remove.remove(api::PaymentsCatalog::itemPath(testItem));
            remove.remove(api::PaymentsCatalog::productPath(testProduct));
            if (!patchBranch(remove))
                qWarning("could not remove the test catalog entries");
        });

        auto balance = fetch(payments::item(scope(), customer, testItem));
        QVERIFY(balance);
        QCOMPARE(balance->quantity, 0);
        QCOMPARE(balance->displayName, u"Test credits"_s);

        payments::ItemQuantityChange change;
        change.delta = 5;
        change.description = u"Integration test"_s;
        QVERIFY(fetch(payments::updateItemQuantity(scope(), customer, testItem, change)));
        QCOMPARE(fetch(payments::item(scope(), customer, testItem))->quantity, 5);

        change.delta = -10;
        JobOutcome insufficient(m_client->send(payments::updateItemQuantity(scope(), customer, testItem, change)));
        HEXCLAVE_WAIT_JOB(insufficient);
        QCOMPARE(insufficient.httpStatus(), 400);
        QCOMPARE(insufficient.error().code, u"ITEM_QUANTITY_INSUFFICIENT_AMOUNT"_s);
        QCOMPARE(fetch(payments::item(scope(), customer, testItem))->quantity, 5);

        const CustomerRef asTeam{CustomerType::Team, user->id};
        JobOutcome wrongType(m_client->send(payments::item(scope(), asTeam, testItem)));
        HEXCLAVE_WAIT_JOB(wrongType);
        QCOMPARE(wrongType.error().code, u"ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH"_s);

        QVERIFY(fetch(payments::grantProduct(scope(), customer, testProduct, 2)));
        const auto owned = fetch(payments::customerProducts(scope(), customer));
        QVERIFY(owned);
        QCOMPARE(owned->items.size(), 1);
        QCOMPARE(owned->items.first().id, testProduct);
        QCOMPARE(owned->items.first().quantity, 2);
        QCOMPARE(owned->items.first().displayName, u"Test pack"_s);
        QCOMPARE(fetch(payments::item(scope(), customer, testItem))->quantity, 5 + 2 * 3);

        JobOutcome noSuchProduct(m_client->send(payments::grantProduct(scope(), customer, u"no_such_product"_s)));
        HEXCLAVE_WAIT_JOB(noSuchProduct);
        QCOMPARE(noSuchProduct.httpStatus(), 400);
        QCOMPARE(noSuchProduct.error().code, u"PRODUCT_DOES_NOT_EXIST"_s);
    }

    void serverKeysCannotReadTheLedger()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::ServerKey);
        const auto serverClient = m_server->serverClient(&m_network);
        JobOutcome outcome(serverClient->send(payments::transactions(scope(), {})));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY(!outcome.succeeded());
        QCOMPARE(outcome.httpStatus(), 401);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestPaymentsEndpoints)
#include "tst_PaymentsEndpoints.moc"
