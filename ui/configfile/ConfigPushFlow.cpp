#include "ConfigPushFlow.h"

#include "pages/config/ConfigChangeDialog.h"
#include "widgets/ErrorBanner.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace hexclave::ui {

ConfigPushFlow::ConfigPushFlow(QWidget *parentWidget, ConfigProjectChoice project, QObject *parent)
    : QObject(parent)
    , m_parentWidget(parentWidget)
    , m_project(std::move(project))
    , m_sync(new models::ConfigSync(m_project.client(), this))
{
    connect(m_sync, &models::ConfigSync::compared, this, &ConfigPushFlow::confirm);
    connect(m_sync, &models::ConfigSync::changedSinceBaseline, this,
            [this](models::ConfigSync::Divergence divergence) { askAnyway(divergence); });
    connect(m_sync, &models::ConfigSync::refused, this, [this](const QList<api::ConfigProblem> &errors) {
        QStringList lines;
        for (const api::ConfigProblem &problem : errors)
            lines << tr("%1: %2").arg(problem.path, problem.message);
        Q_EMIT stopped(tr("The file was not pushed; the server would refuse it:\n%1").arg(lines.join(u'\n')));
        finish();
    });
    connect(m_sync, &models::ConfigSync::pushed, this, [this](const api::ConfigTree &branchOverride) {
        Q_EMIT pushed(branchOverride, tr("%1 was pushed to %2.").arg(m_fileTitle, m_project.displayName()));
        finish();
    });
    connect(m_sync, &models::ConfigSync::failed, this, [this](models::ConfigSync::Operation, const api::ApiError &error) {
        Q_EMIT failed(error);
        finish();
    });
    connect(m_sync, &models::ConfigSync::warning, this, [this](const QString &message) { m_warnings << message; });
}

void ConfigPushFlow::setBaselines(const models::ConfigPullBaselines &baselines)
{
    m_sync->setBaselines(baselines);
}

void ConfigPushFlow::start(const api::ConfigTree &fileConfig, const QString &filePath, const QString &fileTitle,
                           const std::optional<api::ConfigTree> &pulled)
{
    m_pulled = pulled;
    m_fileConfig = fileConfig.normalized();
    m_filePath = filePath;
    m_fileTitle = fileTitle;
    m_sync->compare(m_project.scope());
}

void ConfigPushFlow::confirm(const api::ConfigTree &branchOverride)
{
    if (branchOverride.sameContent(m_fileConfig)) {
        // Nothing to send; still remember it, so that the next push knows the project's state.
        QString error;
        if (!m_filePath.isEmpty() && !m_sync->rememberPull(m_filePath, m_project.project.id, branchOverride, &error))
            m_warnings << error;
        Q_EMIT stopped(tr("%1 already has this configuration.").arg(m_project.displayName()));
        finish();
        return;
    }
    const models::ConfigLevelChange change{api::ConfigLevel::Branch,
                                           tr("Branch configuration of %1").arg(m_project.displayName()),
                                           branchOverride, m_fileConfig};
    if (!ConfigChangeDialog::confirm(m_parentWidget, tr("Push %1 to %2").arg(m_fileTitle, m_project.displayName()),
                                     {change}, tr("Push"))) {
        Q_EMIT stopped({});
        finish();
        return;
    }
    m_sync->push(m_project.scope(), m_fileConfig, m_filePath, false, m_pulled);
}

void ConfigPushFlow::askAnyway(models::ConfigSync::Divergence divergence)
{
    const QString question = divergence == models::ConfigSync::Divergence::ChangedSincePull
        ? tr("The project's configuration changed since you pulled it into %1. Pushing replaces those changes "
             "with the file.\n\nPush anyway?")
              .arg(m_fileTitle)
        : tr("%1 was not pulled from %2 on this computer, so changes made on the project since cannot be told. "
             "Pushing replaces the project's branch configuration with the file.\n\nPush anyway?")
              .arg(m_fileTitle, m_project.displayName());
    QMessageBox box(QMessageBox::Warning, tr("Push to %1").arg(m_project.displayName()), question,
                    QMessageBox::NoButton, m_parentWidget);
    box.setObjectName(QStringLiteral("pushAnywayQuestion"));
    QPushButton *push = box.addButton(tr("Push anyway"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != push) {
        Q_EMIT stopped({});
        finish();
        return;
    }
    m_sync->push(m_project.scope(), m_fileConfig, m_filePath, true, m_pulled);
}

void ConfigPushFlow::finish()
{
    // After the outcome, so that the warning is not hidden by the outcome's message.
    if (!m_warnings.isEmpty())
        Q_EMIT warning(m_warnings.join(u'\n'));
    m_warnings.clear();
    deleteLater();
}

void ConfigPushFlow::showProblemsIn(ErrorBanner *banner, const std::function<void()> &ended)
{
    connect(this, &ConfigPushFlow::stopped, banner, [banner, ended](const QString &message) {
        ended();
        if (!message.isEmpty())
            banner->showProblem(message);
    });
    connect(this, &ConfigPushFlow::failed, banner, [banner, ended](const api::ApiError &error) {
        ended();
        banner->showActionError(tr("Push the configuration"), error);
    });
    connect(this, &ConfigPushFlow::warning, banner, &ErrorBanner::showProblem);
}

} // namespace hexclave::ui
