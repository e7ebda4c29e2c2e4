#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace hexclave::bench {

struct OverviewFigures
{
    QString error;
    bool degraded = false;      // the figures were computed from /users
    qint64 usersRead = 0;       // degraded: users read
    bool capped = false;        // degraded: the page cap stopped the reading
    QList<double> loaderMs;     // models::OverviewLoader::load() → loaded()
    QList<double> readyMs;      // ui::OverviewPage shown → ready() (tiles, charts and lists built)
    QList<double> paintedMs;    // … → the page painted once after that (grab())
    QList<double> stallMs;      // the GUI thread's longest block while each page loaded
};

// The Overview page against a running server (the emulator in this process): the loader alone,
// then the page, `runs` times each, with an admin key.
OverviewFigures measureOverview(const QUrl &apiRoot, const QString &projectId, const QString &adminKey, int runs);

} // namespace hexclave::bench
