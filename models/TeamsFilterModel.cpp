#include "TeamsFilterModel.h"

#include "TeamsModel.h"

namespace hexclave::models {

namespace {

qsizetype chunkEnd(QStringView text, qsizetype from)
{
    const bool digits = text.at(from).isDigit();
    qsizetype end = from;
    while (end < text.size() && text.at(end).isDigit() == digits)
        ++end;
    return end;
}

int compareNumbers(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == u'0')
        a = a.sliced(1);
    while (b.size() > 1 && b.front() == u'0')
        b = b.sliced(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

// Names as people order them: numbers by value ("Team 2" before "Team 10") and letters in any
// case by the locale's collation. QCollator's own numeric mode needs ICU, which not every Qt has.
int compareNames(const QCollator &collator, QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const qsizetype endA = chunkEnd(a, i);
        const qsizetype endB = chunkEnd(b, j);
        const QStringView chunkA = a.sliced(i, endA - i);
        const QStringView chunkB = b.sliced(j, endB - j);
        const int order = chunkA.front().isDigit() && chunkB.front().isDigit()
            ? compareNumbers(chunkA, chunkB)
            : collator.compare(chunkA.toString().toCaseFolded(), chunkB.toString().toCaseFolded());
        if (order != 0)
            return order;
        i = endA;
        j = endB;
    }
    const qsizetype restA = a.size() - i;
    const qsizetype restB = b.size() - j;
    return restA == restB ? 0 : (restA < restB ? -1 : 1);
}

} // namespace

TeamsFilterModel::TeamsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TeamsModel::RawValueRole);
    setDynamicSortFilter(true);
}

void TeamsFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool TeamsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    const QString name = source->index(sourceRow, TeamsModel::NameColumn, sourceParent).data(TeamsModel::RawValueRole).toString();
    const QString id = source->index(sourceRow, TeamsModel::IdColumn, sourceParent).data(TeamsModel::RawValueRole).toString();
    return name.contains(m_text, Qt::CaseInsensitive) || id.startsWith(m_text, Qt::CaseInsensitive);
}

bool TeamsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (left.column() == TeamsModel::MembersColumn) {
        // Uncounted (-1) after every count, whichever way the column is sorted.
        const int countA = a.toInt();
        const int countB = b.toInt();
        if ((countA < 0) != (countB < 0))
            return (sortOrder() == Qt::AscendingOrder) == (countB < 0);
        return countA < countB;
    }
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        const int order = compareNames(m_collator, a.toString(), b.toString());
        if (order != 0)
            return order < 0;
        // Same name: a stable order by id, so that equal names do not swap on every change.
        return left.siblingAtColumn(TeamsModel::IdColumn).data(sortRole()).toString()
            < right.siblingAtColumn(TeamsModel::IdColumn).data(sortRole()).toString();
    }
    return a.toLongLong() < b.toLongLong();
}

} // namespace hexclave::models
