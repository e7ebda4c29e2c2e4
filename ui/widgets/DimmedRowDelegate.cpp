#include "DimmedRowDelegate.h"

namespace hexclave::ui {

DimmedRowDelegate::DimmedRowDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

void DimmedRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(m_role).toBool())
        return;
    // Placeholder text stays readable on both palettes, where disabled text is too faint.
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
        option->palette.setColor(group, QPalette::Text, option->palette.color(group, QPalette::PlaceholderText));
    option->font.setItalic(true);
}

} // namespace hexclave::ui
