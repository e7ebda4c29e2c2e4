#pragma once

// Helpers shared by the model tests: reading the rows a model shows, and recording the ranges
// of dataChanged signals.

#include "PagedTableModel.h"

#include <QAbstractItemModel>
#include <QList>
#include <QModelIndex>
#include <QObject>
#include <QStringList>

namespace hexclave::tests {

// One dataChanged(topLeft, bottomRight, roles).
struct ChangedRange
{
    int firstRow = -1;
    int lastRow = -1;
    int firstColumn = -1;
    int lastColumn = -1;

    bool operator==(const ChangedRange &) const = default;
};

inline char *toString(const ChangedRange &range)
{
    return qstrdup(QStringLiteral("rows %1–%2, columns %3–%4")
                       .arg(range.firstRow)
                       .arg(range.lastRow)
                       .arg(range.firstColumn)
                       .arg(range.lastColumn)
                       .toUtf8()
                       .constData());
}

// Records every dataChanged of a model (a QObject so that it is the connection's context).
class DataChangedRecorder : public QObject
{
public:
    explicit DataChangedRecorder(QAbstractItemModel *model)
    {
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    ranges.append({topLeft.row(), bottomRight.row(), topLeft.column(), bottomRight.column()});
                });
    }

    QList<ChangedRange> ranges;
};

// The text of one column for every row.
inline QStringList columnTexts(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data(role).toString();
    return texts;
}

// The rows whose data read as placeholders (their page is not in memory).
inline QList<int> placeholderRows(const QAbstractItemModel &model)
{
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(models::PagedTableModel::IsPlaceholderRole).toBool())
            rows << row;
    }
    return rows;
}

inline QList<int> rowRange(int first, int last)
{
    QList<int> rows;
    for (int row = first; row <= last; ++row)
        rows << row;
    return rows;
}

} // namespace hexclave::tests
