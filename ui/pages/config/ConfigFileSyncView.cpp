#include "ConfigFileSyncView.h"

#include "ConfigDiffView.h"
#include "config/ConfigFileDocument.h"
#include "config/ConfigSync.h"
#include "configfile/ConfigFileWindow.h"
#include "configfile/ConfigPushFlow.h"
#include "widgets/ErrorBanner.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

ConfigFileSyncView::ConfigFileSyncView(const ProjectContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_lastDirectory(QDir::homePath())
    , m_banner(new ErrorBanner(this))
    , m_pullButton(new QPushButton(tr("Pull to file…"), this))
    , m_compareButton(new QPushButton(tr("Compare with file…"), this))
    , m_pushButton(new QPushButton(tr("Push file…"), this))
    , m_openButton(new QPushButton(tr("Open in editor"), this))
    , m_status(new QLabel(this))
    , m_diffTitle(new QLabel(this))
    , m_diff(new ConfigDiffView(this))
{
    m_pullButton->setObjectName(QStringLiteral("pullToFileButton"));
    m_compareButton->setObjectName(QStringLiteral("compareWithFileButton"));
    m_pushButton->setObjectName(QStringLiteral("pushFileButton"));
    m_openButton->setObjectName(QStringLiteral("openInEditorButton"));
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_diff->setObjectName(QStringLiteral("fileDiffView"));
    m_pullButton->setToolTip(tr("Save the project's branch configuration as a hexclave.config.ts"));
    m_compareButton->setToolTip(tr("Show side by side how a hexclave.config.ts differs from the project"));
    m_pushButton->setToolTip(tr("Make a hexclave.config.ts the project's branch configuration (the change is shown first)"));

    auto *intro = new QLabel(tr("The project's branch configuration can live in a hexclave.config.ts next to your code. "
                                "Settings kept per environment (OAuth client secrets, trusted domains, the email server) "
                                "stay on the server."),
                             this);
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openButton->hide();
    m_banner->hide();
    m_diffTitle->hide();
    m_diff->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pullButton);
    buttons->addWidget(m_compareButton);
    buttons->addWidget(m_pushButton);
    buttons->addStretch(1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_openButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addLayout(statusRow);
    layout->addWidget(m_diffTitle);
    layout->addWidget(m_diff, 1);
    layout->addStretch(0);

    connect(m_pullButton, &QPushButton::clicked, this, [this] {
        const QString path = chooseFile(true);
        if (!path.isEmpty())
            pullToFile(path);
    });
    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        const QString path = chooseFile(false);
        if (!path.isEmpty())
            compareWithFile(path);
    });
    connect(m_pushButton, &QPushButton::clicked, this, [this] {
        const QString path = chooseFile(false);
        if (!path.isEmpty())
            pushFile(path);
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (!m_pulledPath.isEmpty())
            Q_EMIT openFileRequested(m_pulledPath);
    });

    const bool available = m_context.isValid() && m_context.capability(api::Area::Config).available();
    setEnabled(available);
}

QString ConfigFileSyncView::chooseFile(bool forSaving)
{
    QString path;
    if (forSaving) {
        // The dialog asks before overwriting an existing file.
        path = QFileDialog::getSaveFileName(this, tr("Pull to file"), QDir(m_lastDirectory).filePath(QStringLiteral("hexclave.config.ts")),
                                            ConfigFileWindow::fileFilter());
    } else {
        path = QFileDialog::getOpenFileName(this, tr("Choose a configuration file"), m_lastDirectory, ConfigFileWindow::fileFilter());
    }
    if (!path.isEmpty())
        m_lastDirectory = QFileInfo(path).absolutePath();
    return path;
}

void ConfigFileSyncView::setBusy(bool busy)
{
    for (QPushButton *button : {m_pullButton, m_compareButton, m_pushButton})
        button->setEnabled(!busy);
}

void ConfigFileSyncView::pullToFile(const QString &path)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    auto *sync = new models::ConfigSync(m_context.client(), this);
    sync->setBaselines(m_baselines);
    setBusy(true);
    m_banner->hide();
    m_status->setText(tr("Reading the project's configuration…"));
    connect(sync, &models::ConfigSync::pulled, this, [this, sync, absolutePath](const api::ConfigTree &pulledBranch) {
        sync->deleteLater();
        setBusy(false);
        // The file gets what a file may hold; the remembered pull is the project's state.
        QStringList leftOut;
        const api::ConfigTree branch = models::ConfigSync::fileContent(pulledBranch, &leftOut);
        // An existing file keeps its import lines and comments; anything else becomes a new file.
        api::ConfigFile file = api::ConfigFile::empty();
        if (QFileInfo::exists(absolutePath)) {
            if (std::optional<api::ConfigFile> existing = models::ConfigFileDocument::readFile(absolutePath, nullptr))
                file = *existing;
        }
        file.config = branch;
        QString error;
        if (!models::ConfigFileDocument::writeText(absolutePath, api::configfile::write(file), &error)) {
            m_status->clear();
            m_banner->showProblem(error);
            return;
        }
        const bool remembered = sync->rememberPull(absolutePath, m_context.project.id, pulledBranch, &error);
        QStringList problems;
        if (!leftOut.isEmpty())
            problems << models::ConfigSync::leftOutMessage(leftOut);
        if (!remembered)
            problems << error;
        if (!problems.isEmpty())
            m_banner->showProblem(problems.join(u'\n'));
        showPulled(absolutePath, remembered);
    });
    connect(sync, &models::ConfigSync::failed, this, [this, sync](models::ConfigSync::Operation, const api::ApiError &error) {
        sync->deleteLater();
        setBusy(false);
        m_status->clear();
        m_banner->showActionError(tr("Read the project's configuration"), error);
    });
    sync->pull(m_context.scope());
}

void ConfigFileSyncView::showPulled(const QString &path, bool remembered)
{
    m_pulledPath = path;
    m_status->setText(remembered ? tr("The branch configuration was saved to %1.").arg(QDir::toNativeSeparators(path))
                                 : tr("The branch configuration was saved to %1, but a later push will not know "
                                      "whether the project changed since.")
                                       .arg(QDir::toNativeSeparators(path)));
    m_openButton->show();
}

void ConfigFileSyncView::compareWithFile(const QString &path)
{
    QString readError;
    const std::optional<api::ConfigFile> file = models::ConfigFileDocument::readFile(path, &readError);
    if (!file) {
        m_banner->showProblem(readError);
        return;
    }
    const QString fileName = QFileInfo(path).fileName();
    auto *sync = new models::ConfigSync(m_context.client(), this);
    setBusy(true);
    m_banner->hide();
    connect(sync, &models::ConfigSync::compared, this, [this, sync, file = *file, fileName](const api::ConfigTree &branch) {
        sync->deleteLater();
        setBusy(false);
        const bool same = branch.sameContent(file.config);
        m_diffTitle->setText(same ? tr("%1 and the project's branch configuration are the same.").arg(fileName)
                                  : tr("Left: the project's branch configuration. Right: %1.").arg(fileName));
        m_diff->setTrees(branch, file.config, tr("Branch configuration"), fileName);
        m_diffTitle->show();
        m_diff->show();
    });
    connect(sync, &models::ConfigSync::failed, this, [this, sync](models::ConfigSync::Operation, const api::ApiError &error) {
        sync->deleteLater();
        setBusy(false);
        m_banner->showActionError(tr("Read the project's configuration"), error);
    });
    sync->compare(m_context.scope());
}

void ConfigFileSyncView::pushFile(const QString &path)
{
    QString readError;
    const std::optional<api::ConfigFile> file = models::ConfigFileDocument::readFile(path, &readError);
    if (!file) {
        m_banner->showProblem(readError);
        return;
    }
    auto *flow = new ConfigPushFlow(this, ConfigProjectChoice{m_context.session, m_context.project}, this);
    flow->setBaselines(m_baselines);
    setBusy(true);
    m_banner->hide();
    connect(flow, &ConfigPushFlow::pushed, this, [this](const api::ConfigTree &, const QString &message) {
        setBusy(false);
        m_status->setText(message);
        m_openButton->hide();
    });
    flow->showProblemsIn(m_banner, [this] { setBusy(false); });
    flow->start(file->config, QFileInfo(path).absoluteFilePath(), QFileInfo(path).fileName());
}

} // namespace hexclave::ui
