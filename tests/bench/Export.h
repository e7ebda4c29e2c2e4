#pragma once

#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace hexclave::bench {

// One export of every user of a project to a CSV file (models::UsersExport, all columns,
// 1,000 users per request), or the same requests with a bare QNetworkAccessManager loop.
struct ExportPass
{
    QString error;
    int pages = 0;
    qint64 users = 0;
    qint64 bytes = 0;         // file size (export) or body bytes read (bare loop)
    double ms = 0;
    qint64 rssBeforeKb = 0;
    qint64 rssAfterKb = 0;
    qint64 peakKb = 0;        // VmHWM during the pass (reset at its start when the kernel allows)
    bool peakIsPerPass = false;
    QList<std::pair<qint64, qint64>> rssAtUsersKb; // (users written, VmRSS) at every 25,000 users
    double longestStallMs = 0; // the GUI thread's longest time without running its event loop
};

class ExportBench
{
public:
    static constexpr int pageSize = 1000;
    static constexpr qint64 sampleEveryUsers = 25'000;

    ExportBench(QUrl apiRoot, QString projectId, QString adminKey);

    // models::UsersExport to a temporary CSV file (deleted afterwards); records the requests
    // sent when `requests` is given.
    ExportPass throughExport(QList<QNetworkRequest> *requests = nullptr) const;
    // The same requests with a bare QNetworkAccessManager, one after the other: bytes read,
    // nothing parsed or written.
    ExportPass bare(const QList<QNetworkRequest> &requests) const;

private:
    QUrl m_apiRoot;
    QString m_projectId;
    QString m_adminKey;
};

} // namespace hexclave::bench
