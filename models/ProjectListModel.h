#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace hexclave::api {
class Workspace;
}

namespace hexclave::models {

// Every project of every connection, for the project switcher. A connection that is not
// ready (signing in, needs sign-in, failed) shows as one disabled row saying so.
class ProjectListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectListModel)

public:
    enum Role {
        ConnectionIdRole = Qt::UserRole + 1,
        ProjectIdRole,      // empty for status rows
        ConnectionNameRole,
        IsProjectRole,
    };

    explicit ProjectListModel(api::Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The row of a project, or -1.
    int rowOf(const QString &connectionId, const QString &projectId) const;

private:
    struct Entry
    {
        QString connectionId;
        QString connectionName;
        QString projectId;
        QString title;
        QString toolTip;
    };

    void rebuild();

    QPointer<api::Workspace> m_workspace;
    QList<Entry> m_entries;
};

} // namespace hexclave::models
