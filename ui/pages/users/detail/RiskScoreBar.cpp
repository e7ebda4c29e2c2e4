#include "RiskScoreBar.h"

#include "widgets/PaletteColors.h"

#include <QPainter>
#include <QPainterPath>

namespace hexclave::ui {

namespace {

constexpr int barWidth = 90;
constexpr int barHeight = 6;
constexpr int gap = 10;

} // namespace

RiskScoreBar::RiskScoreBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void RiskScoreBar::setScore(int score)
{
    m_score = qBound(0, score, 100);
    setAccessibleDescription(text());
    setToolTip(tr("%1 of 100: the higher, the likelier the sign-up is not genuine").arg(m_score));
    updateGeometry();
    update();
}

QString RiskScoreBar::text() const
{
    return tr("%1 (%2)").arg(levelText(levelOf(m_score))).arg(m_score);
}

RiskScoreBar::Level RiskScoreBar::levelOf(int score)
{
    if (score >= 67)
        return Level::High;
    if (score >= 34)
        return Level::Medium;
    return Level::Low;
}

QString RiskScoreBar::levelText(Level level)
{
    switch (level) {
    case Level::Low: return tr("Low");
    case Level::Medium: return tr("Medium");
    case Level::High: return tr("High");
    }
    return {};
}

QColor RiskScoreBar::levelColor(Level level, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (level) {
    case Level::Low: return dark ? QColor(74, 222, 128) : QColor(22, 163, 74);
    case Level::Medium: return dark ? QColor(251, 191, 36) : QColor(180, 83, 9);
    case Level::High: return dark ? QColor(248, 113, 113) : QColor(220, 38, 38);
    }
    return palette.color(QPalette::WindowText);
}

QSize RiskScoreBar::sizeHint() const
{
    const int textWidth = fontMetrics().horizontalAdvance(tr("%1 (%2)").arg(levelText(Level::Medium)).arg(100));
    return {barWidth + gap + textWidth, fontMetrics().height() + 4};
}

QSize RiskScoreBar::minimumSizeHint() const
{
    return sizeHint();
}

void RiskScoreBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = levelColor(levelOf(m_score), palette());
    const QRectF track(0.5, (height() - barHeight) / 2.0, barWidth, barHeight);
    QColor trackColor = palette().color(QPalette::WindowText);
    trackColor.setAlphaF(0.15f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(trackColor);
    painter.drawRoundedRect(track, barHeight / 2.0, barHeight / 2.0);
    if (m_score > 0) {
        QRectF filled = track;
        filled.setWidth(qMax(qreal(barHeight), track.width() * m_score / 100.0));
        painter.setBrush(color);
        painter.drawRoundedRect(filled, barHeight / 2.0, barHeight / 2.0);
    }
    QFont font = painter.font();
    font.setBold(levelOf(m_score) == Level::High);
    painter.setFont(font);
    painter.setPen(levelOf(m_score) == Level::Low ? palette().color(QPalette::WindowText) : color);
    painter.drawText(QRect(barWidth + gap, 0, width() - barWidth - gap, height()), Qt::AlignVCenter | Qt::AlignLeft, text());
}

} // namespace hexclave::ui
