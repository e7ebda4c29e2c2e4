#include "PaymentsEndpoints.h"

#include "dto/JsonSupport.h"

namespace hexclave::api::payments {

namespace {

QString customerPath(const QString &base, const CustomerRef &customer, std::initializer_list<QString> rest = {})
{
    QString path = resourcePath(base, {customerTypeId(customer.type), customer.id});
    for (const QString &segment : rest)
        path = resourcePath(path, {segment});
    return path;
}

const QString itemsPath = QStringLiteral("/payments/items");
const QString productsPath = QStringLiteral("/payments/products");

} // namespace

Call<TransactionsPage> transactions(const ProjectScope &scope, const TransactionsQuery &query)
{
    QUrlQuery urlQuery = encodedQuery({{QStringLiteral("limit"), QString::number(query.limit)}});
    if (!query.cursor.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("cursor"), urlComponent(query.cursor));
    if (!query.type.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("type"), urlComponent(query.type));
    if (query.customerType)
        urlQuery.addQueryItem(QStringLiteral("customer_type"), customerTypeId(*query.customerType));
    return {ApiRequest::get(QStringLiteral("/internal/payments/transactions"), scope, urlQuery)};
}

QByteArray RefundRequest::toJson() const
{
    json::Json body = json::Json::object();
    body["type"] = json::toStd(refundKindId(target.kind));
    body["id"] = json::toStd(target.id);
    json::Json list = json::Json::array();
    for (const RefundEntry &entry : entries)
        list.push_back({{"entry_index", entry.entryIndex},
                        {"quantity", entry.quantity},
                        {"amount_usd", json::toStd(entry.amountUsd)}});
    body["refund_entries"] = list;
    return json::compact(body);
}

Call<NoContent> refund(const ProjectScope &scope, const RefundRequest &request)
{
    return {ApiRequest::post(QStringLiteral("/internal/payments/transactions/refund"), scope, request.toJson())};
}

Call<ItemBalance> item(const ProjectScope &scope, const CustomerRef &customer, const QString &itemId)
{
    return {ApiRequest::get(customerPath(itemsPath, customer, {itemId}), scope)};
}

QByteArray ItemQuantityChange::toJson() const
{
    json::Json body = json::Json::object();
    body["delta"] = delta;
    if (expiresAt)
        body["expires_at"] = json::toStd(expiresAt->toUTC().toString(Qt::ISODate));
    if (!description.isEmpty())
        body["description"] = json::toStd(description);
    return json::compact(body);
}

Call<NoContent> updateItemQuantity(const ProjectScope &scope, const CustomerRef &customer, const QString &itemId,
                                   const ItemQuantityChange &change)
{
    ApiRequest request = ApiRequest::post(customerPath(itemsPath, customer, {itemId, QStringLiteral("update-quantity")}),
                                          scope, change.toJson());
    request.query = encodedQuery(
        {{QStringLiteral("allow_negative"), change.allowNegative ? QStringLiteral("true") : QStringLiteral("false")}});
    return {request};
}

Call<Page<OwnedProduct>> customerProducts(const ProjectScope &scope, const CustomerRef &customer,
                                          const QString &cursor, int limit)
{
    QUrlQuery query = encodedQuery({{QStringLiteral("limit"), QString::number(limit)}});
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), urlComponent(cursor));
    return {ApiRequest::get(customerPath(productsPath, customer), scope, query)};
}

Call<NoContent> grantProduct(const ProjectScope &scope, const CustomerRef &customer, const QString &productId,
                             qint64 quantity)
{
    json::Json body = json::Json::object();
    body["product_id"] = json::toStd(productId);
    body["quantity"] = quantity;
    return {ApiRequest::post(customerPath(productsPath, customer), scope, json::compact(body))};
}

Call<PaymentProviderAccount> providerAccount(const ProjectScope &scope)
{
    return {ApiRequest::get(QStringLiteral("/internal/payments/stripe/account-info"), scope)};
}

Call<RevenueMetrics> revenueMetrics(const ProjectScope &scope)
{
    return {ApiRequest::get(QStringLiteral("/internal/metrics"), scope,
                            encodedQuery({{QStringLiteral("include_anonymous"), QStringLiteral("false")}}))};
}

} // namespace hexclave::api::payments
