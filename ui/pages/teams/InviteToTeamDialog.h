#pragma once

#include "dialogs/RequestDialog.h"
#include "dto/Team.h"

class QLineEdit;
class QPushButton;

namespace hexclave::ui {

class FieldMessage;

// Invites someone to a team by e-mail: the server mails a link to a page of the project's app
// (the callback URL, on one of its trusted domains), where the recipient joins the team. The
// app's address is remembered for the project, as for the other mails. Closes once sent.
class InviteToTeamDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InviteToTeamDialog)

public:
    InviteToTeamDialog(const ProjectContext &context, const api::Team &team, QWidget *parent = nullptr);

    QLineEdit *emailField() const { return m_email; }
    QLineEdit *callbackUrlField() const { return m_callbackUrl; }
    QPushButton *sendButton() const { return m_send; }
    // The address the invitation went to, once it was sent.
    QString sentTo() const { return m_sentTo; }

protected:
    bool hasUnsavedInput() const override;

private:
    void sendInvitation();

    api::Team m_team;
    QLineEdit *m_email;
    FieldMessage *m_emailMessage;
    QLineEdit *m_callbackUrl;
    FieldMessage *m_callbackUrlMessage;
    QPushButton *m_send;
    QString m_sentTo;
};

} // namespace hexclave::ui
