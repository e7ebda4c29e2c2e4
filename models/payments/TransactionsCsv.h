#pragma once

#include "TransactionsModel.h"

#include "core/ApiError.h"
#include "core/ApiRequest.h"
#include "dto/Transaction.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QSaveFile;

namespace hexclave::api {
class ApiClient;
class ApiJob;
}

namespace hexclave::models {

// The ledger as CSV (RFC 4180: commas, CRLF, a header row, fields with a comma, quote or line
// break quoted with quotes doubled), UTF-8 with a byte-order mark for Excel. Columns: id,
// created, effective (ISO 8601 UTC), type (the server's id), customer_type, customer_id,
// product, currency, amount (the decimal string as the server sent it, never localized),
// test_mode, refunded (true/false). A transaction that moved money in several currencies gives
// one record per currency, so that amounts in a column always share a currency; one without
// money gives one record with currency and amount empty. Text that a spreadsheet would run as a
// formula (starting with = + - @, tab or CR) gets a leading apostrophe; amounts are numbers and
// keep their minus sign.
class TransactionsCsv
{
public:
    static QStringList columns();
    static QByteArray header(bool byteOrderMark = true);
    static QByteArray records(const QList<api::Transaction> &transactions);

    // Writes header and records to `filePath` through QSaveFile: the file appears complete or
    // not at all (an existing file stays as it was on failure). False with `error` set when the
    // file could not be written.
    static bool write(const QString &filePath, const QList<api::Transaction> &transactions, QString *error = nullptr);
};

// Writes transactions to a CSV file without holding up the GUI thread: either every transaction
// matching a filter — pages fetched one after another (async), each page (at most 200 rows,
// well under a millisecond to format) appended on arrival, so memory stays flat whatever the size
// of the ledger — or rows already loaded, formatted in slices of 2,000 (about 10 ms each; 50,000
// rows at once would hold the window for a quarter of a second). Everything goes through one
// QSaveFile: only the end commits it; cancel() or a failure discards it (the temporary file too),
// leaving an existing file of that name untouched.
class TransactionsExport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionsExport)

public:
    enum class State { Ready, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    // Every transaction matching `filter`, fetched from the server.
    TransactionsExport(api::ApiClient *client, api::ProjectScope scope, TransactionsFilter filter, QString filePath,
                       QObject *parent = nullptr);
    // Transactions already loaded.
    TransactionsExport(QList<api::Transaction> loaded, QString filePath, QObject *parent = nullptr);
    ~TransactionsExport() override; // a running export is discarded

    void start();
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    qint64 transactionsWritten() const { return m_written; }
    int pagesWritten() const { return m_pages; }
    const QString &filePath() const { return m_filePath; }
    QString failureMessage() const { return m_failure; }
    const api::ApiError &apiError() const { return m_apiError; } // when a page could not be fetched

    void setPageSize(int rows) { m_pageSize = std::clamp(rows, 1, 200); }

Q_SIGNALS:
    void progressed(qint64 transactionsWritten, int pagesWritten);
    void finished(); // once: Succeeded, Failed or Cancelled

private:
    void requestPage(const QString &cursor);
    void writeLoadedSlice();
    void writePage(const api::TransactionsPage &page);
    void commitFile(); // after the last records: the file appears, and the export has succeeded
    void fail(const QString &message, const api::ApiError &error = {});
    void finish(State state);

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    TransactionsFilter m_filter;
    QString m_filePath;
    std::optional<QList<api::Transaction>> m_loaded; // set: export these instead of fetching
    qsizetype m_loadedWritten = 0;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<api::ApiJob> m_job;
    State m_state = State::Ready;
    QString m_failure;
    api::ApiError m_apiError;
    qint64 m_written = 0;
    int m_pages = 0;
    int m_pageSize = 200;
};

} // namespace hexclave::models
