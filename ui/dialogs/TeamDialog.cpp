#include "TeamDialog.h"

#include "DialogParts.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"
#include "widgets/JsonEditor.h"
#include "widgets/MetadataTabs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

TeamDialog::TeamDialog(const ProjectContext &context, QWidget *parent)
    : RequestDialog(context, parent)
{
    build();
}

TeamDialog::TeamDialog(const ProjectContext &context, const api::Team &team, QWidget *parent)
    : RequestDialog(context, parent)
    , m_team(team)
{
    build();
}

void TeamDialog::build()
{
    m_displayName = new QLineEdit(this);
    m_displayNameMessage = new FieldMessage(m_displayName, this);
    m_profileImage = new QLineEdit(this);
    m_profileImageMessage = new FieldMessage(m_profileImage, this);
    m_metadata = new MetadataTabs(MetadataTabs::Subject::Team, this);
    m_buttons = new QDialogButtonBox(this);
    m_accept = isEditing() ? m_buttons->addButton(QDialogButtonBox::Save)
                           : m_buttons->addButton(tr("&Create team"), QDialogButtonBox::AcceptRole);

    setWindowTitle(isEditing() ? tr("Edit %1").arg(m_team->displayName) : tr("New team"));
    setMinimumSize(560, 520);

    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setPlaceholderText(tr("Required, e.g. Design Systems Lab"));
    m_profileImage->setAccessibleName(tr("Profile image URL"));
    m_profileImage->setPlaceholderText(QStringLiteral("https://…"));
    m_metadata->setMinimumHeight(220);
    m_accept->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(QString(), m_displayNameMessage);
    form->addRow(tr("Profile &image URL:"), m_profileImage);
    form->addRow(QString(), m_profileImageMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addLayout(form);
    layout->addWidget(m_metadata, 1);
    layout->addWidget(busyLine());
    layout->addWidget(m_buttons);

    setTabChain({m_displayName, m_profileImage, m_metadata});
    setFormWidgets({m_displayName, m_profileImage, m_metadata, m_accept});
    connect(m_accept, &QPushButton::clicked, this, &TeamDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamDialog::reject);
    connect(m_displayName, &QLineEdit::textEdited, m_displayNameMessage, &FieldMessage::clear);
    connect(m_profileImage, &QLineEdit::textEdited, m_profileImageMessage, &FieldMessage::clear);
    showTeam();
    m_displayName->setFocus();
}

void TeamDialog::showTeam()
{
    if (!m_team)
        return;
    m_displayName->setText(m_team->displayName);
    m_profileImage->setText(m_team->profileImageUrl.value_or(QString()));
    for (QLineEdit *field : {m_displayName, m_profileImage})
        field->setCursorPosition(0); // long values show their beginning
    m_metadata->editor(MetadataTabs::Kind::Client)->setJson(m_team->clientMetadata);
    m_metadata->editor(MetadataTabs::Kind::ClientReadOnly)->setJson(m_team->clientReadOnlyMetadata);
    m_metadata->editor(MetadataTabs::Kind::Server)->setJson(m_team->serverMetadata);
    for (const MetadataTabs::Kind kind : MetadataTabs::kinds) { // the first value there is
        if (m_metadata->editor(kind)->json() != u"null") {
            m_metadata->setCurrentIndex(int(kind));
            break;
        }
    }
}

api::teams::TeamPatch TeamDialog::changes() const
{
    api::teams::TeamPatch patch;
    if (!m_team)
        return patch;
    const QString name = m_displayName->text().trimmed();
    if (name != m_team->displayName)
        patch.displayName = name;
    const auto image = nullIfEmpty(m_profileImage->text());
    if (image != m_team->profileImageUrl)
        patch.profileImageUrl = image;
    m_metadata->putEdited(patch);
    return patch;
}

api::teams::NewTeam TeamDialog::newTeam() const
{
    api::teams::NewTeam team;
    team.displayName = m_displayName->text().trimmed();
    team.profileImageUrl = nullIfEmpty(m_profileImage->text());
    // Only values someone typed: an untouched editor leaves the server's default (null).
    m_metadata->putEdited(team);
    return team;
}

bool TeamDialog::checkFields()
{
    clearErrors();
    FieldProblems problems;
    if (m_displayName->text().trimmed().isEmpty())
        problems.add(m_displayNameMessage, tr("Enter a display name: a team needs one."));
    problems.checkImageUrl(m_profileImageMessage, m_profileImage->text());
    problems.checkMetadata(m_metadata);
    return problems.focusFirst();
}

void TeamDialog::submit()
{
    if (isBusy() || !checkFields())
        return;
    const auto failed = [this](const api::ApiError &error) { showServerError(error); };
    if (!m_team) {
        send<api::Team>(
            api::teams::create(context().scope(), newTeam()), tr("Creating the team…"),
            [this](api::Team team) {
                Q_EMIT created(team);
                accept();
            },
            failed);
        return;
    }
    const api::teams::TeamPatch patch = changes();
    if (patch.isEmpty()) {
        accept();
        return;
    }
    send<api::Team>(
        api::teams::update(context().scope(), m_team->id, patch), tr("Saving…"),
        [this](api::Team team) {
            m_team = team;
            showTeam();
            Q_EMIT saved(team);
            accept();
        },
        failed);
}

bool TeamDialog::hasUnsavedInput() const
{
    if (m_team)
        return !changes().isEmpty();
    if (!m_displayName->text().trimmed().isEmpty() || !m_profileImage->text().trimmed().isEmpty())
        return true;
    return m_metadata->hasChanges();
}

bool TeamDialog::confirmDiscardingInput()
{
    if (!m_team)
        return RequestDialog::confirmDiscardingInput();
    return confirmDiscardingChanges(m_team->displayName, [this] { submit(); });
}

FieldMessage *TeamDialog::fieldMessage(UserField field) const
{
    switch (field) {
    case UserField::DisplayName: return m_displayNameMessage;
    case UserField::ProfileImageUrl: return m_profileImageMessage;
    default: return nullptr; // metadata: see showFieldError()
    }
}

QWidget *TeamDialog::showFieldError(UserField field, const QString &message)
{
    const auto kind = metadataKind(field);
    if (!kind)
        return RequestDialog::showFieldError(field, message);
    m_metadata->showServerError(*kind, message);
    return m_metadata->editor(*kind);
}

} // namespace hexclave::ui
