#pragma once

#include "dialogs/RequestDialog.h"
#include "endpoints/EmailsEndpoints.h"
#include "dto/User.h"
#include "emails/SentEmailsOutboxCheck.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableView;

namespace hexclave::models {
class SendAllUsersCounter;
class SendRecipientsModel;
}

namespace hexclave::ui {

class FieldMessage;
class SendDraftChooser;
class SendResultView;
class SendScheduleField;
class UnknownOutcomePanel;

// Sends a draft to users of the project (POST /emails/send-email) in three steps: what and to
// whom (the draft, the selected users or all users, subject, notification category and an
// optional time), a confirmation naming how many people receive it, and the server's answer per
// recipient. It sends at most once: the Send button turns off at the first click, the request
// runs in RequestDialog's busy state, and once the server accepted the email the dialog only
// shows the result. When the answer to a send got lost (timeout, dropped connection) the emails
// may be queued already: Send then stays off, also after Back and Review, until the user confirms
// having checked the Outbox (the dialog can look for them there itself).
class SendEmailDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendEmailDialog)

public:
    enum class Step { Compose, Confirm, Result };
    Q_ENUM(Step)

    SendEmailDialog(const ProjectContext &context, QWidget *parent = nullptr);
    ~SendEmailDialog() override;

    void setDraft(const api::EmailDraft &draft);       // otherwise the dialog offers the project's drafts
    void setRecipients(const QList<api::User> &users); // e.g. the Users page selection

    Step step() const;
    // The draft chosen (set, or picked in the list); nothing while none is.
    std::optional<api::EmailDraft> draft() const;
    // The request the Send button sends now.
    api::emails::SendEmailRequest request() const;
    // Send requests made by this dialog (at most one succeeds).
    int sendAttempts() const { return m_sendAttempts; }

    // For tests and automation.
    QComboBox *draftChoice() const;
    QRadioButton *selectedUsersOption() const { return m_selectedUsers; }
    QRadioButton *allUsersOption() const { return m_allUsers; }
    QTableView *recipientsView() const { return m_recipientsView; }
    QPushButton *addUsersButton() const { return m_addUsers; }
    QPushButton *removeUsersButton() const { return m_removeUsers; }
    QLineEdit *subjectField() const { return m_subject; }
    QComboBox *categoryChoice() const { return m_category; }
    QCheckBox *scheduleOption() const;
    QDateTimeEdit *scheduleField() const;
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *removeMissingUserButton() const { return m_removeMissingUser; }
    QLabel *confirmationLabel() const { return m_confirmation; }
    QLabel *resultLabel() const;
    // The answer to a send got lost: the emails may be queued already.
    bool isOutcomeUnknown() const { return m_outcomeUnknown; }
    QLabel *outcomeUnknownLabel() const;
    QPushButton *lookInOutboxButton() const;
    QCheckBox *sendAgainOption() const;
    // The Outbox read after a scheduled send is still running.
    bool isCheckingSchedule() const { return m_checkingSchedule; }
    QTableView *resultsView() const;
    models::SendRecipientsModel *recipientsModel() const { return m_recipients; }
    models::SendRecipientsModel *resultsModel() const { return m_results; }
    models::SendAllUsersCounter *allUsersCounter() const { return m_counter; }

Q_SIGNALS:
    // "Follow them in the Outbox" was clicked: show the Emails page's Outbox.
    void openOutboxRequested();
    // The server accepted the email for these users.
    void sent(const QStringList &userIds);

protected:
    bool hasUnsavedInput() const override;

private:
    QWidget *buildComposePage();
    QWidget *buildConfirmPage();
    void addUsers();
    void removeSelectedUsers();
    void updateCompose();
    bool checkCompose();
    void review();
    void startCounting();
    void updateConfirmation();
    void sendNow();
    void showSent(const QStringList &userIds);
    void showSendError(const api::ApiError &error);
    void removeMissingUser();
    void goTo(Step step);
    QString draftName() const;
    QString recipientsSentence() const;
    bool resendBlocked() const;
    void updateUnknownOutcome();
    void lookForLostSend();
    void checkSchedule(qint64 sentAtMillis, qint64 scheduledAt);
    QString probeUserId() const;
    void findQueuedEmails(qint64 sinceMillis, const models::SentEmailsOutboxCheck::Done &done);

    models::SendRecipientsModel *m_recipients;
    models::SendRecipientsModel *m_results;
    models::SendAllUsersCounter *m_counter = nullptr;
    QString m_missingUserId;
    int m_sendAttempts = 0;
    bool m_sending = false; // from the click on Send until the answer
    bool m_sent = false;    // the server accepted it: never send again
    bool m_outcomeUnknown = false; // a send got no answer: it may have been queued
    qint64 m_attemptStartedMillis = 0;
    bool m_checkingSchedule = false;

    QStackedWidget *m_steps;
    // Compose
    SendDraftChooser *m_draftChooser;
    QRadioButton *m_selectedUsers;
    QRadioButton *m_allUsers;
    QTableView *m_recipientsView;
    QPushButton *m_addUsers;
    QPushButton *m_removeUsers;
    FieldMessage *m_recipientsMessage;
    QLineEdit *m_subject;
    QComboBox *m_category;
    FieldMessage *m_categoryMessage;
    SendScheduleField *m_schedule;
    // Confirm
    QLabel *m_confirmHeadline;
    QLabel *m_confirmation;
    QPushButton *m_removeMissingUser;
    UnknownOutcomePanel *m_unknownOutcome;
    // Result
    SendResultView *m_resultView;
    // Buttons
    QPushButton *m_back;
    QPushButton *m_review;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace hexclave::ui
