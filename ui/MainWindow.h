#pragma once

#include "ProjectContext.h"
#include "auth/Capabilities.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

class QModelIndex;

namespace hexclave::api {
class Workspace;
struct User;
}
namespace hexclave::models {
class CommandPaletteModel;
class ProjectListModel;
class SupportWatcher;
}

namespace hexclave::ui {

class AppSettings;
class CommandPalette;
class ConfigFileWindow;
class ErrorBanner;
class SessionRecovery;
class Page;
class SupportNotifier;
class SupportPage;

// The console: a project switcher over every connection, navigation for every area, the
// current area's page, and the connection and credential in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(api::Workspace *workspace, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showArea(api::Area area);
    api::Area currentArea() const { return m_area; }
    Page *currentPage() const;
    // The current page shows its first data, or a final message (not "Connecting…").
    bool hasSettledPage() const { return m_settled; }
    const ProjectContext &projectContext() const { return m_context; }
    QComboBox *projectSwitcher() const { return m_projectSwitcher; }
    QListWidget *navigation() const { return m_navigation; }
    CommandPalette *commandPalette() const { return m_palette; }
    // Ctrl+K: the command palette, empty, over the window.
    void openCommandPalette();
    void openPreferences();

    // Opens the connect dialog (also for first runs).
    void openConnectDialog();
    // Opens `path` in a config file window (or shows the one that has it); an empty path opens
    // an untitled file. Null when the file could not be opened (the window said why).
    ConfigFileWindow *openConfigFile(const QString &path);
    QList<QPointer<ConfigFileWindow>> configFileWindows() const { return m_configFileWindows; }

    SupportNotifier *supportNotifier() const { return m_supportNotifier; }
    // Watches the project on screen for new customer messages while the credential may use
    // Support (whether or not the Support page was opened); null otherwise.
    models::SupportWatcher *supportWatcher() const { return m_supportWatcher; }
    // Unread support conversations of the project on screen (shown in the navigation and title).
    int supportUnreadCount() const { return m_supportUnread; }

Q_SIGNALS:
    // The current page has its first data on screen (or showed why it has none).
    void currentPageReady();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createNavigation();
    void createMenus();
    void onPaletteActivated(const QModelIndex &index);
    struct PaletteCommand
    {
        QString id;
        QAction *action;
        QString iconName;
    };
    // The main actions the command palette offers.
    QList<PaletteCommand> paletteCommands() const;
    // Closes the window through closeEvent (unsaved-edit questions) and starts the app again.
    void restart();
    // The Users page with `user` selected; the Teams page with the team open.
    void showUser(const api::User &user);
    void openTeam(const QString &teamId);
    void onProjectsChanged();
    void openLastProject(api::ConnectionSession *session);
    void selectProjectRow(int row);
    void setProject(const ProjectContext &context);
    // True when no page has unsaved changes, or the person chose to discard them.
    bool mayDiscardUnsavedChanges();
    void showNoProject();
    void updateNavigation();
    void updateStatusBar();
    void updateSessionBanner();
    Page *createPage(api::Area area);
    void showPage(Page *page, bool settled = true);
    // Shows the Support page (created if needed) and returns it; null when it is not available.
    SupportPage *showSupportPage();
    void openUser(const QString &userId);
    void setSupportUnread(int count);
    void startSupportWatcher();
    void stopSupportWatcher();
    void updateSupportCount();
    void bringToFront();
    void signOutCurrent();
    // New projects (dashboard accounts) and the Config page's project changes.
    api::ConnectionSession *newProjectSession() const;
    void updateNewProjectAction();
    void openNewProjectDialog();
    void onProjectUpdated(const api::Project &project);
    void onProjectDeleted(const QString &projectId);

    api::Workspace *m_workspace;
    AppSettings *m_settings;
    models::ProjectListModel *m_projects;
    models::CommandPaletteModel *m_paletteModel;
    QString m_startLanguage; // the language setting this run started with
    ProjectContext m_context;
    api::Area m_area = api::Area::Users;
    QHash<api::Area, Page *> m_pages;
    QPointer<Page> m_placeholder;
    bool m_settled = false;

    QComboBox *m_projectSwitcher;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    ErrorBanner *m_sessionBanner; // the current connection needs a new sign-in
    ErrorBanner *m_noticeBanner;  // warnings that stay until dismissed
    SessionRecovery *m_sessionRecovery = nullptr;
    QLabel *m_connectionLabel;
    QLabel *m_projectLabel;
    QAction *m_signOutAction = nullptr;
    QAction *m_newProjectAction = nullptr; // objectName "newProjectAction"
    QAction *m_connectAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_openConfigAction = nullptr;
    QAction *m_projectSwitcherAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_signInAgainAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_areaActions; // Alt+1 … in api::allAreas() order
    CommandPalette *m_palette = nullptr;
    SupportNotifier *m_supportNotifier = nullptr;
    models::SupportWatcher *m_supportWatcher = nullptr;
    int m_supportUnread = 0;
    QList<QPointer<ConfigFileWindow>> m_configFileWindows;
};

} // namespace hexclave::ui
