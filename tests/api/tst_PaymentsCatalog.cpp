// The payments catalog read from a rendered configuration (fixture 35, the real server's) and
// written back: a product keeps what the client does not edit, and its JSON reads back equal.

#include "Fixtures.h"

#include "dto/PaymentsCatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ConfigTree;
using api::CustomerType;
using api::DayInterval;
using api::IncludedItem;
using api::PaymentsCatalog;
using api::Product;

namespace {

const Product *productById(const PaymentsCatalog &catalog, const QString &id)
{
    for (const Product &product : catalog.products) {
        if (product.id == id)
            return &product;
    }
    return nullptr;
}

ConfigTree configOf(const QString &productsJson)
{
    return ConfigTree::fromJsonText(uR"({"payments":{"products":)"_s + productsJson + u"}}"_s);
}

} // namespace

class TestPaymentsCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheRealServersCatalog()
    {
        const auto rendered = api::parseJson<ConfigTree>(Fixture::load(u"35-config-rendered"_s).body);
        const PaymentsCatalog catalog = api::paymentsCatalogFrom(rendered);
        QVERIFY(catalog.testMode);
        QVERIFY(!catalog.blockNewPurchases);
        QVERIFY(catalog.unreadable.isEmpty());
        QCOMPARE(catalog.productLines.size(), 2);
        QCOMPARE(catalog.productLines.first().id, u"add_ons"_s);
        QCOMPARE(catalog.productLines.first().customerType, CustomerType::Team);
        QCOMPARE(catalog.items.size(), 4);
        QCOMPARE(catalog.products.size(), 3);

        const Product *growth = productById(catalog, u"growth"_s);
        QVERIFY(growth);
        QCOMPARE(growth->displayName, u"Growth"_s);
        QCOMPARE(growth->productLineId, u"workspace"_s);
        QCOMPARE(growth->customerType, CustomerType::User);
        QCOMPARE(growth->prices.size(), 2);
        QCOMPARE(growth->prices.first().id, u"annual"_s);
        QCOMPARE(growth->prices.first().amounts.value(u"USD"_s), u"1290"_s);
        QCOMPARE(growth->prices.first().interval, std::optional<DayInterval>(DayInterval{1, u"year"_s}));
        QCOMPARE(growth->includedItems.size(), 3);
        QCOMPARE(growth->includedItems.first().itemId, u"studio_seats"_s);
        QCOMPARE(growth->includedItems.first().quantity, 25);
        QCOMPARE(growth->includedItems.first().expires, IncludedItem::Expiry::WhenRepeated);
        QVERIFY(growth->otherFieldsJson.isEmpty());

        const Product *starter = productById(catalog, u"starter"_s);
        QVERIFY(starter);
        QCOMPARE(starter->freeTrial, std::optional<DayInterval>(DayInterval{2, u"week"_s}));
        QCOMPARE(starter->prices.first().freeTrial, std::optional<DayInterval>(DayInterval{2, u"week"_s}));

        const Product *addOn = productById(catalog, u"regression-addon"_s);
        QVERIFY(addOn);
        QVERIFY(addOn->stackable);
        QCOMPARE(addOn->addOnTo, (QStringList{u"growth"_s, u"starter"_s}));
    }

    void everyProductReadsBackEqual()
    {
        const auto rendered = api::parseJson<ConfigTree>(Fixture::load(u"35-config-rendered"_s).body);
        for (const Product &product : api::paymentsCatalogFrom(rendered).products) {
            const QString written = api::productConfigJson(product);
            const PaymentsCatalog again = api::paymentsCatalogFrom(configOf(u"{\""_s + product.id + u"\":"_s + written + u"}"_s));
            QCOMPARE(again.products.size(), 1);
            QCOMPARE(again.products.first(), product);
        }
    }

    void defaultsAndIncludedByDefault()
    {
        const PaymentsCatalog catalog = api::paymentsCatalogFrom(
            configOf(uR"({"free":{"prices":"include-by-default","includedItems":{"credits":{"quantity":5}}}})"_s));
        QCOMPARE(catalog.products.size(), 1);
        const Product &free = catalog.products.first();
        QCOMPARE(free.displayName, u"free"_s); // the id when no display name
        QCOMPARE(free.customerType, CustomerType::User);
        QVERIFY(free.includedByDefault);
        QVERIFY(free.prices.isEmpty());
        QCOMPARE(free.includedItems.first().repeat, std::nullopt);
        const QJsonObject written = QJsonDocument::fromJson(api::productConfigJson(free).toUtf8()).object();
        QCOMPARE(written[u"prices"_s].toString(), u"include-by-default"_s);
        QCOMPARE(written[u"isAddOnTo"_s].toBool(true), false);
        QCOMPARE(written[u"includedItems"_s].toObject()[u"credits"_s].toObject()[u"repeat"_s].toString(), u"never"_s);
    }

    void keepsFieldsItDoesNotEdit()
    {
        const PaymentsCatalog catalog = api::paymentsCatalogFrom(
            configOf(uR"({"pro":{"displayName":"Pro","prices":{},"serverMetadata":{"tier":3}}})"_s));
        Product pro = catalog.products.first();
        QVERIFY(!pro.otherFieldsJson.isEmpty());
        pro.displayName = u"Pro Plus"_s;
        const QJsonObject written = QJsonDocument::fromJson(api::productConfigJson(pro).toUtf8()).object();
        QCOMPARE(written[u"displayName"_s].toString(), u"Pro Plus"_s);
        QCOMPARE(written[u"serverMetadata"_s].toObject()[u"tier"_s].toInt(), 3);
    }

    // Unknown keys of a price and of an included item survive an edit of the product.
    void keepsUnknownKeysOfPricesAndIncludedItems()
    {
        const PaymentsCatalog catalog = api::paymentsCatalogFrom(configOf(
            uR"({"pro":{"prices":{"monthly":{"USD":"9","CHF":"8","stripePriceId":"price_1","interval":[1,"month"]}},)"
            uR"("includedItems":{"credits":{"quantity":5,"expires":"never","label":{"en":"Credits"}}}}})"_s));
        Product pro = catalog.products.first();
        QCOMPARE(pro.prices.first().amounts, (api::MoneyAmounts{{u"USD"_s, u"9"_s}, {u"CHF"_s, u"8"_s}}));
        QCOMPARE(pro.prices.first().otherFieldsJson, uR"({"stripePriceId":"price_1"})"_s);
        QCOMPARE(pro.includedItems.first().otherFieldsJson, uR"({"label":{"en":"Credits"}})"_s);
        pro.prices.first().amounts[u"USD"_s] = u"10"_s;
        pro.includedItems.first().quantity = 7;
        const QJsonObject written = QJsonDocument::fromJson(api::productConfigJson(pro).toUtf8()).object();
        const QJsonObject monthly = written[u"prices"_s].toObject()[u"monthly"_s].toObject();
        QCOMPARE(monthly[u"USD"_s].toString(), u"10"_s);
        QCOMPARE(monthly[u"CHF"_s].toString(), u"8"_s);
        QCOMPARE(monthly[u"stripePriceId"_s].toString(), u"price_1"_s);
        const QJsonObject credits = written[u"includedItems"_s].toObject()[u"credits"_s].toObject();
        QCOMPARE(credits[u"quantity"_s].toInt(), 7);
        QCOMPARE(credits[u"label"_s].toObject()[u"en"_s].toString(), u"Credits"_s);
        // And it reads back equal, unknown keys included.
        const PaymentsCatalog again = api::paymentsCatalogFrom(configOf(u"{\"pro\":"_s + api::productConfigJson(pro) + u"}"_s));
        QCOMPARE(again.products.first(), pro);
    }

    void unreadableEntriesAreListedNotThrown()
    {
        const PaymentsCatalog catalog = api::paymentsCatalogFrom(
            configOf(uR"({"good":{"prices":{}},"odd":"text","typo":{"serverOnly":"yes","prices":{}}})"_s));
        QCOMPARE(catalog.products.size(), 1);
        QCOMPARE(catalog.products.first().id, u"good"_s);
        QCOMPARE(catalog.unreadable, (QStringList{u"payments.products.odd"_s, u"payments.products.typo"_s}));
    }

    void itemsAndLinesWrite()
    {
        api::PaymentItem item{u"seats"_s, u"Seats"_s, CustomerType::Team, {}};
        QCOMPARE(QJsonDocument::fromJson(api::itemConfigJson(item).toUtf8()).object(),
                 QJsonDocument::fromJson(R"({"displayName":"Seats","customerType":"team"})").object());
        api::ProductLine line{u"plans"_s, u"Plans"_s, CustomerType::Custom, {}};
        QCOMPARE(QJsonDocument::fromJson(api::productLineConfigJson(line).toUtf8()).object(),
                 QJsonDocument::fromJson(R"({"displayName":"Plans","customerType":"custom"})").object());
    }

    void currencies()
    {
        QCOMPARE(api::supportedCurrencies().size(), 7);
        QCOMPARE(api::currencyByCode(u"JPY"_s)->decimals, 0);
        QCOMPARE(api::currencyByCode(u"EUR"_s)->decimals, 2);
        QVERIFY(!api::currencyByCode(u"XYZ"_s));
        QCOMPARE(api::customerTypeFromId(u"team"_s), std::optional<CustomerType>(CustomerType::Team));
        QVERIFY(!api::customerTypeFromId(u"group"_s));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestPaymentsCatalog)
#include "tst_PaymentsCatalog.moc"
