#pragma once

#include <QList>
#include <QMenuBar>

class QAction;

namespace hexclave::ui {

// The main window's menus, made of the window's own actions (the toolbar shows the same
// objects): File, Go and Help.
class MainMenuBar : public QMenuBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainMenuBar)

public:
    struct Actions
    {
        QAction *connect = nullptr;
        QAction *signInAgain = nullptr; // the current connection's sign-in / certificate dialog
        QAction *newProject = nullptr;
        QAction *openConfigFile = nullptr;
        QAction *preferences = nullptr;
        QAction *signOut = nullptr;
        QAction *quit = nullptr;
        QList<QAction *> areas;
        QAction *commandPalette = nullptr;
        QAction *projectSwitcher = nullptr;
        QAction *reloadProjects = nullptr;
        QAction *shortcuts = nullptr;
        QAction *about = nullptr;
        QAction *aboutQt = nullptr;
    };

    MainMenuBar(const Actions &actions, QWidget *parent);

    QMenu *fileMenu() const { return m_file; }
    QMenu *goMenu() const { return m_go; }
    QMenu *helpMenu() const { return m_help; }

private:
    QMenu *m_file;
    QMenu *m_go;
    QMenu *m_help;
};

} // namespace hexclave::ui
