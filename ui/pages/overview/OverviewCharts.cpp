#include "OverviewCharts.h"

#include "widgets/ChartStyle.h"
#include "widgets/PaletteColors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QChar>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hexclave::ui::overviewcharts {

namespace {

constexpr int valueTicks = 5;

// A value axis from 0 with whole-number ticks (4 steps) reaching at least `top`.
QValueAxis *countAxis(double top)
{
    const double wanted = std::max(top, 1.0) / (valueTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= wanted)
            break;
    }
    step = std::max(1.0, std::ceil(step));
    auto *axis = new QValueAxis;
    axis->setRange(0, step * (valueTicks - 1));
    axis->setTickCount(valueTicks);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

QDateTimeAxis *dayAxis(QDate first, QDate last)
{
    auto *axis = new QDateTimeAxis;
    axis->setRange(first.startOfDay(), last.startOfDay());
    axis->setFormat(QStringLiteral("d MMM"));
    axis->setTickCount(std::clamp(int(first.daysTo(last)) / 6 + 1, 2, 7));
    axis->setGridLineVisible(false);
    return axis;
}

QColor accent(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(96, 165, 250) : QColor(37, 99, 235);
}

} // namespace

double highest(const QList<api::MetricsPoint> &points)
{
    double top = 0;
    for (const api::MetricsPoint &point : points)
        top = std::max(top, point.activity);
    return top;
}

QBarSet *drawDailyBars(QChart *chart, const QList<api::MetricsPoint> &points, const QString &name)
{
    clearChart(chart);
    if (points.isEmpty())
        return nullptr;
    auto *set = new QBarSet(name);
    QStringList days;
    const qsizetype last = points.size() - 1;
    for (qsizetype i = 0; i <= last; ++i) {
        const api::MetricsPoint &point = points.at(i);
        set->append(point.activity);
        // A date under every sixth bar (not the outer ones: the axis drops labels that overflow it); the other categories are
        // invisible yet distinct (an axis merges equal ones).
        days << ((last - i) % 6 == 3 ? point.date.toString(QStringLiteral("d MMM")) : QString(int(i) + 1, QChar(0x200B)));
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.75);
    series->append(set);
    chart->addSeries(series);
    auto *dayNames = new QBarCategoryAxis;
    dayNames->append(days);
    dayNames->setTruncateLabels(false);
    dayNames->setGridLineVisible(false);
    chart->addAxis(dayNames, Qt::AlignBottom);
    series->attachAxis(dayNames);
    QValueAxis *values = countAxis(highest(points));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->setVisible(false);
    return set;
}

QLineSeries *drawDailyLine(QChart *chart, const QList<api::MetricsPoint> &points, const QString &name)
{
    clearChart(chart);
    if (points.isEmpty())
        return nullptr;
    auto *series = new QLineSeries;
    series->setName(name);
    for (const api::MetricsPoint &point : points)
        series->append(double(point.date.startOfDay().toMSecsSinceEpoch()), point.activity);
    series->setPointsVisible(points.size() <= 40);
    chart->addSeries(series);
    QDateTimeAxis *days = dayAxis(points.constFirst().date, points.constLast().date);
    chart->addAxis(days, Qt::AlignBottom);
    series->attachAxis(days);
    QValueAxis *values = countAxis(highest(points));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->setVisible(false);
    return series;
}

QBarSet *drawRankedBars(QChart *chart, const QList<std::pair<QString, qint64>> &rows, const QString &name)
{
    clearChart(chart);
    if (rows.isEmpty())
        return nullptr;
    auto *set = new QBarSet(name);
    QStringList categories;
    qint64 top = 0;
    // Qt draws the first category at the bottom: add them last to first.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        set->append(double(it->second));
        categories << it->first;
        top = std::max(top, it->second);
    }
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    names->setGridLineVisible(false);
    names->setTruncateLabels(false);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    // Room for the count written after the longest bar.
    QValueAxis *values = countAxis(double(top) * 1.15);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->setVisible(false);
    return set;
}

void colorChart(QChart *chart, const QPalette &palette)
{
    applyChartPalette(chart, palette); // resets the series' colours: ours follow
    const QColor color = accent(palette);
    const auto allSeries = chart->series();
    for (QAbstractSeries *series : allSeries) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets) {
                set->setColor(color);
                set->setBorderColor(color);
                set->setLabelColor(palette.color(QPalette::WindowText)); // counts after the bars
                set->setLabelFont(chartLabelFont());
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            QPen pen(color);
            pen.setWidthF(2.0);
            line->setPen(pen);
            line->setColor(color);
        }
    }
}

} // namespace hexclave::ui::overviewcharts
