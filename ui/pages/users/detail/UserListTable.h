#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace hexclave::ui {

// A table for one of the user's lists, set up like every other: whole rows selected one at a
// time, no row numbers, compact rows, the last column taking the rest of the width.
QTableView *makeUserListTable(QAbstractItemModel *model, QWidget *parent);

} // namespace hexclave::ui
