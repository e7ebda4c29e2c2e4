#pragma once

#include "UsersModel.h"

namespace hexclave::models {

// The members of one team: the users list (same columns and roles) for GET /users?team_id=…,
// paged from the server and searched there. Anonymous and restricted members are included:
// they are members too. Without a team it has no rows and asks the server for nothing.
class TeamMembersModel : public UsersModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamMembersModel)

public:
    TeamMembersModel(api::ApiClient *client, api::ProjectScope scope, QObject *parent = nullptr);

    QString teamId() const { return m_teamId; }
    // Another team (or none) reloads from the first page.
    void setTeamId(const QString &teamId);
    // The server's search (display name or email substring, or an exact user id); reloads when changed.
    void setSearch(const QString &text);

    bool canFetchMore(const QModelIndex &parent) const override;

protected:
    api::ApiJob *startPageRequest(const QString &cursor, int limit) override;

private:
    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    QString m_teamId;
};

} // namespace hexclave::models
