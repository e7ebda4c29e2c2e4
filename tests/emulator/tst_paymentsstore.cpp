// PaymentsStore and PaymentsMoney without HTTP: the server's money arithmetic, the ledger's order
// (ties broken by txnId), the cursor's "strictly older" rule, refunds and item balances.
#include "TestHttpClient.h"

#include "emulator/PaymentsJson.h"
#include "emulator/PaymentsMoney.h"
#include "emulator/PaymentsStore.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using nlohmann::ordered_json;

namespace {

std::shared_ptr<const ordered_json> creditPack()
{
    return std::make_shared<const ordered_json>(ordered_json{
        {"displayName", "Credit Pack"},
        {"customerType", "user"},
        {"stackable", true},
        {"prices", {{"one", {{"USD", "4.50"}, {"EUR", "4.20"}, {"serverOnly", false}}}}},
        {"includedItems", {{"credits", {{"quantity", 500}, {"repeat", "never"}, {"expires", "never"}}}}}});
}

Purchase purchaseAt(quint64 idLow, qint64 createdAt, qint64 quantity = 1)
{
    Purchase purchase;
    purchase.id = Uuid(0x1234567812344123ull, 0x8123000000000000ull + idLow);
    purchase.customer = {PaymentCustomerType::User, "user-a"};
    purchase.productId = "credit-pack";
    purchase.product = creditPack();
    purchase.priceId = "one";
    purchase.quantity = quantity;
    purchase.createdAtMillis = createdAt;
    return purchase;
}

} // namespace

class TestPaymentsStore : public QObject
{
    Q_OBJECT

private slots:
    void moneyLikeTheServer()
    {
        QCOMPARE(PaymentsMoney::minorUnits("5", 2), std::optional<qint64>(500));
        QCOMPARE(PaymentsMoney::minorUnits("0.5", 2), std::optional<qint64>(50));
        QCOMPARE(PaymentsMoney::minorUnits("12.34", 2), std::optional<qint64>(1234));
        QCOMPARE(PaymentsMoney::minorUnits("1.234", 2), std::nullopt);
        QCOMPARE(PaymentsMoney::minorUnits("-1", 2), std::nullopt);
        QCOMPARE(PaymentsMoney::multiply("19.00", 1, "USD"), std::string("19"));
        QCOMPARE(PaymentsMoney::multiply("4.50", 3, "USD"), std::string("13.5"));
        QCOMPARE(PaymentsMoney::multiply("9.99", 2, "EUR"), std::string("19.98"));
        QCOMPARE(PaymentsMoney::multiply("1000", 1, "JPY"), std::string("1000"));
        QCOMPARE(PaymentsMoney::fromMinorUnits(-1250, 2), std::string("-12.5"));
        QCOMPARE(PaymentsMoney::fromMinorUnits(-5, 2), std::string("-0.05"));
        QCOMPARE(PaymentsMoney::fromMinorUnits(0, 2), std::string("0"));
        QCOMPARE(PaymentsMoney::problems("1.", "USD"),
                 QStringList{u"Money amount must be in the format of <number> or <number>.<number>"_s});
        QCOMPARE(PaymentsMoney::problems(".5", "USD").size(), 1);
        QCOMPARE(PaymentsMoney::problems("0", "USD"), QStringList());
        QCOMPARE(PaymentsMoney::problems("0.50", "USD"), QStringList());
        QCOMPARE(PaymentsMoney::problems("007.123", "USD"),
                 (QStringList{u"Too many decimals; USD only has 2 decimals"_s, u"Money amount must not have leading zeros"_s}));
    }

    void ledgerOrderAndCursor()
    {
        PaymentsStore store;
        // Three purchases at the same instant and one older: ties go by txnId, descending.
        store.addPurchase(purchaseAt(2, 1000));
        store.addPurchase(purchaseAt(9, 1000));
        store.addPurchase(purchaseAt(5, 1000));
        store.addPurchase(purchaseAt(7, 500));
        const PaymentsStore::Page all = store.list(std::nullopt, 10, {});
        QCOMPARE(all.rows.size(), std::size_t(4));
        QVERIFY(!all.next);
        std::vector<std::string> ids;
        for (const quint32 row : all.rows)
            ids.push_back(store.txnIdOf(store.row(row)));
        QVERIFY(ids[0] > ids[1] && ids[1] > ids[2]);
        QCOMPARE(store.row(all.rows[3]).createdAtMillis, qint64(500));

        // Pages of two: the cursor is the page's last row, the next page starts strictly after it.
        const PaymentsStore::Page first = store.list(std::nullopt, 2, {});
        QVERIFY(first.next);
        QCOMPARE(first.next->txnId, ids[1]);
        const PaymentsStore::Page second = store.list(first.next, 2, {});
        QCOMPARE(second.rows.size(), std::size_t(2));
        QCOMPARE(store.txnIdOf(store.row(second.rows[0])), ids[2]);
        QVERIFY(!second.next);
        const auto cursor = PaymentsJson::decodeCursor(PaymentsJson::encodeCursor(*first.next));
        QVERIFY(cursor);
        QCOMPARE(cursor->txnId, first.next->txnId);
        QVERIFY(!PaymentsJson::decodeCursor("e30")); // {} in base64url
        QVERIFY(!PaymentsJson::decodeCursor("!!"));

        // Filters; an empty kind list is a filter that matches nothing.
        LedgerFilter none;
        none.kinds = std::vector<LedgerRow::Kind>{};
        QVERIFY(store.list(std::nullopt, 10, none).rows.empty());
        LedgerFilter teams;
        teams.customerType = PaymentCustomerType::Team;
        QVERIFY(store.list(std::nullopt, 10, teams).rows.empty());
    }

    void refundsAndBalances()
    {
        PaymentsStore store;
        const PaymentCustomer customer{PaymentCustomerType::User, "user-a"};
        const quint32 purchase = store.addPurchase(purchaseAt(1, 1000, 2));
        QCOMPARE(store.itemQuantity(customer, "credits", 5000), qint64(1000));
        store.addItemQuantityChange({Uuid(1, 1), customer, "credits", -300, std::nullopt, {}, 2000});
        store.addItemQuantityChange({Uuid(1, 2), customer, "credits", 50, qint64(3000), {}, 2000});
        QCOMPARE(store.itemQuantity(customer, "credits", 2500), qint64(750));
        QCOMPARE(store.itemQuantity(customer, "credits", 3000), qint64(700)); // the grant expired

        store.addRefund({purchase, {{0, 1}}, 450, 4000});
        QCOMPARE(store.purchase(purchase).ownedQuantity(), qint64(1));
        QCOMPARE(store.itemQuantity(customer, "credits", 5000), qint64(200));
        const ordered_json refund = PaymentsJson::transaction(store, store.list(std::nullopt, 1, {}).rows[0]);
        QCOMPARE(refund["id"].get<std::string>(), store.purchase(purchase).id.toString() + ":refund");
        QCOMPARE(refund["entries"][1]["charged_amount"]["USD"].get<std::string>(), std::string("-4.5"));
        const ordered_json source = PaymentsJson::transaction(store, store.list(std::nullopt, 10, {}).rows.back());
        COMPARE_JSON(source["entries"][1]["charged_amount"], ordered_json({{"USD", "9"}, {"EUR", "8.4"}}));
        COMPARE_JSON(source["adjusted_by"][0]["transaction_id"], refund["id"]);
        QCOMPARE(store.ownedPurchases(customer).size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestPaymentsStore)
#include "tst_paymentsstore.moc"
