#include "DeliveryView.h"

#include "OutboxStatusStyle.h"
#include "core/ApiClient.h"
#include "emails/DeliveryStatsModel.h"
#include "endpoints/EmailsEndpoints.h"
#include "widgets/ChartStyle.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PaletteColors.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace hexclave::ui {

using models::DeliveryStatsModel;

namespace {

const QString secondaryText = QStringLiteral("secondaryText");

QColor bouncedColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(251, 191, 36) : QColor(180, 83, 9);
}

} // namespace

DeliveryView::DeliveryView(const ProjectContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new DeliveryStatsModel(this))
    , m_refresh(new QToolButton(this))
    , m_capacity(new QLabel(this))
    , m_boost(new QLabel(this))
    , m_penalty(new QLabel(this))
    , m_note(new QLabel(this))
    , m_error(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_chartView(new QChartView(m_stack))
    , m_chart(new QChart)
    , m_empty(new QLabel(m_stack))
    , m_table(new QTableView(this))
{
    m_refresh->setIcon(themedIcon(QStringLiteral("refresh")));
    m_refresh->setToolTip(tr("Ask the server for the figures again (F5)"));
    m_refresh->setAccessibleName(tr("Refresh"));
    auto *refreshKey = new QShortcut(QKeySequence(Qt::Key_F5), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &DeliveryView::reload);
    connect(m_refresh, &QToolButton::clicked, this, &DeliveryView::reload);

    auto *captionLabel = new QLabel(tr("Sending capacity:"), this);
    QFont bold = m_capacity->font();
    bold.setBold(true);
    m_capacity->setFont(bold);
    m_capacity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_capacity->setToolTip(tr("How fast the server sends this project's emails. It grows with the emails sent last "
                              "month and shrinks when many bounce or are marked as spam."));
    m_boost->setTextFormat(Qt::PlainText);
    m_boost->setAccessibleName(tr("Capacity boost"));
    m_boost->setToolTip(tr("A temporary boost multiplies the sending capacity until it ends."));
    m_boost->hide();
    m_penalty->setTextFormat(Qt::PlainText);
    m_penalty->setWordWrap(true);
    m_penalty->setAccessibleName(tr("Capacity penalty"));
    m_penalty->setToolTip(tr("The server lowers the sending capacity while the bounce or spam rate of the last hour, "
                             "day or week is high; it recovers as those emails age out of the windows."));
    m_penalty->hide();
    m_note->setObjectName(secondaryText);
    m_note->setWordWrap(true);
    m_note->setText(tr("Counts of the emails handed to the email server in each window; bounced and spam ones are "
                       "part of the sent ones. Many bounces or spam reports lower the sending capacity."));

    showChartIn(m_chartView, m_chart);
    m_chartView->setMinimumHeight(240);
    m_chartView->setAccessibleName(tr("Delivery chart"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(secondaryText);
    m_empty->setText(tr("Loading…"));
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Delivery figures"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    const int rows = DeliveryStatsModel::WindowCount;
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * m_table->verticalHeader()->defaultSectionSize()
                            + 2 * m_table->frameWidth() + 2);

    auto *top = new QHBoxLayout;
    top->addWidget(captionLabel);
    top->addWidget(m_capacity);
    top->addWidget(m_boost);
    top->addStretch(1);
    top->addWidget(m_refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_penalty);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_table);

    connect(m_error, &ErrorBanner::retryRequested, this, &DeliveryView::reload);
    m_error->hide();
    applyColors();
}

DeliveryView::~DeliveryView()
{
    if (auto job = std::exchange(m_job, nullptr))
        job->abort();
}

void DeliveryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started)
        reload();
}

void DeliveryView::reload()
{
    m_started = true;
    api::ApiClient *client = m_context.client();
    if (!client || m_job)
        return;
    m_refresh->setEnabled(false);
    if (!m_model->info()) {
        m_empty->setText(tr("Loading…"));
        m_stack->setCurrentWidget(m_empty);
    }
    auto *job = client->send(api::emails::deliveryInfo(m_context.scope()));
    m_job = job;
    connect(job, &api::ApiJob::finished, this, [this, job] {
        m_job.clear();
        m_refresh->setEnabled(true);
        if (job->succeeded()) {
            m_error->hide();
            showInfo(job->value());
        } else if (job->error().kind != api::ApiError::Kind::Cancelled) {
            m_error->showError(job->error());
            if (!m_model->info()) {
                m_empty->setText(tr("The delivery figures could not be loaded. The reason is shown above."));
                m_stack->setCurrentWidget(m_empty);
            }
        }
        if (!m_loaded) {
            m_loaded = true;
            Q_EMIT loaded();
        }
    });
}

void DeliveryView::showInfo(const api::DeliveryInfo &info)
{
    m_model->setInfo(info);
    m_capacity->setText(DeliveryStatsModel::capacityText(info.ratePerSecond, locale()));
    const QString boost = DeliveryStatsModel::boostText(info, locale());
    m_boost->setText(boost);
    m_boost->setVisible(!boost.isEmpty());
    const QString penalty = DeliveryStatsModel::penaltyText(info.penaltyFactor, locale());
    m_penalty->setText(penalty);
    m_penalty->setVisible(!penalty.isEmpty());
    drawChart();
    m_stack->setCurrentWidget(m_chartView);
}

void DeliveryView::drawChart()
{
    clearChart(m_chart);
    if (!m_model->info())
        return;
    auto *sent = new QBarSet(tr("Sent"));
    auto *bounced = new QBarSet(tr("Bounced"));
    auto *spam = new QBarSet(tr("Marked as spam"));
    QStringList categories;
    qint64 highest = 0;
    for (int row = 0; row < DeliveryStatsModel::WindowCount; ++row) {
        const auto window = DeliveryStatsModel::Window(row);
        const api::DeliveryCounts counts = m_model->counts(window);
        sent->append(double(counts.sent));
        bounced->append(double(counts.bounced));
        spam->append(double(counts.markedAsSpam));
        highest = std::max({highest, counts.sent, counts.bounced, counts.markedAsSpam});
        categories << DeliveryStatsModel::windowText(window);
    }
    auto *series = new QBarSeries;
    series->append(sent);
    series->append(bounced);
    series->append(spam);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(12);
    m_chart->addSeries(series);

    auto *windows = new QBarCategoryAxis;
    windows->append(categories);
    m_chart->addAxis(windows, Qt::AlignBottom);
    series->attachAxis(windows);
    auto *values = new QValueAxis;
    // Room above the tallest bar for its label.
    values->setRange(0, highest > 0 ? double(highest) * 1.12 : 1);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(tr("Emails"));
    m_chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    applyColors();
}

void DeliveryView::applyColors()
{
    const QPalette palette = QApplication::palette(this);
    const QColor text = palette.color(QPalette::WindowText);
    m_applyingColors = true;
    const auto secondaryLabels = findChildren<QLabel *>(secondaryText);
    for (QLabel *label : secondaryLabels) {
        QPalette dimmed = palette;
        dimmed.setColor(QPalette::WindowText, tintedWindow(palette, text, 0.62));
        label->setPalette(dimmed);
    }
    QPalette boostPalette = palette;
    boostPalette.setColor(QPalette::WindowText, outboxStatusColor(palette, QStringLiteral("ok")));
    m_boost->setPalette(boostPalette);
    QPalette penaltyPalette = palette;
    penaltyPalette.setColor(QPalette::WindowText, bouncedColor(palette));
    m_penalty->setPalette(penaltyPalette);
    applyChartPalette(m_chart, palette); // resets the series' colours: ours follow
    const QFont font = chartLabelFont();
    const auto allSeries = m_chart->series();
    for (QAbstractSeries *series : allSeries) {
        auto *bars = qobject_cast<QBarSeries *>(series);
        if (!bars)
            continue;
        const auto sets = bars->barSets();
        const QList<QColor> colors{outboxStatusColor(palette, QStringLiteral("ok")), bouncedColor(palette),
                                   errorTextColor(palette)};
        for (qsizetype i = 0; i < sets.size() && i < colors.size(); ++i) {
            sets.at(i)->setColor(colors.at(i));
            sets.at(i)->setBorderColor(colors.at(i));
            sets.at(i)->setLabelColor(text);
            sets.at(i)->setLabelFont(font);
        }
    }
    m_applyingColors = false;
}

void DeliveryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyColors();
    QWidget::changeEvent(event);
}

} // namespace hexclave::ui
