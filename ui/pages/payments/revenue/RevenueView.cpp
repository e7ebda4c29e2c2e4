#include "RevenueView.h"

#include "payments/MoneyText.h"
#include "payments/RevenueLoader.h"
#include "widgets/ChartStyle.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PaletteColors.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hexclave::ui {

using models::RevenueLoader;
using models::RevenueSeries;

namespace {

const QString usd = QStringLiteral("USD");
// Labels that say what a figure is or where it comes from: dimmer than the figures, yet readable
// (a disabled label is too faint on light palettes).
const QString secondaryText = QStringLiteral("secondaryText");

// A caption above a large figure; returns the figure's label.
QLabel *addFigure(QHBoxLayout *row, const QString &caption, QWidget *parent, QWidget **box = nullptr)
{
    auto *frame = new QWidget(parent);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 24, 0);
    layout->setSpacing(0);
    auto *title = new QLabel(caption, frame);
    title->setObjectName(secondaryText);
    auto *value = new QLabel(frame);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleDescription(caption);
    layout->addWidget(title);
    layout->addWidget(value);
    row->addWidget(frame);
    if (box)
        *box = frame;
    return value;
}

double majorUnits(const QString &currency, qint64 minorUnits)
{
    return double(minorUnits) / std::pow(10.0, models::currencyDecimals(currency));
}

QDateTime startOf(QDate day)
{
    return day.startOfDay();
}

} // namespace

RevenueView::RevenueView(const PaymentsContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_loader(new RevenueLoader(context.project.client(), context.project.scope(), this))
    , m_range(new QComboBox(this))
    , m_currencies(new QComboBox(this))
    , m_currencyLabel(new QLabel(tr("&Currency:"), this))
    , m_includeTestMode(new QCheckBox(tr("Include &test-mode purchases"), this))
    , m_note(new QLabel(this))
    , m_progressRow(new QWidget(this))
    , m_progress(new QProgressBar(m_progressRow))
    , m_progressText(new QLabel(m_progressRow))
    , m_cancel(new QPushButton(tr("Stop"), m_progressRow))
    , m_error(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_chartView(new QChartView(m_stack))
    , m_chart(new QChart)
    , m_empty(new QLabel(m_stack))
    , m_today(QDateTime::currentDateTimeUtc().date())
{
    for (const int days : {30, 90, 365})
        m_range->addItem(tr("Last %n day(s)", nullptr, days), days);
    m_range->setAccessibleName(tr("Range"));
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_range);
    m_currencyLabel->setBuddy(m_currencies);
    m_currencies->setAccessibleName(tr("Currency"));
    m_includeTestMode->setToolTip(tr("Test-mode purchases were free: no money moved for them"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(rangeLabel);
    controls->addWidget(m_range);
    controls->addSpacing(12);
    controls->addWidget(m_currencyLabel);
    controls->addWidget(m_currencies);
    controls->addSpacing(12);
    controls->addWidget(m_includeTestMode);
    controls->addStretch();

    auto *figures = new QHBoxLayout;
    // The range's figures come from the ledger; the metrics' figures (when the server has them)
    // say so in their captions.
    m_revenue = addFigure(figures, tr("Revenue"), this);
    m_refunds = addFigure(figures, tr("Refunds"), this);
    m_net = addFigure(figures, tr("Net"), this);
    m_mrr = addFigure(figures, tr("Subscriptions, last 30 days (server metrics)"), this, &m_mrrBox);
    m_mrrBox->setToolTip(tr("Paid subscription invoices of the last 30 days, from the server's metrics (US dollars; "
                            "one-time purchases are not counted there)"));
    m_allTime = addFigure(figures, tr("Subscriptions, all time (server metrics)"), this, &m_allTimeBox);
    m_allTimeBox->setToolTip(tr("Every paid subscription invoice, from the server's metrics (US dollars; one-time "
                                "purchases are not counted there)"));
    m_mrrBox->hide();
    m_allTimeBox->hide();
    figures->addStretch();

    m_note->setWordWrap(true);
    m_note->setObjectName(secondaryText);
    m_note->setTextFormat(Qt::PlainText);

    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Reading progress"));
    m_cancel->setToolTip(tr("Stop reading the ledger; the days read so far stay on the chart"));
    auto *progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    progress->addWidget(m_progress);
    progress->addWidget(m_progressText, 1);
    progress->addWidget(m_cancel);

    showChartIn(m_chartView, m_chart);
    m_chartView->setMinimumHeight(220);
    m_chartView->setAccessibleName(tr("Revenue chart"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(secondaryText);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(figures);
    layout->addWidget(m_note);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
    m_progressRow->hide();

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        m_ledgerStopped = false;
        refresh();
    });
    connect(m_currencies, &QComboBox::currentIndexChanged, this, [this] {
        const QString chosen = m_currencies->currentData().toString();
        if (!chosen.isEmpty() && chosen != m_currency) {
            m_currency = chosen;
            refresh();
        }
    });
    connect(m_includeTestMode, &QCheckBox::toggled, this, [this](bool include) {
        m_loader->ledgerSeries().setIncludeTestMode(include);
        refresh();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_loader->cancelLedger();
        m_ledgerStopped = true;
        refresh();
    });
    connect(m_error, &ErrorBanner::retryRequested, this, [this] {
        m_ledgerFailed = false;
        m_ledgerStopped = false;
        refresh();
    });
    connect(m_loader, &RevenueLoader::metricsFinished, this, &RevenueView::refresh);
    connect(m_loader, &RevenueLoader::ledgerProgress, this, &RevenueView::refresh);
    connect(m_loader, &RevenueLoader::ledgerFinished, this, &RevenueView::refresh);
    connect(m_loader, &RevenueLoader::ledgerFailed, this, [this](const api::ApiError &error) {
        m_ledgerFailed = true;
        m_error->showError(error); // with Retry; the chart's place says what is missing
        refresh();
    });
    applyChartColors();
    refresh();
}

RevenueView::~RevenueView()
{
    m_loader->disconnect(this); // its reading is stopped below, while our widgets are already going
}

int RevenueView::rangeDays() const
{
    return m_range->currentData().toInt();
}

void RevenueView::setRangeDays(int days)
{
    const int index = m_range->findData(days);
    if (index >= 0)
        m_range->setCurrentIndex(index);
}

QDate RevenueView::firstDay() const
{
    return m_today.addDays(1 - rangeDays());
}

bool RevenueView::isLoading() const
{
    return !m_started || m_loader->metricsState() == RevenueLoader::MetricsState::Asking || m_loader->isReadingLedger();
}

void RevenueView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_started)
        return;
    m_started = true;
    m_loader->loadMetrics();
    refresh();
}

void RevenueView::refresh()
{
    if (!m_started) {
        m_source = Source::None;
        updateProgress();
        m_empty->setText(tr("Loading…"));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    // Always the ledger: the server's daily metrics count paid subscription invoices only (no
    // one-time purchases, no other currency), so a chart drawn from them would under-report.
    const QDate first = firstDay();
    m_source = Source::Ledger;
    m_note->setText(tr("Revenue, refunds and net are built from the ledger: every purchase, renewal and refund."));
    if (metricsFiguresShown())
        m_note->setText(m_note->text() + u' '
                        + tr("The figures marked “server metrics” come from the server's metrics, which count paid "
                             "subscription invoices only, in US dollars."));
    if (!m_ledgerFailed && !m_ledgerStopped && !m_loader->ledgerCovers(first))
        m_loader->readLedgerSince(first);
    if (m_source == Source::Ledger && m_ledgerStopped && !m_loader->ledgerCovers(first)) {
        const QDate since = m_loader->ledgerCoveredSince();
        m_note->setText(m_note->text() + u' '
                        + (since.isValid() ? tr("Reading was stopped: days before %1 are not counted.")
                                                 .arg(QLocale().toString(since, QLocale::ShortFormat))
                                           : tr("Reading was stopped before the first page.")));
    }
    if (!m_ledgerFailed)
        m_error->hide();

    const RevenueSeries &series = m_loader->ledgerSeries();
    updateCurrencies(series);
    updateFigures(series);
    updateProgress();
    drawChart();

    const bool reading = m_loader->isReadingLedger();
    if (std::all_of(m_points.cbegin(), m_points.cend(), [](const RevenueSeries::Point &p) { return p.isEmpty(); })) {
        QString text;
        if (reading)
            text = tr("Reading the ledger…");
        else if (m_ledgerFailed)
            text = tr("No revenue to show: the ledger could not be read.");
        else
            text = tr("No revenue in the last %n day(s).", nullptr, rangeDays());
        if (!reading && !m_includeTestMode->isChecked() && series.hasTestModeMoney())
            text += u'\n' + tr("Test-mode purchases are left out: tick “Include test-mode purchases” to see them.");
        m_empty->setText(text);
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_chartView);
    }
    if (!isLoading())
        Q_EMIT settled();
}

void RevenueView::updateCurrencies(const RevenueSeries &series)
{
    QStringList codes = series.currencies();
    if (codes.isEmpty())
        codes << usd;
    if (!codes.contains(m_currency))
        m_currency = codes.constFirst();
    {
        const QSignalBlocker blocker(m_currencies);
        m_currencies->clear();
        for (const QString &code : std::as_const(codes))
            m_currencies->addItem(code, code);
        m_currencies->setCurrentIndex(m_currencies->findData(m_currency));
    }
    m_currencies->setVisible(codes.size() > 1);
    m_currencyLabel->setVisible(codes.size() > 1);
}

void RevenueView::updateFigures(const RevenueSeries &series)
{
    const QDate first = firstDay();
    m_bucket = RevenueSeries::bucketFor(rangeDays());
    m_points = series.points(m_currency, first, m_today, m_bucket);
    m_totals = series.total(m_currency, first, m_today);
    m_revenue->setText(models::formatMinorUnits(m_currency, m_totals.revenue));
    m_refunds->setText(models::formatMinorUnits(m_currency, m_totals.refunds));
    m_net->setText(models::formatMinorUnits(m_currency, m_totals.net()));
    const auto &metrics = m_loader->metrics();
    const bool haveMetrics = m_loader->metricsState() == RevenueLoader::MetricsState::Available && metrics;
    const bool hasMrr = haveMetrics && metrics->mrrCents;
    const bool hasAllTime = haveMetrics && metrics->revenueCents;
    m_mrrBox->setVisible(hasMrr);
    m_allTimeBox->setVisible(hasAllTime);
    if (hasMrr)
        m_mrr->setText(models::formatMinorUnits(usd, *metrics->mrrCents));
    if (hasAllTime)
        m_allTime->setText(models::formatMinorUnits(usd, *metrics->revenueCents));
}

bool RevenueView::metricsFiguresShown() const
{
    const auto &metrics = m_loader->metrics();
    return m_loader->metricsState() == RevenueLoader::MetricsState::Available && metrics
        && (metrics->mrrCents || metrics->revenueCents);
}

void RevenueView::updateProgress()
{
    const bool reading = m_loader->isReadingLedger();
    const bool asking = !reading && m_started && m_loader->metricsState() == RevenueLoader::MetricsState::Asking;
    m_progressRow->setVisible(asking || reading);
    m_cancel->setVisible(reading);
    if (asking) {
        m_progress->setRange(0, 0);
        m_progressText->setText(tr("Asking the server for its metrics…"));
        return;
    }
    if (!reading)
        return;
    const QDate since = m_loader->ledgerCoveredSince();
    const int days = rangeDays();
    m_progress->setRange(0, days);
    m_progress->setValue(since.isValid() ? std::clamp(int(since.daysTo(m_today)) + 1, 0, days) : 0);
    const int read = m_loader->ledgerSeries().transactionCount();
    m_progressText->setText(since.isValid() ? tr("Reading the ledger: %n transaction(s), back to %1…", nullptr, read)
                                                  .arg(QLocale().toString(since, QLocale::ShortFormat))
                                            : tr("Reading the ledger…"));
}

void RevenueView::drawChart()
{
    clearChart(m_chart);
    if (m_points.isEmpty())
        return;

    const bool weeks = m_bucket == RevenueSeries::Bucket::Week;
    auto *revenue = new QBarSet(tr("Revenue"));
    auto *refunds = new QBarSet(tr("Refunds"));
    QStringList categories;
    double highest = 0;
    double lowest = 0;
    for (const RevenueSeries::Point &point : std::as_const(m_points)) {
        const double in = majorUnits(m_currency, point.revenue);
        const double out = -majorUnits(m_currency, point.refunds);
        revenue->append(in);
        refunds->append(out);
        highest = std::max(highest, in);
        lowest = std::min(lowest, out);
        categories << point.start.toString(Qt::ISODate);
    }
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    series->append(revenue);
    series->append(refunds);
    m_chart->addSeries(series);

    // The bars sit on a category axis, one slot per day or week; the dates are written by a time
    // axis spanning exactly those slots (a label under each of 365 bars would be unreadable).
    auto *slotAxis = new QBarCategoryAxis;
    slotAxis->append(categories);
    m_chart->addAxis(slotAxis, Qt::AlignBottom);
    series->attachAxis(slotAxis);
    slotAxis->setVisible(false);

    auto *dates = new QDateTimeAxis;
    dates->setRange(startOf(m_points.constFirst().start), startOf(m_points.constLast().start.addDays(weeks ? 7 : 1)));
    dates->setFormat(rangeDays() > 120 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    dates->setTickCount(rangeDays() > 120 ? 7 : 6);
    dates->setGridLineVisible(false);
    m_chart->addAxis(dates, Qt::AlignBottom);

    auto *values = new QValueAxis;
    values->setRange(lowest, highest > 0 ? highest : 1);
    values->applyNiceNumbers();
    values->setLabelFormat(values->max() - values->min() < 10 && models::currencyDecimals(m_currency) > 0
                               ? QStringLiteral("%.2f")
                               : QStringLiteral("%.0f"));
    values->setTitleText(m_currency);
    m_chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);

    // A day without refunds everywhere: no need to explain red in the legend.
    const bool anyRefund = lowest < 0;
    const auto markers = m_chart->legend()->markers(series);
    if (markers.size() == 2)
        markers.at(1)->setVisible(anyRefund);
    m_chart->legend()->setVisible(anyRefund);

    connect(revenue, &QBarSet::hovered, this, [this](bool status, int index) {
        if (status)
            showPointToolTip(index);
        else
            QToolTip::hideText();
    });
    connect(refunds, &QBarSet::hovered, this, [this](bool status, int index) {
        if (status)
            showPointToolTip(index);
        else
            QToolTip::hideText();
    });
    applyChartColors();
}

void RevenueView::showPointToolTip(int index)
{
    if (index < 0 || index >= m_points.size())
        return;
    const RevenueSeries::Point &point = m_points.at(index);
    const QLocale locale;
    const QString when = m_bucket == RevenueSeries::Bucket::Week
        ? tr("Week of %1").arg(locale.toString(point.start, QLocale::ShortFormat))
        : locale.toString(point.start, QLocale::LongFormat);
    QString text = when + u'\n' + tr("Revenue: %1").arg(models::formatMinorUnits(m_currency, point.revenue));
    if (point.refunds != 0)
        text += u'\n' + tr("Refunds: %1").arg(models::formatMinorUnits(m_currency, point.refunds));
    QToolTip::showText(QCursor::pos(), text, m_chartView);
}

void RevenueView::applyChartColors()
{
    const QPalette palette = QApplication::palette();
    const bool dark = isDarkPalette(palette);
    const QColor text = palette.color(QPalette::WindowText);
    m_applyingColors = true;
    const auto secondaryLabels = findChildren<QLabel *>(secondaryText);
    for (QLabel *label : secondaryLabels) {
        QPalette dimmed = palette;
        dimmed.setColor(QPalette::WindowText, tintedWindow(palette, text, 0.62));
        label->setPalette(dimmed);
    }
    applyChartPalette(m_chart, palette); // resets the series' colours: ours follow
    const auto allSeries = m_chart->series();
    for (QAbstractSeries *series : allSeries) {
        if (auto *bars = qobject_cast<QStackedBarSeries *>(series)) {
            const auto sets = bars->barSets();
            if (sets.size() == 2) {
                const QColor in = dark ? QColor(74, 222, 128) : QColor(22, 163, 74);
                sets.at(0)->setColor(in);
                sets.at(0)->setBorderColor(in);
                sets.at(1)->setColor(errorTextColor(palette));
                sets.at(1)->setBorderColor(errorTextColor(palette));
            }
        }
    }
    m_applyingColors = false;
}

void RevenueView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyChartColors();
    QWidget::changeEvent(event);
}

} // namespace hexclave::ui
