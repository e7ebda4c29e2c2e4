#include "MainWindow.h"

#include "AppSettings.h"
#include "ProjectListModel.h"
#include "connections/Workspace.h"
#include "endpoints/UsersEndpoints.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/NewProjectDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "MainMenuBar.h"
#include "SessionRecovery.h"
#include "palette/CommandPalette.h"
#include "palette/CommandPaletteModel.h"
#include "pages/MessagePage.h"
#include "pages/apikeys/ProjectKeysPage.h"
#include "config/ConfigFileDocument.h"
#include "configfile/ConfigFileWindow.h"
#include "pages/config/ConfigPage.h"
#include "pages/emails/EmailsPage.h"
#include "pages/overview/OverviewPage.h"
#include "pages/payments/PaymentsPage.h"
#include "pages/permissions/PermissionsPage.h"
#include "pages/support/SupportNotifier.h"
#include "pages/support/SupportPage.h"
#include "pages/teams/TeamsPage.h"
#include "pages/users/UserActions.h"
#include "pages/users/UsersPage.h"
#include "support/SupportWatcher.h"
#include "widgets/ErrorBanner.h"
#include "widgets/MnemonicText.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace hexclave::ui {

namespace {

constexpr int areaRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(api::Workspace *workspace, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_projects(new models::ProjectListModel(workspace, this))
    , m_paletteModel(new models::CommandPaletteModel(m_projects, this))
    , m_startLanguage(settings->language())
    , m_projectSwitcher(new QComboBox(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_sessionBanner(new ErrorBanner(this))
    , m_noticeBanner(new ErrorBanner(this))
    , m_connectionLabel(new QLabel(this))
    , m_projectLabel(new QLabel(this))
{
    setWindowTitle(tr("Hexclave Admin"));
    setWindowIcon(QIcon(QStringLiteral(":/hexclave-admin.svg")));
    resize(1280, 820);
    if (const QByteArray geometry = m_settings->value(AppSettings::Key::WindowGeometry).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);

    QString lastArea = m_settings->lastArea();
    api::areaFromId(lastArea, &m_area);

    createActions();
    createNavigation();
    createMenus();
    m_palette = new CommandPalette(m_paletteModel, this);
    m_palette->setTriggerShortcut(m_paletteAction->shortcut());
    connect(m_palette, &CommandPalette::activated, this, &MainWindow::onPaletteActivated);

    m_supportNotifier = new SupportNotifier(this);
    connect(m_supportNotifier, &SupportNotifier::supportRequested, this, [this] {
        bringToFront();
        showSupportPage();
    });
    connect(m_supportNotifier, &SupportNotifier::conversationRequested, this, [this](const QString &conversationId) {
        bringToFront();
        if (SupportPage *support = showSupportPage())
            support->openConversation(conversationId);
    });

    m_sessionRecovery = new SessionRecovery(m_workspace, m_sessionBanner, this);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_sessionBanner);
    contentLayout->addWidget(m_noticeBanner);
    contentLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(content);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({180, 1100});
    setCentralWidget(splitter);

    m_connectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_projectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_projectLabel);

    m_projectSwitcher->setModel(m_projects);
    m_projectSwitcher->setMinimumContentsLength(28);
    m_projectSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_projectSwitcher->setAccessibleName(tr("Project"));
    m_projectSwitcher->setToolTip(tr("Every project of every connection (Ctrl+P)"));
    connect(m_projectSwitcher, &QComboBox::activated, this, &MainWindow::selectProjectRow);
    connect(m_workspace, &api::Workspace::projectsChanged, this, &MainWindow::onProjectsChanged);
    connect(m_workspace, &api::Workspace::credentialReady, this, &MainWindow::openLastProject);
    connect(m_workspace, &api::Workspace::sessionRemoved, this, [this] {
        if (m_context.session && !m_workspace->sessions().contains(m_context.session))
            m_context = {}; // signed out of the connection on screen
        onProjectsChanged();
    });
    connect(m_workspace, &api::Workspace::secretNotStored, this,
            [this](api::ConnectionSession *session, const api::ApiError &error) {
                api::ApiError warning = error;
                warning.message = tr("Signed in to %1, but the credential could not be saved: %2 You will have to sign "
                                     "in again after restarting the app.")
                                      .arg(session->connection().describe(), error.message);
                m_noticeBanner->showError(warning, false);
            });

    onProjectsChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *projectLabel = new QLabel(tr("Project:"), toolbar);
    projectLabel->setContentsMargins(6, 0, 4, 0);
    toolbar->addWidget(projectLabel);
    toolbar->addWidget(m_projectSwitcher);
    toolbar->addSeparator();

    // One object per command: the toolbar, the menus and the command palette trigger the same.
    const auto action = [this](const QString &name, const QString &icon, const QString &text) {
        auto *created = new QAction(icon.isEmpty() ? QIcon() : themedIcon(icon), text, this);
        created->setIconText(withoutMnemonic(text)); // toolbar buttons and the palette
        created->setObjectName(name);
        addAction(created); // its shortcut works whether or not a menu shows it
        return created;
    };

    m_connectAction = action(QStringLiteral("connectAction"), QStringLiteral("connect"), tr("&Connect…"));
    m_connectAction->setToolTip(tr("Connect to another server or account"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::openConnectDialog);
    m_signInAgainAction = action(QStringLiteral("signInAgainAction"), {}, tr("Sign in &again…"));
    m_signInAgainAction->setToolTip(tr("Sign in again to the current connection, or change which certificate it trusts"));
    connect(m_signInAgainAction, &QAction::triggered, this, [this] { m_sessionRecovery->signIn(m_context.session); });

    m_newProjectAction = action(QStringLiteral("newProjectAction"), QStringLiteral("add"), tr("&New project…"));
    m_newProjectAction->setToolTip(tr("Create a project owned by your dashboard account"));
    connect(m_newProjectAction, &QAction::triggered, this, &MainWindow::openNewProjectDialog);
    updateNewProjectAction();

    m_reloadAction = action(QStringLiteral("reloadProjectsAction"), QStringLiteral("refresh"), tr("&Reload projects"));
    m_reloadAction->setToolTip(tr("List every connection's projects again, and retry the connections that failed (Ctrl+Shift+R)"));
    m_reloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_reloadAction, &QAction::triggered, m_workspace, &api::Workspace::retryAll);

    m_signOutAction = action(QStringLiteral("signOutAction"), QStringLiteral("sign-out"), tr("&Sign out"));
    m_signOutAction->setToolTip(tr("Sign out of the current connection and forget its credential"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutCurrent);

    // Works with no connection at all: a hexclave.config.ts is edited offline.
    m_openConfigAction = action(QStringLiteral("openConfigFileAction"), QStringLiteral("config"), tr("&Open config file…"));
    m_openConfigAction->setToolTip(tr("Edit a project's hexclave.config.ts offline (Ctrl+O)"));
    m_openConfigAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_openConfigAction, &QAction::triggered, this, [this] {
        const QString path = ConfigFileWindow::chooseFileToOpen(this);
        if (!path.isEmpty())
            openConfigFile(path);
    });

    toolbar->addAction(m_connectAction);
    toolbar->addAction(m_newProjectAction);
    toolbar->addAction(m_reloadAction);
    toolbar->addAction(m_signOutAction);
    toolbar->addAction(m_openConfigAction);

    m_projectSwitcherAction = action(QStringLiteral("projectSwitcherAction"), {}, tr("&Project switcher"));
    m_projectSwitcherAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_projectSwitcherAction, &QAction::triggered, this, [this] {
        m_projectSwitcher->setFocus();
        m_projectSwitcher->showPopup();
    });

    m_paletteAction = action(QStringLiteral("commandPaletteAction"), QStringLiteral("search"), tr("&Command palette…"));
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_paletteAction->setToolTip(tr("Go to a page, project, user or team by typing (Ctrl+K)"));
    connect(m_paletteAction, &QAction::triggered, this, &MainWindow::openCommandPalette);

    m_preferencesAction = action(QStringLiteral("preferencesAction"), {}, tr("&Preferences…"));
    m_preferencesAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::openPreferences);

    m_shortcutsAction = action(QStringLiteral("shortcutsAction"), {}, tr("&Keyboard shortcuts"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });

    m_aboutAction = action(QStringLiteral("aboutAction"), {}, tr("&About Hexclave Admin"));
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Hexclave Admin"),
                           tr("<h3>Hexclave Admin %1</h3><p>A desktop console for Hexclave (Stack Auth) projects: users, "
                              "teams, permissions, keys, payments, emails, support and configuration.</p>"
                              "<p>Built with Qt %2.</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
    });
    m_aboutQtAction = action(QStringLiteral("aboutQtAction"), {}, tr("About &Qt"));
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_quitAction = action(QStringLiteral("quitAction"), {}, tr("&Quit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    MainMenuBar::Actions actions;
    actions.connect = m_connectAction;
    actions.signInAgain = m_signInAgainAction;
    actions.newProject = m_newProjectAction;
    actions.openConfigFile = m_openConfigAction;
    actions.preferences = m_preferencesAction;
    actions.signOut = m_signOutAction;
    actions.quit = m_quitAction;
    actions.areas = m_areaActions;
    actions.commandPalette = m_paletteAction;
    actions.projectSwitcher = m_projectSwitcherAction;
    actions.reloadProjects = m_reloadAction;
    actions.shortcuts = m_shortcutsAction;
    actions.about = m_aboutAction;
    actions.aboutQt = m_aboutQtAction;
    setMenuBar(new MainMenuBar(actions, this));
}

void MainWindow::createNavigation()
{
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(1);
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(240);
    m_navigation->setFrameShape(QFrame::NoFrame);
    const QList<api::Area> areas = api::allAreas();
    for (int i = 0; i < areas.size(); ++i) {
        const api::Area area = areas.at(i);
        auto *item = new QListWidgetItem(themedIcon(api::areaId(area)), api::areaTitle(area), m_navigation);
        item->setData(areaRole, int(area));
        // Alt+1 … Alt+9 jump to the areas in order (Go menu).
        auto *jump = new QAction(themedIcon(api::areaId(area)), api::areaTitle(area), this);
        jump->setObjectName(QStringLiteral("goTo-%1").arg(api::areaId(area)));
        jump->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(jump, &QAction::triggered, this, [this, area] { showArea(area); });
        addAction(jump);
        m_areaActions << jump;
    }
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showArea(api::Area(item->data(areaRole).toInt()));
    });
}

void MainWindow::onProjectsChanged()
{
    // The last project opened before its connection listed the projects (see openLastProject):
    // keep it until the list arrives.
    if (m_context.isValid() && m_workspace->sessions().contains(m_context.session)
        && m_context.session->state() != api::ConnectionSession::State::Ready) {
        updateSessionBanner();
        updateStatusBar();
        return;
    }
    // Keep the current project if it is still there; else the last one used; else the first.
    int row = -1;
    if (m_context.session)
        row = m_projects->rowOf(m_context.session->connection().id, m_context.project.id);
    if (row < 0)
        row = m_projects->rowOf(m_settings->value(AppSettings::Key::LastConnectionId).toString(),
                                m_settings->value(AppSettings::Key::LastProjectId).toString());
    if (row < 0) {
        for (int candidate = 0; candidate < m_projects->rowCount(); ++candidate) {
            if (m_projects->index(candidate).data(models::ProjectListModel::IsProjectRole).toBool()) {
                row = candidate;
                break;
            }
        }
    }
    if (row >= 0) {
        m_projectSwitcher->setCurrentIndex(row);
        selectProjectRow(row);
    } else {
        m_projectSwitcher->setCurrentIndex(-1);
        showNoProject();
    }
    updateSessionBanner();
    updateStatusBar();
}

void MainWindow::openLastProject(api::ConnectionSession *session)
{
    // Start-up: the last project's page starts loading as soon as its connection has a
    // credential, in parallel with the list of projects, instead of after it.
    if (m_context.isValid() || session->connection().id != m_settings->value(AppSettings::Key::LastConnectionId).toString())
        return;
    api::Project project;
    project.id = m_settings->value(AppSettings::Key::LastProjectId).toString();
    project.displayName = m_settings->value(AppSettings::Key::LastProjectName).toString();
    if (project.id.isEmpty())
        return;
    setProject({session, project, m_settings});
}

void MainWindow::selectProjectRow(int row)
{
    const QModelIndex index = m_projects->index(row);
    if (!index.data(models::ProjectListModel::IsProjectRole).toBool())
        return;
    api::ConnectionSession *session = m_workspace->session(index.data(models::ProjectListModel::ConnectionIdRole).toString());
    if (!session)
        return;
    const QString projectId = index.data(models::ProjectListModel::ProjectIdRole).toString();
    for (const api::Project &project : session->projects()) {
        if (project.id != projectId)
            continue;
        if (m_context.session == session && m_context.project.id == project.id) {
            m_context.project = project; // renamed, perhaps, or opened before the list came
            m_settings->setValue(AppSettings::Key::LastProjectName, project.displayName);
            updateNavigation();
            updateStatusBar();
            return;
        }
        if (!mayDiscardUnsavedChanges()) {
            m_projectSwitcher->setCurrentIndex(m_projects->rowOf(m_context.session->connection().id, m_context.project.id));
            return;
        }
        setProject({session, project, m_settings});
        return;
    }
}

bool MainWindow::mayDiscardUnsavedChanges()
{
    QStringList areas;
    Page *first = nullptr;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it.value()->hasUnsavedChanges()) {
            areas << api::areaTitle(it.key());
            if (!first)
                first = it.value();
        }
    }
    if (areas.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("%1 has changes that are not saved yet. Discard them?").arg(areas.join(tr(", "))),
                    QMessageBox::NoButton, this);
    QPushButton *discard = box.addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == discard) {
        for (Page *page : std::as_const(m_pages))
            page->discardUnsavedChanges();
        return true;
    }
    showArea(m_pages.key(first));
    return false;
}

void MainWindow::setProject(const ProjectContext &context)
{
    m_context = context;
    for (Page *page : std::as_const(m_pages))
        page->deleteLater();
    m_pages.clear();
    startSupportWatcher();
    m_settings->setValue(AppSettings::Key::LastConnectionId, context.session->connection().id);
    m_settings->setValue(AppSettings::Key::LastProjectId, context.project.id);
    if (!context.project.displayName.isEmpty())
        m_settings->setValue(AppSettings::Key::LastProjectName, context.project.displayName);
    connect(context.session, &api::ConnectionSession::stateChanged, this, &MainWindow::updateSessionBanner,
            Qt::UniqueConnection);
    updateNavigation();
    updateStatusBar();
    updateSessionBanner();
    showArea(m_area);
}

void MainWindow::showNoProject()
{
    m_context = {};
    for (Page *page : std::as_const(m_pages))
        page->deleteLater();
    m_pages.clear();
    stopSupportWatcher();
    updateNavigation();

    MessagePage *page = nullptr;
    if (m_workspace->sessions().isEmpty()) {
        page = new MessagePage(QStringLiteral("connect"), tr("Welcome to Hexclave Admin"),
                               tr("Connect to the Hexclave cloud or to your own server to manage users, teams, "
                                  "permissions, keys, payments, emails and support conversations."),
                               m_stack);
        connect(page->addAction(tr("Connect…")), &QPushButton::clicked, this, &MainWindow::openConnectDialog);
        // A hexclave.config.ts can be edited with no connection at all.
        QPushButton *openConfig = page->addAction(tr("Open config file…"));
        openConfig->setObjectName(QStringLiteral("welcomeOpenConfigFile"));
        connect(openConfig, &QPushButton::clicked, findChild<QAction *>(QStringLiteral("openConfigFileAction")), &QAction::trigger);
    } else {
        QStringList problems;
        QList<api::ConnectionSession *> needSignIn;
        bool anyFailed = false;
        bool waiting = false;
        for (api::ConnectionSession *session : m_workspace->sessions()) {
            using State = api::ConnectionSession::State;
            if (session->state() == State::Opening || session->state() == State::Closed) {
                waiting = true;
            } else if (session->state() == State::Failed || session->state() == State::NeedsSignIn) {
                problems << QStringLiteral("%1: %2").arg(session->connection().describe(),
                                                         session->lastError().isError() ? session->lastError().userMessage()
                                                                                        : tr("sign-in needed"));
                // A keychain that is locked or missing: try again once unlocked, or sign in for this run.
                if (session->state() == State::NeedsSignIn || session->lastError().kind == api::ApiError::Kind::Keychain)
                    needSignIn << session;
                if (session->state() != State::NeedsSignIn)
                    anyFailed = true;
            }
        }
        page = new MessagePage(QStringLiteral("overview"), waiting ? tr("Connecting…") : tr("No project to show"),
                               waiting ? tr("Signing in and listing your projects.")
                                       : problems.isEmpty() ? tr("Your connections have no projects yet.")
                                                            : problems.join(u'\n'),
                               m_stack);
        if (waiting) {
            showPage(page, false); // not settled: the projects are still coming
            return;
        }
        page->setShowsError(!problems.isEmpty());
        if (anyFailed)
            connect(page->addAction(tr("Try again")), &QPushButton::clicked, m_workspace, &api::Workspace::retryAll);
        for (api::ConnectionSession *session : std::as_const(needSignIn)) {
            QPushButton *signIn = page->addAction(tr("Sign in to %1…").arg(session->connection().serverLabel()));
            connect(signIn, &QPushButton::clicked, this, [this, session = QPointer(session)] { m_sessionRecovery->signIn(session); });
        }
        connect(page->addAction(tr("Connect…")), &QPushButton::clicked, this, &MainWindow::openConnectDialog);
    }
    showPage(page);
}

void MainWindow::updateNavigation()
{
    const QSignalBlocker blocker(m_navigation);
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        const auto area = api::Area(item->data(areaRole).toInt());
        if (!m_context.isValid()) {
            item->setFlags(Qt::NoItemFlags);
            item->setToolTip({});
            continue;
        }
        const api::Capability capability = m_context.capability(area);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        // Unavailable areas stay selectable, so that their page can say what would unlock them.
        item->setForeground(capability.available() ? QBrush() : palette().brush(QPalette::Disabled, QPalette::WindowText));
        item->setIcon(themedIcon(capability.available() ? api::areaId(area) : QStringLiteral("lock")));
        item->setToolTip(capability.explanation);
        if (area == m_area)
            m_navigation->setCurrentItem(item);
    }
    updateNewProjectAction();
}

void MainWindow::showArea(api::Area area)
{
    m_area = area;
    m_settings->setValue(AppSettings::Key::LastArea, api::areaId(area));
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(int(api::allAreas().indexOf(area)));
    }
    if (!m_context.isValid())
        return;
    Page *page = m_pages.value(area);
    if (!page) {
        page = createPage(area);
        m_pages.insert(area, page);
    } else {
        page->activate();
    }
    showPage(page);
}

Page *MainWindow::createPage(api::Area area)
{
    const api::Capability capability = m_context.capability(area);
    const QString icon = api::areaId(area);
    if (!capability.available())
        return MessagePage::unavailable(icon, api::areaTitle(area), capability.explanation, m_stack);
    switch (area) {
    case api::Area::Users: {
        auto *users = new UsersPage(m_context, m_stack);
        connect(users, &UsersPage::openTeamRequested, this, &MainWindow::openTeam);
        connect(users->actions(), &UserActions::startSupportConversationRequested, this, [this](const api::User &user) {
            if (SupportPage *support = showSupportPage())
                support->startConversationWith(user);
        });
        connect(users->actions(), &UserActions::showSupportConversationsRequested, this, [this](const api::User &user) {
            if (SupportPage *support = showSupportPage())
                support->showConversationsOf(user);
        });
        connect(users->actions(), &UserActions::openEmailsOutboxRequested, this, [this] {
            // A new Emails page then opens on the Outbox, without reading the tab it last showed.
            if (!m_pages.contains(api::Area::Emails))
                m_settings->setProjectValue(m_context.project.id, AppSettings::Key::EmailsTab,
                                            EmailsPage::tabId(EmailsPage::Tab::Outbox));
            showArea(api::Area::Emails);
            if (auto *emails = qobject_cast<EmailsPage *>(m_pages.value(api::Area::Emails)))
                emails->showTab(EmailsPage::Tab::Outbox);
        });
        return users;
    }
    case api::Area::Teams: {
        auto *teams = new TeamsPage(m_context, m_stack);
        connect(teams, &TeamsPage::openUserRequested, this, &MainWindow::showUser);
        return teams;
    }
    case api::Area::Permissions:
        return new PermissionsPage(m_context, m_stack);
    case api::Area::ApiKeys:
        return new ProjectKeysPage(m_context, m_stack);
    case api::Area::Payments:
        return new PaymentsPage(m_context, m_stack);
    case api::Area::Emails:
        return new EmailsPage(m_context, m_stack);
    case api::Area::Support: {
        auto *support = new SupportPage(m_context, m_stack);
        connect(support, &SupportPage::openUserRequested, this, &MainWindow::openUser);
        // A page of the previous project lives on until deleteLater: only the current one counts.
        support->setWatcher(m_supportWatcher);
        return support;
    }
    case api::Area::Overview: {
        auto *overview = new OverviewPage(m_context, m_stack);
        connect(overview, &OverviewPage::openUserRequested, this, &MainWindow::openUser);
        return overview;
    }
    case api::Area::Config: {
        auto *config = new ConfigPage(m_context, m_stack);
        connect(config, &ConfigPage::apiKeysPageRequested, this, [this] { showArea(api::Area::ApiKeys); });
        connect(config, &ConfigPage::openFileRequested, this, &MainWindow::openConfigFile);
        connect(config, &ConfigPage::projectUpdated, this, &MainWindow::onProjectUpdated);
        connect(config, &ConfigPage::projectDeleted, this, &MainWindow::onProjectDeleted);
        return config;
    }
    }
    return MessagePage::notBuiltYet(icon, api::areaTitle(area), m_stack);
}

SupportPage *MainWindow::showSupportPage()
{
    showArea(api::Area::Support);
    return qobject_cast<SupportPage *>(m_pages.value(api::Area::Support));
}

void MainWindow::openUser(const QString &userId)
{
    api::ApiClient *client = m_context.client();
    if (userId.isEmpty() || !client)
        return;
    // The Users page shows a user it is given whole; ask for them first.
    api::Job<api::User> *job = client->send(api::users::get(m_context.scope(), userId));
    const QString projectId = m_context.project.id;
    connect(job, &api::ApiJob::finished, this, [this, job, projectId] {
        if (m_context.project.id != projectId)
            return;
        if (!job->succeeded()) {
            if (job->error().kind != api::ApiError::Kind::Cancelled)
                m_noticeBanner->showActionError(job->error().is(u"USER_NOT_FOUND")
                                                    ? tr("The user's page could not be opened: the user no longer exists.")
                                                    : tr("The user's page could not be opened."),
                                                job->error());
            return;
        }
        showUser(job->value());
    });
}

void MainWindow::showUser(const api::User &user)
{
    showArea(api::Area::Users);
    if (auto *users = qobject_cast<UsersPage *>(m_pages.value(api::Area::Users)))
        users->showUser(user);
}

void MainWindow::openTeam(const QString &teamId)
{
    showArea(api::Area::Teams);
    if (auto *teams = qobject_cast<TeamsPage *>(m_pages.value(api::Area::Teams)))
        teams->openTeam(teamId);
}

void MainWindow::startSupportWatcher()
{
    stopSupportWatcher();
    if (!m_context.capability(api::Area::Support).available() || !m_context.client())
        return;
    m_supportWatcher = new models::SupportWatcher(m_context.client(), m_context.project.id, this);
    connect(m_supportWatcher, &models::SupportWatcher::unreadChanged, this, &MainWindow::setSupportUnread);
    connect(m_supportWatcher, &models::SupportWatcher::newCustomerMessages, this,
            [this](const QList<api::ConversationSummary> &conversations) {
                // No desktop notification while the person looks at the Support page.
                if (!(isActiveWindow() && m_area == api::Area::Support))
                    m_supportNotifier->notify(conversations);
            });
    m_supportWatcher->start();
}

void MainWindow::stopSupportWatcher()
{
    delete std::exchange(m_supportWatcher, nullptr);
    setSupportUnread(0);
}

void MainWindow::setSupportUnread(int count)
{
    if (count == m_supportUnread)
        return;
    m_supportUnread = count;
    m_supportNotifier->setUnreadCount(count);
    updateSupportCount();
}

void MainWindow::updateSupportCount()
{
    const int row = int(api::allAreas().indexOf(api::Area::Support));
    if (QListWidgetItem *item = m_navigation->item(row)) {
        const QString title = api::areaTitle(api::Area::Support);
        item->setText(m_supportUnread > 0 ? tr("%1 · %2").arg(title).arg(m_supportUnread) : title);
        item->setData(Qt::AccessibleTextRole, m_supportUnread > 0
                                                  ? tr("%1, %n unread conversation(s)", nullptr, m_supportUnread).arg(title)
                                                  : title);
    }
    setWindowTitle(m_supportUnread > 0 ? tr("(%1) Hexclave Admin").arg(m_supportUnread) : tr("Hexclave Admin"));
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::showPage(Page *page, bool settled)
{
    m_settled = false;
    if (m_stack->indexOf(page) < 0)
        m_stack->addWidget(page);
    if (m_placeholder && m_placeholder != page && !m_pages.values().contains(m_placeholder))
        m_placeholder->deleteLater();
    if (!m_pages.values().contains(page))
        m_placeholder = page;
    m_stack->setCurrentWidget(page);
    disconnect(page, &Page::ready, this, nullptr);
    if (!settled)
        return;
    if (page->isReady()) {
        m_settled = true;
        Q_EMIT currentPageReady();
    } else {
        connect(page, &Page::ready, this, [this, page] {
            if (m_stack->currentWidget() != page)
                return;
            m_settled = true;
            Q_EMIT currentPageReady();
        });
    }
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::updateStatusBar()
{
    m_signOutAction->setEnabled(m_context.session != nullptr);
    m_signInAgainAction->setEnabled(m_context.session != nullptr);
    if (!m_context.isValid()) {
        m_connectionLabel->setText(m_workspace->sessions().isEmpty() ? tr("Not connected") : tr("No project selected"));
        m_projectLabel->clear();
        return;
    }
    const api::Connection &connection = m_context.session->connection();
    m_connectionLabel->setText(tr("%1 · %2 · %3")
                                   .arg(connection.kind == api::CredentialKind::DashboardAccount
                                            ? connection.accountEmail
                                            : tr("project %1").arg(connection.projectId),
                                        connection.serverLabel(), api::credentialKindName(connection.kind)));
    m_projectLabel->setText(tr("Project ID: %1").arg(m_context.project.id));
}

void MainWindow::updateSessionBanner()
{
    m_sessionRecovery->setSession(m_context.session);
}

void MainWindow::openConnectDialog()
{
    ConnectDialog dialog(m_workspace, nullptr, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.connectedSession())
        return;
    api::ConnectionSession *session = dialog.connectedSession();
    if (!session->projects().isEmpty()) {
        const int row = m_projects->rowOf(session->connection().id, session->projects().first().id);
        if (row >= 0) {
            m_projectSwitcher->setCurrentIndex(row);
            selectProjectRow(row);
        }
    }
}

void MainWindow::signOutCurrent()
{
    if (!m_context.session)
        return;
    const api::Connection connection = m_context.session->connection();
    const auto answer = QMessageBox::question(
        this, tr("Sign out"),
        tr("Sign out of %1?\n\nThe connection is removed and its credential deleted from the keychain.")
            .arg(connection.describe()));
    if (answer != QMessageBox::Yes)
        return;
    m_workspace->removeConnection(connection.id);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The pages ask first: a "Keep editing" there must leave the config file windows open.
    if (!mayDiscardUnsavedChanges()) {
        event->ignore();
        return;
    }
    // Then each config file window about its own edits (a busy one says why it stays).
    for (const QPointer<ConfigFileWindow> &window : std::as_const(m_configFileWindows)) {
        if (window && !window->close()) {
            event->ignore();
            return;
        }
    }
    m_settings->setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    QMainWindow::closeEvent(event);
}

ConfigFileWindow *MainWindow::openConfigFile(const QString &path)
{
    const QString absolutePath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_configFileWindows.removeAll(nullptr);
    if (ConfigFileWindow *open = ConfigFileWindow::windowFor(absolutePath)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    // A file that is not there yet (e.g. `--config-file` naming it): offer to create it.
    const bool create = !absolutePath.isEmpty() && !QFileInfo::exists(absolutePath);
    if (create) {
        QMessageBox box(QMessageBox::Question, tr("Open config file"),
                        tr("%1 does not exist. Create a new configuration file there?").arg(QDir::toNativeSeparators(absolutePath)),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("createConfigFileQuestion"));
        QPushButton *createButton = box.addButton(tr("Create"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(createButton);
        box.exec();
        if (box.clickedButton() != createButton)
            return nullptr;
    }
    // A separate window, owned here so that it goes with the main window.
    auto *window = new ConfigFileWindow(m_workspace, this);
    if (!absolutePath.isEmpty() && !(create ? window->createFile(absolutePath) : window->openFile(absolutePath))) {
        delete window;
        return nullptr;
    }
    m_configFileWindows.append(window);
    window->show();
    return window;
}

// The connection a new project is created with: the current one when it is a dashboard account,
// else the first dashboard account that is ready.
api::ConnectionSession *MainWindow::newProjectSession() const
{
    const auto usable = [](const api::ConnectionSession *session) {
        return session && session->connection().kind == api::CredentialKind::DashboardAccount
            && session->state() == api::ConnectionSession::State::Ready;
    };
    if (usable(m_context.session))
        return m_context.session;
    for (api::ConnectionSession *session : m_workspace->sessions()) {
        if (usable(session))
            return session;
    }
    return nullptr;
}

void MainWindow::updateNewProjectAction()
{
    if (!m_newProjectAction)
        return;
    const bool available = newProjectSession() != nullptr;
    m_newProjectAction->setEnabled(available);
    m_newProjectAction->setToolTip(available ? tr("Create a project owned by your dashboard account")
                                             : tr("Projects are created with a dashboard account: connect with one first"));
}

void MainWindow::openNewProjectDialog()
{
    api::ConnectionSession *session = newProjectSession();
    if (!session)
        return;
    auto *dialog = new NewProjectDialog({session, {}, m_settings}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<api::ConnectionSession> guarded(session);
    connect(dialog, &NewProjectDialog::created, this, [this, guarded](const api::Project &project) {
        if (!guarded)
            return;
        // Once the connection lists its projects again, the new one is opened.
        const QString connectionId = guarded->connection().id;
        connect(guarded, &api::ConnectionSession::projectsChanged, this, [this, connectionId, projectId = project.id] {
            const int row = m_projects->rowOf(connectionId, projectId);
            if (row >= 0) {
                m_projectSwitcher->setCurrentIndex(row);
                selectProjectRow(row);
            }
        }, Qt::SingleShotConnection);
        guarded->reloadProjects();
    });
    dialog->open();
}

void MainWindow::onProjectUpdated(const api::Project &project)
{
    if (m_context.session && m_context.project.id == project.id) {
        m_context.project = project;
        m_settings->setValue(AppSettings::Key::LastProjectName, project.displayName);
        updateStatusBar();
        m_context.session->reloadProjects(); // the switcher shows the new name
    }
}

void MainWindow::onProjectDeleted(const QString &projectId)
{
    if (m_context.project.id != projectId)
        return;
    const QPointer<api::ConnectionSession> session = m_context.session;
    // The project is gone: no page of it may stay, and the next one is chosen from the new list.
    for (Page *page : std::as_const(m_pages))
        page->discardUnsavedChanges();
    showNoProject();
    if (session)
        session->reloadProjects();
}

void MainWindow::openCommandPalette()
{
    m_paletteModel->startSession(); // no search of the last session's text in the new project
    const bool searchable = m_context.isValid() && m_context.capability(api::Area::Users).available();
    m_paletteModel->setProject(searchable ? m_context.client() : nullptr, searchable ? m_context.project.id : QString(),
                               searchable && m_context.capability(api::Area::Teams).available());
    m_paletteModel->setIconProvider(&themedIcon);
    QList<models::CommandPaletteModel::Command> commands;
    for (const PaletteCommand &command : paletteCommands())
        commands.append({command.id, command.action->iconText(), command.iconName,
                         command.action->shortcut().toString(QKeySequence::NativeText), command.action->isEnabled()});
    m_paletteModel->setCommands(commands);
    QStringList pageShortcuts;
    for (const QAction *jump : std::as_const(m_areaActions))
        pageShortcuts << jump->shortcut().toString(QKeySequence::NativeText);
    m_paletteModel->setPageShortcuts(pageShortcuts);
    m_palette->popup();
}

QList<MainWindow::PaletteCommand> MainWindow::paletteCommands() const
{
    return {
        {QStringLiteral("connect"), m_connectAction, QStringLiteral("connect")},
        {QStringLiteral("sign-in-again"), m_signInAgainAction, QStringLiteral("connect")},
        {QStringLiteral("new-project"), m_newProjectAction, QStringLiteral("add")},
        {QStringLiteral("open-config-file"), m_openConfigAction, QStringLiteral("config")},
        {QStringLiteral("preferences"), m_preferencesAction, QStringLiteral("config")}, // the gear
        {QStringLiteral("reload-projects"), m_reloadAction, QStringLiteral("refresh")},
        {QStringLiteral("shortcuts"), m_shortcutsAction, QString()}, // no keyboard icon in resources/icons
    };
}

void MainWindow::onPaletteActivated(const QModelIndex &index)
{
    using Kind = models::CommandPaletteModel::Kind;
    const QString id = index.data(models::CommandPaletteModel::IdRole).toString();
    switch (index.data(models::CommandPaletteModel::KindRole).value<Kind>()) {
    case Kind::Page: {
        api::Area area{};
        if (api::areaFromId(id, &area))
            showArea(area);
        break;
    }
    case Kind::Command:
        for (const PaletteCommand &command : paletteCommands()) {
            if (command.id == id && command.action->isEnabled())
                command.action->trigger();
        }
        break;
    case Kind::Project: {
        const int row = m_projects->rowOf(index.data(models::CommandPaletteModel::ConnectionIdRole).toString(), id);
        if (row >= 0) {
            m_projectSwitcher->setCurrentIndex(row);
            selectProjectRow(row);
        }
        break;
    }
    case Kind::User:
        if (const api::User *user = m_paletteModel->userAt(index.row()))
            showUser(*user);
        break;
    case Kind::Team:
        openTeam(id);
        break;
    case Kind::Status:
        break;
    }
}

void MainWindow::openPreferences()
{
    PreferencesDialog dialog(m_settings, m_startLanguage, this);
    // Restarted only once the dialog's event loop has ended, not from inside it.
    if (dialog.exec() == QDialog::Accepted && dialog.restartChosen())
        restart();
}

void MainWindow::restart()
{
    // The normal close path first, so that unsaved edits are asked about (and can cancel);
    // the settings it writes are synced before the new run reads them.
    if (!close())
        return;
    m_settings->sync();
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
                            PreferencesDialog::restartArguments(QCoreApplication::arguments().mid(1)));
}

} // namespace hexclave::ui
