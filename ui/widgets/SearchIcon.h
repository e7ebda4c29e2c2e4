#pragma once

class QAction;
class QLineEdit;

namespace hexclave::ui {

// The magnifier at the start of a search or filter field, named "Search" for screen readers.
QAction *addSearchIcon(QLineEdit *field);

} // namespace hexclave::ui
