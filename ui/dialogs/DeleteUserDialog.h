#pragma once

#include "TypedConfirmationDialog.h"
#include "dto/User.h"

namespace hexclave::ui {

// Deletes a user for good, after saying what goes with them and having the person type the
// user's email address (or id, for a user without one) exactly.
class DeleteUserDialog : public TypedConfirmationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteUserDialog)

public:
    DeleteUserDialog(const ProjectContext &context, const api::User &user, QWidget *parent = nullptr);

    // What has to be typed: the primary email, else the id.
    QString confirmationText() const override;

Q_SIGNALS:
    void deleted(const QString &userId);

private:
    void confirmed() override;

    api::User m_user;
};

} // namespace hexclave::ui
