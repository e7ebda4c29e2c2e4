#pragma once

#include "RequestDialog.h"
#include "dto/Team.h"
#include "endpoints/TeamsEndpoints.h"

#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace hexclave::ui {

class FieldMessage;
class MetadataTabs;

// A new team, or every field of an existing one: display name (required), profile image URL
// (http or https) and the three metadata values in JSON editors. Everything is checked before it
// is sent (a JSON error says its line and column); editing sends only what changed. What the server
// refuses is shown on the field it concerns. Closing with unsaved input asks first.
class TeamDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDialog)

public:
    // Creates a team.
    explicit TeamDialog(const ProjectContext &context, QWidget *parent = nullptr);
    // Edits `team`.
    TeamDialog(const ProjectContext &context, const api::Team &team, QWidget *parent = nullptr);

    bool isEditing() const { return m_team.has_value(); }
    // What Save would send when editing; empty when nothing changed.
    api::teams::TeamPatch changes() const;
    // What Create would send.
    api::teams::NewTeam newTeam() const;

    QLineEdit *displayNameField() const { return m_displayName; }
    QLineEdit *profileImageField() const { return m_profileImage; }
    MetadataTabs *metadata() const { return m_metadata; }
    QPushButton *acceptButton() const { return m_accept; }

Q_SIGNALS:
    void created(const hexclave::api::Team &team);
    void saved(const hexclave::api::Team &team);

protected:
    bool hasUnsavedInput() const override;
    bool confirmDiscardingInput() override;
    FieldMessage *fieldMessage(UserField field) const override;
    QWidget *showFieldError(UserField field, const QString &message) override;

private:
    void build();
    void showTeam();
    bool checkFields();
    void submit();

    std::optional<api::Team> m_team;
    QLineEdit *m_displayName = nullptr;
    FieldMessage *m_displayNameMessage = nullptr;
    QLineEdit *m_profileImage = nullptr;
    FieldMessage *m_profileImageMessage = nullptr;
    MetadataTabs *m_metadata = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace hexclave::ui
