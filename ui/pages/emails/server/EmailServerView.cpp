#include "EmailServerView.h"

#include "ConfigSettingsWriter.h"
#include "TestEmailDialog.h"
#include "dialogs/DialogParts.h"
#include "dto/ProjectConfig.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

const QString resendHost = QStringLiteral("smtp.resend.com");
constexpr int resendPort = 465;
const QString resendUsername = QStringLiteral("resend");
const QString passwordMask = QStringLiteral("••••");

EmailServerView::Mode modeOf(const api::EmailServerSettings &settings)
{
    if (settings.isShared)
        return EmailServerView::Mode::Shared;
    if (settings.provider == u"resend")
        return EmailServerView::Mode::Resend;
    if (settings.provider == u"managed")
        return EmailServerView::Mode::Managed;
    return EmailServerView::Mode::Smtp;
}

// The same server for the project: two shared servers are the same whatever else they keep.
bool sameServer(const api::EmailServerSettings &a, const api::EmailServerSettings &b)
{
    if (a.isShared || b.isShared)
        return a.isShared == b.isShared;
    return a.provider == b.provider && a.host == b.host && a.port == b.port && a.username == b.username
        && a.password == b.password && a.senderName == b.senderName && a.senderEmail == b.senderEmail;
}

QString shown(const QString &value)
{
    return value.isEmpty() ? EmailServerView::tr("(none)") : value;
}

} // namespace

EmailServerView::EmailServerView(const ProjectContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_writer(new models::ConfigSettingsWriter(context.client(), context.scope(), this))
    , m_error(new ErrorBanner(this))
    , m_shared(new QRadioButton(modeTitle(Mode::Shared), this))
    , m_smtp(new QRadioButton(modeTitle(Mode::Smtp), this))
    , m_resend(new QRadioButton(modeTitle(Mode::Resend), this))
    , m_managed(new QRadioButton(modeTitle(Mode::Managed), this))
    , m_sharedNote(explanationLabel(
          tr("Emails go out from Hexclave's shared server, with Hexclave as the sender. It sends the built-in emails "
             "(sign-in codes, password resets, verifications) but cannot send your own emails from drafts, and "
             "edited templates are not used: both need your own server."),
          this))
    , m_resendNote(explanationLabel(tr("Resend is reached over SMTP: paste an API key from resend.com as the key below; "
                                       "the sender's domain must be verified there."),
                                    this))
    , m_managedNote(explanationLabel(QString(), this))
    , m_serverBox(new QGroupBox(tr("Server"), this))
    , m_passwordLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(passwordLineEdit(this))
    , m_senderName(new QLineEdit(this))
    , m_senderEmail(new QLineEdit(this))
    , m_hostMessage(new FieldMessage(m_host, this))
    , m_portMessage(new FieldMessage(m_port, this))
    , m_usernameMessage(new FieldMessage(m_username, this))
    , m_passwordMessage(new FieldMessage(m_password, this))
    , m_senderNameMessage(new FieldMessage(m_senderName, this))
    , m_senderEmailMessage(new FieldMessage(m_senderEmail, this))
    , m_testButton(new QPushButton(tr("Send &test email…"), this))
    , m_revertButton(new QPushButton(tr("Re&vert"), this))
    , m_saveButton(new QPushButton(tr("&Save…"), this))
    , m_status(new QLabel(this))
{
    auto *modes = new QButtonGroup(this);
    for (QRadioButton *option : {m_shared, m_smtp, m_resend, m_managed})
        modes->addButton(option);
    m_managed->hide(); // only when the configuration has it
    m_managed->setToolTip(tr("Set up in the web dashboard; shown here as it is."));

    m_host->setAccessibleName(tr("Host"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setMaximumWidth(fontMetrics().horizontalAdvance(u'0') * 10 + 24);
    m_username->setAccessibleName(tr("Username"));
    m_password->setAccessibleName(tr("Password"));
    m_senderName->setAccessibleName(tr("Sender name"));
    m_senderEmail->setAccessibleName(tr("Sender email"));

    auto *form = new QFormLayout(m_serverBox);
    form->addRow(tr("&Host:"), withMessage(m_host, m_hostMessage, m_serverBox));
    form->addRow(tr("&Port:"), withMessage(m_port, m_portMessage, m_serverBox));
    form->addRow(tr("&Username:"), withMessage(m_username, m_usernameMessage, m_serverBox));
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, withMessage(m_password, m_passwordMessage, m_serverBox));
    form->addRow(tr("Sender &name:"), withMessage(m_senderName, m_senderNameMessage, m_serverBox));
    form->addRow(tr("Sender &email:"), withMessage(m_senderEmail, m_senderEmailMessage, m_serverBox));

    auto *intro = explanationLabel(tr("Where this project's emails are sent from. Each environment keeps its own "
                                      "email server; this is the one of the environment you are connected to."),
                                   this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveButton->setToolTip(tr("Review the changes, then save them (Ctrl+S)"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_testButton->setToolTip(tr("Send an email through the settings of the form, saved or not"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_testButton);
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *content = new QWidget(this);
    content->setMaximumWidth(720);
    auto *column = new QVBoxLayout(content);
    column->addWidget(intro);
    column->addSpacing(6);
    column->addWidget(m_shared);
    column->addWidget(m_sharedNote);
    m_sharedNote->setContentsMargins(24, 0, 0, 0);
    m_resendNote->setContentsMargins(0, 0, 0, 6);
    m_managedNote->setContentsMargins(0, 0, 0, 6);
    column->addWidget(m_smtp);
    column->addWidget(m_resend);
    column->addWidget(m_managed);
    column->addSpacing(6);
    column->addWidget(m_resendNote);
    column->addWidget(m_managedNote);
    column->addWidget(m_serverBox);
    column->addLayout(buttons);
    column->addWidget(m_status);
    column->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    m_error->hide();

    setTabChain({m_shared, m_smtp, m_resend, m_host, m_port, m_username, m_password, m_senderName, m_senderEmail,
                 m_testButton, m_revertButton, m_saveButton});

    for (QRadioButton *option : {m_shared, m_smtp, m_resend, m_managed}) {
        connect(option, &QRadioButton::toggled, this, [this](bool on) {
            if (!on)
                return;
            applyMode();
            formEdited();
        });
    }
    for (QLineEdit *field : {m_host, m_port, m_username, m_password, m_senderName, m_senderEmail})
        connect(field, &QLineEdit::textChanged, this, &EmailServerView::formEdited);
    // A field's problem is gone once it is edited; the others stay until the next check.
    const QList<std::pair<QLineEdit *, FieldMessage *>> messages{
        {m_host, m_hostMessage},       {m_port, m_portMessage},             {m_username, m_usernameMessage},
        {m_password, m_passwordMessage}, {m_senderName, m_senderNameMessage}, {m_senderEmail, m_senderEmailMessage}};
    for (const auto &[field, message] : messages)
        connect(field, &QLineEdit::textEdited, message, &FieldMessage::clear);
    connect(m_saveButton, &QPushButton::clicked, this, &EmailServerView::save);
    connect(m_revertButton, &QPushButton::clicked, this, &EmailServerView::revert);
    connect(m_testButton, &QPushButton::clicked, this, &EmailServerView::openTestEmailDialog);
    connect(m_error, &ErrorBanner::retryRequested, this, &EmailServerView::reload);

    connect(m_writer, &models::ConfigSettingsWriter::loaded, this, [this] {
        m_error->hide();
        m_saved = api::emailServerSettingsFrom(m_writer->rendered());
        showSettings(m_saved);
        if (!m_loaded) {
            m_loaded = true;
            Q_EMIT loaded();
        }
    });
    connect(m_writer, &models::ConfigSettingsWriter::written, this, [this] {
        m_saved = api::emailServerSettingsFrom(m_writer->rendered());
        showSettings(m_saved);
        m_status->setText(tr("Saved and read back: this environment now uses %1.").arg(modeTitle(modeOf(m_saved))));
        Q_EMIT saved();
    });
    connect(m_writer, &models::ConfigSettingsWriter::failed, this,
            [this](models::ConfigSettingsWriter::Stage stage, const api::ApiError &error) {
                if (error.kind == api::ApiError::Kind::Cancelled)
                    return;
                if (!m_loaded) {
                    m_error->showError(error);
                    m_loaded = true;
                    updateActions();
                    Q_EMIT loaded();
                    return;
                }
                m_status->clear();
                if (stage == models::ConfigSettingsWriter::Stage::Loading && m_writer->isLoaded()) {
                    // Reading before writing failed: nothing was written.
                    m_error->showActionError(tr("The email server settings were not saved."), error);
                } else if (stage == models::ConfigSettingsWriter::Stage::Verifying) {
                    m_error->showActionError(tr("The email server settings were sent, but reading them back did not "
                                                "show them. Check them again before relying on them."),
                                             error);
                } else if (stage == models::ConfigSettingsWriter::Stage::Writing) {
                    m_error->showActionError(tr("The email server settings were not saved."), error);
                } else {
                    m_error->showError(error);
                }
                updateActions(); // the form keeps what was typed
            });

    showSettings(m_saved); // the configuration is read when the tab is first shown
}

EmailServerView::~EmailServerView() = default;

void EmailServerView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started)
        reload();
}

QMessageBox *EmailServerView::openConfirmation() const
{
    return m_confirmation;
}

TestEmailDialog *EmailServerView::testEmailDialog() const
{
    return m_testDialog;
}

QString EmailServerView::modeTitle(Mode mode)
{
    switch (mode) {
    case Mode::Shared: return tr("Hexclave's shared server");
    case Mode::Smtp: return tr("Your own SMTP server");
    case Mode::Resend: return tr("Resend");
    case Mode::Managed: return tr("Managed by Hexclave");
    }
    return {};
}

QRadioButton *EmailServerView::modeOption(Mode mode) const
{
    switch (mode) {
    case Mode::Shared: return m_shared;
    case Mode::Smtp: return m_smtp;
    case Mode::Resend: return m_resend;
    case Mode::Managed: return m_managed;
    }
    return m_shared;
}

EmailServerView::Mode EmailServerView::mode() const
{
    if (m_smtp->isChecked())
        return Mode::Smtp;
    if (m_resend->isChecked())
        return Mode::Resend;
    if (m_managed->isChecked())
        return Mode::Managed;
    return Mode::Shared;
}

void EmailServerView::setMode(Mode mode)
{
    QRadioButton *option = modeOption(mode);
    if (option->isVisible() || mode != Mode::Managed)
        option->setChecked(true);
}

bool EmailServerView::isSaving() const
{
    return m_writer->isWriting();
}

void EmailServerView::reload()
{
    m_started = true;
    m_writer->load();
}

void EmailServerView::showSettings(const api::EmailServerSettings &settings)
{
    m_showing = true;
    const Mode shownMode = modeOf(settings);
    m_managed->setVisible(shownMode == Mode::Managed);
    modeOption(shownMode)->setChecked(true);
    m_host->setText(settings.host);
    m_port->setText(settings.port ? QString::number(*settings.port) : QString());
    m_username->setText(settings.username);
    m_password->clear(); // the saved one stays in memory: the field shows it as unchanged
    m_senderName->setText(settings.senderName);
    m_senderEmail->setText(settings.senderEmail);
    m_smtpHost = shownMode == Mode::Smtp ? settings.host : QString();
    m_smtpPort = shownMode == Mode::Smtp ? m_port->text() : QString();
    m_smtpUsername = shownMode == Mode::Smtp ? settings.username : QString();
    const QString subdomain = m_writer->rendered().stringAt(api::emailServerPath + QStringLiteral(".managedSubdomain")).value_or(QString());
    m_managedNote->setText(subdomain.isEmpty()
                               ? tr("Hexclave runs this email server for the project. Change it in the web dashboard.")
                               : tr("Hexclave runs this email server for the project's domain %1. Change it in the web "
                                    "dashboard.")
                                     .arg(subdomain));
    clearFieldMessages();
    applyMode();
    m_showing = false;
    formEdited();
}

void EmailServerView::applyMode()
{
    const Mode current = mode();
    const bool resend = current == Mode::Resend;
    const bool managed = current == Mode::Managed;
    if (!m_showing) {
        // Resend's fixed values replace the SMTP ones while it is chosen, and give them back after.
        if (resend && m_host->text() != resendHost) {
            m_smtpHost = m_host->text();
            m_smtpPort = m_port->text();
            m_smtpUsername = m_username->text();
        } else if (!resend && m_host->text() == resendHost && m_username->text() == resendUsername
                   && m_host->isReadOnly()) {
            m_host->setText(m_smtpHost);
            m_port->setText(m_smtpPort);
            m_username->setText(m_smtpUsername);
        }
    }
    if (resend) {
        m_host->setText(resendHost);
        m_port->setText(QString::number(resendPort));
        m_username->setText(resendUsername);
    }
    m_sharedNote->setVisible(current == Mode::Shared);
    m_serverBox->setVisible(current != Mode::Shared);
    m_resendNote->setVisible(resend);
    m_managedNote->setVisible(managed);
    for (QLineEdit *field : {m_host, m_port, m_username})
        field->setReadOnly(resend || managed);
    for (QLineEdit *field : {m_senderName, m_senderEmail})
        field->setReadOnly(managed);
    // Examples in read-only fields would read as values.
    m_host->setPlaceholderText(managed ? QString() : QStringLiteral("smtp.example.com"));
    m_port->setPlaceholderText(managed ? QString() : QStringLiteral("587"));
    m_senderName->setPlaceholderText(managed ? QString() : tr("Your app"));
    m_senderEmail->setPlaceholderText(managed ? QString() : QStringLiteral("noreply@example.com"));
    m_password->setEnabled(!managed);
    m_passwordLabel->setText(resend ? tr("API &key:") : tr("Pass&word:"));
    m_password->setAccessibleName(resend ? tr("API key") : tr("Password"));
    m_password->setPlaceholderText(canKeepSavedPassword() && !m_saved.password.isEmpty()
                                       ? tr("Unchanged (saved on the server)")
                                       : QString());
}

bool EmailServerView::canKeepSavedPassword() const
{
    return !m_saved.isShared && modeOf(m_saved) == mode();
}

bool EmailServerView::passwordChanged() const
{
    return !m_password->text().isEmpty();
}

api::EmailServerSettings EmailServerView::formSettings() const
{
    const Mode current = mode();
    if (current == Mode::Managed)
        return m_saved;
    api::EmailServerSettings settings;
    settings.otherFieldsJson = m_saved.otherFieldsJson;
    if (current == Mode::Shared) {
        settings.isShared = true;
        settings.provider = m_saved.isShared ? m_saved.provider : QStringLiteral("smtp");
        return settings;
    }
    settings.isShared = false;
    settings.provider = current == Mode::Resend ? QStringLiteral("resend") : QStringLiteral("smtp");
    settings.host = m_host->text().trimmed();
    bool isNumber = false;
    const int port = m_port->text().trimmed().toInt(&isNumber);
    if (isNumber)
        settings.port = port;
    settings.username = m_username->text().trimmed();
    if (passwordChanged())
        settings.password = m_password->text();
    else if (canKeepSavedPassword())
        settings.password = m_saved.password;
    settings.senderName = m_senderName->text().trimmed();
    settings.senderEmail = m_senderEmail->text().trimmed();
    return settings;
}

bool EmailServerView::hasUnsavedChanges() const
{
    return m_loaded && m_writer->isLoaded() && !sameServer(formSettings(), m_saved);
}

void EmailServerView::formEdited()
{
    if (m_showing)
        return;
    const bool unsaved = hasUnsavedChanges();
    if (unsaved)
        m_status->clear();
    updateActions();
    if (unsaved != m_wasUnsaved) {
        m_wasUnsaved = unsaved;
        Q_EMIT unsavedChangesChanged(unsaved);
    }
}

void EmailServerView::updateActions()
{
    const bool ready = m_writer->isLoaded() && !m_writer->isBusy();
    const bool unsaved = hasUnsavedChanges();
    m_saveButton->setEnabled(ready && unsaved && !m_confirmation);
    m_revertButton->setEnabled(ready && unsaved);
    const Mode current = mode();
    const bool ownServer = current == Mode::Smtp || current == Mode::Resend;
    m_testButton->setEnabled(ready && ownServer && !m_testDialog);
    m_testButton->setToolTip(ownServer ? tr("Send an email through the settings of the form, saved or not")
                                       : tr("Choose your own SMTP server or Resend to send a test email"));
    for (QRadioButton *option : {m_shared, m_smtp, m_resend, m_managed})
        option->setEnabled(ready);
    m_serverBox->setEnabled(ready);
}

void EmailServerView::clearFieldMessages()
{
    for (FieldMessage *message :
         {m_hostMessage, m_portMessage, m_usernameMessage, m_passwordMessage, m_senderNameMessage, m_senderEmailMessage})
        message->clear();
}

bool EmailServerView::checkForm()
{
    clearFieldMessages();
    const Mode current = mode();
    if (current == Mode::Shared || current == Mode::Managed)
        return true;
    FieldProblems problems;
    const api::EmailServerSettings settings = formSettings();
    if (settings.host.isEmpty())
        problems.add(m_hostMessage, tr("Enter the server's host name, like smtp.example.com."));
    else if (settings.host.contains(u' ') || settings.host.contains(u'/') || settings.host.contains(u':'))
        problems.add(m_hostMessage, tr("Enter a host name only, without a scheme, path or port."));
    if (!settings.port || *settings.port < 1 || *settings.port > 65535)
        problems.add(m_portMessage, tr("Enter a port between 1 and 65535 (usually 587, or 465 for SSL)."));
    if (settings.username.isEmpty())
        problems.add(m_usernameMessage, tr("Enter the username the server signs in with."));
    if (settings.password.isEmpty()) {
        problems.add(m_passwordMessage, current == Mode::Resend ? tr("Paste an API key from resend.com.")
                                                                 : tr("Enter the password the server signs in with."));
    } else if (settings.password.size() > 70) {
        problems.add(m_passwordMessage, tr("The server keeps at most 70 characters."));
    }
    if (settings.senderName.isEmpty())
        problems.add(m_senderNameMessage, tr("Enter the name your emails come from, like your app's name."));
    if (settings.senderEmail.isEmpty())
        problems.add(m_senderEmailMessage, tr("Enter the address your emails come from."));
    else if (!looksLikeEmail(settings.senderEmail))
        problems.add(m_senderEmailMessage, tr("Enter an email address, like noreply@example.com."));
    return problems.focusFirst();
}

QStringList EmailServerView::describeChanges(const api::EmailServerSettings &before,
                                             const api::EmailServerSettings &after, bool passwordChanged)
{
    QStringList lines;
    const Mode from = modeOf(before);
    const Mode to = modeOf(after);
    if (from != to)
        lines << tr("Server: %1 → %2").arg(modeTitle(from), modeTitle(to));
    if (after.isShared) {
        if (!before.isShared)
            lines << tr("The host, username, password and sender are removed from the configuration.");
        return lines;
    }
    const api::EmailServerSettings none;
    const api::EmailServerSettings &old = before.isShared ? none : before;
    const auto field = [&lines](const QString &name, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            lines << tr("%1: %2 → %3").arg(name, shown(oldValue), shown(newValue));
    };
    const auto portText = [](const std::optional<int> &port) { return port ? QString::number(*port) : QString(); };
    field(tr("Host"), old.host, after.host);
    field(tr("Port"), portText(old.port), portText(after.port));
    field(tr("Username"), old.username, after.username);
    const QString secretName = to == Mode::Resend ? tr("API key") : tr("Password");
    lines << (passwordChanged ? tr("%1: %2 changed").arg(secretName, passwordMask)
                              : tr("%1: %2 unchanged").arg(secretName, passwordMask));
    field(tr("Sender name"), old.senderName, after.senderName);
    field(tr("Sender email"), old.senderEmail, after.senderEmail);
    return lines;
}

bool EmailServerView::save()
{
    if (!m_writer->isLoaded() || m_writer->isBusy() || m_confirmation)
        return false;
    m_status->clear();
    if (!checkForm())
        return false;
    if (!hasUnsavedChanges()) {
        m_status->setText(tr("Nothing to save: the form shows what is saved."));
        return false;
    }
    const api::EmailServerSettings after = formSettings();
    const bool newPassword = !after.isShared && (passwordChanged() || after.password != m_saved.password);
    QStringList lines = describeChanges(m_saved, after, newPassword);
    for (QString &line : lines)
        line.prepend(QStringLiteral("• "));
    const QString project = m_context.project.displayName.isEmpty() ? m_context.project.id : m_context.project.displayName;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Save the email server"),
                                tr("Save these email server settings for the environment of %1?").arg(project),
                                QMessageBox::Save | QMessageBox::Cancel, this);
    box->setInformativeText(lines.join(u'\n'));
    // A message box sizes itself to its title line: room for the summary's lines unbroken.
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout()))
        grid->addItem(new QSpacerItem(480, 0, QSizePolicy::Minimum, QSizePolicy::Minimum), grid->rowCount(), 0, 1,
                      grid->columnCount());
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, box, after] {
        const bool confirmed = box->standardButton(box->clickedButton()) == QMessageBox::Save;
        m_confirmation = nullptr;
        if (confirmed)
            write(after);
        else
            updateActions();
    });
    updateActions();
    box->open();
    return true;
}

void EmailServerView::write(const api::EmailServerSettings &settings)
{
    m_error->hide();
    const models::ConfigSetting setting =
        models::ConfigSetting::json(api::emailServerPath, api::emailServerConfigJson(settings)).secret();
    if (!m_writer->write({setting})) {
        m_status->setText(tr("Still reading the configuration: save again in a moment."));
        updateActions();
        return;
    }
    m_status->setText(tr("Saving and reading back…"));
    updateActions();
}

void EmailServerView::revert()
{
    if (m_writer->isBusy())
        return;
    m_status->clear();
    showSettings(m_saved);
}

TestEmailDialog *EmailServerView::openTestEmailDialog()
{
    if (m_testDialog || !m_writer->isLoaded())
        return nullptr;
    const Mode current = mode();
    if (current != Mode::Smtp && current != Mode::Resend)
        return nullptr;
    m_status->clear();
    if (!checkForm())
        return nullptr;
    auto *dialog = new TestEmailDialog(m_context, formSettings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_testDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] {
        m_testDialog = nullptr;
        updateActions();
    });
    updateActions();
    dialog->open();
    return dialog;
}

} // namespace hexclave::ui
