#include "DefaultPermissionsEditor.h"

#include "PermissionChecklist.h"
#include "widgets/MnemonicText.h"
#include "dialogs/DialogParts.h"
#include "widgets/ErrorBanner.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hexclave::ui {

using api::permissions::PermissionScope;
using models::ConfigSettingsWriter;

namespace {

QWidget *listBox(const QString &title, const QString &explanation, PermissionChecklist *list, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *heading = new QLabel(title, box);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setBuddy(list->list());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(explanationLabel(explanation, box));
    layout->addWidget(list, 1);
    list->setAccessibleName(withoutMnemonic(title));
    return box;
}

} // namespace

DefaultPermissionsEditor::DefaultPermissionsEditor(ConfigSettingsWriter *writer, QWidget *parent)
    : QWidget(parent)
    , m_writer(writer)
    , m_banner(new ErrorBanner(this))
    , m_teamCreator(new PermissionChecklist(false, this))
    , m_teamMember(new PermissionChecklist(false, this))
    , m_signUp(new PermissionChecklist(false, this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save defaults"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    m_teamCreatorBox = listBox(tr("Team &creator"), tr("Given to the user who creates a team, in that team."),
                               m_teamCreator, this);
    m_teamMemberBox = listBox(tr("Team &member"), tr("Given to every user who joins a team, in that team."),
                              m_teamMember, this);
    m_signUpBox = listBox(tr("&Sign-up"), tr("Given to every new user when they sign up."), m_signUp, this);

    auto *title = new QLabel(tr("Default permissions"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);

    m_save->setToolTip(tr("Write the ticked permissions to the project's configuration"));
    m_revert->setToolTip(tr("Go back to what the project's configuration says"));
    m_status->setWordWrap(true);
    m_banner->setRetryText(tr("Read again"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_banner);
    layout->addWidget(m_teamCreatorBox, 1);
    layout->addWidget(m_teamMemberBox, 1);
    layout->addWidget(m_signUpBox, 1);
    layout->addLayout(buttons);
    m_banner->hide();

    for (PermissionChecklist *list : {m_teamCreator, m_teamMember, m_signUp})
        connect(list, &PermissionChecklist::changed, this, &DefaultPermissionsEditor::updateState);
    connect(m_save, &QPushButton::clicked, this, &DefaultPermissionsEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &DefaultPermissionsEditor::revert);
    connect(m_banner, &ErrorBanner::retryRequested, m_writer, &ConfigSettingsWriter::load);
    connect(m_writer, &ConfigSettingsWriter::loaded, this, &DefaultPermissionsEditor::configLoaded);
    connect(m_writer, &ConfigSettingsWriter::failed, this, &DefaultPermissionsEditor::configFailed);
    connect(m_writer, &ConfigSettingsWriter::written, this, [this] {
        if (!m_saving) {
            configLoaded(); // someone else's write: the lists follow what was read back
            return;
        }
        m_saving = false;
        fillLists(false);
        m_status->setText(tr("Saved. New teams, members and users get these permissions from now on."));
        Q_EMIT savedOrFailed(true);
    });
    setDefinitions(PermissionScope::Team, {});
}

QString DefaultPermissionsEditor::configPath(Recipient recipient)
{
    switch (recipient) {
    case Recipient::TeamCreator: return QStringLiteral("rbac.defaultPermissions.teamCreator");
    case Recipient::TeamMember: return QStringLiteral("rbac.defaultPermissions.teamMember");
    case Recipient::SignUp: break;
    }
    return QStringLiteral("rbac.defaultPermissions.signUp");
}

PermissionChecklist *DefaultPermissionsEditor::checklist(Recipient recipient) const
{
    switch (recipient) {
    case Recipient::TeamCreator: return m_teamCreator;
    case Recipient::TeamMember: return m_teamMember;
    case Recipient::SignUp: break;
    }
    return m_signUp;
}

QList<DefaultPermissionsEditor::Recipient> DefaultPermissionsEditor::shownRecipients() const
{
    if (m_scope == PermissionScope::Team)
        return {Recipient::TeamCreator, Recipient::TeamMember};
    return {Recipient::SignUp};
}

QStringList DefaultPermissionsEditor::configured(Recipient recipient) const
{
    QStringList ids = m_writer->rendered().enabledKeysAt(configPath(recipient));
    ids.sort();
    return ids;
}

void DefaultPermissionsEditor::setDefinitions(PermissionScope scope, const QList<api::PermissionDefinition> &definitions)
{
    const bool sameScope = scope == m_scope;
    m_scope = scope;
    m_definitions = definitions;
    m_teamCreatorBox->setVisible(scope == PermissionScope::Team);
    m_teamMemberBox->setVisible(scope == PermissionScope::Team);
    m_signUpBox->setVisible(scope == PermissionScope::Project);
    // New definitions to choose from keep what was ticked but not saved yet.
    fillLists(sameScope && hasUnsavedChanges());
}

void DefaultPermissionsEditor::fillLists(bool keepTicks)
{
    for (Recipient recipient : shownRecipients()) {
        PermissionChecklist *list = checklist(recipient);
        QStringList ticks = keepTicks ? list->checkedIds() : configured(recipient);
        // A tick on an id that is neither defined nor configured any more (its definition was
        // deleted and taken out of the defaults) would put it back on save.
        ticks.removeIf([this, recipient](const QString &id) {
            return !configured(recipient).contains(id)
                && std::none_of(m_definitions.cbegin(), m_definitions.cend(),
                                [&id](const api::PermissionDefinition &definition) { return definition.id == id; });
        });
        m_baseline.insert(recipient, configured(recipient));
        list->setPermissions(m_definitions, configured(recipient) + ticks);
        list->setCheckedIds(ticks);
    }
    updateState();
}

bool DefaultPermissionsEditor::hasUnsavedChanges() const
{
    if (!m_writer->isLoaded())
        return false;
    const QList<Recipient> recipients = shownRecipients();
    return std::any_of(recipients.cbegin(), recipients.cend(), [this](Recipient recipient) {
        return checklist(recipient)->checkedIds() != m_baseline.value(recipient);
    });
}

bool DefaultPermissionsEditor::save()
{
    if (m_saving || !hasUnsavedChanges())
        return false;
    QList<models::ConfigSetting> settings;
    for (Recipient recipient : shownRecipients()) {
        const QStringList ticked = checklist(recipient)->checkedIds();
        if (ticked != configured(recipient))
            settings << models::ConfigSetting::idSet(configPath(recipient), ticked);
    }
    m_banner->hide();
    if (!m_writer->write(settings)) {
        m_status->setText(tr("The configuration is being read; save again in a moment."));
        return false;
    }
    m_saving = true;
    m_status->setText(tr("Saving…"));
    updateState();
    return true;
}

void DefaultPermissionsEditor::revert()
{
    if (m_saving)
        return;
    fillLists(false);
    m_status->clear();
}

void DefaultPermissionsEditor::configLoaded()
{
    m_banner->hide();
    // What the person ticked and did not save yet stays; the rest follows the server.
    fillLists(hasUnsavedChanges());
}

void DefaultPermissionsEditor::configFailed(ConfigSettingsWriter::Stage stage, const api::ApiError &error)
{
    if (m_saving) {
        m_saving = false;
        m_banner->showActionError(stage == ConfigSettingsWriter::Stage::Verifying
                                      ? tr("The default permissions may not have been saved.")
                                      : tr("The default permissions were not saved."),
                                  error);
        m_status->clear();
        updateState();
        Q_EMIT savedOrFailed(false);
        return;
    }
    if (stage != ConfigSettingsWriter::Stage::Loading) {
        configLoaded(); // someone else's write failed: they say so; the lists follow what was read
        return;
    }
    m_banner->showError(error, true);
    updateState();
}

void DefaultPermissionsEditor::updateState()
{
    const bool unsaved = hasUnsavedChanges();
    const bool usable = m_writer->isLoaded() && !m_saving;
    for (PermissionChecklist *list : {m_teamCreator, m_teamMember, m_signUp})
        list->setEnabled(usable);
    m_save->setEnabled(usable && unsaved);
    m_revert->setEnabled(usable && unsaved);
    const QString reading = tr("Reading the project's configuration…");
    if (!m_writer->isLoaded() && !m_banner->isShowingError())
        m_status->setText(reading);
    else if (unsaved && !m_saving)
        m_status->setText(tr("Unsaved changes."));
    else if (m_status->text() == reading || (!unsaved && m_status->text() == tr("Unsaved changes.")))
        m_status->clear();
    if (unsaved != m_wasUnsaved) {
        m_wasUnsaved = unsaved;
        Q_EMIT unsavedChangesChanged(unsaved);
    }
}

QString DefaultPermissionsEditor::statusText() const
{
    return m_status->text();
}

} // namespace hexclave::ui
