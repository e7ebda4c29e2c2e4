// The working copy of the payments catalog: edits on top of the server's catalog, the changes
// they make (added, changed, removed, with the JSON before and after), the settings written for
// them, what stays when the server's catalog changes meanwhile, and removals that take
// references along (or are refused).

#include "payments/CatalogDraft.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::CustomerType;
using api::PaymentsCatalog;
using models::CatalogDraft;
using models::ConfigSetting;
using ChangeKind = CatalogDraft::ChangeKind;
using EntryKind = CatalogDraft::EntryKind;

namespace {

api::Product makeProduct(const QString &id, const QString &line = {})
{
    api::Product product;
    product.id = id;
    product.displayName = id.toUpper();
    product.productLineId = line;
    product.prices = {{u"monthly"_s, {{u"USD"_s, u"9.99"_s}}, api::DayInterval{1, u"month"_s}, std::nullopt, false, {}}};
    return product;
}

PaymentsCatalog serverCatalog()
{
    PaymentsCatalog catalog;
    catalog.productLines = {{u"plans"_s, u"Plans"_s, CustomerType::User, {}}};
    catalog.items = {{u"credits"_s, u"Credits"_s, CustomerType::User, {}}};
    api::Product pro = makeProduct(u"pro"_s, u"plans"_s);
    pro.includedItems = {{u"credits"_s, 100, std::nullopt, api::IncludedItem::Expiry::Never, {}}};
    catalog.products = {makeProduct(u"basic"_s, u"plans"_s), pro};
    return catalog;
}

// The configuration a catalog is read from, each entry as this client writes it; `extraProductKey`
// adds a key the client does not know to every price.
api::ConfigTree configOf(const PaymentsCatalog &catalog, const QString &extraPriceKey = {})
{
    QStringList products;
    for (api::Product product : catalog.products) {
        if (!extraPriceKey.isEmpty()) {
            for (api::ProductPrice &price : product.prices)
                price.otherFieldsJson = u"{\""_s + extraPriceKey + u"\":\"x\"}"_s;
        }
        products << u"\""_s + product.id + u"\":"_s + api::productConfigJson(product);
    }
    QStringList items;
    for (const api::PaymentItem &item : catalog.items)
        items << u"\""_s + item.id + u"\":"_s + api::itemConfigJson(item);
    QStringList lines;
    for (const api::ProductLine &line : catalog.productLines)
        lines << u"\""_s + line.id + u"\":"_s + api::productLineConfigJson(line);
    return api::ConfigTree::fromJsonText(u"{\"payments\":{\"products\":{"_s + products.join(u',')
                                         + u"},\"items\":{"_s + items.join(u',') + u"},\"productLines\":{"_s
                                         + lines.join(u',') + u"}}}"_s);
}

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QStringList ids(const QList<api::Product> &products)
{
    QStringList list;
    for (const api::Product &product : products)
        list << product.id;
    return list;
}

QStringList summary(const QList<CatalogDraft::Change> &changes)
{
    static const QHash<ChangeKind, QString> kinds{
        {ChangeKind::Added, u"added"_s}, {ChangeKind::Changed, u"changed"_s}, {ChangeKind::Removed, u"removed"_s}};
    QStringList lines;
    for (const CatalogDraft::Change &change : changes)
        lines << kinds.value(change.kind) + u' ' + change.path;
    return lines;
}

} // namespace

class TestCatalogDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithoutChanges()
    {
        const CatalogDraft draft(serverCatalog());
        QVERIFY(!draft.hasChanges());
        QVERIFY(draft.changes().isEmpty());
        QVERIFY(draft.settings().isEmpty());
        QCOMPARE(ids(draft.current().products), (QStringList{u"basic"_s, u"pro"_s}));
    }

    void changesAndSettings()
    {
        CatalogDraft draft(serverCatalog());
        draft.putItem({u"seats"_s, u"Seats"_s, CustomerType::User, {}});
        api::Product pro = draft.current().products[1];
        pro.displayName = u"Professional"_s;
        draft.putProduct(pro);
        draft.putProduct(makeProduct(u"max"_s));
        QVERIFY(draft.remove(EntryKind::Product, u"basic"_s));
        QVERIFY(draft.hasChanges());

        // Replaced in place, new at the end, removed gone.
        QCOMPARE(ids(draft.current().products), (QStringList{u"pro"_s, u"max"_s}));
        QCOMPARE(draft.current().products[0].displayName, u"Professional"_s);
        QCOMPARE(summary(draft.changes()),
                 (QStringList{u"added payments.items.seats"_s, u"removed payments.products.basic"_s,
                              u"added payments.products.max"_s, u"changed payments.products.pro"_s}));
        QCOMPARE(draft.changeOf(EntryKind::Product, u"pro"_s), ChangeKind::Changed);
        QCOMPARE(draft.changeOf(EntryKind::Product, u"max"_s), ChangeKind::Added);
        QCOMPARE(draft.changeOf(EntryKind::Product, u"basic"_s), ChangeKind::Removed);
        QCOMPARE(draft.changeOf(EntryKind::Item, u"credits"_s), std::nullopt);

        // Before from the original, after from the edit, both pretty JSON.
        const CatalogDraft::Change changed = draft.changes()[3];
        QCOMPARE(objectOf(changed.beforeJson).value(u"displayName"_s).toString(), u"PRO"_s);
        QCOMPARE(objectOf(changed.afterJson).value(u"displayName"_s).toString(), u"Professional"_s);
        QVERIFY(changed.afterJson.contains(u"\n  \"displayName\""_s));
        QCOMPARE(changed.displayName, u"Professional"_s);
        const CatalogDraft::Change added = draft.changes()[2];
        QVERIFY(added.beforeJson.isEmpty());
        QCOMPARE(objectOf(added.afterJson).value(u"prices"_s).toObject().value(u"monthly"_s).toObject().value(u"USD"_s),
                 u"9.99"_s);
        const CatalogDraft::Change removed = draft.changes()[1];
        QVERIFY(removed.afterJson.isEmpty());
        QCOMPARE(objectOf(removed.beforeJson).value(u"productLineId"_s).toString(), u"plans"_s);

        // One setting per change, at the entry's path.
        const QList<ConfigSetting> settings = draft.settings();
        QCOMPARE(settings.size(), 4);
        QCOMPARE(settings[0].path, u"payments.items.seats"_s);
        QCOMPARE(settings[0].type, ConfigSetting::Type::Json);
        QCOMPARE(objectOf(settings[0].value.toString()).value(u"customerType"_s).toString(), u"user"_s);
        QCOMPARE(settings[1].path, u"payments.products.basic"_s);
        QCOMPARE(settings[1].type, ConfigSetting::Type::Removal);
        QCOMPARE(settings[3].value.toString(), api::productConfigJson(draft.current().products[0]));

        draft.discard();
        QVERIFY(!draft.hasChanges());
        QCOMPARE(ids(draft.current().products), (QStringList{u"basic"_s, u"pro"_s}));
    }

    // Editing back to what the server has, or adding then removing, is no change.
    void editsThatCancelOut()
    {
        CatalogDraft draft(serverCatalog());
        api::Product pro = draft.current().products[1];
        pro.stackable = true;
        draft.putProduct(pro);
        QVERIFY(draft.hasChanges());
        pro.stackable = false;
        draft.putProduct(pro);
        QVERIFY(!draft.hasChanges());

        draft.putItem({u"tokens"_s, u"Tokens"_s, CustomerType::Team, {}});
        QVERIFY(draft.hasChanges());
        QVERIFY(draft.remove(EntryKind::Item, u"tokens"_s));
        QVERIFY(!draft.hasChanges());
        QVERIFY(!draft.remove(EntryKind::Item, u"tokens"_s));
        QVERIFY(!draft.remove(EntryKind::Product, u"nothing"_s));

        QVERIFY(draft.remove(EntryKind::ProductLine, u"plans"_s));
        draft.revert(EntryKind::ProductLine, u"plans"_s);
        QVERIFY(!draft.hasChanges());
        QCOMPARE(draft.current().productLines.size(), 1);
    }

    // The server's catalog changed while editing: edits stay on top of the new one.
    void keepsEditsWhenTheServerChanges()
    {
        CatalogDraft draft(serverCatalog());
        api::Product pro = draft.current().products[1];
        pro.displayName = u"Mine"_s;
        draft.putProduct(pro);
        draft.putProductLine({u"addons"_s, u"Add-ons"_s, CustomerType::User, {}});

        PaymentsCatalog changed = serverCatalog();
        changed.products[0].displayName = u"Basic (theirs)"_s;
        changed.products.append(makeProduct(u"theirs"_s));
        draft.setOriginal(changed);
        QCOMPARE(ids(draft.current().products), (QStringList{u"basic"_s, u"pro"_s, u"theirs"_s}));
        QCOMPARE(draft.current().products[0].displayName, u"Basic (theirs)"_s);
        QCOMPARE(draft.current().products[1].displayName, u"Mine"_s);
        QCOMPARE(summary(draft.changes()),
                 (QStringList{u"added payments.productLines.addons"_s, u"changed payments.products.pro"_s}));

        // The server now has what was edited (saved elsewhere): no change left for it.
        changed.products[1].displayName = u"Mine"_s;
        changed.productLines.append({u"addons"_s, u"Add-ons"_s, CustomerType::User, {}});
        draft.setOriginal(changed);
        QVERIFY(!draft.hasChanges());
    }

    // The review's "before" side is the value as the server holds it, not the client's re-reading.
    void beforeIsTheServersJson()
    {
        const api::ConfigTree rendered = configOf(serverCatalog(), u"stripePriceId"_s);
        CatalogDraft draft(api::paymentsCatalogFrom(rendered), rendered);
        api::Product pro = draft.current().products[1];
        pro.displayName = u"Mine"_s;
        draft.putProduct(pro);
        const QList<CatalogDraft::Change> changes = draft.changes();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].beforeJson, rendered.jsonAt(u"payments.products.pro"_s, true));
        QVERIFY(changes[0].beforeJson.contains(u"\"stripePriceId\": \"x\""_s));
        QVERIFY(changes[0].afterJson.contains(u"\"stripePriceId\": \"x\""_s)); // kept when written
        // Putting back what the server has is no change, whatever the formatting.
        pro.displayName = u"PRO"_s;
        draft.putProduct(pro);
        QVERIFY(!draft.hasChanges());
    }

    // Before a save the configuration is read again: entries someone else changed, added or
    // removed meanwhile are reported, untouched ones and unchanged ones are not.
    void reportsEntriesChangedOnTheServer()
    {
        const PaymentsCatalog original = serverCatalog();
        const api::ConfigTree rendered = configOf(original);
        CatalogDraft draft(original, rendered);
        api::Product basic = original.products[0];
        basic.displayName = u"Mine"_s;
        draft.putProduct(basic);
        api::Product pro = original.products[1];
        pro.stackable = true;
        draft.putProduct(pro);
        draft.putItem({u"tokens"_s, u"Tokens"_s, CustomerType::User, {}});
        QVERIFY(draft.changedOnServer(rendered).isEmpty());

        PaymentsCatalog theirs = original;
        theirs.products[1].prices[0].amounts[u"USD"_s] = u"12"_s; // pro changed
        theirs.items.append({u"tokens"_s, u"Their tokens"_s, CustomerType::User, {}}); // added too
        theirs.productLines[0].displayName = u"Their plans"_s; // not edited here
        const api::ConfigTree fresh = configOf(theirs);
        QStringList changed;
        for (const CatalogDraft::Change &change : draft.changedOnServer(fresh))
            changed << change.path;
        QCOMPARE(changed, (QStringList{u"payments.items.tokens"_s, u"payments.products.pro"_s}));

        // Without the configuration, the entries as read are compared.
        CatalogDraft parsedOnly(original);
        parsedOnly.putProduct(pro);
        QCOMPARE(parsedOnly.changedOnServer(fresh).size(), 1);

        // Rebased on the fresh original, the edits stay and nothing conflicts any more.
        draft.setOriginal(api::paymentsCatalogFrom(fresh), fresh);
        QVERIFY(draft.changedOnServer(fresh).isEmpty());
        QCOMPARE(draft.current().products[1].stackable, true);
        QCOMPARE(draft.current().products[0].displayName, u"Mine"_s);
    }

    // A save whose answer was lost: the server holds the edits themselves. That is no one else's
    // change, and rebased on it the draft has nothing left to save.
    void editsTheServerAlreadyHoldsAreNoConflict()
    {
        const PaymentsCatalog original = serverCatalog();
        CatalogDraft draft(original, configOf(original));
        api::Product basic = original.products[0];
        basic.displayName = u"Mine"_s;
        draft.putProduct(basic);
        draft.putItem({u"tokens"_s, u"Tokens"_s, CustomerType::User, {}});
        QVERIFY(draft.remove(EntryKind::ProductLine, u"plans"_s));

        const PaymentsCatalog written = draft.current();
        const api::ConfigTree fresh = configOf(written);
        QVERIFY(draft.changedOnServer(fresh).isEmpty());
        draft.setOriginal(api::paymentsCatalogFrom(fresh), fresh);
        QVERIFY(!draft.hasChanges());

        // Written, then changed by someone else: still reported.
        CatalogDraft again(original, configOf(original));
        again.putProduct(basic);
        PaymentsCatalog theirs = original;
        theirs.products[0].displayName = u"Theirs"_s;
        QCOMPARE(again.changedOnServer(configOf(theirs)).size(), 1);
    }

    void removalsWithReferences()
    {
        CatalogDraft draft(serverCatalog());
        QCOMPARE(draft.productsIncluding(u"credits"_s), QStringList{u"pro"_s});
        QCOMPARE(draft.productsInLine(u"plans"_s), (QStringList{u"basic"_s, u"pro"_s}));

        // A plain removal leaves the references, which the validation reports.
        QVERIFY(draft.remove(EntryKind::Item, u"credits"_s));
        QCOMPARE(draft.problems().size(), 1);
        QCOMPARE(draft.problems()[0].path, u"payments.products.pro"_s);
        QCOMPARE(draft.problems()[0].field, u"includedItems.credits"_s);
        draft.discard();

        // Removing everywhere takes the item out of the products too.
        QVERIFY(draft.removeItemEverywhere(u"credits"_s));
        QVERIFY(draft.problems().isEmpty());
        QVERIFY(draft.current().products[1].includedItems.isEmpty());
        QCOMPARE(summary(draft.changes()),
                 (QStringList{u"removed payments.items.credits"_s, u"changed payments.products.pro"_s}));
        draft.discard();

        // Products of a removed line stay, in no line.
        QVERIFY(draft.removeProductLineEverywhere(u"plans"_s));
        QVERIFY(draft.problems().isEmpty());
        QVERIFY(draft.current().products[0].productLineId.isEmpty());
        QCOMPARE(draft.changes().size(), 3);
        draft.discard();

        // A product that is some add-on's only base is not removed; one of two bases is.
        api::Product boost = makeProduct(u"boost"_s);
        boost.addOnTo = {u"pro"_s};
        draft.putProduct(boost);
        QCOMPARE(draft.soleBaseOf(u"pro"_s), QStringList{u"boost"_s});
        QVERIFY(!draft.removeProductEverywhere(u"pro"_s));
        QCOMPARE(draft.changeOf(EntryKind::Product, u"pro"_s), std::nullopt);
        boost.addOnTo = {u"pro"_s, u"basic"_s};
        draft.putProduct(boost);
        QVERIFY(draft.soleBaseOf(u"pro"_s).isEmpty());
        QCOMPARE(draft.addOnsOf(u"pro"_s), QStringList{u"boost"_s});
        QVERIFY(draft.removeProductEverywhere(u"pro"_s));
        QCOMPARE(draft.current().products.last().addOnTo, QStringList{u"basic"_s});
        QVERIFY(draft.problems().isEmpty());
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestCatalogDraft)
#include "tst_CatalogDraft.moc"
