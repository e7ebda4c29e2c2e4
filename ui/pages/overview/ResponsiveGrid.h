#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QGridLayout;

namespace hexclave::ui {

// Lays its widgets out in as many columns as fit (each at least `minColumnWidth` wide, at most
// `maxColumns`), row by row in the order they were added; hidden widgets leave no gap.
class ResponsiveGrid : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsiveGrid)

public:
    ResponsiveGrid(int minColumnWidth, int maxColumns, QWidget *parent = nullptr);

    void addWidget(QWidget *widget);
    int columnCount() const { return m_columns; }
    // Again after showing or hiding some of the widgets.
    void relayout();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int columnsFor(int width) const;

    QGridLayout *m_layout;
    QList<QPointer<QWidget>> m_widgets;
    int m_minColumnWidth;
    int m_maxColumns;
    int m_columns = 1;
    int m_fitting = 1; // columns the width allows
};

} // namespace hexclave::ui
