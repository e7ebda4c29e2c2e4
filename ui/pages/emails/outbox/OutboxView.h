#pragma once

#include "ProjectContext.h"
#include "dto/Email.h"
#include "endpoints/EmailsEndpoints.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace hexclave::api {
class ApiJob;
}

namespace hexclave::models {
class OutboxModel;
}

namespace hexclave::ui {

class EmptyState;
class ErrorBanner;
class OutboxDetailPane;
class RescheduleDialog;

// The project's email outbox: every email on its way or sent, newest first, paged as the table
// scrolls, filtered by the server (status group, exact status, user); the selected one in full
// beside it. Emails not yet on their way can be paused, resumed, rescheduled, retried after a
// server error, or cancelled (after a confirmation); the server's answer replaces the row. Works
// with a server key (only server routes are used). Loads when first shown.
class OutboxView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxView)

public:
    explicit OutboxView(const ProjectContext &context, QWidget *parent = nullptr);
    ~OutboxView() override;

    bool isLoaded() const { return m_loaded; }
    // Loads the first page again (keeps the filters and, when still listed, the selection).
    void reload();

    void pauseOrResumeSelected();
    void cancelSelected();    // asks first
    void rescheduleSelected(); // asks when
    void retrySelected();      // a server error: send now

    const api::OutboxEmail *selectedEmail() const;
    bool selectEmail(const QString &emailId);
    bool isChanging() const { return m_changeJob != nullptr; }

    models::OutboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    OutboxDetailPane *detailPane() const { return m_detail; }
    QComboBox *groupFilter() const { return m_groupFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QLineEdit *userFilter() const { return m_userFilter; }
    QToolButton *refreshButton() const { return m_refresh; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *rescheduleButton() const { return m_reschedule; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }
    ErrorBanner *errorBanner() const { return m_error; }
    EmptyState *emptyState() const { return m_empty; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *resultLabel() const { return m_result; }
    // "The filter no longer matches 1 email you changed." and its Refresh button: shown after a
    // change moved a listed email out of the filter (it stays listed until the next load).
    QLabel *mismatchLabel() const { return m_mismatch; }
    QPushButton *mismatchRefreshButton() const { return m_mismatchRefresh; }
    // The confirmation or the time dialog while one is open.
    QMessageBox *openConfirmation() const;
    RescheduleDialog *openRescheduleDialog() const;

Q_SIGNALS:
    void loaded(); // the first page is shown, or failed

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();
    void fillStatusFilter();
    void updateStatus();
    void updateEmptyState();
    void updateActions();
    void showCurrent();
    void markLoaded();
    void scheduleNameLookup();
    void lookUpVisibleNames();
    void sendChange(const api::emails::OutboxChange &change, const QString &failureWhat, const QString &doneText);
    void refreshEmail(const QString &emailId);
    void showChanged(const api::OutboxEmail &email);
    void updateMismatch();

    ProjectContext m_context;
    models::OutboxModel *m_model;
    QComboBox *m_groupFilter;
    QComboBox *m_statusFilter;
    QLineEdit *m_userFilter;
    QToolButton *m_refresh;
    QPushButton *m_pause;
    QPushButton *m_reschedule;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    ErrorBanner *m_error;
    QSplitter *m_splitter;
    QTableView *m_table;
    EmptyState *m_empty;
    OutboxDetailPane *m_detail;
    QLabel *m_status;
    QLabel *m_result;
    QLabel *m_mismatch;
    QPushButton *m_mismatchRefresh;
    QTimer *m_nameTimer;
    QPointer<api::ApiJob> m_changeJob;
    QPointer<QMessageBox> m_confirmation;
    QPointer<RescheduleDialog> m_rescheduleDialog;
    QSet<QString> m_namesAsked;
    QSet<QString> m_outsideFilter; // listed emails that no longer match the filter after a change
    int m_namesInFlight = 0;
    QString m_keepSelection; // selected again after a reload
    bool m_loaded = false;
    bool m_started = false;
    bool m_sized = false;
};

} // namespace hexclave::ui
