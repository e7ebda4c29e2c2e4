#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace hexclave::bench {

// One walk through the whole ledger, GET /internal/payments/transactions page by page.
struct LedgerWalk
{
    QList<double> ms;  // one per run
    int rows = 0;      // transactions read (DTOs parsed, or counted in the bare loop's JSON)
    int pages = 0;
    qint64 bytes = 0;  // body bytes read (bare loop)
};

struct TransactionsModelFigures
{
    QString error;
    int rows = 0;
    QList<double> loadMs;       // reload() -> Finished through fetchMore(), a new model each time
    bool finished = false;      // the kept model ended Finished (not LimitReached)
    // VmRSS with the free heap handed back (memory::releaseFreeHeap()) each time:
    qint64 rssBeforeKb = 0;     // before the kept model loaded
    qint64 rssLoadedKb = 0;     // with it filled
    qint64 peakKb = 0;          // VmHWM while it loaded (the whole run's when the kernel refuses a reset)
    bool peakIsPerLoad = false;
    qint64 rssReleasedKb = 0;   // model (and everything built from it) deleted
    QList<double> revenueMs;    // models::RevenueSeries::addTransactions() over every loaded row, a new series each
    int revenueCurrencies = 0;
    QList<double> csvMs;        // models::TransactionsCsv::write() of every loaded row to a temporary file
    qint64 csvBytes = 0;
};

// The streamed export (models::TransactionsExport: page after page appended to the file).
struct StreamedExport
{
    QString error;
    QList<double> ms;
    qint64 rows = 0;
    qint64 bytes = 0; // file size
};

// The payments ledger of the emulator's demo project, through a bare QNetworkAccessManager loop,
// the client, and the Transactions and Revenue tabs' models.
class PaymentsBench
{
public:
    static constexpr int pageSize = 200; // the server's maximum

    PaymentsBench(QUrl apiRoot, QString projectId, QString adminKey);

    // GET …?limit=pageSize with the admin key's headers, following next_cursor read with
    // QJsonDocument; `maxPages` pages at most (0: all).
    LedgerWalk bareWalk(int runs, int limit = pageSize, int maxPages = 0) const;
    // ApiClient + payments::transactions into Transaction DTOs, following nextCursor.
    LedgerWalk clientWalk(int runs) const;
    // models::TransactionsModel::reload() -> firstPageLoaded() with the Transactions tab's page sizes.
    QList<double> modelFirstRows(int runs, int firstPageRows, int nextPageRows, int *rows) const;
    // models::TransactionsModel filled through fetchMore() until Finished `runs` times, the last
    // one kept for RevenueSeries and TransactionsCsv::write().
    TransactionsModelFigures throughModels(int runs, int maxRows, int derivedRuns) const;
    // models::TransactionsExport of every transaction to a temporary file.
    StreamedExport streamedExport(int runs) const;

    QString error() const { return m_error; }

private:
    QUrl m_apiRoot;
    QString m_projectId;
    QString m_adminKey;
    mutable QString m_error;
};

} // namespace hexclave::bench
