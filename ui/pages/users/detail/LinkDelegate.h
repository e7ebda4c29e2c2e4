#pragma once

#include <QStyledItemDelegate>

namespace hexclave::ui {

// Draws a column as links (the palette's link colour, underlined) and reports a click on the
// text, so that a list can lead somewhere else — e.g. a team's name to its page.
class LinkDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkDelegate)

public:
    explicit LinkDelegate(QObject *parent = nullptr);

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

Q_SIGNALS:
    void linkClicked(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace hexclave::ui
