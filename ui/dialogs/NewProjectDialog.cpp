#include "NewProjectDialog.h"

#include "DialogParts.h"
#include "endpoints/ProjectsEndpoints.h"
#include "endpoints/TeamsEndpoints.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

NewProjectDialog::NewProjectDialog(const ProjectContext &context, QWidget *parent)
    : RequestDialog(context, parent)
    , m_name(new QLineEdit(this))
    , m_nameMessage(new FieldMessage(m_name, this))
    , m_description(new QPlainTextEdit(this))
    , m_team(new QComboBox(this))
    , m_teamMessage(new FieldMessage(m_team, this))
    , m_create(nullptr)
{
    setObjectName(QStringLiteral("newProjectDialog"));
    setWindowTitle(tr("New project"));
    setMinimumWidth(520);
    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create project"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);

    m_name->setAccessibleName(tr("Project name"));
    m_name->setPlaceholderText(tr("Required, e.g. My Shop"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Optional"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4);
    m_team->setAccessibleName(tr("Owner team"));
    m_team->setToolTip(tr("The team of your account that owns the project: its members can manage it too."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameMessage);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Owner &team:"), m_team);
    form->addRow(QString(), m_teamMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(explanationLabel(tr("A new project starts empty, in development mode, with sign-in by password "
                                          "and its own keys. You manage it with this account."),
                                       this));
    layout->addLayout(form);
    layout->addWidget(busyLine());
    layout->addWidget(buttons);

    setTabChain({m_name, m_description, m_team});
    setFormWidgets({m_name, m_description, m_team, m_create});
    connect(m_create, &QPushButton::clicked, this, &NewProjectDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewProjectDialog::reject);
    connect(m_name, &QLineEdit::textEdited, m_nameMessage, &FieldMessage::clear);
    connect(m_name, &QLineEdit::textChanged, this, &NewProjectDialog::updateCreateButton);
    connect(m_team, &QComboBox::currentIndexChanged, m_teamMessage, &FieldMessage::clear);
    m_name->setFocus();
    loadTeams();
}

NewProjectDialog::~NewProjectDialog()
{
    if (m_teamsJob) {
        m_teamsJob->disconnect(this);
        m_teamsJob->abort();
    }
}

void NewProjectDialog::loadTeams()
{
    api::ApiClient *client = context().client();
    m_team->setEnabled(false);
    m_team->addItem(tr("Loading your teams…"));
    updateCreateButton();
    if (!client)
        return;
    // GET /teams is not paginated (the server answers is_paginated: false, fixture 17): this one
    // answer holds every team of the account.
    auto *job = client->send(api::teams::list(api::ProjectScope::internal(), QStringLiteral("me")));
    m_teamsJob = job;
    connect(job, &api::ApiJob::finished, this, [this, job] {
        m_team->clear();
        if (!job->succeeded()) {
            m_team->addItem(tr("Your teams could not be read"));
            errorBanner()->showActionError(tr("Could not read your account's teams."), job->error());
            updateCreateButton();
            return;
        }
        const auto page = job->takeValue();
        for (const api::Team &team : page.items)
            m_team->addItem(team.displayName.isEmpty() ? team.id : team.displayName, team.id);
        m_teamsLoaded = !page.items.isEmpty();
        if (!m_teamsLoaded) {
            m_team->addItem(tr("No team"));
            m_teamMessage->showError(tr("Your account is not a member of any team, and a project needs an owner team. "
                                        "Create a team on the dashboard first."));
        }
        m_team->setEnabled(m_teamsLoaded && !isBusy());
        updateCreateButton();
    });
}

bool NewProjectDialog::teamsLoaded() const
{
    return m_teamsLoaded;
}

void NewProjectDialog::updateCreateButton()
{
    m_create->setEnabled(m_teamsLoaded && !isBusy() && !m_name->text().trimmed().isEmpty());
}

api::NewProject NewProjectDialog::newProject() const
{
    api::NewProject project;
    project.displayName = m_name->text().trimmed();
    project.ownerTeamId = m_team->currentData().toString();
    const QString description = m_description->toPlainText().trimmed();
    if (!description.isEmpty())
        project.description = description;
    return project;
}

bool NewProjectDialog::hasUnsavedInput() const
{
    return !m_name->text().trimmed().isEmpty() || !m_description->toPlainText().trimmed().isEmpty();
}

FieldMessage *NewProjectDialog::fieldMessage(UserField field) const
{
    return field == UserField::DisplayName ? m_nameMessage : nullptr;
}

void NewProjectDialog::submit()
{
    if (isBusy() || !m_create->isEnabled())
        return;
    clearErrors();
    const api::NewProject project = newProject();
    if (project.displayName.isEmpty()) {
        m_nameMessage->showError(tr("Enter a name: a project needs one."));
        m_name->setFocus();
        return;
    }
    send<api::Project>(
        api::projects::create(project), tr("Creating the project…"),
        [this](api::Project createdProject) {
            Q_EMIT created(createdProject);
            accept();
        },
        [this](const api::ApiError &error) {
            showServerError(error);
            updateCreateButton();
        });
}

} // namespace hexclave::ui
