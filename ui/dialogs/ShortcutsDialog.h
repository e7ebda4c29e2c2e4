#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTreeWidget;

namespace hexclave::ui {

// Help › Keyboard shortcuts: every shortcut of the app, by where it works (the README's list).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Shortcut
    {
        QString keys;        // portable text, e.g. "Ctrl+Shift+R" (shown in the platform's form)
        QString description;
    };
    struct Section
    {
        QString title;
        QList<Shortcut> shortcuts;
    };

    explicit ShortcutsDialog(QWidget *parent = nullptr);

    static QList<Section> sections();
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace hexclave::ui
