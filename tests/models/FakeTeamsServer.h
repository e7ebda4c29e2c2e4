#pragma once

// A scripted GET /teams and GET /users?team_id=… for the team model tests: teams with a number
// of members each, the members listed in pages like the real server (next_cursor when more are
// left). Tests can answer a request differently (error, delay) and see every request made.

#include "FakeUsersServer.h"

#include <QHash>

namespace hexclave::tests {

struct FakeTeam
{
    QString id;
    QString name;
    qint64 createdAtMillis = 0;
    int members = 0;
};

inline QString fakeTeamId(int serial)
{
    return QStringLiteral("10000000-0000-4000-8000-%1").arg(serial, 12, 10, QLatin1Char('0'));
}

class FakeTeamsServer
{
public:
    using Override = std::function<std::optional<FakeResponse>(const SeenRequest &)>;

    FakeTeamsServer()
    {
        m_network.setHandler([this](const SeenRequest &request) { return answer(request); });
    }

    FakeTeam &addTeam(const QString &name, int members, qint64 createdAtMillis = 0)
    {
        FakeTeam team;
        team.id = fakeTeamId(int(teams.size()) + 1);
        team.name = name;
        team.createdAtMillis = createdAtMillis > 0 ? createdAtMillis : 1'700'000'000'000 + teams.size() * 60'000;
        team.members = members;
        teams.append(team);
        return teams.last();
    }

    FakeNetworkAccessManager &network() { return m_network; }

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

    // The team ids of the member lists asked for, in order.
    QStringList memberRequests() const
    {
        QStringList ids;
        for (const SeenRequest &request : m_network.requests()) {
            if (request.url.path().endsWith(QStringLiteral("/users")))
                ids << usersQueryOf(request).value(QStringLiteral("team_id"));
        }
        return ids;
    }

    int teamListRequests() const
    {
        int count = 0;
        for (const SeenRequest &request : m_network.requests())
            count += request.url.path().endsWith(QStringLiteral("/teams")) ? 1 : 0;
        return count;
    }

    static QJsonObject teamJson(const FakeTeam &team)
    {
        return {{QStringLiteral("id"), team.id},
                {QStringLiteral("display_name"), team.name},
                {QStringLiteral("profile_image_url"), QJsonValue()},
                {QStringLiteral("created_at_millis"), double(team.createdAtMillis)},
                {QStringLiteral("client_metadata"), QJsonValue()},
                {QStringLiteral("client_read_only_metadata"), QJsonValue()},
                {QStringLiteral("server_metadata"), QJsonValue()}};
    }

    FakeResponse answer(const SeenRequest &request)
    {
        if (override) {
            if (auto response = override(request))
                return *response;
        }
        FakeResponse response = answerList(request);
        response.delayMs = delayMs;
        return response;
    }

    QString projectId = QStringLiteral("6fbbf22e-f4b2-4c6e-95a1-beab6fa41063");
    QList<FakeTeam> teams;
    Override override;
    int delayMs = 0;

private:
    FakeResponse answerList(const SeenRequest &request) const
    {
        const QString path = request.url.path();
        if (request.method == "GET" && path.endsWith(QStringLiteral("/teams"))) {
            QJsonArray items;
            for (const FakeTeam &team : teams)
                items.append(teamJson(team));
            return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                                                     {QStringLiteral("is_paginated"), false}})
                                               .toJson(QJsonDocument::Compact));
        }
        if (request.method == "GET" && path.endsWith(QStringLiteral("/users"))) {
            const UsersQuery query = usersQueryOf(request);
            const QString teamId = query.value(QStringLiteral("team_id"));
            int members = 0;
            for (const FakeTeam &team : teams) {
                if (team.id == teamId)
                    members = team.members;
            }
            FakeUsersServer::PageOfUsers page;
            const int limit = query.limit > 0 ? query.limit : members;
            for (int i = 0; i < std::min(members, limit); ++i)
                page.items.append(FakeUsersServer::makeUser(i + 1));
            if (members > limit)
                page.nextCursor = fakeUserId(limit + 1);
            return FakeResponse::json(200, FakeUsersServer::pageJson(page));
        }
        return FakeResponse::text(404, "not scripted");
    }

    FakeNetworkAccessManager m_network;
};

} // namespace hexclave::tests
