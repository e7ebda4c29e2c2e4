#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace hexclave::bench {

// One walk through the whole outbox, GET /emails/outbox page by page.
struct OutboxWalk
{
    QList<double> ms;  // one per run
    int rows = 0;      // emails read (DTOs parsed, or counted in the bare loop's JSON)
    int pages = 0;
    qint64 bytes = 0;  // body bytes read (bare loop)
};

struct OutboxModelFigures
{
    QString error;
    int rows = 0;
    int residentRows = 0;       // rows of the kept model in memory at the end (not evicted)
    int columns = 0;
    QList<double> loadMs;       // reload() -> Finished through fetchMore(), a new model each time
    bool finished = false;      // the kept model ended Finished
    QList<double> displayMs;    // data(DisplayRole) of every cell of the kept model, as a view scrolled to the end reads it
    // VmRSS with the free heap handed back (memory::releaseFreeHeap()) each time:
    qint64 rssBeforeKb = 0;     // before the kept model loaded
    qint64 rssLoadedKb = 0;     // with it filled
    qint64 peakKb = 0;          // VmHWM while it loaded (the whole run's when the kernel refuses a reset)
    bool peakIsPerLoad = false;
    qint64 rssReleasedKb = 0;   // model deleted
};

// The outbox of the emulator's demo project (GET /emails/outbox, 100 a page at most) through a
// bare QNetworkAccessManager loop, the client and models::OutboxModel, and GET /emails/delivery-info.
class EmailsBench
{
public:
    static constexpr int pageSize = 100; // the server's maximum

    EmailsBench(QUrl apiRoot, QString projectId, QString adminKey);

    // GET /emails/outbox?limit=… with the admin key's headers, following pagination.next_cursor
    // read with QJsonDocument; `maxPages` pages at most (0: all).
    OutboxWalk bareWalk(int runs, int limit = pageSize, int maxPages = 0) const;
    // ApiClient + emails::outbox into Page<OutboxEmail>, following nextCursor.
    OutboxWalk clientWalk(int runs) const;
    // models::OutboxModel::reload() -> firstPageLoaded() with the model's own page sizes (the
    // Outbox tab's); `rows` is what the first page showed.
    QList<double> modelFirstRows(int runs, int *rows) const;
    // models::OutboxModel filled through fetchMore() until Finished `runs` times (a view scrolled
    // to the end), the last one kept for memory; `maxResidentRows` keeps every row in memory.
    OutboxModelFigures throughModel(int runs, int maxResidentRows, int displayRuns) const;
    // One bare GET /emails/delivery-info (bytes read, no parsing).
    QList<double> bareDeliveryInfo(int runs) const;
    // ApiClient + emails::deliveryInfo into the DeliveryInfo DTO.
    QList<double> clientDeliveryInfo(int runs) const;

    QString error() const { return m_error; }

private:
    QUrl m_apiRoot;
    QString m_projectId;
    QString m_adminKey;
    mutable QString m_error;
};

} // namespace hexclave::bench
