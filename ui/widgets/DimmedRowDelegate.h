#pragma once

#include <QStyledItemDelegate>

namespace hexclave::ui {

// Draws the rows whose boolean `role` is true in the palette's secondary text colour and in
// italics: things listed for the record that no longer work (revoked keys, expired invitations).
class DimmedRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DimmedRowDelegate)

public:
    DimmedRowDelegate(int role, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace hexclave::ui
