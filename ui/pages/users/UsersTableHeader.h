#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QHeaderView;
class QMenu;
class QTimer;

namespace hexclave::ui {

class AppSettings;

// The users table's columns as the user arranged them: a context menu on the header to show
// or hide columns, and order, widths and hidden columns remembered across runs.
class UsersTableHeader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersTableHeader)

public:
    // Applies `defaults` (widths, hidden columns), then the saved arrangement if there is one, and
    // keeps saving changes to `settings` (may be null). "Reset columns" applies `defaults` again.
    UsersTableHeader(QHeaderView *header, AppSettings *settings, std::function<void()> defaults);

    // The column chooser: one checkable entry per column; the last visible column cannot be hidden.
    QMenu *columnMenu() const { return m_menu; }

private:
    void fillMenu();
    void scheduleSave();
    void save();

    QHeaderView *m_header;
    QPointer<AppSettings> m_settings;
    std::function<void()> m_defaults;
    QMenu *m_menu;
    QTimer *m_saveTimer;
};

} // namespace hexclave::ui
