#pragma once

#include "ProjectChoiceDialog.h"
#include "config/ConfigSync.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace hexclave::ui {

class ErrorBanner;

// Pushes a configuration file to a project, asking on the way: the file's problems refuse it;
// the change (the project's branch override → the file) is shown first; a project that changed
// since the pull (or a file never pulled from it) is asked about once more. Used by the config
// file window and the Config page's File tab. Deletes itself once finished.
class ConfigPushFlow : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigPushFlow)

public:
    ConfigPushFlow(QWidget *parentWidget, ConfigProjectChoice project, QObject *parent = nullptr);

    // Where pulls are remembered (tests use a temporary directory).
    void setBaselines(const models::ConfigPullBaselines &baselines);
    // `pulled`: what was pulled into a file not saved yet (see ConfigSync::push).
    void start(const api::ConfigTree &fileConfig, const QString &filePath, const QString &fileTitle,
               const std::optional<api::ConfigTree> &pulled = std::nullopt);
    // Shows a refusal, a failure or a warning in `banner`; `ended` runs when the flow stops
    // without a push (pushed() is left to the caller).
    void showProblemsIn(ErrorBanner *banner, const std::function<void()> &ended);

Q_SIGNALS:
    // Done; `branchOverride` is what the project holds now.
    void pushed(const hexclave::api::ConfigTree &branchOverride, const QString &message);
    // Nothing was pushed: the person cancelled (empty message), or it was refused or failed.
    void stopped(const QString &message);
    void failed(const hexclave::api::ApiError &error);
    // Something went wrong that did not stop the push (e.g. the new state of the project could
    // not be remembered); follows pushed() or stopped().
    void warning(const QString &message);

private:
    void confirm(const api::ConfigTree &branchOverride);
    void askAnyway(models::ConfigSync::Divergence divergence);
    void finish();

    QPointer<QWidget> m_parentWidget;
    ConfigProjectChoice m_project;
    models::ConfigSync *m_sync;
    api::ConfigTree m_fileConfig;
    QString m_filePath;
    QString m_fileTitle;
    std::optional<api::ConfigTree> m_pulled;
    QStringList m_warnings;
};

} // namespace hexclave::ui
