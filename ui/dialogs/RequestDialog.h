#pragma once

#include "ProjectContext.h"
#include "UserFieldErrors.h"
#include "core/ApiClient.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hexclave::ui {

class ErrorBanner;
class FieldMessage;

// A dialog that sends one request at a time for a project: while it runs, the form and Cancel
// are disabled and a busy line says what is happening. Every request these dialogs send changes
// something, and the server may carry it out even if the client stops listening; so Esc, Cancel
// and closing the window wait for the answer instead of abandoning it, and what the server did
// is always reported. A request that waits for a new sign-in (the session ended) says so, offers
// the sign-in, and may be given up: it was not sent, and the typed input stays. Failures go next to the field they concern when the dialog has one, else
// into the error banner at the top. Closing with typed input that was not sent asks first.
class RequestDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDialog)

public:
    bool isBusy() const { return !m_job.isNull(); }
    ErrorBanner *errorBanner() const { return m_banner; }

    // Closes, unless a request is under way (then the busy line says that the answer is awaited;
    // one waiting for a new sign-in may be stopped instead) or the person wants to keep what they
    // typed (see hasUnsavedInput()).
    void reject() override;
    // The busy line's "Sign in again…", shown while the request waits for a new sign-in.
    QPushButton *signInButton() const { return m_signInButton; }

protected:
    RequestDialog(const ProjectContext &context, QWidget *parent);

    const ProjectContext &context() const { return m_context; }
    // The banner and the busy line, for the subclass to put at the top and bottom of its layout.
    QWidget *busyLine() const { return m_busyLine; }
    // Disabled while a request runs (the buttons that start one, the fields it reads).
    void setFormWidgets(const QList<QWidget *> &widgets) { m_formWidgets = widgets; }

    // Sends `call`; exactly one of `onSuccess(T)` / `onFailure(ApiError)` runs, unless the
    // dialog is gone by then.
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

    // Typed input that closing would throw away; none by default.
    virtual bool hasUnsavedInput() const { return false; }
    // Asked when closing with unsaved input; returns whether to close. By default: Discard /
    // Keep editing.
    virtual bool confirmDiscardingInput();
    // confirmDiscardingInput() for a dialog that edits `subject` (a name): Save / Discard / Keep
    // editing. Save runs `save`, which closes the dialog once saved, and stays open meanwhile.
    bool confirmDiscardingChanges(const QString &subject, const std::function<void()> &save);

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
    enum class UnsavedInputAnswer { Save, Discard, KeepEditing };
    // The question about unsaved input: `question`, with Discard and Keep editing, and Save when
    // `offerSave` (then the default button; else Keep editing is).
    UnsavedInputAnswer askAboutUnsavedInput(const QString &question, bool offerSave = false);
    void startBusy(api::ApiJob *job, const QString &progress);
    void endBusy();
    bool isWaitingForSignIn() const;
    // The busy line for the request under way: its progress, or that it waits for a sign-in.
    void updateBusyLine();
    void setRejectButtonsEnabled(bool enabled);
    static api::ApiError connectionGone();

    ProjectContext m_context;
    ErrorBanner *m_banner;
    QWidget *m_busyLine;
    QLabel *m_busyText;
    QProgressBar *m_busyBar;
    QPushButton *m_signInButton;
    QString m_progress;
    QList<QWidget *> m_formWidgets;
    QPointer<api::ApiJob> m_job;
    bool m_fitted = false;
};

} // namespace hexclave::ui
