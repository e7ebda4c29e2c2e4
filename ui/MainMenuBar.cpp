#include "MainMenuBar.h"

#include <QAction>
#include <QMenu>

namespace hexclave::ui {

MainMenuBar::MainMenuBar(const Actions &actions, QWidget *parent)
    : QMenuBar(parent)
    , m_file(addMenu(tr("&File")))
    , m_go(addMenu(tr("&Go")))
    , m_help(addMenu(tr("&Help")))
{
    setObjectName(QStringLiteral("mainMenuBar"));
    m_file->setObjectName(QStringLiteral("fileMenu"));
    m_go->setObjectName(QStringLiteral("goMenu"));
    m_help->setObjectName(QStringLiteral("helpMenu"));

    // macOS moves these into the application menu.
    actions.preferences->setMenuRole(QAction::PreferencesRole);
    actions.quit->setMenuRole(QAction::QuitRole);
    actions.about->setMenuRole(QAction::AboutRole);
    actions.aboutQt->setMenuRole(QAction::AboutQtRole);
    for (QAction *action : {actions.connect, actions.signInAgain, actions.newProject, actions.openConfigFile, actions.signOut,
                            actions.commandPalette, actions.projectSwitcher, actions.reloadProjects, actions.shortcuts})
        action->setMenuRole(QAction::NoRole);

    m_file->addAction(actions.connect);
    m_file->addAction(actions.signInAgain);
    m_file->addAction(actions.newProject);
    m_file->addAction(actions.openConfigFile);
    m_file->addSeparator();
    m_file->addAction(actions.preferences);
    m_file->addSeparator();
    m_file->addAction(actions.signOut);
    m_file->addAction(actions.quit);

    m_go->addActions(actions.areas);
    m_go->addSeparator();
    m_go->addAction(actions.commandPalette);
    m_go->addAction(actions.projectSwitcher);
    m_go->addAction(actions.reloadProjects);

    m_help->addAction(actions.shortcuts);
    m_help->addSeparator();
    m_help->addAction(actions.about);
    m_help->addAction(actions.aboutQt);
}

} // namespace hexclave::ui
