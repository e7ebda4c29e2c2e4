#include "CustomerPayments.h"

#include "PageJson.h"

#include <QDateTime>

namespace hexclave::api {

void from_json(const nlohmann::ordered_json &j, ItemBalance &balance)
{
    balance.id = json::requiredString(j, "id");
    balance.displayName = json::stringOrEmpty(j, "display_name");
    balance.quantity = j.at("quantity").get<qint64>();
}

void from_json(const nlohmann::ordered_json &j, OwnedProduct &product)
{
    product.id = json::stringOrEmpty(j, "id");
    const auto quantity = j.find("quantity");
    if (quantity != j.end() && quantity->is_number())
        product.quantity = quantity->get<qint64>();
    const auto inlineProduct = j.find("product");
    if (inlineProduct != j.end() && inlineProduct->is_object())
        product.displayName = json::stringOrEmpty(*inlineProduct, "display_name");
    if (product.displayName.isEmpty())
        product.displayName = product.id;
    product.kind = json::stringOrEmpty(j, "type");
    const auto subscription = j.find("subscription");
    if (subscription != j.end() && subscription->is_object()) {
        product.subscriptionId = json::stringOrEmpty(*subscription, "subscription_id");
        product.cancelAtPeriodEnd = json::boolOr(*subscription, "cancel_at_period_end");
        if (const auto end = json::optionalString(*subscription, "current_period_end")) {
            const QDateTime moment = QDateTime::fromString(*end, Qt::ISODateWithMs);
            if (moment.isValid())
                product.currentPeriodEndMillis = moment.toMSecsSinceEpoch();
        }
    }
}

void from_json(const nlohmann::ordered_json &j, PaymentProviderAccount &account)
{
    account.accountId = json::stringOrEmpty(j, "account_id");
    account.chargesEnabled = json::boolOr(j, "charges_enabled");
    account.detailsSubmitted = json::boolOr(j, "details_submitted");
    account.payoutsEnabled = json::boolOr(j, "payouts_enabled");
}

template ItemBalance parseJson<ItemBalance>(const QByteArray &);
template Page<OwnedProduct> parseJson<Page<OwnedProduct>>(const QByteArray &);
template PaymentProviderAccount parseJson<PaymentProviderAccount>(const QByteArray &);

} // namespace hexclave::api
