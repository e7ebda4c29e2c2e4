#include "ProjectSettingsView.h"

#include "dialogs/DeleteProjectDialog.h"
#include "dialogs/DialogParts.h"
#include "endpoints/ProjectsEndpoints.h"
#include "widgets/DestructiveButton.h"
#include "widgets/ErrorBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hexclave::ui {

ProjectSettingsView::ProjectSettingsView(const ProjectContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_banner(new ErrorBanner(this))
    , m_id(new QLineEdit(this))
    , m_copyId(new QPushButton(tr("&Copy"), this))
    , m_created(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_status(new QLabel(this))
    , m_production(new QCheckBox(tr("&Production mode"), this))
    , m_productionExplanation(explanationLabel(QString(), this))
    , m_delete(new DestructiveButton(tr("&Delete project…"), this))
{
    setObjectName(QStringLiteral("projectSettingsView"));
    m_id->setReadOnly(true);
    m_id->setAccessibleName(tr("Project ID"));
    m_copyId->setToolTip(tr("Copy the project ID to the clipboard"));
    m_created->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setAccessibleName(tr("Project name"));
    m_name->setPlaceholderText(tr("Required"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Optional: what the project is for"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5);
    m_save->setDefault(true);
    m_status->setAccessibleName(tr("Status"));
    m_productionExplanation->setText(
        tr("Production mode marks the project as live. Settings that are only meant for development, such as "
           "sign-in redirects to localhost and the shared development OAuth keys, should no longer be in use "
           "then. Turn it on before real users sign in."));

    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyId);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *details = new QGroupBox(tr("Project"), this);
    auto *form = new QFormLayout(details);
    form->addRow(tr("ID:"), idRow);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(buttons);

    auto *production = new QGroupBox(tr("Production mode"), this);
    auto *productionLayout = new QVBoxLayout(production);
    productionLayout->addWidget(m_production);
    productionLayout->addWidget(m_productionExplanation);

    auto *danger = new QGroupBox(tr("Danger zone"), this);
    auto *dangerLayout = new QHBoxLayout(danger);
    dangerLayout->addWidget(explanationLabel(tr("Deleting the project removes its users, teams, keys, configuration and "
                                                "everything else in it, for good."),
                                             danger),
                            1);
    dangerLayout->addWidget(m_delete, 0, Qt::AlignTop);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(details);
    contentLayout->addWidget(production);
    contentLayout->addWidget(danger);
    contentLayout->addStretch(1);
    content->setMaximumWidth(820);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    setTabOrder(m_name, m_description);
    setTabOrder(m_description, m_revert);
    setTabOrder(m_revert, m_save);

    connect(m_copyId, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_id->text());
        m_status->setText(tr("Project ID copied."));
    });
    connect(m_name, &QLineEdit::textChanged, this, &ProjectSettingsView::updateButtons);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ProjectSettingsView::updateButtons);
    connect(m_name, &QLineEdit::returnPressed, this, &ProjectSettingsView::save);
    connect(m_save, &QPushButton::clicked, this, &ProjectSettingsView::save);
    connect(m_revert, &QPushButton::clicked, this, &ProjectSettingsView::discardUnsavedChanges);
    connect(m_production, &QCheckBox::clicked, this, &ProjectSettingsView::setProductionMode);
    connect(m_delete, &QPushButton::clicked, this, &ProjectSettingsView::openDeleteDialog);
    connect(m_banner, &ErrorBanner::retryRequested, this, &ProjectSettingsView::reload);

    updateButtons();
    reload();
}

ProjectSettingsView::~ProjectSettingsView()
{
    if (m_job)
        m_job->disconnect(this); // a write still completes on the server; nobody is left to show it
}

void ProjectSettingsView::reload()
{
    api::ApiClient *client = m_context.client();
    if (!client || isBusy())
        return;
    m_banner->hide();
    m_status->setText(tr("Loading the project…"));
    auto *job = client->send(api::projects::current(m_context.scope()));
    m_job = job;
    updateButtons();
    connect(job, &api::ApiJob::finished, this, [this, job] {
        m_job.clear();
        m_status->clear();
        if (job->succeeded()) {
            showProject(job->takeValue());
        } else {
            m_banner->showActionError(tr("Could not load the project."), job->error(), true);
        }
        updateButtons();
    });
}

void ProjectSettingsView::showProject(const api::Project &project)
{
    m_project = project;
    m_id->setText(project.id);
    m_id->setCursorPosition(0);
    m_created->setText(project.createdAtMillis > 0
                           ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(project.createdAtMillis).toLocalTime(), QLocale::LongFormat)
                           : tr("unknown"));
    m_name->setText(project.displayName);
    m_name->setCursorPosition(0);
    m_description->setPlainText(project.description);
    m_production->setChecked(project.isProductionMode);
    updateButtons();
}

bool ProjectSettingsView::hasUnsavedChanges() const
{
    return m_project && (m_name->text().trimmed() != m_project->displayName || m_description->toPlainText() != m_project->description);
}

void ProjectSettingsView::discardUnsavedChanges()
{
    if (!m_project)
        return;
    m_name->setText(m_project->displayName);
    m_description->setPlainText(m_project->description);
    m_banner->hide();
    updateButtons();
}

void ProjectSettingsView::updateButtons()
{
    const bool idle = m_project && !isBusy();
    const bool changed = hasUnsavedChanges();
    m_copyId->setEnabled(m_project.has_value());
    m_name->setEnabled(idle);
    m_description->setEnabled(idle);
    m_save->setEnabled(idle && changed && !m_name->text().trimmed().isEmpty());
    m_revert->setEnabled(idle && changed);
    m_production->setEnabled(idle);
    m_delete->setEnabled(idle);
    if (idle && changed && m_name->text().trimmed().isEmpty())
        m_status->setText(tr("A project needs a name."));
    else if (idle && m_status->text() == tr("A project needs a name."))
        m_status->clear();
}

void ProjectSettingsView::save()
{
    if (!m_project || isBusy() || !m_save->isEnabled())
        return;
    api::ProjectUpdate update;
    const QString name = m_name->text().trimmed();
    if (name != m_project->displayName)
        update.displayName = name;
    if (m_description->toPlainText() != m_project->description)
        update.description = m_description->toPlainText();
    if (update.isEmpty())
        return;
    send(update, tr("Saving…"), tr("Could not save the project's name and description."));
}

void ProjectSettingsView::setProductionMode(bool on)
{
    if (!m_project || isBusy()) {
        m_production->setChecked(m_project && m_project->isProductionMode);
        return;
    }
    api::ProjectUpdate update;
    update.isProductionMode = on;
    send(update, on ? tr("Turning production mode on…") : tr("Turning production mode off…"),
         on ? tr("Could not turn production mode on.") : tr("Could not turn production mode off."));
}

void ProjectSettingsView::send(const api::ProjectUpdate &update, const QString &progress, const QString &failure)
{
    api::ApiClient *client = m_context.client();
    if (!client)
        return;
    m_banner->hide();
    m_status->setText(progress);
    auto *job = client->send(api::projects::updateCurrent(m_context.scope(), update));
    m_job = job;
    updateButtons();
    connect(job, &api::ApiJob::finished, this, [this, job, update, failure] {
        m_job.clear();
        m_status->clear();
        if (job->succeeded()) {
            const api::Project project = job->takeValue();
            // What is being edited stays; only the fields just saved take the server's values.
            const QString name = m_name->text();
            const QString description = m_description->toPlainText();
            m_project = project;
            m_production->setChecked(project.isProductionMode);
            if (update.displayName)
                m_name->setText(project.displayName);
            if (update.description)
                m_description->setPlainText(project.description);
            if (!update.displayName && name != m_name->text())
                m_name->setText(name);
            if (!update.description && description != m_description->toPlainText())
                m_description->setPlainText(description);
            m_status->setText(update.isProductionMode ? (project.isProductionMode ? tr("Production mode is on.") : tr("Production mode is off."))
                                                      : tr("Saved."));
            Q_EMIT projectUpdated(project);
        } else {
            if (update.isProductionMode)
                m_production->setChecked(m_project->isProductionMode);
            m_banner->showActionError(failure, job->error());
        }
        updateButtons();
    });
}

void ProjectSettingsView::openDeleteDialog()
{
    if (!m_project || isBusy())
        return;
    auto *dialog = new DeleteProjectDialog(m_context, *m_project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteProjectDialog::deleted, this, &ProjectSettingsView::projectDeleted);
    dialog->open();
}

} // namespace hexclave::ui
