#include "TeamsModel.h"

#include "TimeText.h"

#include "core/ApiClient.h"
#include "endpoints/TeamsEndpoints.h"

#include <QDateTime>

#include <utility>

namespace hexclave::models {

TeamsModel::TeamsModel(api::ApiClient *client, api::ProjectScope scope, QObject *parent)
    : ListTableModel(parent)
    , m_client(client)
    , m_scope(scope)
    , m_counts(new TeamMemberCounts(client, std::move(scope), this))
{
    connect(m_counts, &TeamMemberCounts::countChanged, this, &TeamsModel::countChanged);
}

TeamsModel::~TeamsModel()
{
    abortLoad();
}

// Stops the load on its way without hearing of it (no Failed state, no signals).
void TeamsModel::abortLoad()
{
    if (QPointer<api::ApiJob> job = std::exchange(m_loadJob, nullptr)) {
        job->disconnect(this);
        job->abort();
    }
}

int TeamsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TeamsModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TeamsModel::reload()
{
    abortLoad();
    m_counts->clear();
    if (rowCount() > 0) // the counts read as unknown until counted again
        Q_EMIT dataChanged(index(0, MembersColumn), index(rowCount() - 1, MembersColumn));
    if (!m_client) {
        m_lastError = api::ApiError::cancelled();
        m_lastError.message = tr("The connection of this list was closed.");
        setState(State::Failed);
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    auto *job = m_client->send(api::teams::list(m_scope));
    m_loadJob = job;
    setState(State::Loading);
    connect(job, &api::ApiJob::finished, this, [this, job] {
        if (job != m_loadJob)
            return; // a newer load replaced this one
        m_loadJob.clear();
        if (!job->succeeded()) {
            m_lastError = job->error();
            setState(State::Failed);
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        m_lastError = {};
        setRows(job->takeValue().items);
        setState(State::Loaded);
        Q_EMIT loaded();
    });
}

void TeamsModel::requestMemberCounts(const QList<int> &rows)
{
    QStringList ids;
    for (const int row : rows) {
        if (const api::Team *team = rowAt(row))
            ids << team->id;
    }
    m_counts->request(ids);
}

void TeamsModel::addOrReplace(const api::Team &team)
{
    const int row = rowOf(team.id);
    if (row >= 0)
        replaceRow(row, team);
    else
        appendRow(team);
}

void TeamsModel::removeTeam(const QString &teamId)
{
    const int row = rowOf(teamId);
    if (row >= 0)
        removeRowAt(row);
    m_counts->invalidate(teamId);
}

void TeamsModel::countChanged(const QString &teamId)
{
    const int row = rowOf(teamId);
    if (row < 0)
        return;
    const QModelIndex cell = index(row, MembersColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, RawValueRole, MemberCountRole});
}

QVariant TeamsModel::displayData(const api::Team &team, int column) const
{
    switch (column) {
    case NameColumn:
        return team.displayName;
    case IdColumn:
        return team.id;
    case CreatedColumn:
        return team.createdAtMillis > 0 ? relativeTime(team.createdAtMillis, QDateTime::currentMSecsSinceEpoch()) : QString();
    case MembersColumn:
        return TeamMemberCounts::text(m_counts->count(team.id));
    default:
        return {};
    }
}

QVariant TeamsModel::toolTipData(const api::Team &team, int column) const
{
    switch (column) {
    case NameColumn:
        return team.displayName;
    case IdColumn:
        return team.id;
    case CreatedColumn:
        return team.createdAtMillis > 0 ? absoluteTime(team.createdAtMillis) : QString();
    case MembersColumn: {
        const TeamMemberCounts::Count count = m_counts->count(team.id);
        switch (count.state) {
        case TeamMemberCounts::Count::State::Unknown:
            return tr("Counted when the row is on screen");
        case TeamMemberCounts::Count::State::Pending:
            return tr("Counting the members…");
        case TeamMemberCounts::Count::State::Failed:
            return tr("The members could not be counted: %1").arg(count.error.userMessage());
        case TeamMemberCounts::Count::State::Known:
            break;
        }
        return count.atLeast ? tr("More than %n member(s) (counting stops there)", nullptr, count.members)
                             : tr("%n member(s), anonymous and restricted ones included", nullptr, count.members);
    }
    default:
        return {};
    }
}

QVariant TeamsModel::rawData(const api::Team &team, int column) const
{
    switch (column) {
    case NameColumn: return team.displayName;
    case IdColumn: return team.id;
    case CreatedColumn: return team.createdAtMillis;
    case MembersColumn: return roleData(team, column, MemberCountRole);
    default: return {};
    }
}

QVariant TeamsModel::roleData(const api::Team &team, int column, int role) const
{
    switch (role) {
    case MemberCountRole: {
        const TeamMemberCounts::Count count = m_counts->count(team.id);
        if (!count.isKnown())
            return -1;
        return count.atLeast ? count.members + 1 : count.members;
    }
    case Qt::TextAlignmentRole:
        if (column == MembersColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TeamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == MembersColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Team");
    case IdColumn: return tr("Team ID");
    case CreatedColumn: return tr("Created");
    case MembersColumn: return tr("Members");
    default: return {};
    }
}

} // namespace hexclave::models
