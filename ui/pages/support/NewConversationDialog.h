#pragma once

#include "dialogs/RequestDialog.h"
#include "dto/User.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hexclave::ui {

class FieldMessage;

// Starts a support conversation with a user of the project: subject, the first message (the
// agent's, as the server records it) and a priority. Closes once the server created it;
// createdConversationId() then names it.
class NewConversationDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewConversationDialog)

public:
    explicit NewConversationDialog(const ProjectContext &context, QWidget *parent = nullptr);

    // The customer, chosen beforehand (e.g. from the Users page); can still be changed.
    void setUser(const api::User &user);
    const std::optional<api::User> &user() const { return m_user; }
    QString createdConversationId() const { return m_createdId; }

    QLabel *userLabel() const { return m_userLabel; }
    QPushButton *chooseUserButton() const { return m_chooseUser; }
    QLineEdit *subjectField() const { return m_subject; }
    QPlainTextEdit *messageField() const { return m_message; }
    QComboBox *priorityBox() const { return m_priority; }
    QPushButton *createButton() const { return m_create; }
    FieldMessage *userMessage() const { return m_userMessage; }

Q_SIGNALS:
    void created(const QString &conversationId);

protected:
    bool hasUnsavedInput() const override;

private:
    void chooseUser();
    void create();
    void showUser();

    std::optional<api::User> m_user;
    QLabel *m_userLabel;
    QPushButton *m_chooseUser;
    FieldMessage *m_userMessage;
    QLineEdit *m_subject;
    FieldMessage *m_subjectMessage;
    QPlainTextEdit *m_message;
    FieldMessage *m_messageMessage;
    QComboBox *m_priority;
    QPushButton *m_create;
    QString m_createdId;
};

} // namespace hexclave::ui
