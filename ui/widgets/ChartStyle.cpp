#include "ChartStyle.h"

#include "PaletteColors.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>

#include <memory>

namespace hexclave::ui {

void showChartIn(QChartView *view, QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The view takes the new chart but only releases the empty one it made for itself.
    std::unique_ptr<QChart> defaultChart(view->chart());
    view->setChart(chart);
    view->setRenderHint(QPainter::Antialiasing);
}

QFont chartLabelFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void applyChartPalette(QChart *chart, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(dark ? 110 : 90);
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->setLabelColor(text);
    chart->setAnimationOptions(QChart::NoAnimation);
    const QFont font = chartLabelFont();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
}

} // namespace hexclave::ui
