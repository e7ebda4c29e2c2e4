#pragma once

#include "ProjectContext.h"
#include "dto/Email.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

QT_BEGIN_NAMESPACE
class QBarSeries;
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace hexclave::api {
class ApiJob;
}

namespace hexclave::models {
class DeliveryStatsModel;
}

namespace hexclave::ui {

class ErrorBanner;

// How the project's emails fared (GET /emails/delivery-info): emails sent, bounced and marked as
// spam in the last hour, day, week and month, as a grouped bar chart and as a table with the
// bounce and spam rates; and how many emails the server sends per second for the project, with
// an active capacity boost and what lowers the rate (bounces, spam reports). Works
// with a server key. Loads when first shown; Refresh (F5) asks again.
class DeliveryView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryView)

public:
    explicit DeliveryView(const ProjectContext &context, QWidget *parent = nullptr);
    ~DeliveryView() override;

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_job != nullptr; }
    void reload();

    models::DeliveryStatsModel *model() const { return m_model; }
    QChartView *chartView() const { return m_chartView; }
    QChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    QLabel *capacityLabel() const { return m_capacity; }
    QLabel *boostLabel() const { return m_boost; }     // hidden without an active boost
    QLabel *penaltyLabel() const { return m_penalty; } // hidden when nothing slows the sending
    QLabel *emptyLabel() const { return m_empty; }
    QToolButton *refreshButton() const { return m_refresh; }
    ErrorBanner *errorBanner() const { return m_error; }

Q_SIGNALS:
    void loaded(); // the first figures are shown, or the first request failed

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showInfo(const api::DeliveryInfo &info);
    void drawChart();
    void applyColors();

    ProjectContext m_context;
    models::DeliveryStatsModel *m_model;
    QToolButton *m_refresh;
    QLabel *m_capacity;
    QLabel *m_boost;
    QLabel *m_penalty;
    QLabel *m_note;
    ErrorBanner *m_error;
    QStackedWidget *m_stack;
    QChartView *m_chartView;
    QChart *m_chart;
    QLabel *m_empty;
    QTableView *m_table;
    QPointer<api::ApiJob> m_job;
    bool m_loaded = false;
    bool m_started = false;
    bool m_applyingColors = false;
};

} // namespace hexclave::ui
