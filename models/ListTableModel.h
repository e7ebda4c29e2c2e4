#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace hexclave::models {

// The roles every ListTableModel answers, whatever its rows.
struct ListTableRoles
{
    static constexpr int IdRole = Qt::UserRole + 1;       // the row's id
    static constexpr int RawValueRole = Qt::UserRole + 2; // the unformatted value (ms, bools, ids)
    static constexpr int FirstCustomRole = Qt::UserRole + 16; // subclasses number their roles from here
};

// A table over a short list that the server returns whole (a user's sessions, contact channels,
// OAuth accounts, teams, permissions): the rows are replaced at once when the list is loaded, and
// one row changes with the server's answer to an action. Row is a DTO with an `id`. Subclasses
// say what each column shows; the roles every such table has are answered here.
template <class Row>
class ListTableModel : public QAbstractTableModel, public ListTableRoles
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
        const Row &row = m_rows.at(index.row());
        switch (role) {
        case IdRole:
            return row.id;
        case Qt::AccessibleTextRole: {
            // What a screen reader says for a cell whose display is an icon or a check box.
            const QVariant shown = displayData(row, index.column());
            return shown.toString().isEmpty() ? toolTipData(row, index.column()) : shown;
        }
        case Qt::DisplayRole:
            return displayData(row, index.column());
        case Qt::ToolTipRole:
            return toolTipData(row, index.column());
        case RawValueRole:
            return rawData(row, index.column());
        default:
            return roleData(row, index.column(), role);
        }
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

    int rowOf(const QString &id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return row;
        }
        return -1;
    }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    void clear() { setRows({}); }

    // Replaces one row with what the server answered after a change (same id).
    void replaceRow(int row, Row value)
    {
        Q_ASSERT(row >= 0 && row < m_rows.size());
        m_rows[row] = std::move(value);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    // Adds a row created here at the end (views keep their selection, unlike setRows()).
    void appendRow(Row value)
    {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(std::move(value));
        endInsertRows();
    }

    // Takes out a row deleted here.
    void removeRowAt(int row)
    {
        Q_ASSERT(row >= 0 && row < m_rows.size());
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

protected:
    explicit ListTableModel(QObject *parent)
        : QAbstractTableModel(parent)
    {
    }

    virtual QVariant displayData(const Row &row, int column) const = 0;
    virtual QVariant toolTipData(const Row &, int) const { return {}; }
    virtual QVariant rawData(const Row &row, int column) const { return displayData(row, column); }
    // Any other role (check states, alignment, the subclass's own roles).
    virtual QVariant roleData(const Row &, int, int) const { return {}; }

private:
    QList<Row> m_rows;
};

} // namespace hexclave::models
