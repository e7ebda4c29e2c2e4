// The checks an edited payments catalog goes through before it is saved: a table of catalogs,
// each a valid one with one thing changed, and the problems (entry path and field) expected.
// Also the messages people read for ids and amounts, and that only new problems block a save.

#include "payments/CatalogValidation.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hexclave::api::PaymentsCatalog)

namespace hexclave::tests {

using api::CustomerType;
using api::DayInterval;
using api::PaymentsCatalog;
using models::CatalogProblem;
using models::CatalogValidation;

namespace {

// Plans for users with credits, and a team line with seats: everything in it valid.
PaymentsCatalog validCatalog()
{
    PaymentsCatalog catalog;
    catalog.productLines = {{u"plans"_s, u"Plans"_s, CustomerType::User, {}},
                            {u"team-plans"_s, u"Team plans"_s, CustomerType::Team, {}}};
    catalog.items = {{u"credits"_s, u"Credits"_s, CustomerType::User, {}},
                     {u"seats"_s, u"Seats"_s, CustomerType::Team, {}}};
    api::Product free;
    free.id = u"free"_s;
    free.displayName = u"Free"_s;
    free.productLineId = u"plans"_s;
    free.includedByDefault = true;
    free.includedItems = {{u"credits"_s, 10, DayInterval{1, u"month"_s}, api::IncludedItem::Expiry::WhenRepeated, {}}};
    api::Product pro;
    pro.id = u"pro"_s;
    pro.displayName = u"Pro"_s;
    pro.productLineId = u"plans"_s;
    pro.freeTrial = DayInterval{2, u"week"_s};
    pro.prices = {{u"monthly"_s, {{u"USD"_s, u"19.00"_s}, {u"EUR"_s, u"17.5"_s}, {u"JPY"_s, u"2900"_s}},
                   DayInterval{1, u"month"_s}, std::nullopt, false, {}},
                  {u"lifetime"_s, {{u"USD"_s, u"0"_s}}, std::nullopt, DayInterval{7, u"day"_s}, true, {}}};
    pro.includedItems = {{u"credits"_s, 0, std::nullopt, api::IncludedItem::Expiry::Never, {}}};
    api::Product boost;
    boost.id = u"boost-1_x"_s;
    boost.displayName = u"Boost"_s;
    boost.addOnTo = {u"pro"_s, u"free"_s};
    boost.stackable = true;
    boost.prices = {{u"once"_s, {{u"GBP"_s, u"5"_s}}, std::nullopt, std::nullopt, false, {}}};
    api::Product team;
    team.id = u"team"_s;
    team.customerType = CustomerType::Team;
    team.productLineId = u"team-plans"_s;
    team.prices = {{u"yearly"_s, {{u"CAD"_s, u"1290"_s}}, DayInterval{1, u"year"_s}, std::nullopt, false, {}}};
    team.includedItems = {{u"seats"_s, 5, std::nullopt, api::IncludedItem::Expiry::WhenPurchaseExpires, {}}};
    catalog.products = {free, pro, boost, team};
    return catalog;
}

api::Product &product(PaymentsCatalog &catalog, const QString &id)
{
    for (api::Product &entry : catalog.products) {
        if (entry.id == id)
            return entry;
    }
    qFatal("no product %s in the test catalog", qPrintable(id));
}

QStringList locations(const QList<CatalogProblem> &problems)
{
    QStringList located;
    for (const CatalogProblem &problem : problems)
        located << problem.path + u" / "_s + problem.field;
    return located;
}

QString described(const QList<CatalogProblem> &problems)
{
    QStringList lines;
    for (const CatalogProblem &problem : problems)
        lines << problem.path + u" / "_s + problem.field + u": "_s + problem.message;
    return lines.join(u'\n');
}

} // namespace

class TestCatalogValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogs_data()
    {
        QTest::addColumn<PaymentsCatalog>("catalog");
        QTest::addColumn<QStringList>("expected"); // "path / field" of each problem, in order

        const QString pro = u"payments.products.pro"_s;
        QTest::newRow("valid") << validCatalog() << QStringList();
        QTest::newRow("empty") << PaymentsCatalog() << QStringList();

        // Ids.
        const auto withProductId = [](const QString &id) {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"boost-1_x"_s).id = id;
            return catalog;
        };
        QTest::newRow("id starting with a digit") << withProductId(u"2x"_s) << QStringList();
        QTest::newRow("id of 63 characters") << withProductId(QString(63, u'a')) << QStringList();
        QTest::newRow("id of 64 characters") << withProductId(QString(64, u'a'))
                                             << QStringList{u"payments.products.%1 / id"_s.arg(QString(64, u'a'))};
        QTest::newRow("id starting with -") << withProductId(u"-x"_s) << QStringList{u"payments.products.-x / id"_s};
        QTest::newRow("id with a dot") << withProductId(u"a.b"_s) << QStringList{u"payments.products.a.b / id"_s};
        QTest::newRow("id with a space") << withProductId(u"a b"_s) << QStringList{u"payments.products.a b / id"_s};
        QTest::newRow("reserved id") << withProductId(u"__proto__"_s) << QStringList{u"payments.products.__proto__ / id"_s};
        QTest::newRow("empty id") << withProductId(QString()) << QStringList{u"payments.products. / id"_s};
        {
            PaymentsCatalog catalog = validCatalog();
            catalog.items.append({u"credits"_s, u"More credits"_s, CustomerType::User, {}});
            QTest::newRow("item id twice") << catalog
                                           << QStringList{u"payments.items.credits / id"_s, u"payments.items.credits / id"_s};
        }
        {
            PaymentsCatalog catalog = validCatalog();
            catalog.items.append({u"pro"_s, u"Pro item"_s, CustomerType::User, {}});
            catalog.productLines.append({u"pro"_s, u"Pro line"_s, CustomerType::User, {}});
            QTest::newRow("same id in another kind") << catalog << QStringList();
        }
        {
            PaymentsCatalog catalog = validCatalog();
            catalog.productLines.append({u"bad id"_s, {}, CustomerType::User, {}});
            QTest::newRow("line id") << catalog << QStringList{u"payments.productLines.bad id / id"_s};
        }

        // Amounts and currencies.
        const auto withAmount = [](const QString &currency, const QString &amount) {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"pro"_s).prices[0].amounts.insert(currency, amount);
            return catalog;
        };
        const QString usd = pro + u" / prices.monthly.USD"_s;
        QTest::newRow("whole amount") << withAmount(u"USD"_s, u"1000"_s) << QStringList();
        QTest::newRow("zero") << withAmount(u"USD"_s, u"0"_s) << QStringList();
        QTest::newRow("one decimal") << withAmount(u"USD"_s, u"0.5"_s) << QStringList();
        QTest::newRow("three decimals") << withAmount(u"USD"_s, u"9.999"_s) << QStringList{usd};
        QTest::newRow("negative") << withAmount(u"USD"_s, u"-1"_s) << QStringList{usd};
        QTest::newRow("comma") << withAmount(u"USD"_s, u"9,99"_s) << QStringList{usd};
        QTest::newRow("leading dot") << withAmount(u"USD"_s, u".5"_s) << QStringList{usd};
        QTest::newRow("trailing dot") << withAmount(u"USD"_s, u"5."_s) << QStringList{usd};
        QTest::newRow("leading zeros") << withAmount(u"USD"_s, u"05"_s) << QStringList{usd};
        QTest::newRow("empty amount") << withAmount(u"USD"_s, QString()) << QStringList{usd};
        QTest::newRow("yen with decimals") << withAmount(u"JPY"_s, u"2900.5"_s) << QStringList{pro + u" / prices.monthly.JPY"_s};
        QTest::newRow("rupees") << withAmount(u"INR"_s, u"1499.99"_s) << QStringList();
        QTest::newRow("unsupported currency") << withAmount(u"CHF"_s, u"10"_s) << QStringList{pro + u" / prices.monthly.CHF"_s};
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"pro"_s).prices[0].amounts.clear();
            QTest::newRow("price without a currency") << catalog << QStringList{pro + u" / prices.monthly"_s};
        }
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"pro"_s).prices[1].id = u"monthly"_s;
            QTest::newRow("price id twice") << catalog << QStringList{pro + u" / prices.monthly"_s};
        }
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"pro"_s).prices[1].id = u"life time"_s;
            QTest::newRow("bad price id") << catalog << QStringList{pro + u" / prices.life time"_s};
        }
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"pro"_s).prices.clear();
            QTest::newRow("product without prices") << catalog << QStringList();
        }

        // Intervals.
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"pro"_s).prices[0].interval = DayInterval{0, u"month"_s};
            QTest::newRow("interval of 0") << catalog << QStringList{pro + u" / prices.monthly.interval"_s};
        }
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"pro"_s).prices[1].freeTrial = DayInterval{3, u"fortnight"_s};
            QTest::newRow("unknown unit") << catalog << QStringList{pro + u" / prices.lifetime.freeTrial"_s};
        }
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"pro"_s).freeTrial = DayInterval{-1, u"day"_s};
            QTest::newRow("negative free trial") << catalog << QStringList{pro + u" / freeTrial"_s};
        }
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"free"_s).includedItems[0].repeat = DayInterval{0, u"week"_s};
            QTest::newRow("repeat of 0") << catalog << QStringList{u"payments.products.free / includedItems.credits.repeat"_s};
        }

        // Included items.
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"pro"_s).includedItems[0].quantity = -1;
            QTest::newRow("negative quantity") << catalog << QStringList{pro + u" / includedItems.credits.quantity"_s};
        }
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"pro"_s).includedItems[0].itemId = u"tokens"_s;
            QTest::newRow("missing item") << catalog << QStringList{pro + u" / includedItems.tokens"_s};
        }
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"pro"_s).includedItems[0].itemId = u"seats"_s;
            QTest::newRow("item of teams in a user product") << catalog << QStringList{pro + u" / includedItems.seats"_s};
        }
        {
            PaymentsCatalog catalog = validCatalog();
            catalog.items.removeIf([](const api::PaymentItem &item) { return item.id == u"credits"; });
            QTest::newRow("item removed while included")
                << catalog
                << QStringList{u"payments.products.free / includedItems.credits"_s, pro + u" / includedItems.credits"_s};
        }
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"pro"_s).includedItems.append({u"credits"_s, 3, std::nullopt, {}, {}});
            QTest::newRow("item included twice") << catalog << QStringList{pro + u" / includedItems.credits"_s};
        }

        // Product lines.
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"pro"_s).productLineId = u"tiers"_s;
            QTest::newRow("missing line") << catalog << QStringList{pro + u" / productLineId"_s};
        }
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"pro"_s).productLineId = u"team-plans"_s;
            QTest::newRow("line of teams") << catalog << QStringList{pro + u" / productLineId"_s};
        }
        {
            PaymentsCatalog catalog = validCatalog();
            catalog.productLines[0].customerType = CustomerType::Custom;
            QTest::newRow("line changed to custom")
                << catalog << QStringList{u"payments.products.free / productLineId"_s, pro + u" / productLineId"_s};
        }

        // Add-ons.
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"boost-1_x"_s).addOnTo.append(u"boost-1_x"_s);
            QTest::newRow("add-on to itself") << catalog << QStringList{u"payments.products.boost-1_x / isAddOnTo.boost-1_x"_s};
        }
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"boost-1_x"_s).addOnTo = {u"enterprise"_s};
            QTest::newRow("add-on to a missing product")
                << catalog << QStringList{u"payments.products.boost-1_x / isAddOnTo.enterprise"_s};
        }

        // Included by default.
        {
            PaymentsCatalog catalog = validCatalog();
            product(catalog, u"free"_s).prices = product(catalog, u"pro"_s).prices;
            QTest::newRow("included by default with prices") << catalog << QStringList{u"payments.products.free / prices"_s};
        }
    }
    void catalogs()
    {
        QFETCH(PaymentsCatalog, catalog);
        QFETCH(QStringList, expected);
        const QList<CatalogProblem> problems = CatalogValidation::check(catalog);
        QVERIFY2(locations(problems) == expected, qPrintable(described(problems)));
        for (const CatalogProblem &problem : problems)
            QVERIFY2(!problem.message.isEmpty() && problem.message.endsWith(u'.'), qPrintable(problem.message));
    }

    void amountMessages_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("expected");

        QTest::newRow("fine") << u"USD"_s << u"9.99"_s << QString();
        QTest::newRow("decimals") << u"USD"_s << u"9.999"_s << u"USD amounts have at most 2 decimals."_s;
        QTest::newRow("yen") << u"JPY"_s << u"9.5"_s << u"JPY amounts have no decimals."_s;
        QTest::newRow("negative") << u"EUR"_s << u"-3"_s << u"The EUR amount cannot be negative."_s;
        QTest::newRow("not a number") << u"GBP"_s << u"ten"_s << u"Write the GBP amount as a number such as 9.99."_s;
        QTest::newRow("leading zeros") << u"USD"_s << u"007"_s << u"Remove the leading zeros of the USD amount."_s;
        QTest::newRow("too large") << u"USD"_s << u"123456789012345678"_s << u"The USD amount is too large."_s;
        QTest::newRow("unsupported") << u"XYZ"_s << u"1"_s << u"XYZ is not a supported currency."_s;
    }
    void amountMessages()
    {
        QFETCH(QString, currency);
        QFETCH(QString, amount);
        QFETCH(QString, expected);
        QCOMPARE(CatalogValidation::amountProblem(currency, amount), expected);
    }

    void idMessages()
    {
        QCOMPARE(CatalogValidation::idProblem(u"pro_2-x"_s), QString());
        QCOMPARE(CatalogValidation::idProblem(QString()), u"Enter an id."_s);
        QCOMPARE(CatalogValidation::idProblem(u"-pro"_s), u"An id cannot start with “-”."_s);
        QCOMPARE(CatalogValidation::idProblem(u"pro!"_s), u"Use only letters, digits, “_” and “-”."_s);
        QCOMPARE(CatalogValidation::idProblem(QString(64, u'x')), u"Use at most 63 characters."_s);
        QCOMPARE(CatalogValidation::idProblem(u"constructor"_s), u"“constructor” is reserved; choose another id."_s);
    }

    void messagesNameWhatIsWrong()
    {
        PaymentsCatalog catalog = validCatalog();
        product(catalog, u"pro"_s).includedItems[0].itemId = u"seats"_s;
        product(catalog, u"pro"_s).productLineId = u"team-plans"_s;
        const QList<CatalogProblem> problems = CatalogValidation::check(catalog);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].message, u"Product line “team-plans” is for teams, this product for users."_s);
        QCOMPARE(problems[1].message, u"Item “seats” is for teams, this product for users."_s);
    }

    // One entry checked within the rest, as a dialog does: its id taken by another of its kind.
    void entryWithinOthers()
    {
        const PaymentsCatalog catalog = validCatalog();
        api::Product copy = catalog.products[1];
        QCOMPARE(locations(CatalogValidation::checkProduct(copy, catalog)), QStringList{u"payments.products.pro / id"_s});
        copy.id = u"pro2"_s;
        QVERIFY(CatalogValidation::checkProduct(copy, catalog).isEmpty());
        QCOMPARE(CatalogValidation::checkItem({u"credits"_s, {}, CustomerType::User, {}}, catalog).value(0).message,
                 u"Another item has the id “credits”."_s);
        QVERIFY(CatalogValidation::checkProductLine({u"tiers"_s, {}, CustomerType::Team, {}}, catalog).isEmpty());
    }

    // An entry the client could not read still holds its id: a new entry cannot take it.
    void unreadableIdsAreTaken()
    {
        PaymentsCatalog catalog = validCatalog();
        catalog.unreadable = {u"payments.products.odd"_s, u"payments.items.broken"_s, u"payments.productLines.weird"_s};
        api::Product odd = catalog.products[1];
        odd.id = u"odd"_s;
        QCOMPARE(locations(CatalogValidation::checkProduct(odd, catalog)), QStringList{u"payments.products.odd / id"_s});
        QCOMPARE(CatalogValidation::checkProduct(odd, catalog).value(0).message,
                 u"“odd” is taken by an entry that could not be read."_s);
        QCOMPARE(CatalogValidation::checkItem({u"broken"_s, {}, CustomerType::User, {}}, catalog).size(), 1);
        QCOMPARE(CatalogValidation::checkProductLine({u"weird"_s, {}, CustomerType::User, {}}, catalog).size(), 1);
        // The same id of another kind is free.
        QVERIFY(CatalogValidation::checkItem({u"odd"_s, {}, CustomerType::User, {}}, catalog).isEmpty());
    }

    // What the server holds already (a product in a line of another customer type, as on the
    // fixture server) does not block a save; what an edit broke does.
    void onlyNewProblemsBlock()
    {
        PaymentsCatalog original = validCatalog();
        product(original, u"team"_s).productLineId = u"plans"_s;
        QCOMPARE(CatalogValidation::check(original).size(), 1);
        PaymentsCatalog edited = original;
        product(edited, u"pro"_s).displayName = u"Professional"_s;
        QVERIFY(CatalogValidation::newProblems(original, edited).isEmpty());
        product(edited, u"pro"_s).prices[0].amounts.insert(u"USD"_s, u"1.234"_s);
        QCOMPARE(locations(CatalogValidation::newProblems(original, edited)),
                 QStringList{u"payments.products.pro / prices.monthly.USD"_s});
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestCatalogValidation)
#include "tst_CatalogValidation.moc"
