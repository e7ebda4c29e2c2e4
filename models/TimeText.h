#pragma once

#include <QString>

namespace hexclave::models {

// "3 minutes ago", "2 months ago", "in 2 days": how long ago a moment was, for people.
QString relativeTime(qint64 millis, qint64 nowMillis);
// The full local date and time, for tooltips and detail panels.
QString absoluteTime(qint64 millis);

} // namespace hexclave::models
