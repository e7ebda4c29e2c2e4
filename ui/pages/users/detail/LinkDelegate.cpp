#include "LinkDelegate.h"

#include <QApplication>
#include <QMouseEvent>

namespace hexclave::ui {

LinkDelegate::LinkDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void LinkDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->font.setUnderline(true);
    // A selected row keeps the highlighted text colour: link blue on highlight blue is unreadable.
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
}

bool LinkDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                               const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        const int textWidth = opt.fontMetrics.horizontalAdvance(opt.text) + 8;
        const QRect linkRect(textRect.topLeft(), QSize(qMin(textWidth, textRect.width()), textRect.height()));
        if (mouse->button() == Qt::LeftButton && linkRect.contains(mouse->position().toPoint())) {
            Q_EMIT linkClicked(index);
            return false; // the view still selects the row
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace hexclave::ui
