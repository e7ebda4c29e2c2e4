#pragma once

#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace hexclave::bench {

// One pass over every user of a project, 500 per page, from cursor to cursor.
struct PagingPass
{
    QString error;
    int pages = 0;
    qint64 rows = 0;  // parsed rows (0 for the bare loop, which parses nothing)
    qint64 bytes = 0; // body bytes received (bare loop)
    double ms = 0;
    qint64 rssBeforeKb = 0;
    qint64 rssAfterKb = 0;
    qint64 peakKb = 0;        // VmHWM during the pass (reset at its start when the kernel allows)
    bool peakIsPerPass = false;
    QList<qint64> rssSamplesKb; // VmRSS after every 20th page
    qint64 residentRows = -1;   // the model's rows still in memory at the end
};

class PagingBench
{
public:
    static constexpr int pageSize = 500;
    static constexpr int sampleEveryPages = 20;

    PagingBench(QUrl apiRoot, QString projectId, QString adminKey);

    // ApiClient + users::list (limit 500, the users page's order, every kind of user) from
    // cursor to cursor; each page parsed into User DTOs and dropped. Records the requests sent
    // when `requests` is given.
    PagingPass throughClient(QList<QNetworkRequest> *requests = nullptr) const;
    // The same requests (URLs and headers) with a bare QNetworkAccessManager: bytes read, no parsing.
    PagingPass bare(const QList<QNetworkRequest> &requests) const;
    // models::UsersModel, as the users page drives it: fetchMore() until the list is finished.
    PagingPass throughUsersModel() const;

private:
    QUrl m_apiRoot;
    QString m_projectId;
    QString m_adminKey;
};

} // namespace hexclave::bench
