#pragma once

#include "BulkActionRunner.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace hexclave::models {

// The users of a bulk action and how each fared, updated while the runner works: who, the
// result ("Done", "Failed", "Not attempted", …) and the reason or note.
class BulkResultsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkResultsModel)

public:
    enum Column { UserColumn, ResultColumn, DetailsColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        StateRole = Qt::UserRole + 1, // BulkItem::State as int
        UserIdRole,
        IsProblemRole,                // failed or not attempted
    };

    explicit BulkResultsModel(const BulkActionRunner *runner, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(BulkItem::State state);
    static QString detailsText(const BulkItem &item);

private:
    QPointer<const BulkActionRunner> m_runner;
};

} // namespace hexclave::models
