#include "ResponsiveGrid.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>

namespace hexclave::ui {

ResponsiveGrid::ResponsiveGrid(int minColumnWidth, int maxColumns, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
    , m_minColumnWidth(minColumnWidth)
    , m_maxColumns(std::max(1, maxColumns))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
}

void ResponsiveGrid::addWidget(QWidget *widget)
{
    widget->setParent(this);
    m_widgets.append(widget);
    relayout();
}

int ResponsiveGrid::columnsFor(int width) const
{
    const int spacing = m_layout->horizontalSpacing();
    return std::clamp((width + spacing) / (m_minColumnWidth + spacing), 1, m_maxColumns);
}

void ResponsiveGrid::relayout()
{
    const auto visible = std::count_if(m_widgets.cbegin(), m_widgets.cend(),
                                       [](const QPointer<QWidget> &widget) { return widget && !widget->isHidden(); });
    m_fitting = columnsFor(width());
    // As many columns as fit, yet rows as even as they can be (7 tiles in 4 + 3, not 6 + 1).
    const int rows = visible > 0 ? int((visible + m_fitting - 1) / m_fitting) : 1;
    m_columns = visible > 0 ? int((visible + rows - 1) / rows) : m_fitting;
    for (const QPointer<QWidget> &widget : std::as_const(m_widgets)) {
        if (widget)
            m_layout->removeWidget(widget);
    }
    for (int column = 0; column < m_maxColumns; ++column)
        m_layout->setColumnStretch(column, column < m_columns ? 1 : 0);
    int position = 0;
    for (const QPointer<QWidget> &widget : std::as_const(m_widgets)) {
        if (!widget || widget->isHidden())
            continue;
        m_layout->addWidget(widget, position / m_columns, position % m_columns);
        ++position;
    }
}

void ResponsiveGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (columnsFor(event->size().width()) != m_fitting)
        relayout();
}

} // namespace hexclave::ui
