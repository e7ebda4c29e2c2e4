#include "ConfigPage.h"

#include "ConfigFileSyncView.h"
#include "ProjectSettingsView.h"
#include "config/ProjectConfigTarget.h"
#include "expert/ConfigExpertView.h"
#include "settings/ConfigSettingsPanel.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PageTitle.h"
#include "widgets/ThemedIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace hexclave::ui {

ConfigPage::ConfigPage(const ProjectContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    // Parented to nothing: the tabs use it until they are gone (~ConfigPage deletes it last).
    , m_target(new models::ProjectConfigTarget(context.client(), context.scope()))
    , m_banner(new ErrorBanner(this))
    , m_loading(new QLabel(tr("Reading the configuration…"), this))
    , m_panel(new ConfigSettingsPanel(m_target, this))
{
    m_banner->hide();
    m_banner->setRetryText(tr("Read again"));
    m_loading->setEnabled(false);

    QTabWidget *tabs = m_panel->tabs();
    m_expert = new ConfigExpertView(m_target, this);
    tabs->addTab(m_expert, tr("E&xpert"));
    auto *file = new ConfigFileSyncView(context, this);
    connect(file, &ConfigFileSyncView::openFileRequested, this, &ConfigPage::openFileRequested);
    tabs->addTab(file, tr("&File"));
    m_project = new ProjectSettingsView(context, this);
    connect(m_project, &ProjectSettingsView::projectUpdated, this, &ConfigPage::projectUpdated);
    connect(m_project, &ProjectSettingsView::projectDeleted, this, &ConfigPage::projectDeleted);
    tabs->addTab(m_project, tr("P&roject"));

    auto *refresh = new QToolButton(this);
    refresh->setIcon(themedIcon(QStringLiteral("refresh")));
    refresh->setToolTip(tr("Read the configuration again (F5)"));
    refresh->setAccessibleName(tr("Reload configuration"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QToolButton::clicked, this, &ConfigPage::reload);

    auto *header = new QHBoxLayout;
    header->addWidget(new PageTitle(tr("Configuration"), this));
    header->addSpacing(16);
    header->addWidget(m_loading);
    header->addStretch(1);
    header->addWidget(refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_panel, 1);

    connect(m_panel, &ConfigSettingsPanel::apiKeysPageRequested, this, &ConfigPage::apiKeysPageRequested);
    connect(m_banner, &ErrorBanner::retryRequested, this, &ConfigPage::reload);
    connect(m_target, &models::ConfigTarget::loaded, this, [this] {
        m_loading->hide();
        m_banner->hide();
        markReady();
    });
    connect(m_target, &models::ConfigTarget::failed, this,
            [this](models::ConfigSettingsWriter::Stage stage, const api::ApiError &error) {
                if (stage != models::ConfigSettingsWriter::Stage::Loading)
                    return; // a failed write is shown by the section that wrote
                m_loading->hide();
                m_banner->showError(error);
                markReady(!m_target->isLoaded());
            });
    m_target->load();
}

ConfigPage::~ConfigPage()
{
    // The tabs hold the target until they are gone.
    qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_target;
}

void ConfigPage::reload()
{
    m_banner->hide();
    m_loading->show();
    m_target->load();
    if (!m_project->hasUnsavedChanges())
        m_project->reload();
}

bool ConfigPage::hasUnsavedChanges() const
{
    return m_panel->hasUnsavedChanges() || m_expert->hasUnsavedChanges() || m_project->hasUnsavedChanges();
}

void ConfigPage::discardUnsavedChanges()
{
    m_panel->discardUnsavedChanges();
    m_expert->discardUnsavedChanges();
    m_project->discardUnsavedChanges();
}

void ConfigPage::showTab(Tab tab)
{
    m_panel->tabs()->setCurrentIndex(int(tab));
}

} // namespace hexclave::ui
