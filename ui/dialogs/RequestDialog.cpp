#include "RequestDialog.h"

#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace hexclave::ui {

RequestDialog::RequestDialog(const ProjectContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_banner(new ErrorBanner(this))
    , m_busyLine(new QWidget(this))
    , m_busyText(new QLabel(m_busyLine))
    , m_busyBar(new QProgressBar(m_busyLine))
    , m_signInButton(new QPushButton(m_busyLine))
{
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(m_busyText->sizeHint().height());
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    auto *layout = new QHBoxLayout(m_busyLine);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_busyText, 1);
    layout->addWidget(m_signInButton);
    m_signInButton->setObjectName(QStringLiteral("busySignInButton"));
    m_signInButton->setAutoDefault(false);
    m_signInButton->hide();
    m_busyLine->hide();
    if (api::ApiClient *client = m_context.client()) {
        // The prompt opens on top of this dialog, which blocks the main window's banner.
        connect(m_signInButton, &QPushButton::clicked, this, [this] {
            if (m_context.session)
                m_context.session->requestSignIn();
        });
        connect(client, &api::ApiClient::parkedJobsChanged, this, &RequestDialog::updateBusyLine);
    }
}

bool RequestDialog::isWaitingForSignIn() const
{
    return isBusy() && m_context.client() && m_context.client()->isParked(m_job);
}

void RequestDialog::updateBusyLine()
{
    if (!isBusy())
        return;
    const bool waiting = isWaitingForSignIn();
    const bool isKey = m_context.session && m_context.credentialKind() != api::CredentialKind::DashboardAccount;
    m_busyText->setText(!waiting ? m_progress
                                 : isKey ? tr("Waiting for you to enter a new key.")
                                         : tr("Waiting for you to sign in again."));
    m_signInButton->setText(isKey ? tr("Enter a new key…") : tr("Sign in again…"));
    m_signInButton->setVisible(waiting);
    m_busyBar->setVisible(!waiting);
    setRejectButtonsEnabled(waiting); // Cancel offers to stop waiting
}

void RequestDialog::reject()
{
    if (isWaitingForSignIn()) {
        QMessageBox box(QMessageBox::Question, tr("Stop waiting"),
                        tr("Stop waiting for the sign-in? The request was not sent; what you typed stays here."),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.button(QMessageBox::Yes)->setText(tr("&Stop waiting"));
        box.button(QMessageBox::No)->setText(tr("&Keep waiting"));
        box.setDefaultButton(QMessageBox::No);
        box.setEscapeButton(QMessageBox::No);
        if (box.exec() == QMessageBox::Yes && m_job && isWaitingForSignIn())
            m_job->abort(); // finishes as cancelled: the form is enabled again
        return;
    }
    if (isBusy()) {
        m_busyText->setText(tr("Waiting for the server's answer…"));
        return;
    }
    if (hasUnsavedInput() && !confirmDiscardingInput())
        return;
    QDialog::reject();
}

bool RequestDialog::confirmDiscardingInput()
{
    return askAboutUnsavedInput(tr("Close and throw away what you typed? None of it was saved.")) ==
        UnsavedInputAnswer::Discard;
}

bool RequestDialog::confirmDiscardingChanges(const QString &subject, const std::function<void()> &save)
{
    const QString question = tr("You changed %1 but did not save. Save the changes?").arg(subject);
    switch (askAboutUnsavedInput(question, true)) {
    case UnsavedInputAnswer::Save:
        save(); // closes once saved; stays open to show what the server refused
        return false;
    case UnsavedInputAnswer::Discard: return true;
    case UnsavedInputAnswer::KeepEditing: break;
    }
    return false;
}

RequestDialog::UnsavedInputAnswer RequestDialog::askAboutUnsavedInput(const QString &question, bool offerSave)
{
    QMessageBox::StandardButtons buttons = QMessageBox::Discard | QMessageBox::Cancel;
    if (offerSave)
        buttons |= QMessageBox::Save;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), question, buttons, this);
    box.button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
    box.setDefaultButton(offerSave ? QMessageBox::Save : QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save: return UnsavedInputAnswer::Save;
    case QMessageBox::Discard: return UnsavedInputAnswer::Discard;
    default: return UnsavedInputAnswer::KeepEditing;
    }
}

FieldMessage *RequestDialog::fieldMessage(UserField) const
{
    return nullptr;
}

void RequestDialog::startBusy(api::ApiJob *job, const QString &progress)
{
    m_job = job;
    m_progress = progress;
    clearErrors();
    m_busyLine->show();
    for (QWidget *widget : std::as_const(m_formWidgets))
        widget->setEnabled(false);
    setRejectButtonsEnabled(false);
    updateBusyLine();
}

void RequestDialog::endBusy()
{
    m_job = nullptr;
    m_busyLine->hide();
    m_signInButton->hide();
    m_busyBar->show();
    for (QWidget *widget : std::as_const(m_formWidgets))
        widget->setEnabled(true);
    setRejectButtonsEnabled(true);
}

void RequestDialog::setRejectButtonsEnabled(bool enabled)
{
    const auto boxes = findChildren<QDialogButtonBox *>();
    for (QDialogButtonBox *box : boxes) {
        const auto buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (box->buttonRole(button) == QDialogButtonBox::RejectRole)
                button->setEnabled(enabled);
        }
    }
}

void RequestDialog::clearErrors()
{
    m_banner->hide();
    const auto messages = findChildren<FieldMessage *>();
    for (FieldMessage *message : messages) {
        if (message->isShowingError())
            message->clear();
    }
}

QWidget *RequestDialog::showFieldError(UserField field, const QString &message)
{
    FieldMessage *line = fieldMessage(field);
    if (!line)
        return nullptr;
    line->showError(message);
    return line->field() ? line->field() : line;
}

void RequestDialog::showServerError(const api::ApiError &error)
{
    const UserFieldErrors errors = userFieldErrors(error);
    bool allPlaced = !errors.isEmpty() && errors.unplaced.isEmpty();
    QList<UserField> fields; // in the server's order, so that the first complaint gets the focus
    QHash<UserField, QStringList> messages;
    for (const UserFieldError &placed : errors.placed) {
        if (!fields.contains(placed.field))
            fields << placed.field;
        messages[placed.field] << placed.message;
    }
    QWidget *firstField = nullptr;
    for (UserField field : std::as_const(fields)) {
        QWidget *shownOn = showFieldError(field, messages.value(field).join(u'\n'));
        if (!shownOn)
            allPlaced = false;
        else if (!firstField)
            firstField = shownOn;
    }
    if (!allPlaced)
        m_banner->showError(error, false);
    if (firstField)
        firstField->setFocus(Qt::OtherFocusReason);
}

void RequestDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The first size comes from guesses about how wrapped texts break; once the layout has
    // placed them, take just the height they need (the width the window has got).
    if (!m_fitted) {
        m_fitted = true;
        QTimer::singleShot(0, this, [this] { resize(width(), sizeHint().height()); });
    }
}

api::ApiError RequestDialog::connectionGone()
{
    api::ApiError error;
    error.kind = api::ApiError::Kind::Network;
    error.message = tr("The connection to the server was closed. Connect again and retry.");
    return error;
}

} // namespace hexclave::ui
