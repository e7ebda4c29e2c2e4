#pragma once

#include "dialogs/RequestDialog.h"
#include "dto/Email.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hexclave::ui {

class FieldMessage;

// Sends one test email through the email server settings of the form (saved or not), to an
// address the person chooses (the signed-in account's by default), and says whether the server
// could send it or what its email server answered. A click while one is on its way does nothing.
class TestEmailDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestEmailDialog)

public:
    TestEmailDialog(const ProjectContext &context, const api::EmailServerSettings &server, QWidget *parent = nullptr);

    QLineEdit *recipientField() const { return m_recipient; }
    QPushButton *sendButton() const { return m_send; }
    // The outcome of the last attempt (empty before the first answer).
    FieldMessage *resultLabel() const { return m_result; }
    bool lastSucceeded() const { return m_succeeded; }

    // Sends the test email to the address in the field; false when one is on its way already or
    // the address is not one.
    bool sendTestEmail();

Q_SIGNALS:
    // The server answered (sent, or its email server refused).
    void answered(bool success, const QString &errorMessage);

private:
    void updateState();

    api::EmailServerSettings m_server; // holds the password: never logged
    QLineEdit *m_recipient;
    FieldMessage *m_recipientMessage;
    FieldMessage *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_send;
    QPushButton *m_close;
    bool m_succeeded = false;
};

} // namespace hexclave::ui
