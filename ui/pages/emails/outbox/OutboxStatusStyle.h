#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QStyledItemDelegate>

namespace hexclave::ui {

// How the outbox marks an email's state, on light and dark palettes: blue while in progress,
// green when delivered (or skipped on purpose), red when it failed.
QColor outboxStatusColor(const QPalette &palette, const QString &simpleStatus);
QIcon outboxStatusIcon(const QPalette &palette, const QString &simpleStatus);

// The status column: the status in words, with the icon and colour of its group.
class OutboxStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxStatusDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace hexclave::ui
