#pragma once

#include "RequestDialog.h"
#include "dto/User.h"
#include "endpoints/UsersEndpoints.h"

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hexclave::ui {

class FieldMessage;
class MetadataTabs;

// Every field of a user an administrator can change: display name, primary email (verified,
// used for sign-in), password (set a new one or remove it), profile image URL and the three
// metadata values. Saving sends only what changed, and is refused while any metadata is not
// valid JSON (the editor points at the line and column). A changed primary email is unticked as
// verified. Closing with unsaved changes asks whether to save them, throw them away, or keep
// editing.
class EditUserDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditUserDialog)

public:
    EditUserDialog(const ProjectContext &context, const api::User &user, QWidget *parent = nullptr);

    const api::User &user() const { return m_user; }
    // What Save would send; empty when nothing changed.
    api::users::UserPatch changes() const;
    bool hasUnsavedChanges() const { return !changes().isEmpty(); }

    QLineEdit *displayNameField() const { return m_displayName; }
    QLineEdit *emailField() const { return m_email; }
    QCheckBox *emailVerifiedBox() const { return m_emailVerified; }
    QCheckBox *emailForSignInBox() const { return m_emailForSignIn; }
    QRadioButton *keepPasswordOption() const { return m_keepPassword; }
    QRadioButton *newPasswordOption() const { return m_setPassword; }
    QRadioButton *removePasswordOption() const { return m_removePassword; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *profileImageField() const { return m_profileImage; }
    MetadataTabs *metadata() const { return m_metadata; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void saved(const hexclave::api::User &user);

protected:
    bool hasUnsavedInput() const override { return hasUnsavedChanges(); }
    // Save / Discard / Keep editing.
    bool confirmDiscardingInput() override;
    FieldMessage *fieldMessage(UserField field) const override;
    QWidget *showFieldError(UserField field, const QString &message) override;

private:
    QWidget *createPasswordChoice();
    void showUser();
    void save();
    bool checkFields();
    void emailChanged();
    void updateFieldStates();

    api::User m_user;
    QLineEdit *m_displayName;
    FieldMessage *m_displayNameMessage;
    QLineEdit *m_email;
    FieldMessage *m_emailMessage;
    QCheckBox *m_emailVerified;
    QCheckBox *m_emailForSignIn;
    QRadioButton *m_keepPassword;
    QRadioButton *m_setPassword;
    QRadioButton *m_removePassword;
    QLineEdit *m_password;
    FieldMessage *m_passwordMessage;
    QLineEdit *m_profileImage;
    FieldMessage *m_profileImageMessage;
    MetadataTabs *m_metadata;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    bool m_showsOriginalEmail = true;
};

} // namespace hexclave::ui
