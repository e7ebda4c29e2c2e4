#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace hexclave::models {

// The teams list as filtered and sorted here, instantly: a team matches when its name contains
// the text (in any case) or its id starts with it. Sorting compares the raw values
// (RawValueRole): names in the locale's order with numbers by value, dates and member counts as
// numbers, with uncounted teams last.
class TeamsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsFilterModel)

public:
    explicit TeamsFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QCollator m_collator;
};

} // namespace hexclave::models
