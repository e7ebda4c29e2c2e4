#pragma once

#include "ProjectContext.h"
#include "config/ConfigPullBaselines.h"
#include "dto/ProjectConfig.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace hexclave::ui {

class ConfigDiffView;
class ErrorBanner;

// The Config page's "File" tab: the project's branch configuration and a hexclave.config.ts —
// pull it into a file, compare it with a file side by side, push a file (the change is shown
// first, and a project changed since the pull is asked about).
class ConfigFileSyncView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigFileSyncView)

public:
    ConfigFileSyncView(const ProjectContext &context, QWidget *parent = nullptr);

    // Where pulls are remembered (tests use a temporary directory).
    void setPullBaselines(const models::ConfigPullBaselines &baselines) { m_baselines = baselines; }

    // What the buttons do once a file is chosen (tests call these directly).
    void pullToFile(const QString &path);
    void compareWithFile(const QString &path);
    void pushFile(const QString &path);

    ConfigDiffView *diffView() const { return m_diff; }
    ErrorBanner *banner() const { return m_banner; }

Q_SIGNALS:
    // Open it in a ConfigFileWindow.
    void openFileRequested(const QString &path);

private:
    QString chooseFile(bool forSaving);
    void setBusy(bool busy);
    void showPulled(const QString &path, bool remembered);

    ProjectContext m_context;
    models::ConfigPullBaselines m_baselines;
    QString m_lastDirectory;
    ErrorBanner *m_banner;
    QPushButton *m_pullButton;
    QPushButton *m_compareButton;
    QPushButton *m_pushButton;
    QPushButton *m_openButton;
    QLabel *m_status;
    QLabel *m_diffTitle;
    ConfigDiffView *m_diff;
    QString m_pulledPath;
};

} // namespace hexclave::ui
