#pragma once

#include "core/ApiError.h"
#include "dto/Metrics.h"

#include <QDate>

#include <optional>

namespace hexclave::models {

// What the Overview page shows: the server's metrics, or — when the server has none — the same
// figures computed from the users list (then `degraded` is set and the fields below say how
// complete they are).
struct OverviewData
{
    // metrics.totalTeams is not part of the overview on either branch (the page has no team
    // tile): the degraded overview leaves it 0 rather than read /teams as well.
    api::ProjectMetrics metrics;
    QDate today; // UTC; the daily series end on this day

    bool degraded = false;
    api::ApiError metricsError; // degraded: the metrics' answer
    qint64 usersRead = 0;       // degraded: users read from /users, anonymous ones included
    bool capped = false;        // degraded: more users exist than were read
    bool signUpsComplete = true; // degraded and capped: the users read still cover every day shown
    bool hasCountries = true;   // degraded: some user read had a country

    // Users active on `today`, when the daily series has that day.
    std::optional<qint64> activeToday() const
    {
        for (const api::MetricsPoint &point : metrics.dailyActiveUsers) {
            if (point.date == today)
                return qint64(point.activity);
        }
        return std::nullopt;
    }
};

} // namespace hexclave::models
