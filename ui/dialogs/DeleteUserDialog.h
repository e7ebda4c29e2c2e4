#pragma once

#include "RequestDialog.h"
#include "dto/User.h"

class QLineEdit;
class QPushButton;

namespace hexclave::ui {

// Deletes a user for good, after saying what goes with them and having the person type the
// user's email address (or id, for a user without one) exactly.
class DeleteUserDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteUserDialog)

public:
    DeleteUserDialog(const ProjectContext &context, const api::User &user, QWidget *parent = nullptr);

    // What has to be typed: the primary email, else the id.
    QString confirmationText() const;
    QLineEdit *confirmationField() const { return m_confirmation; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    void deleted(const QString &userId);

private:
    void updateDeleteButton();
    void deleteUser();

    api::User m_user;
    QLineEdit *m_confirmation;
    QPushButton *m_delete;
};

} // namespace hexclave::ui
