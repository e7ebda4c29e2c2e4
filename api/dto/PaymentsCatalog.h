#pragma once

#include "ProjectConfig.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hexclave::api {

// Who can own a product or hold an item.
enum class CustomerType { User, Team, Custom };
QString customerTypeId(CustomerType type); // "user", "team", "custom"
std::optional<CustomerType> customerTypeFromId(const QString &id);

// The config's `DayInterval`: [count, "day" | "week" | "month" | "year"].
struct DayInterval
{
    int count = 1;
    QString unit = QStringLiteral("month");

    friend bool operator==(const DayInterval &, const DayInterval &) = default;
};
QStringList dayIntervalUnits(); // day, week, month, year

// Currency code → amount as a decimal string ("9.99", not cents), as the config writes prices.
using MoneyAmounts = QMap<QString, QString>;

// The currencies a price may use, with their number of decimals (JPY has none).
struct Currency
{
    QString code;
    int decimals = 2;
};
QList<Currency> supportedCurrencies(); // USD, EUR, GBP, JPY, INR, AUD, CAD
std::optional<Currency> currencyByCode(const QString &code);

// payments.products.<product>.prices.<id>
struct ProductPrice
{
    QString id;
    MoneyAmounts amounts;
    std::optional<DayInterval> interval; // none: a one-time price
    std::optional<DayInterval> freeTrial;
    bool serverOnly = false;
    // Keys of the stored price this client does not edit (JSON object text), written back as they were.
    QString otherFieldsJson;

    friend bool operator==(const ProductPrice &, const ProductPrice &) = default;
};

// payments.products.<product>.includedItems.<itemId>
struct IncludedItem
{
    enum class Expiry { Never, WhenPurchaseExpires, WhenRepeated };

    QString itemId;
    qint64 quantity = 0;
    std::optional<DayInterval> repeat; // none: "never"
    Expiry expires = Expiry::WhenRepeated;
    // Keys of the stored entry this client does not edit (JSON object text), written back as they were.
    QString otherFieldsJson;

    friend bool operator==(const IncludedItem &, const IncludedItem &) = default;
};
QString includedItemExpiryId(IncludedItem::Expiry expiry); // never, when-purchase-expires, when-repeated

// payments.products.<id>
struct Product
{
    QString id;
    QString displayName;
    QString productLineId; // empty: in no line
    CustomerType customerType = CustomerType::User;
    bool serverOnly = false;
    bool stackable = false;
    QStringList addOnTo; // the base products; empty: not an add-on (`isAddOnTo: false`)
    std::optional<DayInterval> freeTrial;
    bool includedByDefault = false; // prices: "include-by-default" (then `prices` is empty)
    QList<ProductPrice> prices;
    QList<IncludedItem> includedItems;
    // Keys of the stored object this client does not edit, kept as a JSON object text so that
    // writing the product back does not drop them.
    QString otherFieldsJson;

    friend bool operator==(const Product &, const Product &) = default;
};

// payments.items.<id>
struct PaymentItem
{
    QString id;
    QString displayName;
    CustomerType customerType = CustomerType::User;
    QString otherFieldsJson;

    friend bool operator==(const PaymentItem &, const PaymentItem &) = default;
};

// payments.productLines.<id>
struct ProductLine
{
    QString id;
    QString displayName;
    CustomerType customerType = CustomerType::User;
    QString otherFieldsJson;

    friend bool operator==(const ProductLine &, const ProductLine &) = default;
};

// What a project sells, read from its rendered configuration (`payments.*`). Entries the client
// cannot read (a product that is not an object) are listed in `unreadable` and left alone.
struct PaymentsCatalog
{
    QList<ProductLine> productLines;
    QList<PaymentItem> items;
    QList<Product> products;
    bool testMode = true; // the schema default when the config does not say
    bool blockNewPurchases = false;
    QStringList unreadable; // dotted paths

    static QString productPath(const QString &id) { return QStringLiteral("payments.products.") + id; }
    static QString itemPath(const QString &id) { return QStringLiteral("payments.items.") + id; }
    static QString productLinePath(const QString &id) { return QStringLiteral("payments.productLines.") + id; }
    static QString testModePath() { return QStringLiteral("payments.testMode"); }
};

PaymentsCatalog paymentsCatalogFrom(const ConfigTree &renderedConfig);

// The config value of each entry as JSON text (its otherFieldsJson merged back in), for a
// ConfigPatch / ConfigSetting::json at the entry's path, and for showing a diff.
QString productConfigJson(const Product &product, bool pretty = false);
QString itemConfigJson(const PaymentItem &item, bool pretty = false);
QString productLineConfigJson(const ProductLine &line, bool pretty = false);

} // namespace hexclave::api
