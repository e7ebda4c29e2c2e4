#include "ConfigFileWindow.h"

#include "ConfigPushFlow.h"
#include "connections/Workspace.h"
#include "ProjectChoiceDialog.h"
#include "autosave/EditorAutosave.h"
#include "config/ConfigFileDocument.h"
#include "config/ConfigSchema.h"
#include "config/ConfigSync.h"
#include "config/FileConfigTarget.h"
#include "pages/config/ConfigDiffView.h"
#include "widgets/ErrorBanner.h"

#include "pages/config/expert/ConfigExpertView.h"
#include "pages/config/settings/ConfigSettingsPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace hexclave::ui {

namespace {

// Every open window, so that one file is edited in one window only.
QList<ConfigFileWindow *> &openWindows()
{
    static QList<ConfigFileWindow *> windows;
    return windows;
}

} // namespace

QString ConfigFileWindow::fileFilter()
{
    return tr("Hexclave configuration (*.config.ts);;TypeScript files (*.ts);;All files (*)");
}

QString ConfigFileWindow::chooseFileToOpen(QWidget *parent, const QString &startDirectory)
{
    return QFileDialog::getOpenFileName(parent, tr("Open configuration file"),
                                        startDirectory.isEmpty() ? QDir::homePath() : startDirectory, fileFilter());
}

ConfigFileWindow *ConfigFileWindow::windowFor(const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    for (ConfigFileWindow *window : std::as_const(openWindows())) {
        if (!window->m_document->isUntitled() && window->m_document->filePath() == absolutePath)
            return window;
    }
    return nullptr;
}

ConfigFileWindow::ConfigFileWindow(api::Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_document(new models::ConfigFileDocument(this))
    , m_target(new models::FileConfigTarget(m_document, this))
    , m_banner(new ErrorBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_onboardingNote(new QLabel(this))
    , m_problemsTitle(new QLabel(this))
    , m_problems(new QListWidget(this))
{
    openWindows().append(this);
    setObjectName(QStringLiteral("configFileWindow"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_settings = new ConfigSettingsPanel(m_target, m_tabs);
    m_tabs->addTab(m_settings, tr("Settings"));
    m_expert = new ConfigExpertView(m_target, m_tabs);
    m_tabs->addTab(m_expert, tr("Expert"));
    // The expert view lists the problems itself.
    connect(m_tabs, &QTabWidget::currentChanged, this, &ConfigFileWindow::updateProblems);
    m_tabs->setObjectName(QStringLiteral("configFileTabs"));
    m_tabs->setDocumentMode(true);

    m_problemsTitle->setObjectName(QStringLiteral("problemsTitle"));
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setAlternatingRowColors(true);
    m_banner->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_banner);
    m_onboardingNote->setObjectName(QStringLiteral("onboardingNote"));
    m_onboardingNote->setWordWrap(true);
    m_onboardingNote->setContentsMargins(8, 4, 8, 4);
    m_onboardingNote->hide();
    layout->addWidget(m_onboardingNote);
    layout->addWidget(m_tabs, 1);
    auto *problemsBox = new QVBoxLayout;
    problemsBox->setContentsMargins(8, 0, 8, 6);
    problemsBox->addWidget(m_problemsTitle);
    problemsBox->addWidget(m_problems);
    layout->addLayout(problemsBox);
    setCentralWidget(central);

    createActions();

    connect(m_document, &models::ConfigFileDocument::modifiedChanged, this, &ConfigFileWindow::updateTitle);
    connect(m_document, &models::ConfigFileDocument::filePathChanged, this, &ConfigFileWindow::updateTitle);
    connect(m_document, &models::ConfigFileDocument::configChanged, this, &ConfigFileWindow::updateProblems);
    connect(m_document, &models::ConfigFileDocument::configChanged, this, &ConfigFileWindow::updateOnboardingNote);
    connect(m_document, &models::ConfigFileDocument::autosaveFailed, m_banner, &ErrorBanner::showProblem);
    connect(m_target, &models::ConfigTarget::failed, this,
            [this](models::ConfigSettingsWriter::Stage, const api::ApiError &error) {
                m_banner->showActionError(tr("Change the file"), error);
            });

    updateTitle();
    updateProblems();
    resize(1100, 760);
}

ConfigFileWindow::~ConfigFileWindow()
{
    openWindows().removeAll(this);
    // The views go before the target and the document they hold on to (children are deleted
    // in creation order, and those were created first).
    delete centralWidget();
}

void ConfigFileWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    auto *projectMenu = menuBar()->addMenu(tr("&Project"));
    auto *toolbar = addToolBar(tr("File"));
    toolbar->setObjectName(QStringLiteral("configFileToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    const auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };

    QAction *newAction = make(QStringLiteral("newAction"), tr("&New"), QKeySequence::New);
    newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    connect(newAction, &QAction::triggered, this, &ConfigFileWindow::newFile);
    QAction *openAction = make(QStringLiteral("openAction"), tr("&Open…"), QKeySequence::Open);
    openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(openAction, &QAction::triggered, this, &ConfigFileWindow::chooseAndOpen);
    m_saveAction = make(QStringLiteral("saveAction"), tr("&Save"), QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_saveAction, &QAction::triggered, this, &ConfigFileWindow::save);
    QAction *saveAsAction = make(QStringLiteral("saveAsAction"), tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveAsAction, &QAction::triggered, this, &ConfigFileWindow::saveAs);
    QAction *closeAction = make(QStringLiteral("closeAction"), tr("&Close"), QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    fileMenu->addActions({newAction, openAction, m_saveAction, saveAsAction});
    fileMenu->addSeparator();
    fileMenu->addAction(closeAction);

    // Own actions rather than QUndoStack's: their text stays short in the toolbar; the tool tip
    // names the step.
    QUndoStack *stack = m_document->undoStack();
    QAction *undo = make(QStringLiteral("undoAction"), tr("&Undo"), QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(text));
    });
    QAction *redo = make(QStringLiteral("redoAction"), tr("&Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(text));
    });
    editMenu->addActions({undo, redo});

    m_pullAction = make(QStringLiteral("pullAction"), tr("P&ull from project…"), {});
    m_pullAction->setToolTip(tr("Replace this file's configuration with a project's branch configuration"));
    m_pullAction->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    connect(m_pullAction, &QAction::triggered, this, &ConfigFileWindow::pullFromProject);
    m_compareAction = make(QStringLiteral("compareAction"), tr("&Compare with project…"), {});
    m_compareAction->setToolTip(tr("Show side by side how this file differs from a project's branch configuration"));
    m_compareAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    connect(m_compareAction, &QAction::triggered, this, &ConfigFileWindow::compareWithProject);
    m_pushAction = make(QStringLiteral("pushAction"), tr("P&ush to project…"), {});
    m_pushAction->setToolTip(tr("Make this file a project's branch configuration (the change is shown first)"));
    m_pushAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    connect(m_pushAction, &QAction::triggered, this, &ConfigFileWindow::pushToProject);
    projectMenu->addActions({m_pullAction, m_compareAction, m_pushAction});

    toolbar->addActions({openAction, m_saveAction});
    toolbar->addSeparator();
    toolbar->addActions({undo, redo});
    toolbar->addSeparator();
    toolbar->addActions({m_pullAction, m_compareAction, m_pushAction});
}

void ConfigFileWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Hexclave Admin").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    statusBar()->showMessage(m_document->isUntitled() ? tr("Not saved yet") : QDir::toNativeSeparators(m_document->filePath()));
}

void ConfigFileWindow::updateProblems()
{
    m_problems->clear();
    const QList<api::ConfigProblem> problems = api::configschema::validate(m_document->config(), api::ConfigLevel::Branch);
    int errors = 0;
    for (const api::ConfigProblem &problem : problems) {
        const bool isError = problem.severity == api::ConfigProblem::Severity::Error;
        errors += isError ? 1 : 0;
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(problem.path, problem.message), m_problems);
        item->setIcon(style()->standardIcon(isError ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setData(Qt::UserRole, problem.path);
    }
    const int warnings = int(problems.size()) - errors;
    m_problemsTitle->setText(errors > 0 ? tr("Problems — errors: %1, warnings: %2. A push is refused until the errors are fixed.")
                                              .arg(errors)
                                              .arg(warnings)
                                        : tr("Problems — warnings: %1").arg(warnings));
    const bool shown = !problems.isEmpty() && m_tabs->currentWidget() != m_expert;
    m_problemsTitle->setVisible(shown);
    m_problems->setVisible(shown);
    // As tall as its rows, up to four.
    const int rows = std::min<int>(int(problems.size()), 4);
    m_problems->setFixedHeight(rows * std::max(m_problems->sizeHintForRow(0), fontMetrics().height() + 6)
                               + 2 * m_problems->frameWidth() + 2);
}

bool ConfigFileWindow::openFile(const QString &path)
{
    if (!m_document->isUntitled() && QFileInfo(path).absoluteFilePath() == m_document->filePath())
        return true;
    if (isHeldByAnotherWindow(path))
        return false;
    if (!maySafelyClose())
        return false;
    QString error;
    if (!m_document->open(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Open configuration file"), error, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("openErrorMessage"));
        box.exec();
        return false;
    }
    m_pendingBaseline.reset();
    m_banner->hide();
    updateOnboardingNote();
    if (m_document->recovery())
        offerRecovery();
    return true;
}

bool ConfigFileWindow::isHeldByAnotherWindow(const QString &path)
{
    ConfigFileWindow *other = windowFor(path);
    if (!other || other == this)
        return false;
    other->show();
    other->raise();
    other->activateWindow();
    QMessageBox box(QMessageBox::Information, tr("Open configuration file"),
                    tr("%1 is already open in another window; edit it there.").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("alreadyOpenMessage"));
    box.exec();
    return true;
}

bool ConfigFileWindow::createFile(const QString &path)
{
    if (isHeldByAnotherWindow(path) || !maySafelyClose())
        return false;
    m_document->newDocument();
    m_pendingBaseline.reset();
    m_banner->hide();
    updateOnboardingNote();
    m_untitledRecoveriesOffered = true; // a new file was asked for, not the old edits
    return saveAsPath(path);
}

void ConfigFileWindow::updateOnboardingNote()
{
    // "show-onboarding" stands for an empty configuration and asks the CLI to show its
    // onboarding; the first edit turns it into an object.
    const bool shown = m_document->showsOnboarding();
    m_onboardingNote->setText(tr("This file holds \"show-onboarding\" instead of a configuration. It stays that way "
                                 "until you change a setting; then it is saved as an object."));
    m_onboardingNote->setVisible(shown);
}

void ConfigFileWindow::newFile()
{
    if (!maySafelyClose())
        return;
    m_document->newDocument();
    m_pendingBaseline.reset();
    m_banner->hide();
    updateOnboardingNote();
    offerUntitledRecoveries();
}

void ConfigFileWindow::chooseAndOpen()
{
    const QString start = m_document->isUntitled() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = chooseFileToOpen(this, start);
    if (!path.isEmpty())
        openFile(path);
}

void ConfigFileWindow::offerRecovery()
{
    const std::optional<models::AutosavedText> entry = m_document->recovery();
    QString text = tr("%1 has changes from %2 that were never saved (the app may have closed unexpectedly).")
                       .arg(m_document->displayName(), QLocale().toString(entry->savedAt.toLocalTime(), QLocale::ShortFormat));
    if (m_document->recoveryBaseChanged())
        text += u' ' + tr("The file has changed on disk since then; restoring replaces those changes (you can undo it).");
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved changes"), text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("recoveryQuestion"));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore) {
        QString error;
        if (!m_document->restoreRecovery(&error))
            m_banner->showProblem(error);
    } else {
        m_document->discardRecovery();
    }
}

void ConfigFileWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_untitledRecoveriesOffered && m_document->isUntitled() && !m_document->isModified())
        QTimer::singleShot(0, this, &ConfigFileWindow::offerUntitledRecoveries);
}

void ConfigFileWindow::offerUntitledRecoveries()
{
    m_untitledRecoveriesOffered = true;
    if (!m_document->isUntitled() || m_document->isModified())
        return;
    const QList<models::AutosavedText> entries = m_document->untitledRecoveries();
    if (entries.isEmpty())
        return;
    const models::AutosavedText &latest = entries.constLast(); // oldest first
    QString text = tr("A new configuration file from %1 was never saved (the app may have closed unexpectedly). "
                      "Restore it here?")
                       .arg(QLocale().toString(latest.savedAt.toLocalTime(), QLocale::ShortFormat));
    if (entries.size() > 1)
        text += u' ' + tr("There are %1 such files; the others are offered the next time you start a new file.").arg(entries.size());
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved changes"), text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("untitledRecoveryQuestion"));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Not now"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == discard)
        m_document->autosave()->discard(latest.key);
    else if (box.clickedButton() == restore)
        restoreUntitled(latest);
}

void ConfigFileWindow::restoreUntitled(const models::AutosavedText &entry)
{
    QString error;
    if (!m_document->openUntitledRecovery(entry, &error))
        m_banner->showProblem(error);
}

bool ConfigFileWindow::save()
{
    if (m_document->isUntitled())
        return saveAs();
    QString error;
    if (m_document->save(&error))
        return true;
    if (!m_document->changedOnDiskAtSave()) {
        QMessageBox::warning(this, tr("Save"), error);
        return false;
    }
    QMessageBox box(QMessageBox::Warning, tr("Save"),
                    tr("%1 Overwrite it with your version, or reload it (your unsaved changes are lost)?").arg(error),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("changedOnDiskQuestion"));
    QPushButton *overwrite = box.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
    QPushButton *reload = box.addButton(tr("Reload"), QMessageBox::ResetRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == overwrite) {
        if (m_document->save(&error, true))
            return true;
        QMessageBox::warning(this, tr("Save"), error);
    } else if (box.clickedButton() == reload) {
        const QString path = m_document->filePath();
        m_document->discardAutosave();
        if (!m_document->open(path, &error))
            m_banner->showProblem(error);
        m_pendingBaseline.reset();
        updateOnboardingNote();
    }
    return false;
}

bool ConfigFileWindow::saveAs()
{
    const QString start = m_document->isUntitled() ? QDir::home().filePath(QStringLiteral("hexclave.config.ts"))
                                                   : m_document->filePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save configuration file as"), start, fileFilter());
    if (path.isEmpty())
        return false;
    return saveAsPath(path);
}

bool ConfigFileWindow::saveAsPath(const QString &path)
{
    if (isHeldByAnotherWindow(path))
        return false;
    QString error;
    if (!m_document->saveAs(path, &error)) {
        QMessageBox::warning(this, tr("Save"), error);
        return false;
    }
    if (m_pendingBaseline) {
        if (!m_baselines.store(m_document->filePath(), m_pendingBaseline->first, m_pendingBaseline->second, &error))
            m_banner->showProblem(error);
        m_pendingBaseline.reset();
    }
    return true;
}

bool ConfigFileWindow::mayDropUnappliedEdits()
{
    if (!m_settings->hasUnsavedChanges() && !m_expert->hasUnsavedChanges())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unapplied changes"),
                    tr("Some settings were changed but not applied to the file yet. Discard them?"),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unappliedChangesQuestion"));
    if (box.exec() != QMessageBox::Discard)
        return false;
    m_settings->discardUnsavedChanges();
    m_expert->discardUnsavedChanges();
    return true;
}

bool ConfigFileWindow::maySafelyClose()
{
    if (!mayDropUnappliedEdits())
        return false;
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("Save the changes to %1 before closing it?").arg(m_document->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesQuestion"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_document->discardAutosave();
        return true;
    default:
        return false;
    }
}

void ConfigFileWindow::closeEvent(QCloseEvent *event)
{
    if (m_busy) {
        statusBar()->showMessage(tr("A pull, comparison or push is under way; close the window when it has finished."));
        raise();
        activateWindow();
        event->ignore();
        return;
    }
    if (!maySafelyClose()) {
        event->ignore();
        return;
    }
    if (m_compareDialog)
        m_compareDialog->close();
    QMainWindow::closeEvent(event);
}

std::optional<ConfigProjectChoice> ConfigFileWindow::chooseProject(const QString &title, const QString &acceptText)
{
    return ProjectChoiceDialog::choose(this, m_workspace, title, acceptText, m_lastProjectId);
}

void ConfigFileWindow::setBusy(bool busy)
{
    m_busy = busy;
    updateSyncActions();
}

void ConfigFileWindow::updateSyncActions()
{
    for (QAction *action : {m_pullAction, m_compareAction, m_pushAction})
        action->setEnabled(!m_busy);
}

void ConfigFileWindow::pullFromProject()
{
    const std::optional<ConfigProjectChoice> project = chooseProject(tr("Pull from project"), tr("Pull"));
    if (!project)
        return;
    m_lastProjectId = project->project.id;
    auto *sync = new models::ConfigSync(project->client(), this);
    sync->setBaselines(m_baselines);
    setBusy(true);
    connect(sync, &models::ConfigSync::pulled, this, [this, sync, project = *project](const api::ConfigTree &pulledBranch) {
        sync->deleteLater();
        setBusy(false);
        // The baseline is the project's state; the file gets what a file may hold.
        QStringList leftOut;
        const api::ConfigTree branch = models::ConfigSync::fileContent(pulledBranch, &leftOut);
        if (!m_document->config().isEmpty() && !m_document->config().sameContent(branch)) {
            QMessageBox box(QMessageBox::Question, tr("Pull from %1").arg(project.displayName()),
                            tr("Replace the configuration in %1 with the branch configuration of %2? You can undo it.")
                                .arg(m_document->displayName(), project.displayName()),
                            QMessageBox::NoButton, this);
            box.setObjectName(QStringLiteral("pullReplaceQuestion"));
            QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() != replace)
                return;
        }
        m_document->setConfig(branch, tr("Pull from %1").arg(project.displayName()));
        QString error;
        if (m_document->isUntitled())
            m_pendingBaseline = std::make_pair(project.project.id, pulledBranch);
        else if (!m_baselines.store(m_document->filePath(), project.project.id, pulledBranch, &error))
            m_pendingBaseline.reset();
        m_banner->showMessage(m_document->isModified()
                                  ? tr("Pulled the branch configuration of %1. Save to keep it in the file.").arg(project.displayName())
                                  : tr("The file already holds the branch configuration of %1.").arg(project.displayName()));
        // Problems replace the message: they are what needs reading.
        QStringList problems;
        if (!leftOut.isEmpty())
            problems << models::ConfigSync::leftOutMessage(leftOut);
        if (!error.isEmpty())
            problems << error;
        if (!problems.isEmpty())
            m_banner->showProblem(problems.join(u'\n'));
    });
    connect(sync, &models::ConfigSync::failed, this, [this, sync](models::ConfigSync::Operation, const api::ApiError &error) {
        sync->deleteLater();
        setBusy(false);
        m_banner->showActionError(tr("Pull the configuration"), error);
    });
    sync->pull(project->scope());
}

void ConfigFileWindow::compareWithProject()
{
    if (!mayDropUnappliedEdits())
        return;
    const std::optional<ConfigProjectChoice> project = chooseProject(tr("Compare with project"), tr("Compare"));
    if (!project)
        return;
    m_lastProjectId = project->project.id;
    auto *sync = new models::ConfigSync(project->client(), this);
    setBusy(true);
    connect(sync, &models::ConfigSync::compared, this, [this, sync, project = *project](const api::ConfigTree &branch) {
        sync->deleteLater();
        setBusy(false);
        showComparison(project, branch);
    });
    connect(sync, &models::ConfigSync::failed, this, [this, sync](models::ConfigSync::Operation, const api::ApiError &error) {
        sync->deleteLater();
        setBusy(false);
        m_banner->showActionError(tr("Read the project's configuration"), error);
    });
    sync->compare(project->scope());
}

void ConfigFileWindow::showComparison(const ConfigProjectChoice &project, const api::ConfigTree &branchOverride)
{
    if (m_compareDialog)
        m_compareDialog->close();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("configCompareDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 compared with %2").arg(m_document->displayName(), project.displayName()));
    auto *view = new ConfigDiffView(dialog);
    view->setObjectName(QStringLiteral("compareDiffView"));
    view->setTrees(branchOverride, m_document->config(), tr("%1 (branch configuration)").arg(project.displayName()),
                   m_document->displayName());
    auto *summary = new QLabel(dialog);
    summary->setObjectName(QStringLiteral("compareSummary"));
    summary->setText(branchOverride.sameContent(m_document->config())
                         ? tr("The file and the project's branch configuration are the same.")
                         : tr("Left: the project's branch configuration now. Right: this file (with unsaved edits)."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->resize(1000, 640);
    m_compareDialog = dialog;
    dialog->show();
}

void ConfigFileWindow::pushToProject()
{
    if (!mayDropUnappliedEdits())
        return;
    const std::optional<ConfigProjectChoice> project = chooseProject(tr("Push to project"), tr("Continue"));
    if (!project)
        return;
    m_lastProjectId = project->project.id;
    auto *flow = new ConfigPushFlow(this, *project, this);
    flow->setBaselines(m_baselines);
    setBusy(true);
    connect(flow, &ConfigPushFlow::pushed, this, [this, projectId = project->project.id](const api::ConfigTree &branchOverride,
                                                                                      const QString &message) {
        setBusy(false);
        if (m_document->isUntitled())
            m_pendingBaseline = std::make_pair(projectId, branchOverride);
        m_banner->showMessage(message);
    });
    flow->showProblemsIn(m_banner, [this] { setBusy(false); });
    // A pull into a file not saved yet has no remembered baseline: what was pulled stands in.
    std::optional<api::ConfigTree> pulled;
    if (m_pendingBaseline && m_pendingBaseline->first == project->project.id)
        pulled = m_pendingBaseline->second;
    flow->start(m_document->config(), m_document->filePath(), m_document->displayName(), pulled);
}

} // namespace hexclave::ui
