#pragma once

#include "ProjectContext.h"
#include "core/ApiError.h"
#include "dto/Email.h"

#include <QPointer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QRadioButton;

namespace hexclave::models {
class ConfigSettingsWriter;
}

namespace hexclave::ui {

class ErrorBanner;
class FieldMessage;
class TestEmailDialog;

// The Email server tab: where the project's emails go out from (emails.server, kept per
// environment). Hexclave's shared server, the project's own SMTP server, or Resend (SMTP with an
// API key as the password); a server Hexclave manages for the project's domain is shown read-only.
// The password is a secret: the one read from the server stays in memory only (the field shows
// it as unchanged, and saving keeps it), it is never logged or stored on this computer, and the
// summary before saving says only whether it changes. Saving asks first, writes at the
// environment level and reads the configuration back; a failed save keeps the form. "Send test
// email…" tries the settings of the form, saved or not. The configuration is read when the tab
// is first shown.
class EmailServerView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailServerView)

public:
    enum class Mode { Shared, Smtp, Resend, Managed };
    Q_ENUM(Mode)

    explicit EmailServerView(const ProjectContext &context, QWidget *parent = nullptr);
    ~EmailServerView() override;

    bool isLoaded() const { return m_loaded; }
    bool hasUnsavedChanges() const;
    bool isSaving() const;

    // Reads the configuration again (the form then shows what is saved).
    void reload();
    Mode mode() const;
    void setMode(Mode mode);
    // Checks the form, then asks whether to save what changes. False when nothing was asked
    // (a problem in the form, nothing changed, or busy).
    bool save();
    void revert();
    // Checks the form, then opens the test email dialog with its settings.
    TestEmailDialog *openTestEmailDialog();

    // What is saved, as last read from the server, and what the form would save.
    const api::EmailServerSettings &savedSettings() const { return m_saved; }
    api::EmailServerSettings formSettings() const;
    // The lines of the summary before saving: each changed field as "Host: old → new", and the
    // password as changed or unchanged (never its text).
    static QStringList describeChanges(const api::EmailServerSettings &before, const api::EmailServerSettings &after,
                                       bool passwordChanged);
    static QString modeTitle(Mode mode);

    QRadioButton *modeOption(Mode mode) const;
    QLineEdit *hostField() const { return m_host; }
    QLineEdit *portField() const { return m_port; }
    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *senderNameField() const { return m_senderName; }
    QLineEdit *senderEmailField() const { return m_senderEmail; }
    FieldMessage *hostMessage() const { return m_hostMessage; }
    FieldMessage *portMessage() const { return m_portMessage; }
    FieldMessage *usernameMessage() const { return m_usernameMessage; }
    FieldMessage *passwordMessage() const { return m_passwordMessage; }
    FieldMessage *senderNameMessage() const { return m_senderNameMessage; }
    FieldMessage *senderEmailMessage() const { return m_senderEmailMessage; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *revertButton() const { return m_revertButton; }
    QPushButton *testButton() const { return m_testButton; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *sharedNote() const { return m_sharedNote; }
    ErrorBanner *errorBanner() const { return m_error; }
    // The question before saving, and the test email dialog, while open.
    QMessageBox *openConfirmation() const;
    TestEmailDialog *testEmailDialog() const;
    models::ConfigSettingsWriter *writer() const { return m_writer; }

Q_SIGNALS:
    void loaded(); // the settings are shown, or reading them failed
    void unsavedChangesChanged(bool unsaved);
    void saved();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSettings(const api::EmailServerSettings &settings);
    void applyMode();
    void formEdited();
    void updateActions();
    // Shows each problem of the form on its field; true when there is none.
    bool checkForm();
    void clearFieldMessages();
    // The saved password may be kept: the server saved is the kind the form shows.
    bool canKeepSavedPassword() const;
    bool passwordChanged() const;
    void write(const api::EmailServerSettings &settings);

    ProjectContext m_context;
    models::ConfigSettingsWriter *m_writer;
    api::EmailServerSettings m_saved; // the password in it lives in memory only
    ErrorBanner *m_error;
    QRadioButton *m_shared;
    QRadioButton *m_smtp;
    QRadioButton *m_resend;
    QRadioButton *m_managed;
    QLabel *m_sharedNote;
    QLabel *m_resendNote;
    QLabel *m_managedNote;
    QGroupBox *m_serverBox;
    QLabel *m_passwordLabel;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_senderName;
    QLineEdit *m_senderEmail;
    FieldMessage *m_hostMessage;
    FieldMessage *m_portMessage;
    FieldMessage *m_usernameMessage;
    FieldMessage *m_passwordMessage;
    FieldMessage *m_senderNameMessage;
    FieldMessage *m_senderEmailMessage;
    QPushButton *m_testButton;
    QPushButton *m_revertButton;
    QPushButton *m_saveButton;
    QLabel *m_status;
    QPointer<QMessageBox> m_confirmation;
    QPointer<TestEmailDialog> m_testDialog;
    // What the SMTP fields held before Resend's fixed values replaced them.
    QString m_smtpHost, m_smtpPort, m_smtpUsername;
    bool m_started = false; // reading the configuration was started (first show or reload())
    bool m_loaded = false;
    bool m_showing = false; // filling the form: not an edit
    bool m_wasUnsaved = false;
};

} // namespace hexclave::ui
