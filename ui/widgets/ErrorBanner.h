#pragma once

#include "core/ApiError.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace hexclave::ui {

// An error shown in place: what happened and what to do, the technical details (status,
// known-error code, request id) to quote, a Retry button and a way to copy the details.
class ErrorBanner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const api::ApiError &error, bool canRetry = true);
    // An action failed: `what` says which ("The user was not deleted."), then the error; Retry
    // only when `canRetry` (e.g. with setRetryText(tr("Refresh")) to re-read what changed).
    void showActionError(const QString &what, const api::ApiError &error, bool canRetry = false);
    void showMessage(const QString &message); // informational, no retry
    // An error that is not an ApiError: the message and the retry button (named by setRetryText).
    void showProblem(const QString &message);
    void setRetryText(const QString &text);
    // Shown, and showing an error (not an informational message).
    bool isShowingError() const { return m_isError && !isHidden(); }

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();
    void tick();

    QLabel *m_icon;
    QLabel *m_message;
    QLabel *m_details;
    QPushButton *m_copy;
    QPushButton *m_retry;
    QPushButton *m_close;
    QTimer *m_countdown;
    QString m_copyText;
    QString m_retryText;
    int m_secondsUntilRetry = 0;
    bool m_isError = true;
    bool m_applyingColors = false;
};

} // namespace hexclave::ui
