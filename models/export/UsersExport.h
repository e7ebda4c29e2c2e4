#pragma once

#include "UsersExportFormat.h"
#include "UsersModel.h"

#include "core/ApiError.h"
#include "core/ApiRequest.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace hexclave::api {
class ApiClient;
class ApiJob;
}

namespace hexclave::models {

class UsersExportWriter;

// Exports every user matching a UsersFilter (every page, `options.pageSize` per request) to a
// CSV or JSON file. The file is written on a worker thread through QSaveFile: it appears only
// complete, and a cancelled or failed export leaves neither it nor a temporary file behind (an
// existing file of that name stays as it was). The next page is requested as soon as the
// worker has read the cursor of the current one (a quick scan, before parsing), so parsing and
// writing overlap the network. Memory stays flat: at most two pages are held at a time.
class UsersExport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersExport)

public:
    enum class State { Ready, Running, Stopping, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    // Why an export failed, for the message and the advice next to it.
    enum class Failure { None, Network, File, Parse };
    Q_ENUM(Failure)

    UsersExport(api::ApiClient *client, api::ProjectScope scope, UsersFilter filter, UsersExportOptions options,
                QString filePath, QObject *parent = nullptr);
    ~UsersExport() override; // a running export is discarded

    void start();
    // Stops requesting, discards what was written, then finishes as Cancelled (or as Succeeded
    // when the file was already complete).
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running || m_state == State::Stopping; }
    const QString &filePath() const { return m_filePath; }
    const UsersFilter &filter() const { return m_filter; }
    const UsersExportOptions &options() const { return m_options; }

    qint64 usersWritten() const { return m_users; }
    int pagesWritten() const { return m_pages; }
    qint64 bytesWritten() const { return m_bytes; } // the file's size once Succeeded

    Failure failure() const { return m_failure; }
    const api::ApiError &apiError() const { return m_apiError; } // Failure::Network
    QString failureMessage() const;                            // what happened, for people
    QString failureAdvice() const;                             // what to do about it

Q_SIGNALS:
    void progressed(qint64 usersWritten, int pagesWritten);
    void finished(); // once, in state Succeeded, Failed or Cancelled

private:
    void requestPage(const QString &cursor);
    void onCursorRead(bool hasMore, const QString &nextCursor);
    void onPageWritten(qint64 users, int pages, qint64 bytes);
    void onCommitted(qint64 bytes);
    void fail(Failure failure, const QString &detail, const api::ApiError &error = {});
    void stop();
    void onThreadFinished();

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    UsersFilter m_filter;
    UsersExportOptions m_options;
    QString m_filePath;

    QThread *m_thread = nullptr;
    UsersExportWriter *m_writer = nullptr; // lives on m_thread
    QPointer<api::ApiJob> m_job;
    State m_state = State::Ready;
    Failure m_failure = Failure::None;
    api::ApiError m_apiError;
    QString m_failureDetail;
    qint64 m_users = 0;
    int m_pages = 0;
    qint64 m_bytes = 0;
    bool m_committed = false;
};

} // namespace hexclave::models
