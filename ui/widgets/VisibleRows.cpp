#include "VisibleRows.h"

#include "PagedTableModel.h"

#include <QAbstractProxyModel>
#include <QTableView>

#include <algorithm>
#include <optional>

namespace hexclave::ui {

namespace {

// The row of `rows` that `viewRow` of the table's model shows; none when a proxy between them
// hides it or the table does not show `rows` at all.
std::optional<int> sourceRow(const QTableView *table, const models::PagedTableModel *rows, int viewRow)
{
    const QAbstractItemModel *model = table->model();
    QModelIndex index = model ? model->index(viewRow, 0) : QModelIndex();
    while (model && model != rows) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
        if (!proxy)
            return std::nullopt;
        index = proxy->mapToSource(index);
        model = proxy->sourceModel();
    }
    if (!model || !index.isValid())
        return std::nullopt;
    return index.row();
}

} // namespace

void ensureVisibleRowsLoaded(const QTableView *table, models::PagedTableModel *rows)
{
    if (!table->model())
        return;
    const int first = table->rowAt(0);
    int last = table->rowAt(table->viewport()->height() - 1);
    if (first < 0)
        return;
    if (last < 0)
        last = table->model()->rowCount() - 1;
    std::optional<int> lowest;
    std::optional<int> highest;
    for (int viewRow = first; viewRow <= last; ++viewRow) {
        if (const std::optional<int> row = sourceRow(table, rows, viewRow)) {
            lowest = std::min(lowest.value_or(*row), *row);
            highest = std::max(highest.value_or(*row), *row);
        }
    }
    if (lowest && highest)
        rows->ensureRowsLoaded(*lowest, *highest);
}

} // namespace hexclave::ui
