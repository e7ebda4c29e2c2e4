#pragma once

class QTableView;

namespace hexclave::models {
class PagedTableModel;
}

namespace hexclave::ui {

// Asks `rows` to bring back the evicted pages of the rows `table` shows right now. The table
// may show `rows` itself or through proxy models; visible rows are mapped down to `rows`.
void ensureVisibleRowsLoaded(const QTableView *table, models::PagedTableModel *rows);

} // namespace hexclave::ui
