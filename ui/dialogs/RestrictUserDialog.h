#pragma once

#include "RequestDialog.h"
#include "dto/User.h"

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hexclave::ui {

class FieldMessage;

// Restricts a user, with a public reason (the user may see it) and private details (for
// administrators only); for a user an administrator already restricted, changes the reasons
// or lifts the restriction. Closing with reasons typed but not sent asks first.
class RestrictUserDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestrictUserDialog)

public:
    RestrictUserDialog(const ProjectContext &context, const api::User &user, QWidget *parent = nullptr);

    QLineEdit *publicReasonField() const { return m_publicReason; }
    QPlainTextEdit *privateDetailsField() const { return m_privateDetails; }
    // "Restrict", or "Save" for a user who is already restricted.
    QPushButton *restrictButton() const { return m_restrict; }
    // Only for a user an administrator restricted; null otherwise.
    QPushButton *unrestrictButton() const { return m_unrestrict; }

Q_SIGNALS:
    void saved(const hexclave::api::User &user);

protected:
    bool hasUnsavedInput() const override;
    FieldMessage *fieldMessage(UserField field) const override;

private:
    void restrict();
    void unrestrict();
    void finish(const api::User &user);

    api::User m_user;
    QLineEdit *m_publicReason;
    FieldMessage *m_publicReasonMessage;
    QPlainTextEdit *m_privateDetails;
    FieldMessage *m_privateDetailsMessage;
    QDialogButtonBox *m_buttons;
    QPushButton *m_restrict;
    QPushButton *m_unrestrict = nullptr;
};

} // namespace hexclave::ui
