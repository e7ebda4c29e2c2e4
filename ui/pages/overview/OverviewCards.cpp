#include "OverviewCards.h"

#include "widgets/ChartStyle.h"
#include "widgets/PaletteColors.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

const QString secondaryText = QStringLiteral("secondaryText");

QLabel *secondaryLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(secondaryText);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void frameAsCard(QFrame *frame)
{
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFrameShadow(QFrame::Plain);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
}

} // namespace

void dimSecondaryLabels(QWidget *root)
{
    const QPalette palette = QApplication::palette();
    QPalette dimmed = palette;
    dimmed.setColor(QPalette::WindowText, tintedWindow(palette, palette.color(QPalette::WindowText), 0.62));
    dimmed.setColor(QPalette::Window, palette.color(QPalette::Base));
    const auto labels = root->findChildren<QLabel *>(secondaryText);
    for (QLabel *label : labels)
        label->setPalette(dimmed);
}

OverviewTile::OverviewTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(secondaryLabel(this))
    , m_value(new QLabel(QStringLiteral("—"), this))
    , m_detail(secondaryLabel(this))
{
    frameAsCard(this);
    m_caption->setText(caption);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_value->setAccessibleDescription(caption);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
    m_detail->hide();
}

void OverviewTile::setValue(const QString &value, const QString &detail, const QString &toolTip)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setToolTip(toolTip);
}

QString OverviewTile::caption() const
{
    return m_caption->text();
}

QString OverviewTile::value() const
{
    return m_value->text();
}

QString OverviewTile::detail() const
{
    return m_detail->text();
}

OverviewCard::OverviewCard(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_note(secondaryLabel(this))
    , m_body(new QVBoxLayout)
{
    frameAsCard(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addLayout(m_body, 1);
    m_note->hide();
}

QString OverviewCard::title() const
{
    return m_title->text();
}

void OverviewCard::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString OverviewCard::note() const
{
    return m_note->text();
}

void OverviewCard::addContent(QWidget *widget, int stretch)
{
    m_body->addWidget(widget, stretch);
}

ChartCard::ChartCard(const QString &title, int chartHeight, QWidget *parent)
    : OverviewCard(title, parent)
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(m_stack))
    , m_chart(new QChart)
    , m_empty(secondaryLabel(m_stack))
{
    showChartIn(m_view, m_chart);
    m_view->setMinimumHeight(chartHeight);
    m_view->setAccessibleName(title);
    m_view->setFrameShape(QFrame::NoFrame);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMinimumHeight(chartHeight);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    addContent(m_stack, 1);
}

void ChartCard::showChart()
{
    m_stack->setCurrentWidget(m_view);
}

void ChartCard::showEmpty(const QString &text)
{
    clearChart(m_chart);
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

bool ChartCard::isShowingChart() const
{
    return m_stack->currentWidget() == m_view;
}

QString ChartCard::emptyText() const
{
    return isShowingChart() ? QString() : m_empty->text();
}

} // namespace hexclave::ui
