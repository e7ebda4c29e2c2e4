#include "PaymentsCatalog.h"

#include "JsonSupport.h"

#include <cctype>
#include <set>

namespace hexclave::api {

namespace {

const char *const includeByDefault = "include-by-default";

CustomerType customerTypeOf(const json::Json &object)
{
    const auto type = json::optionalString(object, "customerType");
    return customerTypeFromId(type.value_or(QString())).value_or(CustomerType::User);
}

std::optional<DayInterval> dayIntervalOf(const json::Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array() || it->size() != 2 || !(*it)[0].is_number_integer()
        || !(*it)[1].is_string())
        return std::nullopt;
    return DayInterval{(*it)[0].get<int>(), json::toQString((*it)[1])};
}

json::Json dayIntervalJson(const DayInterval &interval)
{
    return json::Json::array({interval.count, json::toStd(interval.unit)});
}

QString dumped(const json::Json &value, bool pretty)
{
    return QString::fromStdString(value.dump(pretty ? 2 : -1));
}

bool isAmountKey(const std::string &key, const json::Json &value)
{
    return value.is_string() && key.size() == 3 && std::isupper(static_cast<unsigned char>(key[0]));
}

ProductPrice priceOf(const QString &id, const json::Json &object)
{
    ProductPrice price;
    price.id = id;
    std::set<std::string> known{"interval", "freeTrial", "serverOnly"};
    for (const auto &[key, value] : object.items()) {
        if (isAmountKey(key, value)) {
            price.amounts.insert(json::fromUtf8(key), json::toQString(value));
            known.insert(key);
        }
    }
    price.interval = dayIntervalOf(object, "interval");
    price.freeTrial = dayIntervalOf(object, "freeTrial");
    price.serverOnly = json::boolOr(object, "serverOnly");
    price.otherFieldsJson = json::otherFields(object, known);
    return price;
}

IncludedItem includedItemOf(const QString &itemId, const json::Json &object)
{
    IncludedItem item;
    item.itemId = itemId;
    const auto quantity = object.find("quantity");
    if (quantity != object.end() && quantity->is_number())
        item.quantity = quantity->get<qint64>();
    item.repeat = dayIntervalOf(object, "repeat");
    const QString expires = json::optionalString(object, "expires").value_or(QString());
    if (expires == u"never")
        item.expires = IncludedItem::Expiry::Never;
    else if (expires == u"when-purchase-expires")
        item.expires = IncludedItem::Expiry::WhenPurchaseExpires;
    item.otherFieldsJson = json::otherFields(object, {"quantity", "repeat", "expires"});
    return item;
}

Product productOf(const QString &id, const json::Json &object)
{
    Product product;
    product.id = id;
    product.displayName = json::optionalString(object, "displayName").value_or(id);
    product.productLineId = json::stringOrEmpty(object, "productLineId");
    product.customerType = customerTypeOf(object);
    product.serverOnly = json::boolOr(object, "serverOnly");
    product.stackable = json::boolOr(object, "stackable");
    const auto addOnTo = object.find("isAddOnTo");
    if (addOnTo != object.end() && addOnTo->is_object()) {
        for (const auto &[base, enabled] : addOnTo->items()) {
            if (enabled.is_boolean() && enabled.get<bool>())
                product.addOnTo.append(QString::fromStdString(base));
        }
    }
    product.freeTrial = dayIntervalOf(object, "freeTrial");
    const auto prices = object.find("prices");
    if (prices != object.end() && prices->is_string() && prices->get<std::string>() == includeByDefault) {
        product.includedByDefault = true;
    } else if (prices != object.end() && prices->is_object()) {
        for (const auto &[priceId, price] : prices->items()) {
            if (price.is_object())
                product.prices.append(priceOf(QString::fromStdString(priceId), price));
        }
    }
    const auto included = object.find("includedItems");
    if (included != object.end() && included->is_object()) {
        for (const auto &[itemId, item] : included->items()) {
            if (item.is_object())
                product.includedItems.append(includedItemOf(QString::fromStdString(itemId), item));
        }
    }
    product.otherFieldsJson = json::otherFields(object, {"displayName", "productLineId", "customerType", "serverOnly",
                                                   "stackable", "isAddOnTo", "freeTrial", "prices",
                                                   "includedItems"});
    return product;
}

template <class Entry>
Entry namedEntryOf(const QString &id, const json::Json &object)
{
    Entry entry;
    entry.id = id;
    entry.displayName = json::optionalString(object, "displayName").value_or(id);
    entry.customerType = customerTypeOf(object);
    entry.otherFieldsJson = json::otherFields(object, {"displayName", "customerType"});
    return entry;
}

template <class Entry>
QString namedEntryJson(const Entry &entry, bool pretty)
{
    json::Json object = json::Json::object();
    object["displayName"] = json::toStd(entry.displayName);
    object["customerType"] = json::toStd(customerTypeId(entry.customerType));
    json::mergeOtherFields(object, entry.otherFieldsJson);
    return dumped(object, pretty);
}

// Calls `read(id, object)` for every object under `path`; other values go to `unreadable`.
template <class Read>
void forEachEntry(const ConfigTree &config, const QString &path, QStringList &unreadable, Read read)
{
    const QString text = config.jsonAt(path);
    if (text.isEmpty())
        return;
    const json::Json entries = json::Json::parse(json::toStd(text));
    if (!entries.is_object()) {
        unreadable.append(path);
        return;
    }
    for (const auto &[key, value] : entries.items()) {
        const QString id = json::fromUtf8(key);
        if (value.is_null())
            continue;
        try {
            if (!value.is_object())
                throw std::runtime_error("not an object");
            read(id, value);
        } catch (const std::exception &) { // e.g. a flag that is not a boolean
            unreadable.append(path + u'.' + id);
        }
    }
}

} // namespace

QString customerTypeId(CustomerType type)
{
    switch (type) {
    case CustomerType::User:
        return QStringLiteral("user");
    case CustomerType::Team:
        return QStringLiteral("team");
    case CustomerType::Custom:
        break;
    }
    return QStringLiteral("custom");
}

std::optional<CustomerType> customerTypeFromId(const QString &id)
{
    for (CustomerType type : {CustomerType::User, CustomerType::Team, CustomerType::Custom}) {
        if (customerTypeId(type) == id)
            return type;
    }
    return std::nullopt;
}

QStringList dayIntervalUnits()
{
    return {QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("year")};
}

QList<Currency> supportedCurrencies()
{
    return {{QStringLiteral("USD"), 2}, {QStringLiteral("EUR"), 2}, {QStringLiteral("GBP"), 2},
            {QStringLiteral("JPY"), 0}, {QStringLiteral("INR"), 2}, {QStringLiteral("AUD"), 2},
            {QStringLiteral("CAD"), 2}};
}

std::optional<Currency> currencyByCode(const QString &code)
{
    for (const Currency &currency : supportedCurrencies()) {
        if (currency.code == code)
            return currency;
    }
    return std::nullopt;
}

QString includedItemExpiryId(IncludedItem::Expiry expiry)
{
    switch (expiry) {
    case IncludedItem::Expiry::Never:
        return QStringLiteral("never");
    case IncludedItem::Expiry::WhenPurchaseExpires:
        return QStringLiteral("when-purchase-expires");
    case IncludedItem::Expiry::WhenRepeated:
        break;
    }
    return QStringLiteral("when-repeated");
}

PaymentsCatalog paymentsCatalogFrom(const ConfigTree &renderedConfig)
{
    PaymentsCatalog catalog;
    forEachEntry(renderedConfig, QStringLiteral("payments.productLines"), catalog.unreadable,
                 [&](const QString &id, const json::Json &object) {
                     catalog.productLines.append(namedEntryOf<ProductLine>(id, object));
                 });
    forEachEntry(renderedConfig, QStringLiteral("payments.items"), catalog.unreadable,
                 [&](const QString &id, const json::Json &object) {
                     catalog.items.append(namedEntryOf<PaymentItem>(id, object));
                 });
    forEachEntry(renderedConfig, QStringLiteral("payments.products"), catalog.unreadable,
                 [&](const QString &id, const json::Json &object) {
                     catalog.products.append(productOf(id, object));
                 });
    catalog.testMode = renderedConfig.boolAt(PaymentsCatalog::testModePath()).value_or(true); // the schema's default
    catalog.blockNewPurchases = renderedConfig.boolAt(QStringLiteral("payments.blockNewPurchases")).value_or(false);
    return catalog;
}

QString productConfigJson(const Product &product, bool pretty)
{
    json::Json object = json::Json::object();
    object["displayName"] = json::toStd(product.displayName);
    if (!product.productLineId.isEmpty())
        object["productLineId"] = json::toStd(product.productLineId);
    object["customerType"] = json::toStd(customerTypeId(product.customerType));
    object["serverOnly"] = product.serverOnly;
    object["stackable"] = product.stackable;
    if (product.addOnTo.isEmpty()) {
        object["isAddOnTo"] = false;
    } else {
        json::Json bases = json::Json::object();
        for (const QString &base : product.addOnTo)
            bases[json::toStd(base)] = true;
        object["isAddOnTo"] = bases;
    }
    if (product.freeTrial)
        object["freeTrial"] = dayIntervalJson(*product.freeTrial);
    if (product.includedByDefault) {
        object["prices"] = includeByDefault;
    } else {
        json::Json prices = json::Json::object();
        for (const ProductPrice &price : product.prices) {
            json::Json priceObject = json::Json::object();
            for (auto it = price.amounts.cbegin(); it != price.amounts.cend(); ++it)
                priceObject[json::toStd(it.key())] = json::toStd(it.value());
            if (price.interval)
                priceObject["interval"] = dayIntervalJson(*price.interval);
            if (price.freeTrial)
                priceObject["freeTrial"] = dayIntervalJson(*price.freeTrial);
            priceObject["serverOnly"] = price.serverOnly;
            json::mergeOtherFields(priceObject, price.otherFieldsJson);
            prices[json::toStd(price.id)] = priceObject;
        }
        object["prices"] = prices;
    }
    json::Json included = json::Json::object();
    for (const IncludedItem &item : product.includedItems) {
        json::Json itemObject = json::Json::object();
        itemObject["quantity"] = item.quantity;
        itemObject["repeat"] = item.repeat ? dayIntervalJson(*item.repeat) : json::Json("never");
        itemObject["expires"] = json::toStd(includedItemExpiryId(item.expires));
        json::mergeOtherFields(itemObject, item.otherFieldsJson);
        included[json::toStd(item.itemId)] = itemObject;
    }
    object["includedItems"] = included;
    json::mergeOtherFields(object, product.otherFieldsJson);
    return dumped(object, pretty);
}

QString itemConfigJson(const PaymentItem &item, bool pretty)
{
    return namedEntryJson(item, pretty);
}

QString productLineConfigJson(const ProductLine &line, bool pretty)
{
    return namedEntryJson(line, pretty);
}

} // namespace hexclave::api
