#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QVBoxLayout;

namespace hexclave::ui {

// A figure of the Overview's top row: what it is, the figure, and a line saying more.
class OverviewTile : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTile)

public:
    explicit OverviewTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {}, const QString &toolTip = {});
    QString caption() const;
    QString value() const;
    QString detail() const;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
};

// A titled box of the Overview: a chart, a list or a few figures.
class OverviewCard : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewCard)

public:
    explicit OverviewCard(const QString &title, QWidget *parent = nullptr);

    QString title() const;
    // A dimmer line under the title (e.g. how a figure was computed); hidden when empty.
    void setNote(const QString &note);
    QString note() const;
    void addContent(QWidget *widget, int stretch = 0);

private:
    QLabel *m_title;
    QLabel *m_note;
    QVBoxLayout *m_body;
};

// A card with a chart, or a sentence in its place when there is nothing to draw.
class ChartCard : public OverviewCard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    ChartCard(const QString &title, int chartHeight, QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    void showChart();
    void showEmpty(const QString &text);
    bool isShowingChart() const;
    QString emptyText() const;

private:
    QStackedWidget *m_stack;
    QChartView *m_view;
    QChart *m_chart;
    QLabel *m_empty;
};

// Gives the labels named "secondaryText" under `root` the dimmer colour of the palette.
void dimSecondaryLabels(QWidget *root);

} // namespace hexclave::ui
