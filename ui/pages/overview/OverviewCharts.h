#pragma once

#include "dto/Metrics.h"

#include <QList>
#include <QString>

#include <utility>

class QBarSet;
class QChart;
class QLineSeries;
class QPalette;

namespace hexclave::ui::overviewcharts {

// The Overview's charts, drawn once per load (the series are a few dozen points). Each clears
// the chart first; colours come from colorChart().

// One bar per day, the dates written underneath.
QBarSet *drawDailyBars(QChart *chart, const QList<api::MetricsPoint> &points, const QString &name);
// A line through the days.
QLineSeries *drawDailyLine(QChart *chart, const QList<api::MetricsPoint> &points, const QString &name);
// Horizontal bars, the first row on top, each with its count at its end.
QBarSet *drawRankedBars(QChart *chart, const QList<std::pair<QString, qint64>> &rows, const QString &name);

// The chart in the palette's colours, its series in the accent colour; again after drawing and
// after palette changes.
void colorChart(QChart *chart, const QPalette &palette);

// The largest value of `points` (0 when empty).
double highest(const QList<api::MetricsPoint> &points);

} // namespace hexclave::ui::overviewcharts
