#include "RequestDialog.h"

#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

namespace hexclave::ui {

RequestDialog::RequestDialog(const ProjectContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_banner(new ErrorBanner(this))
    , m_busyLine(new QWidget(this))
    , m_busyText(new QLabel(m_busyLine))
    , m_busyBar(new QProgressBar(m_busyLine))
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
    m_busyLine->hide();
}

void RequestDialog::reject()
{
    if (m_job)
        m_job->abort();
    QDialog::reject();
}

FieldMessage *RequestDialog::fieldMessage(UserField) const
{
    return nullptr;
}

void RequestDialog::startBusy(api::ApiJob *job, const QString &progress)
{
    m_job = job;
    clearErrors();
    m_busyText->setText(progress);
    m_busyLine->show();
    for (QWidget *widget : std::as_const(m_formWidgets))
        widget->setEnabled(false);
}

void RequestDialog::endBusy()
{
    m_job = nullptr;
    m_busyLine->hide();
    for (QWidget *widget : std::as_const(m_formWidgets))
        widget->setEnabled(true);
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
