#include "ProjectListModel.h"

#include "connections/Workspace.h"

#include <algorithm>

namespace hexclave::models {

ProjectListModel::ProjectListModel(api::Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &api::Workspace::projectsChanged, this, &ProjectListModel::rebuild);
    connect(workspace, &api::Workspace::sessionAdded, this, &ProjectListModel::rebuild);
    connect(workspace, &api::Workspace::sessionRemoved, this, &ProjectListModel::rebuild);
    rebuild();
}

void ProjectListModel::rebuild()
{
    QList<Entry> entries;
    for (const api::ConnectionSession *session : m_workspace->sessions()) {
        const api::Connection &connection = session->connection();
        const QString connectionName = connection.name.isEmpty() ? connection.serverLabel() : connection.name;
        using State = api::ConnectionSession::State;
        switch (session->state()) {
        case State::Ready:
            for (const api::Project &project : session->projects()) {
                entries.append({connection.id, connectionName, project.id,
                                project.displayName.isEmpty() ? project.id : project.displayName,
                                tr("%1\nProject id: %2").arg(connection.describe(), project.id)});
            }
            if (session->projects().isEmpty())
                entries.append({connection.id, connectionName, {}, tr("%1 — no projects yet").arg(connectionName),
                                connection.describe()});
            break;
        case State::Closed:
        case State::Opening:
            entries.append({connection.id, connectionName, {}, tr("%1 — connecting…").arg(connectionName),
                            connection.describe()});
            break;
        case State::NeedsSignIn:
            entries.append({connection.id, connectionName, {}, tr("%1 — sign in needed").arg(connectionName),
                            connection.describe()});
            break;
        case State::Failed:
            entries.append({connection.id, connectionName, {}, tr("%1 — unavailable").arg(connectionName),
                            session->lastError().userMessage()});
            break;
        }
    }
    // Most rebuilds change a title or nothing: keep the rows (and an open switcher popup).
    const auto sameRow = [](const Entry &a, const Entry &b) { return a.connectionId == b.connectionId && a.projectId == b.projectId; };
    if (entries.size() == m_entries.size() && std::equal(entries.cbegin(), entries.cend(), m_entries.cbegin(), sameRow)) {
        for (int row = 0; row < entries.size(); ++row) {
            const Entry &before = m_entries.at(row);
            const Entry &after = entries.at(row);
            if (before.title == after.title && before.toolTip == after.toolTip && before.connectionName == after.connectionName)
                continue;
            m_entries[row] = after;
            Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole, Qt::ToolTipRole, ConnectionNameRole});
        }
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.title;
    case Qt::ToolTipRole:
        return entry.toolTip;
    case ConnectionIdRole:
        return entry.connectionId;
    case ProjectIdRole:
        return entry.projectId;
    case ConnectionNameRole:
        return entry.connectionName;
    case IsProjectRole:
        return !entry.projectId.isEmpty();
    default:
        return {};
    }
}

Qt::ItemFlags ProjectListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) // the root is asked too: no warning
        return Qt::NoItemFlags;
    if (m_entries.at(index.row()).projectId.isEmpty())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

int ProjectListModel::rowOf(const QString &connectionId, const QString &projectId) const
{
    if (projectId.isEmpty())
        return -1; // status rows are not projects
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).connectionId == connectionId && m_entries.at(row).projectId == projectId)
            return row;
    }
    return -1;
}

} // namespace hexclave::models
