#include "EmailSourceListModel.h"

#include <QFont>

namespace hexclave::models {

EmailSourceListModel::EmailSourceListModel(QObject *parent)
    : ListTableModel(parent)
{
}

QVariant EmailSourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NoteColumn:
        return tr("Status");
    default:
        return {};
    }
}

void EmailSourceListModel::setUnsaved(const QString &id, bool unsaved)
{
    const int row = rowOf(id);
    if (row < 0 || rowAt(row)->unsaved == unsaved)
        return;
    EmailSourceRow changed = *rowAt(row);
    changed.unsaved = unsaved;
    replaceRow(row, std::move(changed));
}

void EmailSourceListModel::setName(const QString &id, const QString &name)
{
    const int row = rowOf(id);
    if (row < 0 || rowAt(row)->name == name)
        return;
    EmailSourceRow changed = *rowAt(row);
    changed.name = name;
    replaceRow(row, std::move(changed));
}

QVariant EmailSourceListModel::displayData(const EmailSourceRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.unsaved ? tr("%1 •").arg(row.name) : row.name;
    case NoteColumn:
        // Short, so that the names keep the room; the tooltip has the rest.
        return row.unsaved ? tr("Edited") : row.note;
    default:
        return {};
    }
}

QVariant EmailSourceListModel::toolTipData(const EmailSourceRow &row, int column) const
{
    if (column == NoteColumn) {
        const QString note = row.noteToolTip.isEmpty() ? row.note : row.noteToolTip;
        if (row.unsaved)
            return note.isEmpty() ? tr("Edited here, not saved yet") : tr("Edited here, not saved yet · %1").arg(note);
        if (!note.isEmpty())
            return note;
    }
    return row.unsaved ? tr("“%1” has changes that are not saved yet (kept on this computer until saved or discarded)")
                             .arg(row.name)
                       : QVariant(row.name);
}

QVariant EmailSourceListModel::rawData(const EmailSourceRow &row, int column) const
{
    return column == NameColumn ? QVariant(row.name) : QVariant(row.note);
}

QVariant EmailSourceListModel::roleData(const EmailSourceRow &row, int, int role) const
{
    switch (role) {
    case UnsavedRole:
        return row.unsaved;
    case MarkedRole:
        return row.marked;
    case Qt::FontRole:
        if (row.unsaved || row.marked) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

EmailSourceFilterModel::EmailSourceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(ListTableRoles::RawValueRole);
    setDynamicSortFilter(true);
    sort(EmailSourceListModel::NameColumn);
}

void EmailSourceFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool EmailSourceFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int order = m_collator.compare(left.data(ListTableRoles::RawValueRole).toString(),
                                       right.data(ListTableRoles::RawValueRole).toString());
    if (order != 0)
        return order < 0;
    return left.data(ListTableRoles::IdRole).toString() < right.data(ListTableRoles::IdRole).toString();
}

bool EmailSourceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QModelIndex name = sourceModel()->index(sourceRow, EmailSourceListModel::NameColumn, sourceParent);
    return name.data(ListTableRoles::RawValueRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace hexclave::models
