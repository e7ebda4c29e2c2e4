#pragma once

#include <QStyledItemDelegate>

namespace hexclave::ui {

// Draws a boolean role as a centred mark: a green check for true, an amber cross for false,
// nothing when the value is missing. The text stays available to screen readers.
class StatusIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIconDelegate)

public:
    StatusIconDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace hexclave::ui
