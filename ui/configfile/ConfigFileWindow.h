#pragma once

#include "config/ConfigPullBaselines.h"
#include "dto/ProjectConfig.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QDialog;
class QLabel;
class QListWidget;
class QTabWidget;

namespace hexclave::api {
class Workspace;
}
namespace hexclave::models {
class ConfigFileDocument;
class FileConfigTarget;
struct AutosavedText;
}

namespace hexclave::ui {

class ConfigExpertView;
class ConfigSettingsPanel;
class ErrorBanner;
struct ConfigProjectChoice;

// Edits one hexclave.config.ts offline with the Config page's settings and expert tree, with
// no server needed; pulls it from, compares it with and pushes it to a project of the main
// window's connections. Unsaved edits are autosaved and offered back after a crash; closing
// with unsaved edits asks first.
class ConfigFileWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigFileWindow)

public:
    // `workspace` (may be null) holds the connections to choose a project from.
    explicit ConfigFileWindow(api::Workspace *workspace, QWidget *parent = nullptr);
    ~ConfigFileWindow() override;

    // Opens `path` here (after asking about unsaved edits); a file that cannot be read or
    // parsed is reported (line and column) and not opened.
    // Another window holding the same file is shown instead (false here).
    bool openFile(const QString &path);
    void newFile();
    // Makes this a new file saved at `path` (e.g. `--config-file` naming a file not there yet).
    bool createFile(const QString &path);
    // Saves the file under `path` (Save As without the file dialog); refused when another
    // window holds that file.
    bool saveAsPath(const QString &path);

    // The file dialogs' filter for configuration files.
    static QString fileFilter();
    // Asks for a configuration file to open; empty when cancelled.
    static QString chooseFileToOpen(QWidget *parent, const QString &startDirectory = {});
    // The open window editing `path` (absolute or not), if any.
    static ConfigFileWindow *windowFor(const QString &path);

    models::ConfigFileDocument *document() const { return m_document; }
    models::FileConfigTarget *target() const { return m_target; }
    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *problemsList() const { return m_problems; }
    ErrorBanner *banner() const { return m_banner; }
    // Where pulls are remembered (tests use a temporary directory).
    void setPullBaselines(const models::ConfigPullBaselines &baselines) { m_baselines = baselines; }

    // Asks Save / Discard / Cancel when there are unsaved edits; true when the window may close.
    bool maySafelyClose();
    // Whether a pull, compare or push is under way (the window does not close meanwhile).
    bool isBusy() const { return m_busy; }

    // Offers the latest autosaved edits of an untitled file (e.g. after a crash) when this
    // window holds a new, unchanged file: at its first show and after New.
    void offerUntitledRecoveries();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void updateTitle();
    void updateProblems();
    void updateSyncActions();
    void updateOnboardingNote();
    bool mayDropUnappliedEdits();
    bool isHeldByAnotherWindow(const QString &path);
    bool save();
    bool saveAs();
    void chooseAndOpen();
    void offerRecovery();
    void restoreUntitled(const models::AutosavedText &entry);
    std::optional<ConfigProjectChoice> chooseProject(const QString &title, const QString &acceptText);
    void pullFromProject();
    void compareWithProject();
    void pushToProject();
    void showComparison(const ConfigProjectChoice &project, const api::ConfigTree &branchOverride);
    void setBusy(bool busy);

    QPointer<api::Workspace> m_workspace;
    models::ConfigFileDocument *m_document;
    models::FileConfigTarget *m_target;
    models::ConfigPullBaselines m_baselines;
    QString m_lastProjectId;
    // A pull into an untitled file: remembered once the file has a name.
    std::optional<std::pair<QString, api::ConfigTree>> m_pendingBaseline;
    bool m_busy = false;
    bool m_untitledRecoveriesOffered = false;

    ErrorBanner *m_banner;
    QTabWidget *m_tabs;
    ConfigSettingsPanel *m_settings = nullptr;
    ConfigExpertView *m_expert = nullptr;
    QLabel *m_onboardingNote;
    QLabel *m_problemsTitle;
    QListWidget *m_problems;
    QPointer<QDialog> m_compareDialog;
    QAction *m_saveAction = nullptr;
    QAction *m_pullAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_pushAction = nullptr;
};

} // namespace hexclave::ui
