#pragma once

class QChart;
class QChartView;
class QFont;
class QPalette;

namespace hexclave::ui {

// The look the console's charts share: no animation, no rounded frame, localized numbers, the
// legend below, colours that follow the light or dark palette and slightly smaller axis fonts.

// Puts `chart` into `view`, which owns it from then on.
void showChartIn(QChartView *view, QChart *chart);
// The axes' font, a little smaller than the application's; for the chart's other labels too.
QFont chartLabelFont();
// Removes every series and axis, to draw the chart again.
void clearChart(QChart *chart);
// The theme, background, legend and axes in the palette's colours (the series' colours are the
// caller's: the theme resets them). Again after each drawing and palette change.
void applyChartPalette(QChart *chart, const QPalette &palette);

} // namespace hexclave::ui
