#pragma once

#include "ListTableModel.h"
#include "TeamMemberCounts.h"

#include "core/ApiError.h"
#include "core/ApiRequest.h"
#include "dto/Team.h"

#include <QPointer>

namespace hexclave::api {
class ApiClient;
class ApiJob;
}

namespace hexclave::models {

// The teams of one project. GET /teams answers the whole list at once (it does not page), so it
// is loaded whole and filtered locally (TeamsFilterModel). Member counts come lazily from
// TeamMemberCounts for the rows a view shows (requestMemberCounts()).
class TeamsModel : public ListTableModel<api::Team>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsModel)

public:
    enum Column { NameColumn, IdColumn, CreatedColumn, MembersColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // The member count as a number for sorting: -1 while unknown, the page limit + 1 for "100+".
        MemberCountRole = FirstCustomRole,
    };

    enum class State { NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(State)

    TeamsModel(api::ApiClient *client, api::ProjectScope scope, QObject *parent = nullptr);
    ~TeamsModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    State state() const { return m_state; }
    const api::ApiError &lastError() const { return m_lastError; }
    // (Re)loads the list; the member counts are counted again as the rows show.
    void reload();

    TeamMemberCounts *memberCounts() const { return m_counts; }
    // The rows on screen now (source rows): their member counts are fetched.
    void requestMemberCounts(const QList<int> &rows);

    // A team created or changed here, or loaded by id: replaced in place, else added.
    void addOrReplace(const api::Team &team);
    // A team deleted here.
    void removeTeam(const QString &teamId);

Q_SIGNALS:
    void stateChanged(hexclave::models::TeamsModel::State state);
    void loaded();
    void loadFailed(const hexclave::api::ApiError &error);

protected:
    QVariant displayData(const api::Team &team, int column) const override;
    QVariant toolTipData(const api::Team &team, int column) const override;
    QVariant rawData(const api::Team &team, int column) const override;
    QVariant roleData(const api::Team &team, int column, int role) const override;

private:
    void setState(State state);
    void abortLoad();
    void countChanged(const QString &teamId);

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    TeamMemberCounts *m_counts;
    QPointer<api::ApiJob> m_loadJob;
    State m_state = State::NotLoaded;
    api::ApiError m_lastError;
};

} // namespace hexclave::models
