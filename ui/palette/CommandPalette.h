#pragma once

#include <QFrame>
#include <QKeySequence>
#include <QModelIndex>
#include <QPointer>
#include <QVariantList>

class QLineEdit;
class QListView;

namespace hexclave::models {
class CommandPaletteModel;
}

namespace hexclave::ui {

// The command palette (Ctrl+K): a frameless box over the top of the main window with a search
// field and the matching pages, commands, projects, users and teams. Type to search, Up/Down
// to move, Enter or a click to choose, Esc (or focus going elsewhere) to close.
class CommandPalette : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    // `parent` is the window it floats over.
    CommandPalette(models::CommandPaletteModel *model, QWidget *parent);
    ~CommandPalette() override;

    // Shows the palette empty, on top of its window, with the focus in the field.
    void popup();
    // The keys that open the palette (Ctrl+K) win over text fields of the window that would use
    // them (on Linux, Ctrl+K deletes to the end of a line edit).
    void setTriggerShortcut(const QKeySequence &keys);
    QLineEdit *searchField() const { return m_field; }
    QListView *resultList() const { return m_list; }
    models::CommandPaletteModel *model() const;

Q_SIGNALS:
    // A row was chosen (the palette has closed already).
    void activated(const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    void moveSelection(int step);
    void selectFirst();
    void rememberCurrent();
    void restoreCurrent();
    void activate(const QModelIndex &index);

    QPointer<models::CommandPaletteModel> m_model; // the window's; may go first at teardown
    // The current row across a model reset (kind, id, connection) and the query it was shown for:
    // answers arriving for the same query keep the row chosen, a new query starts at the top.
    QVariantList m_current;
    QString m_currentQuery;
    QLineEdit *m_field;
    QListView *m_list;
    QKeySequence m_trigger;
    QPointer<QWidget> m_previousFocus; // gets the focus back on Esc
};

} // namespace hexclave::ui
