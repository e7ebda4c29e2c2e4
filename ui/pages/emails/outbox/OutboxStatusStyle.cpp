#include "OutboxStatusStyle.h"

#include "emails/OutboxModel.h"
#include "widgets/PaletteColors.h"
#include "widgets/ThemedIcon.h"

namespace hexclave::ui {

QColor outboxStatusColor(const QPalette &palette, const QString &simpleStatus)
{
    const bool dark = isDarkPalette(palette);
    if (simpleStatus == u"error")
        return errorTextColor(palette);
    if (simpleStatus == u"ok")
        return dark ? QColor(74, 222, 128) : QColor(21, 128, 61);
    return dark ? QColor(96, 165, 250) : QColor(29, 78, 216);
}

QIcon outboxStatusIcon(const QPalette &palette, const QString &simpleStatus)
{
    const QColor color = outboxStatusColor(palette, simpleStatus);
    if (simpleStatus == u"error")
        return tintedIcon(QStringLiteral("cross"), color);
    if (simpleStatus == u"ok")
        return tintedIcon(QStringLiteral("check"), color);
    return tintedIcon(QStringLiteral("refresh"), color);
}

void OutboxStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(models::OutboxModel::IsPlaceholderRole).toBool())
        return;
    const QString simple = index.data(models::OutboxModel::SimpleStatusRole).toString();
    option->icon = outboxStatusIcon(option->palette, simple);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(option->fontMetrics.height() - 2, option->fontMetrics.height() - 2);
    const QColor color = outboxStatusColor(option->palette, simple);
    option->palette.setColor(QPalette::Text, color);
    // Selected rows keep the highlight's own text colour.
}

} // namespace hexclave::ui
