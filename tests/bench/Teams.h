#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace hexclave::bench {

// Filtering as the teams page does it: one typed text, a keystroke at a time.
struct TypedFilter
{
    QString text;
    QList<double> keystrokeMs; // setFilterText() with one more character, each
    int rowsLeft = 0;          // rows shown after the last keystroke
};

struct TeamsModelFigures
{
    QString error;
    int rows = 0;
    QList<double> loadMs;      // reload() -> loaded(), a new TeamsModel each time
    // VmRSS with the free heap handed back (memory::releaseFreeHeap()) each time:
    qint64 rssBeforeKb = 0;    // before the kept model loaded
    qint64 rssLoadedKb = 0;    // with it filled
    qint64 peakKb = 0;         // VmHWM while it loaded (the whole run's when the kernel refuses a reset)
    bool peakIsPerLoad = false;
    double sortMs = 0;         // the page's first sort: by creation date, newest first
    QList<TypedFilter> typed;
    double clearMs = 0;        // emptying the filter again
    qint64 rssFilteredKb = 0;  // after the typing
    qint64 rssReleasedKb = 0;  // model and filter deleted
};

// GET /teams (not paginated: every team in one answer) against the emulator, and the teams
// page's models over the answer.
class TeamsBench
{
public:
    TeamsBench(QUrl apiRoot, QString projectId, QString adminKey);

    // One bare QNetworkAccessManager request with the admin key's headers; bytes read, no parsing.
    QList<double> bareList(int runs, qint64 *bytes) const;
    // ApiClient + teams::list into Team DTOs; `rows` is the number of teams parsed.
    QList<double> clientList(int runs, int *rows) const;
    // models::TeamsModel loaded `runs` times, the last one kept for models::TeamsFilterModel
    // (sorted as the page sorts it), typed into with `texts`.
    TeamsModelFigures throughModels(int runs, const QStringList &texts) const;

    QString error() const { return m_error; }

private:
    QUrl m_apiRoot;
    QString m_projectId;
    QString m_adminKey;
    mutable QString m_error;
};

} // namespace hexclave::bench
