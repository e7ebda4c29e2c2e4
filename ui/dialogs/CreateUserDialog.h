#pragma once

#include "RequestDialog.h"
#include "dto/User.h"

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace hexclave::ui {

class FieldMessage;
class MetadataTabs;

// A new user: email (verified, used for sign-in), password or none, display name and the three
// metadata values. Everything is checked before it is sent (email syntax, JSON syntax); what the
// server refuses is shown on the field it concerns. Closing with something typed asks first.
class CreateUserDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateUserDialog)

public:
    explicit CreateUserDialog(const ProjectContext &context, QWidget *parent = nullptr);

    QLineEdit *emailField() const { return m_email; }
    QCheckBox *emailVerifiedBox() const { return m_emailVerified; }
    QCheckBox *emailForSignInBox() const { return m_emailForSignIn; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *noPasswordBox() const { return m_noPassword; }
    QLineEdit *displayNameField() const { return m_displayName; }
    QToolButton *metadataToggle() const { return m_metadataToggle; }
    MetadataTabs *metadata() const { return m_metadata; }
    QPushButton *createButton() const { return m_create; }

Q_SIGNALS:
    void created(const hexclave::api::User &user);

protected:
    bool hasUnsavedInput() const override;
    FieldMessage *fieldMessage(UserField field) const override;
    QWidget *showFieldError(UserField field, const QString &message) override;

private:
    void create();
    bool checkFields();
    void updateFieldStates();
    void setMetadataShown(bool shown);

    QLineEdit *m_email;
    FieldMessage *m_emailMessage;
    QCheckBox *m_emailVerified;
    QCheckBox *m_emailForSignIn;
    QLineEdit *m_password;
    FieldMessage *m_passwordMessage;
    QCheckBox *m_noPassword;
    QLineEdit *m_displayName;
    FieldMessage *m_displayNameMessage;
    QToolButton *m_metadataToggle;
    MetadataTabs *m_metadata;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
};

} // namespace hexclave::ui
