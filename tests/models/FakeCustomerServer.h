#pragma once

// A scripted GET /payments/items/{type}/{id}/{item} and GET /payments/products/{type}/{id} for
// the customer payment model tests: balances per customer and item, owned products served in
// pages (the cursor is the index of the page's first row), USER_NOT_FOUND / TEAM_NOT_FOUND for
// customers it does not know (custom ones are never checked, like the server), ITEM_NOT_FOUND
// for items it does not know. Tests can answer a request differently (error, delay) and see
// every request made.

#include "FakeNetworkAccessManager.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace hexclave::tests {

class FakeCustomerServer
{
public:
    using Override = std::function<std::optional<FakeResponse>(const SeenRequest &)>;

    FakeCustomerServer()
    {
        m_network.setHandler([this](const SeenRequest &request) { return answer(request); });
    }

    std::unique_ptr<api::ApiClient> makeClient()
    {
        auto client = std::make_unique<api::ApiClient>(
            &m_network, QUrl(QStringLiteral("http://fake.invalid/api/v1")),
            std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, projectId, QStringLiteral("sak_test")));
        client->options().retryBaseDelayMs = 1;
        client->options().maxAttempts = 1;
        return client;
    }

    api::ProjectScope scope() const { return api::ProjectScope::project(projectId); }
    FakeNetworkAccessManager &network() { return m_network; }

    // "user/<id>": how customers are keyed here (as in the path).
    static QString key(const QString &type, const QString &id) { return type + u'/' + id; }

    // The item ids of the balance requests so far, as "<type>/<customer>/<item>".
    QStringList itemRequests() const
    {
        QStringList seen;
        for (const SeenRequest &request : m_network.requests()) {
            const QString path = request.url.path();
            const qsizetype at = path.indexOf(QStringLiteral("/payments/items/"));
            if (at >= 0)
                seen << path.mid(at + qsizetype(sizeof("/payments/items/")) - 1);
        }
        return seen;
    }

    // The (cursor, limit) of each product list request so far.
    QList<QPair<QString, QString>> productRequests() const
    {
        QList<QPair<QString, QString>> seen;
        for (const SeenRequest &request : m_network.requests()) {
            if (!request.url.path().contains(QStringLiteral("/payments/products/")))
                continue;
            const QUrlQuery query(request.url);
            seen << qMakePair(query.queryItemValue(QStringLiteral("cursor")), query.queryItemValue(QStringLiteral("limit")));
        }
        return seen;
    }

    static QJsonObject productJson(const QString &id, const QString &name, qint64 quantity, const QString &type,
                                   const QString &periodEnd = {}, bool cancelAtPeriodEnd = false)
    {
        QJsonObject product{{QStringLiteral("id"), id.isEmpty() ? QJsonValue() : QJsonValue(id)},
                            {QStringLiteral("quantity"), double(quantity)},
                            {QStringLiteral("product"),
                             QJsonObject{{QStringLiteral("display_name"), name},
                                         {QStringLiteral("customer_type"), QStringLiteral("user")},
                                         {QStringLiteral("stackable"), false}}},
                            {QStringLiteral("type"), type}};
        if (type == u"subscription")
            product.insert(QStringLiteral("subscription"),
                           QJsonObject{{QStringLiteral("subscription_id"), QString(QStringLiteral("sub-") + id)},
                                       {QStringLiteral("current_period_end"), periodEnd.isEmpty() ? QJsonValue() : QJsonValue(periodEnd)},
                                       {QStringLiteral("cancel_at_period_end"), cancelAtPeriodEnd},
                                       {QStringLiteral("is_cancelable"), true}});
        else
            product.insert(QStringLiteral("subscription"), QJsonValue());
        return product;
    }

    QString projectId = QStringLiteral("6fbbf22e-f4b2-4c6e-95a1-beab6fa41063");
    QSet<QString> knownCustomers;           // "user/<id>", "team/<id>"
    QSet<QString> knownItems;               // item ids in the config
    QHash<QString, qint64> balances;        // "user/<id>/<item>" → quantity (0 when absent)
    QHash<QString, QList<QJsonObject>> products; // customer key → owned products, oldest first
    QHash<QString, int> delayMs;            // customer key → delay of its answers
    int maxLimit = 100;                     // the most products a page holds, whatever the limit asked
    Override override;

private:
    FakeResponse answer(const SeenRequest &request)
    {
        if (override) {
            if (auto response = override(request))
                return *response;
        }
        const QString path = request.url.path();
        const QStringList parts = path.split(u'/');
        if (const qsizetype at = parts.indexOf(QStringLiteral("items")); at > 0 && parts.size() >= at + 4) {
            const QString type = parts.at(at + 1);
            const QString customer = key(type, parts.at(at + 2));
            const QString item = parts.at(at + 3);
            FakeResponse response = itemAnswer(type, customer, item);
            response.delayMs = delayMs.value(customer);
            return response;
        }
        if (const qsizetype at = parts.indexOf(QStringLiteral("products")); at > 0 && parts.size() >= at + 3) {
            const QString customer = key(parts.at(at + 1), parts.at(at + 2));
            FakeResponse response = productsAnswer(customer, QUrlQuery(request.url));
            response.delayMs = delayMs.value(customer);
            return response;
        }
        return FakeResponse::text(404, "no such route");
    }

    // As FakeResponse::knownError, for messages with quotes in them.
    static FakeResponse knownError(int status, const QByteArray &code, const QString &message)
    {
        const QJsonObject body{{QStringLiteral("code"), QString::fromLatin1(code)}, {QStringLiteral("error"), message}};
        FakeResponse response = FakeResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
        response.headers.append({"X-Stack-Known-Error", code});
        return response;
    }

    FakeResponse itemAnswer(const QString &type, const QString &customer, const QString &item) const
    {
        if (!knownItems.contains(item))
            return knownError(404, "ITEM_NOT_FOUND", QStringLiteral("Item with ID \"%1\" not found.").arg(item));
        if (type == u"user" && !knownCustomers.contains(customer))
            return FakeResponse::knownError(404, "USER_NOT_FOUND", "User not found.");
        if (type == u"team" && !knownCustomers.contains(customer))
            return FakeResponse::knownError(404, "TEAM_NOT_FOUND", "Team not found.");
        const QJsonObject body{{QStringLiteral("id"), item},
                               {QStringLiteral("display_name"), item.toUpper()},
                               {QStringLiteral("quantity"), double(balances.value(customer + u'/' + item))}};
        return FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    FakeResponse productsAnswer(const QString &customer, const QUrlQuery &query) const
    {
        const QList<QJsonObject> owned = products.value(customer);
        const int asked = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt() : 10;
        const int limit = std::clamp(asked, 1, maxLimit);
        bool cursorOk = true;
        const int first = query.hasQueryItem(QStringLiteral("cursor")) ? query.queryItemValue(QStringLiteral("cursor")).toInt(&cursorOk) : 0;
        if (!cursorOk || first < 0 || first > owned.size())
            return FakeResponse::text(400, "Invalid cursor");
        QJsonArray items;
        for (int row = first; row < owned.size() && row < first + limit; ++row)
            items.append(owned.at(row));
        const int next = first + limit;
        const QJsonObject body{{QStringLiteral("items"), items},
                               {QStringLiteral("is_paginated"), true},
                               {QStringLiteral("pagination"),
                                QJsonObject{{QStringLiteral("next_cursor"),
                                             next < owned.size() ? QJsonValue(QString::number(next)) : QJsonValue()}}}};
        return FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    FakeNetworkAccessManager m_network;
};

} // namespace hexclave::tests
