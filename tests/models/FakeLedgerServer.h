#pragma once

// A scripted payments ledger for the transactions tests, over FakeNetworkAccessManager:
// GET /internal/payments/transactions (newest first, `type` and `customer_type` filters, pages
// through an opaque cursor that is not a row id, like the real one) and
// POST /internal/payments/transactions/refund (marks the purchase refunded and adds a `refund`
// transaction on top, as the server's v2 route does). Tests can answer any request differently
// (an error, a delay) and see every request made.

#include "FakeNetworkAccessManager.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace hexclave::tests {

// What a purchase transaction is made of (see FakeLedgerServer::purchase).
struct FakePurchase
{
    QString id;
    qint64 millis = 1'795'000'000'000;
    QString customerType = QStringLiteral("user");
    QString customerId = QStringLiteral("1f0c2a4e-1111-4222-8333-444455556666");
    QString productId = QStringLiteral("pro");
    QString productName = QStringLiteral("Pro plan");
    QString priceId = QStringLiteral("monthly"); // empty: granted without a price
    QString currency = QStringLiteral("USD");
    QString unitPrice = QStringLiteral("129");
    qint64 quantity = 1;
    QString charged = QStringLiteral("129"); // empty: no money transfer entry
    bool testMode = false;
    bool subscription = true; // else a one-time purchase
};

class FakeLedgerServer
{
public:
    using Override = std::function<std::optional<FakeResponse>(const SeenRequest &)>;

    // Answers on its own network, or on `network` (which may pass other requests on elsewhere).
    explicit FakeLedgerServer(FakeNetworkAccessManager *network = nullptr)
        : m_net(network ? network : &m_network)
    {
        m_net->setHandler([this](const SeenRequest &request) { return answer(request); });
    }

    FakeNetworkAccessManager &network() { return *m_net; }
    QString projectId = QStringLiteral("6fbbf22e-f4b2-4c6e-95a1-beab6fa41063");
    QJsonArray transactions; // the ledger, newest first
    Override override;       // answers first when it returns a response
    int refundCounter = 0;

    std::unique_ptr<api::ApiClient> makeClient()
    {
        auto client = std::make_unique<api::ApiClient>(
            m_net, QUrl(QStringLiteral("http://fake.invalid/api/v1")),
            std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, projectId,
                                                           QStringLiteral("sak_test")));
        client->options().retryBaseDelayMs = 1;
        client->options().maxAttempts = 1;
        return client;
    }

    api::ProjectScope scope() const { return api::ProjectScope::project(projectId); }

    static QJsonObject moneyTransfer(const QString &customerType, const QString &customerId, const QString &currency,
                                     const QString &amount)
    {
        QJsonObject net;
        if (currency == u"USD")
            net.insert(QStringLiteral("USD"), amount);
        else
            net.insert(QStringLiteral("USD"), QStringLiteral("0"));
        return {{QStringLiteral("type"), QStringLiteral("money_transfer")},
                {QStringLiteral("adjusted_transaction_id"), QJsonValue::Null},
                {QStringLiteral("adjusted_entry_index"), QJsonValue::Null},
                {QStringLiteral("customer_type"), customerType},
                {QStringLiteral("customer_id"), customerId},
                {QStringLiteral("charged_amount"), QJsonObject{{currency, amount}}},
                {QStringLiteral("net_amount"), net}};
    }

    static QJsonObject transaction(const QString &id, qint64 millis, const QString &type, const QJsonArray &entries,
                                   bool testMode = false)
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("created_at_millis"), millis},
                {QStringLiteral("effective_at_millis"), millis},
                {QStringLiteral("type"), type},
                {QStringLiteral("entries"), entries},
                {QStringLiteral("adjusted_by"), QJsonArray()},
                {QStringLiteral("test_mode"), testMode}};
    }

    // product_grant at index 0, then money_transfer at index 1 (the server's order).
    static QJsonObject purchase(const FakePurchase &p)
    {
        QJsonObject prices;
        if (!p.priceId.isEmpty())
            prices.insert(p.priceId, QJsonObject{{p.currency, p.unitPrice},
                                                 {QStringLiteral("interval"), QJsonArray{1, QStringLiteral("month")}}});
        const QJsonObject product{{QStringLiteral("display_name"), p.productName},
                                  {QStringLiteral("customer_type"), p.customerType},
                                  {QStringLiteral("stackable"), p.quantity > 1},
                                  {QStringLiteral("server_only"), false},
                                  {QStringLiteral("included_items"), QJsonObject()},
                                  {QStringLiteral("prices"), prices}};
        QJsonObject grant{{QStringLiteral("type"), QStringLiteral("product_grant")},
                          {QStringLiteral("adjusted_transaction_id"), QJsonValue::Null},
                          {QStringLiteral("adjusted_entry_index"), QJsonValue::Null},
                          {QStringLiteral("customer_type"), p.customerType},
                          {QStringLiteral("customer_id"), p.customerId},
                          {QStringLiteral("product_id"), p.productId},
                          {QStringLiteral("product"), product},
                          {QStringLiteral("price_id"), p.priceId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.priceId)},
                          {QStringLiteral("quantity"), p.quantity}};
        grant.insert(p.subscription ? QStringLiteral("subscription_id") : QStringLiteral("one_time_purchase_id"),
                     QString(QStringLiteral("src-") + p.id));
        QJsonArray entries{grant};
        if (!p.charged.isEmpty())
            entries.append(moneyTransfer(p.customerType, p.customerId, p.currency, p.charged));
        return transaction(p.id, p.millis, QStringLiteral("purchase"), entries, p.testMode);
    }

    static QJsonObject renewal(const QString &id, qint64 millis, const QString &customerType,
                               const QString &customerId, const QString &amount, const QString &currency = QStringLiteral("USD"))
    {
        return transaction(id, millis, QStringLiteral("subscription-renewal"),
                           {moneyTransfer(customerType, customerId, currency, amount)});
    }

    static QJsonObject itemChange(const QString &id, qint64 millis, const QString &customerId, const QString &itemId,
                                  qint64 quantity)
    {
        const QJsonObject entry{{QStringLiteral("type"), QStringLiteral("item_quantity_change")},
                                {QStringLiteral("adjusted_transaction_id"), QJsonValue::Null},
                                {QStringLiteral("adjusted_entry_index"), QJsonValue::Null},
                                {QStringLiteral("customer_type"), QStringLiteral("custom")},
                                {QStringLiteral("customer_id"), customerId},
                                {QStringLiteral("item_id"), itemId},
                                {QStringLiteral("quantity"), quantity}};
        return transaction(id, millis, QStringLiteral("manual-item-quantity-change"), {entry});
    }

    // The GET queries the fake saw, in order.
    QList<QUrlQuery> listQueries() const
    {
        QList<QUrlQuery> queries;
        for (const SeenRequest &request : m_net->requests()) {
            if (request.method == "GET" && request.url.path().endsWith(QStringLiteral("/internal/payments/transactions")))
                queries << QUrlQuery(request.url);
        }
        return queries;
    }

    QList<QJsonObject> refundBodies() const
    {
        QList<QJsonObject> bodies;
        for (const SeenRequest &request : m_net->requests()) {
            if (request.method == "POST" && request.url.path().endsWith(QStringLiteral("/transactions/refund")))
                bodies << QJsonDocument::fromJson(request.body).object();
        }
        return bodies;
    }

    // The cursor for the rows after `offset` of one filtered list: opaque, like the server's.
    static QString cursorFor(int offset)
    {
        return QString::fromLatin1(QByteArray("{\"offset\":" + QByteArray::number(offset) + "}")
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    FakeResponse answer(const SeenRequest &request)
    {
        if (override) {
            if (auto response = override(request))
                return *response;
        }
        const QString path = request.url.path();
        if (request.method == "GET" && path.endsWith(QStringLiteral("/internal/payments/transactions")))
            return list(QUrlQuery(request.url));
        if (request.method == "POST" && path.endsWith(QStringLiteral("/internal/payments/transactions/refund")))
            return refund(QJsonDocument::fromJson(request.body).object());
        return FakeResponse::text(404, "no such route in FakeLedgerServer");
    }

private:
    static int offsetOf(const QString &cursor)
    {
        const QByteArray json = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
        return QJsonDocument::fromJson(json).object().value(QStringLiteral("offset")).toInt(-1);
    }

    static QString customerTypeOf(const QJsonObject &transaction)
    {
        for (const QJsonValue &entry : transaction.value(QStringLiteral("entries")).toArray()) {
            const QString type = entry.toObject().value(QStringLiteral("customer_type")).toString();
            if (!type.isEmpty())
                return type;
        }
        return {};
    }

    FakeResponse list(const QUrlQuery &query)
    {
        const QString type = query.queryItemValue(QStringLiteral("type"));
        const QString customerType = query.queryItemValue(QStringLiteral("customer_type"));
        QJsonArray matching;
        for (const QJsonValue &value : std::as_const(transactions)) {
            const QJsonObject transaction = value.toObject();
            if (!type.isEmpty() && transaction.value(QStringLiteral("type")).toString() != type)
                continue;
            if (!customerType.isEmpty() && customerTypeOf(transaction) != customerType)
                continue;
            matching.append(transaction);
        }
        const QString cursor = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
        const int offset = cursor.isEmpty() ? 0 : offsetOf(cursor);
        if (offset < 0)
            return FakeResponse::text(400, "Invalid cursor");
        const int limit = std::clamp(query.queryItemValue(QStringLiteral("limit")).toInt(), 1, 200);
        QJsonArray page;
        for (int i = offset; i < matching.size() && i < offset + limit; ++i)
            page.append(matching.at(i));
        const bool more = offset + limit < matching.size();
        const QJsonObject body{{QStringLiteral("transactions"), page},
                               {QStringLiteral("next_cursor"), more ? QJsonValue(cursorFor(offset + limit)) : QJsonValue()}};
        return FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    FakeResponse refund(const QJsonObject &body)
    {
        const QString kind = body.value(QStringLiteral("type")).toString();
        const QString sourceId = body.value(QStringLiteral("id")).toString();
        const QString idKey = kind == u"subscription" ? QStringLiteral("subscription_id") : QStringLiteral("one_time_purchase_id");
        for (qsizetype i = 0; i < transactions.size(); ++i) {
            QJsonObject transaction = transactions.at(i).toObject();
            const QJsonArray entries = transaction.value(QStringLiteral("entries")).toArray();
            if (entries.isEmpty() || entries.first().toObject().value(idKey).toString() != sourceId)
                continue;
            const QString refundId = transaction.value(QStringLiteral("id")).toString() + QStringLiteral(":refund");
            transaction.insert(QStringLiteral("adjusted_by"),
                               QJsonArray{QJsonObject{{QStringLiteral("transaction_id"), refundId},
                                                      {QStringLiteral("entry_index"), 0}}});
            transactions[i] = transaction;
            QJsonArray refundEntries;
            qint64 cents = 0;
            for (const QJsonValue &value : body.value(QStringLiteral("refund_entries")).toArray()) {
                const QJsonObject entry = value.toObject();
                refundEntries.append(QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("product_revocation")},
                    {QStringLiteral("adjusted_transaction_id"), transaction.value(QStringLiteral("id"))},
                    {QStringLiteral("adjusted_entry_index"), entry.value(QStringLiteral("entry_index"))},
                    {QStringLiteral("quantity"), entry.value(QStringLiteral("quantity"))}});
                cents += qRound64(entry.value(QStringLiteral("amount_usd")).toString().toDouble() * 100);
            }
            const QJsonObject customer = entries.first().toObject();
            refundEntries.append(moneyTransfer(customer.value(QStringLiteral("customer_type")).toString(),
                                               customer.value(QStringLiteral("customer_id")).toString(), QStringLiteral("USD"),
                                               QStringLiteral("-%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'))));
            ++refundCounter;
            transactions.prepend(FakeLedgerServer::transaction(refundId, 1'796'000'000'000 + refundCounter,
                                                               QStringLiteral("refund"), refundEntries));
            return FakeResponse::json(200, R"({"success":true})");
        }
        return FakeResponse::knownError(404, "ONE_TIME_PURCHASE_NOT_FOUND", "One-time purchase not found.");
    }

    FakeNetworkAccessManager m_network;
    FakeNetworkAccessManager *m_net;
};

} // namespace hexclave::tests
