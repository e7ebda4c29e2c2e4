#pragma once

// A scripted GET /users for the model tests: a list of users in the server's order, served in
// pages over FakeNetworkAccessManager with the real server's cursor semantics (the cursor is
// the id of a page's first row; `next_cursor` is the id of the row after the page; an unknown
// cursor gives an empty page). Tests can change the list between requests, answer a request
// differently (error, hang) and see every request the model made.

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

struct FakeUser
{
    QString id;
    QString name;  // empty: no display name
    QString email; // empty: no primary email
    qint64 signedUpAtMillis = 0;
    std::optional<qint64> lastActiveAtMillis;
    bool emailVerified = true;
    bool anonymous = false;
    bool hasPassword = true;
    QStringList oauthProviders;
};

// One GET /users as the fake saw it.
struct UsersQuery
{
    int limit = -1;
    QString cursor;
    bool hasCursor = false;
    QUrlQuery query;

    QString value(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
};

inline UsersQuery usersQueryOf(const QUrl &url)
{
    UsersQuery result;
    result.query = QUrlQuery(url);
    bool ok = false;
    const int limit = result.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    result.limit = ok ? limit : -1;
    result.hasCursor = result.query.hasQueryItem(QStringLiteral("cursor"));
    result.cursor = result.query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    return result;
}

inline UsersQuery usersQueryOf(const SeenRequest &request)
{
    return usersQueryOf(request.url);
}

inline QString fakeUserId(int serial)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(serial, 12, 10, QLatin1Char('0'));
}

class FakeUsersServer
{
public:
    // Answers a request instead of the list (an error, a hang); nullopt: the list answers.
    using Override = std::function<std::optional<FakeResponse>(const SeenRequest &, const UsersQuery &)>;

    static constexpr qint64 kNewestSignUp = 1'760'000'000'000;

    explicit FakeUsersServer(int userCount = 0)
    {
        for (int i = 0; i < userCount; ++i)
            users.append(makeUser(i + 1));
        m_network.setHandler([this](const SeenRequest &request) { return answer(request); });
    }

    static FakeUser makeUser(int serial, const QString &name = {})
    {
        FakeUser user;
        user.id = fakeUserId(serial);
        user.name = name.isEmpty() ? QStringLiteral("User %1").arg(serial) : name;
        user.email = QStringLiteral("user%1@example.com").arg(serial);
        user.signedUpAtMillis = kNewestSignUp - qint64(serial) * 60'000;
        user.lastActiveAtMillis = user.signedUpAtMillis + 1000;
        return user;
    }

    FakeNetworkAccessManager &network() { return m_network; }

    // An ApiClient with an admin key over the fake network.
    std::unique_ptr<api::ApiClient> makeClient()
    {
        auto client = std::make_unique<api::ApiClient>(
            &m_network, QUrl(QStringLiteral("http://fake.invalid/api/v1")),
            std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, projectId, QStringLiteral("sak_test")));
        client->options().retryBaseDelayMs = 1;
        return client;
    }

    // The GET /users requests so far.
    QList<UsersQuery> listRequests() const
    {
        QList<UsersQuery> result;
        for (const SeenRequest &request : m_network.requests()) {
            if (request.url.path().endsWith(QStringLiteral("/users")))
                result.append(usersQueryOf(request));
        }
        return result;
    }
    int listRequestCount() const { return int(listRequests().size()); }

    // The answer the list gives to `query` (for expectations), as users and next cursor.
    struct PageOfUsers
    {
        QList<FakeUser> items;
        std::optional<QString> nextCursor;
    };

    PageOfUsers page(const UsersQuery &query) const
    {
        const QList<FakeUser> visible = filtered(query);
        PageOfUsers result;
        qsizetype start = 0;
        if (query.hasCursor) {
            start = -1;
            for (qsizetype i = 0; i < visible.size(); ++i) {
                if (visible.at(i).id == query.cursor) {
                    start = i;
                    break;
                }
            }
            if (start < 0)
                return result; // unknown cursor: an empty page, like the real server
        }
        const qsizetype limit = query.limit > 0 ? query.limit : visible.size();
        result.items = visible.mid(start, limit);
        if (start + limit < visible.size())
            result.nextCursor = visible.at(start + limit).id;
        return result;
    }

    static QJsonObject userJson(const FakeUser &user)
    {
        QJsonObject json;
        json.insert(QStringLiteral("id"), user.id);
        json.insert(QStringLiteral("primary_email"), user.email.isEmpty() ? QJsonValue() : QJsonValue(user.email));
        json.insert(QStringLiteral("primary_email_verified"), user.emailVerified);
        json.insert(QStringLiteral("primary_email_auth_enabled"), !user.email.isEmpty());
        json.insert(QStringLiteral("display_name"), user.name.isEmpty() ? QJsonValue() : QJsonValue(user.name));
        json.insert(QStringLiteral("selected_team"), QJsonValue());
        json.insert(QStringLiteral("selected_team_id"), QJsonValue());
        json.insert(QStringLiteral("profile_image_url"), QJsonValue());
        json.insert(QStringLiteral("signed_up_at_millis"), double(user.signedUpAtMillis));
        json.insert(QStringLiteral("last_active_at_millis"),
                    user.lastActiveAtMillis ? QJsonValue(double(*user.lastActiveAtMillis)) : QJsonValue());
        json.insert(QStringLiteral("has_password"), user.hasPassword);
        json.insert(QStringLiteral("otp_auth_enabled"), false);
        json.insert(QStringLiteral("passkey_auth_enabled"), false);
        json.insert(QStringLiteral("requires_totp_mfa"), false);
        json.insert(QStringLiteral("client_metadata"), QJsonValue());
        json.insert(QStringLiteral("client_read_only_metadata"), QJsonValue());
        json.insert(QStringLiteral("server_metadata"), QJsonValue());
        json.insert(QStringLiteral("is_anonymous"), user.anonymous);
        json.insert(QStringLiteral("is_restricted"), user.anonymous || !user.emailVerified);
        QJsonObject reason;
        if (user.anonymous)
            reason.insert(QStringLiteral("type"), QStringLiteral("anonymous"));
        else if (!user.emailVerified)
            reason.insert(QStringLiteral("type"), QStringLiteral("email_not_verified"));
        json.insert(QStringLiteral("restricted_reason"), reason.isEmpty() ? QJsonValue() : QJsonValue(reason));
        json.insert(QStringLiteral("restricted_by_admin"), false);
        QJsonArray providers;
        for (const QString &provider : user.oauthProviders) {
            providers.append(QJsonObject{{QStringLiteral("id"), provider},
                                         {QStringLiteral("account_id"), QString(QStringLiteral("acct-") + provider)},
                                         {QStringLiteral("email"), user.email}});
        }
        json.insert(QStringLiteral("oauth_providers"), providers);
        return json;
    }

    static QByteArray pageJson(const PageOfUsers &page)
    {
        QJsonArray items;
        for (const FakeUser &user : page.items)
            items.append(userJson(user));
        QJsonObject body;
        body.insert(QStringLiteral("items"), items);
        body.insert(QStringLiteral("is_paginated"), true);
        body.insert(QStringLiteral("pagination"),
                    QJsonObject{{QStringLiteral("next_cursor"), page.nextCursor ? QJsonValue(*page.nextCursor) : QJsonValue()}});
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    FakeResponse answer(const SeenRequest &request)
    {
        if (!request.url.path().endsWith(QStringLiteral("/users")) || request.method != "GET")
            return FakeResponse::text(404, "not scripted");
        const UsersQuery query = usersQueryOf(request);
        if (override) {
            if (auto response = override(request, query))
                return *response;
        }
        FakeResponse response = FakeResponse::json(200, pageJson(page(query)));
        response.headers.append({"X-Stack-Request-Id", QByteArray::number(++m_requestSerial)});
        return response;
    }

    QString projectId = QStringLiteral("6fbbf22e-f4b2-4c6e-95a1-beab6fa41063");
    QList<FakeUser> users;
    Override override;

private:
    QList<FakeUser> filtered(const UsersQuery &query) const
    {
        const QString needle = query.value(QStringLiteral("query")).toLower();
        const bool includeAnonymous = query.value(QStringLiteral("include_anonymous")) == u"true";
        const bool onlyAnonymous = query.value(QStringLiteral("only_anonymous")) == u"true";
        QList<FakeUser> result;
        for (const FakeUser &user : users) {
            if (onlyAnonymous ? !user.anonymous : (user.anonymous && !includeAnonymous))
                continue;
            if (!needle.isEmpty() && !user.name.toLower().contains(needle) && !user.email.toLower().contains(needle)
                && user.id != needle)
                continue;
            result.append(user);
        }
        return result;
    }

    FakeNetworkAccessManager m_network;
    int m_requestSerial = 0;
};

} // namespace hexclave::tests
