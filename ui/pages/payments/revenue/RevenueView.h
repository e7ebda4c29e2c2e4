#pragma once

#include "pages/payments/PaymentsView.h"
#include "payments/RevenueSeries.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace hexclave::models {
class RevenueLoader;
}

namespace hexclave::ui {

class ErrorBanner;

// Revenue per day (per week for a year) in one currency, with the range's totals, always built
// from the ledger (read in the background back to the range's first day): the server's metrics
// leave one-time purchases out. When the server has metrics, their subscription figures (last 30
// days, all time; US dollars) are shown beside, marked as such. Test-mode purchases are left out
// unless asked for. Nothing is read until the tab is first shown.
class RevenueView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenueView)

public:
    enum class Source { None, Ledger };

    RevenueView(const PaymentsContext &context, QWidget *parent);
    ~RevenueView() override;

    // Days shown, ending today (UTC): 30, 90 or 365.
    int rangeDays() const;
    void setRangeDays(int days);
    QString currency() const { return m_currency; }
    Source source() const { return m_source; }
    bool isLoading() const;
    // Every figure shown: revenue, refunds and net in the range (minor units of currency()).
    models::RevenueSeries::Point totals() const { return m_totals; }
    QList<models::RevenueSeries::Point> points() const { return m_points; }

    models::RevenueLoader *loader() const { return m_loader; }
    QComboBox *rangeBox() const { return m_range; }
    QComboBox *currencyBox() const { return m_currencies; }
    QCheckBox *testModeBox() const { return m_includeTestMode; }
    QLabel *sourceNote() const { return m_note; }
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *revenueFigure() const { return m_revenue; }
    QLabel *refundsFigure() const { return m_refunds; }
    QLabel *mrrFigure() const { return m_mrr; }
    QLabel *allTimeFigure() const { return m_allTime; }
    QPushButton *cancelButton() const { return m_cancel; }
    ErrorBanner *errorBanner() const { return m_error; }
    QChartView *chartView() const { return m_chartView; }

Q_SIGNALS:
    // The chart shows the current choice, completely (or the reading failed or was stopped).
    void settled();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QDate firstDay() const;
    void refresh();
    void updateCurrencies(const models::RevenueSeries &series);
    void updateFigures(const models::RevenueSeries &series);
    void updateProgress();
    void drawChart();
    void applyChartColors();
    void showPointToolTip(int index);
    bool metricsFiguresShown() const;

    PaymentsContext m_context;
    models::RevenueLoader *m_loader;
    QComboBox *m_range;
    QComboBox *m_currencies;
    QLabel *m_currencyLabel;
    QCheckBox *m_includeTestMode;
    QLabel *m_note;
    QLabel *m_revenue;
    QLabel *m_refunds;
    QLabel *m_net;
    QLabel *m_mrr;
    QWidget *m_mrrBox;
    QLabel *m_allTime;
    QWidget *m_allTimeBox;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_cancel;
    ErrorBanner *m_error;
    QStackedWidget *m_stack;
    QChartView *m_chartView;
    QChart *m_chart;
    QLabel *m_empty;

    QDate m_today;
    QString m_currency;
    Source m_source = Source::None;
    models::RevenueSeries::Bucket m_bucket = models::RevenueSeries::Bucket::Day;
    QList<models::RevenueSeries::Point> m_points;
    models::RevenueSeries::Point m_totals;
    bool m_started = false;
    bool m_ledgerFailed = false;
    bool m_ledgerStopped = false;
    bool m_applyingColors = false;
};

} // namespace hexclave::ui
