#pragma once

#include "dialogs/RequestDialog.h"
#include "dto/Permission.h"
#include "endpoints/PermissionsEndpoints.h"

#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace hexclave::ui {

class FieldMessage;
class PermissionChecklist;

// Creates a permission definition of one scope, or edits one (description and contained
// permissions; the id stays). Refused before anything is sent: an id that breaks the server's
// rule ([a-z0-9_:]+) or is taken (ids are unique across both scopes), and contained permissions
// that would make a loop. What the server still refuses is shown on the field it concerns.
class PermissionDefinitionDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionDefinitionDialog)

public:
    // `definitions`: the scope's definitions as listed; `takenIds`: every id in use (both
    // scopes). Edits `existing` when given, else creates.
    PermissionDefinitionDialog(const ProjectContext &context, api::permissions::PermissionScope scope,
                               const QList<api::PermissionDefinition> &definitions, const QStringList &takenIds,
                               const std::optional<api::PermissionDefinition> &existing, QWidget *parent = nullptr);

    bool isEditing() const { return m_existing.has_value(); }
    QLineEdit *idField() const { return m_id; }
    QLineEdit *descriptionField() const { return m_description; }
    PermissionChecklist *containedList() const { return m_contained; }
    FieldMessage *idMessage() const { return m_idMessage; }
    FieldMessage *containedMessage() const { return m_containedMessage; }
    QPushButton *saveButton() const { return m_save; }
    // The definition as the server answered (once accepted).
    const api::PermissionDefinition &definition() const { return m_definition; }

protected:
    bool hasUnsavedInput() const override;

private:
    void submit();
    bool checkFields();
    void showFailure(const api::ApiError &error);
    void finish(const api::PermissionDefinition &definition);

    api::permissions::PermissionScope m_scope;
    QList<api::PermissionDefinition> m_definitions;
    QStringList m_takenIds;
    std::optional<api::PermissionDefinition> m_existing;
    api::PermissionDefinition m_definition;

    QLineEdit *m_id;
    FieldMessage *m_idMessage;
    QLineEdit *m_description;
    PermissionChecklist *m_contained;
    FieldMessage *m_containedMessage;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace hexclave::ui
