#include "ProjectKeysPage.h"

#include "ApiKeysEnabledSection.h"
#include "ConfigSettingsWriter.h"
#include "CreateProjectKeysDialog.h"
#include "ProjectApiKeysModel.h"
#include "dialogs/DialogParts.h"
#include "pages/AreaAccess.h"
#include "pages/MessagePage.h"
#include "dialogs/ShownOnceSecretsDialog.h"
#include "endpoints/ApiKeysEndpoints.h"
#include "pages/users/detail/UserListTable.h"
#include "widgets/DimmedRowDelegate.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PageTitle.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hexclave::ui {

using models::ProjectApiKeysModel;

ProjectKeysPage::ProjectKeysPage(const ProjectContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
{
    QString why;
    m_canManage = hasFullAccess(context, api::Area::ApiKeys, why);
    if (!m_canManage) {
        buildExplanation(why);
        markReady();
        return;
    }
    buildPage();
    m_config->load();
    reload();
}

ProjectKeysPage::~ProjectKeysPage() = default;

void ProjectKeysPage::buildExplanation(const QString &why)
{
    m_explanation = why + QStringLiteral("\n\n")
        + tr("A user's and a team's API keys are on the user's and the team's page.");
    MessagePage::fill(this, QStringLiteral("api-keys"), tr("The project's own keys need admin access"),
                      m_explanation);
}

void ProjectKeysPage::buildPage()
{
    m_model = new ProjectApiKeysModel(this);
    m_config = new models::ConfigSettingsWriter(m_context.client(), m_context.scope(), this);
    m_banner = new ErrorBanner(this);
    m_table = makeUserListTable(m_model, this);
    m_placeholder = new QLabel(this);
    m_status = new QLabel(this);
    m_enabled = new ApiKeysEnabledSection(m_config, this);
    m_menu = new QMenu(this);

    m_create = new QAction(themedIcon(QStringLiteral("api-keys")), tr("&Create keys…"), this);
    m_create->setShortcut(QKeySequence::New);
    m_create->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_create);
    m_revoke = new QAction(themedIcon(QStringLiteral("cross")), tr("&Revoke…"), this);
    m_revoke->setShortcut(QKeySequence::Delete);
    m_revoke->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_revoke);
    m_menu->addAction(m_create);
    m_menu->addSeparator();
    m_menu->addAction(m_revoke);

    auto *header = new QHBoxLayout;
    header->addWidget(new PageTitle(tr("API keys"), this));
    header->addStretch();
    for (QAction *action : {m_create, m_revoke}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        header->addWidget(button);
    }
    auto *refresh = new QToolButton(this);
    refresh->setIcon(themedIcon(QStringLiteral("refresh")));
    refresh->setToolTip(tr("Read the keys again (F5)"));
    refresh->setAccessibleName(tr("Reload keys"));
    refresh->setShortcut(QKeySequence::Refresh);
    header->addWidget(refresh);

    m_table->setAccessibleName(tr("Project API keys"));
    m_table->setItemDelegate(new DimmedRowDelegate(ProjectApiKeysModel::NoLongerWorksRole, m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->resizeSection(ProjectApiKeysModel::DescriptionColumn, 200);
    columns->resizeSection(ProjectApiKeysModel::KeysColumn, 420);
    columns->resizeSection(ProjectApiKeysModel::CreatedColumn, 100);
    columns->resizeSection(ProjectApiKeysModel::ExpiresColumn, 100);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    auto *listArea = new QWidget(this);
    auto *stack = new QStackedLayout(listArea);
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(m_placeholder);
    stack->addWidget(m_table);
    stack->setCurrentWidget(m_table);

    auto *enabledFrame = new QFrame(this);
    enabledFrame->setFrameShape(QFrame::StyledPanel);
    auto *enabledLayout = new QVBoxLayout(enabledFrame);
    enabledLayout->addWidget(m_enabled);

    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(explanationLabel(tr("Keys your apps, servers and tools use to reach this project. A set can hold a "
                                          "publishable client key, a secret server key and a super secret admin key."),
                                       this));
    layout->addWidget(m_banner);
    layout->addWidget(listArea, 1);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(enabledFrame);
    m_banner->hide();

    connect(refresh, &QToolButton::clicked, this, &ProjectKeysPage::reload);
    connect(m_banner, &ErrorBanner::retryRequested, this, &ProjectKeysPage::reload);
    connect(m_create, &QAction::triggered, this, &ProjectKeysPage::openCreate);
    connect(m_revoke, &QAction::triggered, this, &ProjectKeysPage::confirmRevoke);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_menu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProjectKeysPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProjectKeysPage::updateActions);
    updateActions();
}

QString ProjectKeysPage::statusText() const
{
    return m_status ? m_status->text() : QString();
}

QString ProjectKeysPage::explanationText() const
{
    return m_explanation;
}

void ProjectKeysPage::activate()
{
    if (m_canManage && !m_loading && !m_busy)
        reload();
}

void ProjectKeysPage::focusPrimaryInput()
{
    if (m_table)
        m_table->setFocus(Qt::OtherFocusReason);
}

void ProjectKeysPage::reload()
{
    api::ApiClient *client = m_context.client();
    if (!m_canManage || !client)
        return;
    if (const api::ProjectApiKey *selected = selectedKey(); selected && m_selectAfterLoad.isEmpty())
        m_selectAfterLoad = selected->id;
    m_loading = true;
    const int generation = ++m_generation;
    m_banner->hide();
    updatePlaceholder();
    updateActions();
    auto *job = client->send(api::apiKeys::projectKeys(m_context.scope()));
    connect(job, &api::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (job->succeeded()) {
            m_loadedOnce = true;
            m_model->setKeys(job->takeValue().items, QDateTime::currentMSecsSinceEpoch());
            const int row = m_model->rowOf(m_selectAfterLoad);
            if (row >= 0)
                m_table->selectRow(row);
        } else if (job->error().kind != api::ApiError::Kind::Cancelled) {
            m_banner->showError(job->error());
        }
        m_selectAfterLoad.clear();
        markReady(!m_loadedOnce);
        updatePlaceholder();
        updateActions();
        Q_EMIT settled();
    });
}

void ProjectKeysPage::updatePlaceholder()
{
    const bool empty = m_model->rowCount() == 0;
    if (m_loading && empty)
        m_placeholder->setText(tr("Loading keys…"));
    else if (!m_loadedOnce)
        m_placeholder->setText(tr("The keys could not be loaded. The reason is shown above."));
    else
        m_placeholder->setText(tr("This project has no API keys yet. Create a set with Create keys…."));
    m_table->setVisible(!empty);
}

const api::ProjectApiKey *ProjectKeysPage::selectedKey() const
{
    if (!m_table)
        return nullptr;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return nullptr;
    return m_model->rowAt(current.row());
}

void ProjectKeysPage::updateActions()
{
    if (!m_canManage)
        return;
    const bool idle = !m_busy && !m_openDialog;
    const api::ProjectApiKey *selected = selectedKey();
    m_create->setEnabled(idle);
    m_create->setToolTip(tr("Create a new set of keys (%1)").arg(m_create->shortcut().toString(QKeySequence::NativeText)));
    m_revoke->setEnabled(idle && selected && !selected->isRevoked());
    m_revoke->setToolTip(selected && selected->isRevoked() ? tr("This key set is revoked already")
                                                           : tr("Stop the selected key set from working (Del)"));
}

void ProjectKeysPage::openCreate()
{
    if (!m_create->isEnabled())
        return;
    auto *dialog = new CreateProjectKeysDialog(m_context, this);
    m_openDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        m_openDialog = nullptr;
        std::optional<api::NewProjectApiKeySecrets> created = dialog->takeCreated();
        if (result == QDialog::Accepted && created) {
            m_selectAfterLoad = created->key.id;
            m_status->setText(tr("Created the key set “%1”.").arg(created->key.description));
            showCreated(std::move(*created));
            reload();
        }
        updateActions();
    });
    updateActions();
    dialog->open();
}

void ProjectKeysPage::showCreated(api::NewProjectApiKeySecrets secrets)
{
    QList<ShownOnceSecretsDialog::Secret> shown;
    if (secrets.publishableClientKey)
        shown.append({tr("Publishable client key"), *secrets.publishableClientKey,
                      tr("Copy the publishable client key")});
    if (secrets.secretServerKey)
        shown.append({tr("Secret server key"), *secrets.secretServerKey, tr("Copy the secret server key")});
    if (secrets.superSecretAdminKey)
        shown.append({tr("Super secret admin key"), *secrets.superSecretAdminKey,
                      tr("Copy the super secret admin key")});
    const QString expiry = ProjectApiKeysModel::neverExpires(secrets.key.expiresAtMillis)
        ? tr("They do not expire.")
        : tr("They expire on %1.")
              .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(secrets.key.expiresAtMillis), QLocale::ShortFormat));
    auto *dialog = new ShownOnceSecretsDialog(
        tr("New API keys"),
        tr("Key set “%1” for project %2. %3 Put them in your app's environment or secret store.")
            .arg(secrets.key.description, m_context.project.id, expiry),
        shown, this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

QString ProjectKeysPage::connectionKeyLastFour() const
{
    api::ApiClient *client = m_context.client();
    if (!client)
        return {};
    const auto *keys = dynamic_cast<const api::ProjectKeyAuthenticator *>(&client->authenticator());
    return keys && keys->hasKey() ? keys->keyLastFour() : QString();
}

QString ProjectKeysPage::revokeQuestion(const api::ProjectApiKey &key) const
{
    QString text = tr("Revoke the key set “%1” (%2)? Apps, servers and tools that use its keys stop working at once. "
                      "This cannot be undone.")
                       .arg(key.description, ProjectApiKeysModel::keysText(key));
    const api::CredentialKind kind = m_context.credentialKind();
    if (kind == api::CredentialKind::DashboardAccount)
        return text;
    const QString own = connectionKeyLastFour();
    if (own.isEmpty()) {
        text += QStringLiteral("\n\n")
            + tr("If this app is connected with one of these keys, its connection stops working too.");
        return text;
    }
    const QList<std::optional<QString>> lastFours{key.publishableClientKeyLastFour, key.secretServerKeyLastFour,
                                                  key.superSecretAdminKeyLastFour};
    const bool isOwn = std::any_of(lastFours.cbegin(), lastFours.cend(),
                                   [&own](const std::optional<QString> &lastFour) { return lastFour == own; });
    if (isOwn)
        text += QStringLiteral("\n\n")
            + tr("This app is connected to the project with a key of this set (…%1). Revoking it ends this "
                 "connection: you will have to connect again with another key.")
                  .arg(own);
    return text;
}

void ProjectKeysPage::confirmRevoke()
{
    const api::ProjectApiKey *selected = selectedKey();
    if (!m_revoke->isEnabled() || !selected || selected->isRevoked())
        return;
    const QString id = selected->id;
    const QString description = selected->description;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke API keys"), revokeQuestion(*selected),
                                QMessageBox::Cancel, this);
    QPushButton *confirm = box->addButton(tr("&Revoke"), QMessageBox::DestructiveRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel)));
    m_openDialog = box;
    connect(box, &QDialog::finished, this, [this, box, confirm, id, description] {
        box->deleteLater();
        m_openDialog = nullptr;
        if (box->clickedButton() == confirm)
            revoke(id, description);
        updateActions();
    });
    updateActions();
    box->open();
}

void ProjectKeysPage::revoke(const QString &id, const QString &description)
{
    api::ApiClient *client = m_context.client();
    if (!client)
        return;
    m_busy = true;
    m_status->setText(tr("Revoking “%1”…").arg(description));
    updateActions();
    auto *job = client->send(api::apiKeys::revokeProjectKeys(m_context.scope(), id));
    connect(job, &api::ApiJob::finished, this, [this, job, id, description] {
        m_busy = false;
        if (job->succeeded()) {
            m_status->setText(tr("Revoked “%1”.").arg(description));
            m_selectAfterLoad = id;
            reload();
            return;
        }
        m_status->clear();
        m_banner->showActionError(tr("“%1” was not revoked.").arg(description), job->error());
        updateActions();
        Q_EMIT settled();
    });
}

} // namespace hexclave::ui
