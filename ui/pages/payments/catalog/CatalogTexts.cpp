#include "CatalogTexts.h"

#include "payments/MoneyText.h"

#include <QStringList>

namespace hexclave::ui {

QString CatalogTexts::customerType(api::CustomerType type)
{
    switch (type) {
    case api::CustomerType::User:
        return tr("User");
    case api::CustomerType::Team:
        return tr("Team");
    case api::CustomerType::Custom:
        break;
    }
    return tr("Custom");
}

QString CatalogTexts::unit(const QString &unitId, int count)
{
    const bool one = count == 1;
    if (unitId == u"day")
        return one ? tr("day") : tr("days");
    if (unitId == u"week")
        return one ? tr("week") : tr("weeks");
    if (unitId == u"month")
        return one ? tr("month") : tr("months");
    if (unitId == u"year")
        return one ? tr("year") : tr("years");
    return unitId;
}

QString CatalogTexts::interval(const api::DayInterval &interval)
{
    if (interval.count == 1)
        return unit(interval.unit, 1);
    return tr("%1 %2").arg(interval.count).arg(unit(interval.unit, interval.count));
}

QString CatalogTexts::prices(const api::Product &product)
{
    if (product.includedByDefault)
        return tr("Free (included by default)");
    QStringList texts;
    for (const api::ProductPrice &price : product.prices) {
        QStringList amounts;
        for (auto it = price.amounts.cbegin(); it != price.amounts.cend(); ++it)
            amounts << models::formatMoney(it.key(), it.value());
        QString text = amounts.join(tr(" or "));
        if (price.interval)
            text = tr("%1 / %2").arg(text, interval(*price.interval));
        texts << text;
    }
    return texts.isEmpty() ? tr("No prices") : texts.join(QStringLiteral(" · "));
}

QString CatalogTexts::expiry(api::IncludedItem::Expiry expiry)
{
    switch (expiry) {
    case api::IncludedItem::Expiry::Never:
        return tr("Never");
    case api::IncludedItem::Expiry::WhenPurchaseExpires:
        return tr("When the purchase ends");
    case api::IncludedItem::Expiry::WhenRepeated:
        break;
    }
    return tr("When granted again");
}

QString CatalogTexts::named(const QString &displayName, const QString &id)
{
    if (displayName.isEmpty() || displayName == id)
        return id;
    return tr("%1 (%2)").arg(displayName, id);
}

} // namespace hexclave::ui
