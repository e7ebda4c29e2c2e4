#pragma once

#include "ListTableModel.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace hexclave::models {

// One line of the drafts, templates or themes list.
struct EmailSourceRow
{
    QString id;
    QString name;
    QString note;         // short, e.g. "Sent 3 days ago", "Project's theme"
    bool unsaved = false; // edited here and not saved yet
    bool marked = false;  // shown in bold: the project's theme
    QString noteToolTip;  // the note in full (e.g. the exact date), empty: the note itself
};

// The drafts, templates or themes of a project, with the ones edited here but not saved marked.
class EmailSourceListModel : public ListTableModel<EmailSourceRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailSourceListModel)

public:
    enum Column { NameColumn, NoteColumn, ColumnCount };
    enum Role { UnsavedRole = FirstCustomRole, MarkedRole };

    explicit EmailSourceListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setUnsaved(const QString &id, bool unsaved);
    void setName(const QString &id, const QString &name);

protected:
    QVariant displayData(const EmailSourceRow &row, int column) const override;
    QVariant toolTipData(const EmailSourceRow &row, int column) const override;
    QVariant rawData(const EmailSourceRow &row, int column) const override;
    QVariant roleData(const EmailSourceRow &row, int column, int role) const override;
};

// The list as shown: sorted by name (any case), filtered by the search text (any part of the
// name, any case).
class EmailSourceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailSourceFilterModel)

public:
    explicit EmailSourceFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QCollator m_collator;
    QString m_search;
};

} // namespace hexclave::models
