#include "StatusIconDelegate.h"

#include "PaletteColors.h"
#include "ThemedIcon.h"

#include <QPainter>

namespace hexclave::ui {

StatusIconDelegate::StatusIconDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

void StatusIconDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant value = index.data(m_role);
    if (!value.isValid())
        return;
    const bool dark = isDarkPalette(option.palette);
    const bool yes = value.toBool();
    const QColor color = yes ? (dark ? QColor(74, 222, 128) : QColor(22, 163, 74))
                             : (dark ? QColor(251, 191, 36) : QColor(217, 119, 6));
    const int size = qMin(18, option.rect.height() - 4);
    const QRect target(option.rect.center().x() - size / 2, option.rect.center().y() - size / 2, size, size);
    tintedIcon(yes ? QStringLiteral("check") : QStringLiteral("cross"), color).paint(painter, target);
}

} // namespace hexclave::ui
