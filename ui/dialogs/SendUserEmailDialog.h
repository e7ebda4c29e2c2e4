#pragma once

#include "RequestDialog.h"
#include "dto/User.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hexclave::ui {

class AppSettings;

class FieldMessage;

// Sends a user a password-reset email or a sign-in invitation at their primary address. The
// callback URL (the page of the app that handles the link) is remembered per project. Without
// an email address, or without admin access for invitations, the choice is disabled and says why.
class SendUserEmailDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendUserEmailDialog)

public:
    enum class Kind { PasswordReset, SignInInvitation };

    // The callback URL is remembered per project in context.settings (when there are settings).
    SendUserEmailDialog(const ProjectContext &context, const api::User &user, Kind kind = Kind::PasswordReset,
                        QWidget *parent = nullptr);

    Kind kind() const;
    void setKind(Kind kind);
    QRadioButton *kindOption(Kind kind) const;
    QLineEdit *callbackUrlField() const { return m_callbackUrl; }
    QPushButton *sendButton() const { return m_send; }
    // Says that the email was sent (or why nothing can be sent).
    QLabel *resultLabel() const;


private:
    void sendEmail();
    void suggestCallbackUrl();
    void updateState();

    api::User m_user;
    bool m_callbackUrlEdited = false;
    QRadioButton *m_passwordReset;
    QRadioButton *m_invitation;
    QLineEdit *m_callbackUrl;
    FieldMessage *m_callbackUrlMessage;
    FieldMessage *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_send;
    QPushButton *m_cancel;
    bool m_sent = false;
};

} // namespace hexclave::ui
