#pragma once

// Scripted support conversations for the inbox tests, over FakeNetworkAccessManager, answering
// GET /internal/conversations like the server versions of support-facts §0: Paged (limit/offset,
// hasMore), Unpaged (no hasMore; limit/offset refused with SCHEMA_ERROR) and Missing (plain-text
// 404 as fixture 46). Filters by status, userId and search (subject, preview, name, email) like
// the server; newest activity first. Tests can fail or delay answers and see every request.

#include "FakeNetworkAccessManager.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace hexclave::tests {

class FakeConversationsServer
{
public:
    enum class Version { Paged, Unpaged, Missing };
    using Override = std::function<std::optional<FakeResponse>(const SeenRequest &)>;

    FakeConversationsServer()
    {
        m_network.setHandler([this](const SeenRequest &request) { return answer(request); });
    }

    FakeNetworkAccessManager &network() { return m_network; }
    QString projectId = QStringLiteral("6fbbf22e-f4b2-4c6e-95a1-beab6fa41063");
    Version version = Version::Paged;
    int defaultLimit = 50;
    QList<QJsonObject> conversations;
    Override override;
    int failNext = 0;  // answer this many list requests with 500
    int delayMs = 0;   // every answer this much later

    std::unique_ptr<api::ApiClient> makeClient()
    {
        auto authenticator = std::make_unique<api::DashboardAuthenticator>(QStringLiteral("pck_test"));
        authenticator->setTokens(QStringLiteral("access"), QStringLiteral("refresh"));
        auto client = std::make_unique<api::ApiClient>(&m_network, QUrl(QStringLiteral("http://fake.invalid/api/v1")),
                                                       std::move(authenticator));
        client->options().retryBaseDelayMs = 1;
        client->options().maxAttempts = 1;
        return client;
    }

    static QString iso(qint64 millis)
    {
        return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC).toString(Qt::ISODateWithMs);
    }

    // A conversation in the exact camelCase shape of the list route; the last message is the
    // customer's unless `byCustomer` is false.
    static QJsonObject conversation(const QString &id, const QString &subject, qint64 lastActivityMillis,
                                    const QString &status = QStringLiteral("open"), bool byCustomer = true)
    {
        QJsonObject metadata{{QStringLiteral("assignedToUserId"), QJsonValue::Null},
                             {QStringLiteral("assignedToDisplayName"), QJsonValue::Null},
                             {QStringLiteral("tags"), QJsonArray()},
                             {QStringLiteral("firstResponseDueAt"), QJsonValue::Null},
                             {QStringLiteral("firstResponseAt"), QJsonValue::Null},
                             {QStringLiteral("nextResponseDueAt"), QJsonValue::Null},
                             {QStringLiteral("lastCustomerReplyAt"),
                              byCustomer ? QJsonValue(iso(lastActivityMillis)) : QJsonValue(QJsonValue::Null)},
                             {QStringLiteral("lastAgentReplyAt"),
                              byCustomer ? QJsonValue(QJsonValue::Null) : QJsonValue(iso(lastActivityMillis))}};
        return {{QStringLiteral("conversationId"), id},
                {QStringLiteral("userId"), QStringLiteral("3f1c0a52-7d0e-4c43-9d0b-%1").arg(id.right(12))},
                {QStringLiteral("teamId"), QJsonValue::Null},
                {QStringLiteral("userDisplayName"), QString(QStringLiteral("Customer ") + id.right(2))},
                {QStringLiteral("userPrimaryEmail"), QStringLiteral("customer%1@example.com").arg(id.right(2))},
                {QStringLiteral("userProfileImageUrl"), QJsonValue::Null},
                {QStringLiteral("subject"), subject},
                {QStringLiteral("status"), status},
                {QStringLiteral("priority"), QStringLiteral("normal")},
                {QStringLiteral("source"), QStringLiteral("chat")},
                {QStringLiteral("lastMessageType"), QStringLiteral("message")},
                {QStringLiteral("preview"), QString(QStringLiteral("Message about ") + subject)},
                {QStringLiteral("lastActivityAt"), iso(lastActivityMillis)},
                {QStringLiteral("createdAt"), iso(lastActivityMillis - 3'600'000)},
                {QStringLiteral("updatedAt"), iso(lastActivityMillis)},
                {QStringLiteral("lastMessageAt"), iso(lastActivityMillis)},
                {QStringLiteral("closedAt"), QJsonValue::Null},
                {QStringLiteral("metadata"), metadata}};
    }

    static QString idOf(int n) { return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')); }

    int indexOf(const QString &id) const
    {
        for (int i = 0; i < conversations.size(); ++i) {
            if (conversations.at(i).value(QStringLiteral("conversationId")).toString() == id)
                return int(i);
        }
        return -1;
    }

    // The customer writes into a conversation: its activity and lastCustomerReplyAt move on.
    void customerWrites(const QString &id, qint64 atMillis, const QString &body)
    {
        QJsonObject &item = conversations[indexOf(id)];
        item.insert(QStringLiteral("lastActivityAt"), iso(atMillis));
        item.insert(QStringLiteral("lastMessageType"), QStringLiteral("message"));
        item.insert(QStringLiteral("preview"), body);
        if (item.value(QStringLiteral("status")).toString() == u"pending")
            item.insert(QStringLiteral("status"), QStringLiteral("open"));
        QJsonObject metadata = item.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("lastCustomerReplyAt"), iso(atMillis));
        item.insert(QStringLiteral("metadata"), metadata);
    }

    int listRequests() const
    {
        return int(std::count_if(m_network.requests().cbegin(), m_network.requests().cend(), [](const SeenRequest &r) {
            return r.method == "GET" && r.url.path().endsWith(QStringLiteral("/internal/conversations"));
        }));
    }
    QUrlQuery lastListQuery() const
    {
        for (auto it = m_network.requests().crbegin(); it != m_network.requests().crend(); ++it) {
            if (it->url.path().endsWith(QStringLiteral("/internal/conversations")))
                return QUrlQuery(it->url);
        }
        return {};
    }

private:
    FakeResponse answer(const SeenRequest &request)
    {
        FakeResponse response = answerNow(request);
        response.delayMs = std::max(response.delayMs, delayMs);
        return response;
    }

    FakeResponse answerNow(const SeenRequest &request)
    {
        if (override) {
            if (auto answer = override(request))
                return *answer;
        }
        if (request.method != "GET" || !request.url.path().endsWith(QStringLiteral("/internal/conversations")))
            return FakeResponse::text(404, "Not found in the fake");
        if (version == Version::Missing) {
            return FakeResponse::text(404, "404 — this page does not exist in Stack Auth's API.\n\nPlease see the API "
                                           "documentation at https://docs.stack-auth.com.");
        }
        if (failNext > 0) {
            --failNext;
            return FakeResponse::knownError(500, "INTERNAL_SERVER_ERROR", "Something went wrong.");
        }
        const QUrlQuery query(request.url);
        const bool paging = query.hasQueryItem(QStringLiteral("limit")) || query.hasQueryItem(QStringLiteral("offset"));
        if (version == Version::Unpaged && paging) {
            return FakeResponse::knownError(400, "SCHEMA_ERROR",
                                            "Request validation failed on GET /api/v1/internal/conversations:\n"
                                            "  - query contains unknown properties: limit, offset");
        }
        const QString status = query.queryItemValue(QStringLiteral("status"));
        const QString userId = query.queryItemValue(QStringLiteral("userId"));
        const QString search = query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded).trimmed();
        QList<QJsonObject> rows;
        for (const QJsonObject &item : std::as_const(conversations)) {
            if (!status.isEmpty() && item.value(QStringLiteral("status")).toString() != status)
                continue;
            if (!userId.isEmpty() && item.value(QStringLiteral("userId")).toString() != userId)
                continue;
            if (!search.isEmpty()) {
                const QStringList fields{item.value(QStringLiteral("subject")).toString(),
                                         item.value(QStringLiteral("preview")).toString(),
                                         item.value(QStringLiteral("userDisplayName")).toString(),
                                         item.value(QStringLiteral("userPrimaryEmail")).toString()};
                if (std::none_of(fields.cbegin(), fields.cend(),
                                 [&search](const QString &field) { return field.contains(search, Qt::CaseInsensitive); }))
                    continue;
            }
            rows.append(item);
        }
        std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QStringLiteral("lastActivityAt")).toString() > b.value(QStringLiteral("lastActivityAt")).toString();
        });
        QJsonObject body;
        if (version == Version::Paged) {
            const int limit = query.hasQueryItem(QStringLiteral("limit"))
                ? query.queryItemValue(QStringLiteral("limit")).toInt()
                : defaultLimit;
            const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
            const QList<QJsonObject> page = rows.mid(offset, limit);
            body.insert(QStringLiteral("hasMore"), offset + page.size() < rows.size());
            rows = page;
        } else {
            rows = rows.mid(0, 200);
        }
        QJsonArray array;
        for (const QJsonObject &row : std::as_const(rows))
            array.append(row);
        body.insert(QStringLiteral("conversations"), array);
        return FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    FakeNetworkAccessManager m_network;
};

} // namespace hexclave::tests
