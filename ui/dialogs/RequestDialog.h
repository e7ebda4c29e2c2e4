#pragma once

#include "ProjectContext.h"
#include "UserFieldErrors.h"
#include "core/ApiClient.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QProgressBar;

namespace hexclave::ui {

class ErrorBanner;
class FieldMessage;

// A dialog that sends one request at a time for a project: while it runs, the form is disabled
// and a busy line says what is happening; Esc or Cancel abandons it (the answer is then never
// looked at, even if it arrives after the dialog is gone). Failures go next to the field they
// concern when the dialog has one, else into the error banner at the top.
class RequestDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDialog)

public:
    bool isBusy() const { return !m_job.isNull(); }
    ErrorBanner *errorBanner() const { return m_banner; }

    // Abandons the request under way, then closes.
    void reject() override;

protected:
    RequestDialog(const ProjectContext &context, QWidget *parent);

    const ProjectContext &context() const { return m_context; }
    // The banner and the busy line, for the subclass to put at the top and bottom of its layout.
    QWidget *busyLine() const { return m_busyLine; }
    // Disabled while a request runs (the buttons that start one, the fields it reads).
    void setFormWidgets(const QList<QWidget *> &widgets) { m_formWidgets = widgets; }

    // Sends `call`; exactly one of `onSuccess(T)` / `onFailure(ApiError)` runs, unless the
    // request was abandoned or the dialog is gone.
    template <class T>
    void send(api::Call<T> call, const QString &progress, std::function<void(T)> onSuccess,
              std::function<void(const api::ApiError &)> onFailure)
    {
        api::ApiClient *client = m_context.client();
        if (!client) {
            onFailure(connectionGone());
            return;
        }
        api::Job<T> *job = client->send(std::move(call));
        startBusy(job, progress);
        connect(job, &api::ApiJob::finished, this, [this, job, onSuccess = std::move(onSuccess), onFailure = std::move(onFailure)] {
            endBusy();
            if (job->succeeded())
                onSuccess(job->takeValue());
            else if (job->error().kind != api::ApiError::Kind::Cancelled)
                onFailure(job->error());
        });
    }

    // The message line of a field, when the dialog has that field.
    virtual FieldMessage *fieldMessage(UserField field) const;
    // Shows `message` on the field for `field`; returns the widget to focus, or null when the
    // dialog has no such field. By default through fieldMessage().
    virtual QWidget *showFieldError(UserField field, const QString &message);
    // Puts each part of `error` on its field, the rest in the banner; focuses the first field.
    void showServerError(const api::ApiError &error);
    // Hides the banner and every field's error.
    void clearErrors();

    void showEvent(QShowEvent *event) override;

private:
    void startBusy(api::ApiJob *job, const QString &progress);
    void endBusy();
    static api::ApiError connectionGone();

    ProjectContext m_context;
    ErrorBanner *m_banner;
    QWidget *m_busyLine;
    QLabel *m_busyText;
    QProgressBar *m_busyBar;
    QList<QWidget *> m_formWidgets;
    QPointer<api::ApiJob> m_job;
    bool m_fitted = false;
};

} // namespace hexclave::ui
