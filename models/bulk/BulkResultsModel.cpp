#include "BulkResultsModel.h"

namespace hexclave::models {

BulkResultsModel::BulkResultsModel(const BulkActionRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
{
    Q_ASSERT(runner);
    connect(runner, &BulkActionRunner::itemsChanged, this, [this](int first, int last) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    });
}

int BulkResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_runner ? 0 : m_runner->total();
}

int BulkResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkResultsModel::stateText(BulkItem::State state)
{
    switch (state) {
    case BulkItem::State::Waiting:
        return tr("Waiting");
    case BulkItem::State::Sending:
        return tr("Working…");
    case BulkItem::State::Checking:
        return tr("Checking…");
    case BulkItem::State::Succeeded:
        return tr("Done");
    case BulkItem::State::Failed:
        return tr("Failed");
    case BulkItem::State::NotAttempted:
        return tr("Not attempted");
    }
    return {};
}

QString BulkResultsModel::detailsText(const BulkItem &item)
{
    QStringList parts;
    if (item.state == BulkItem::State::Failed && item.error.isError())
        parts << item.error.userMessage();
    if (!item.note.isEmpty())
        parts << item.note;
    if (item.state == BulkItem::State::NotAttempted)
        parts << tr("Stopped before this user's turn.");
    return parts.join(u' ');
}

QVariant BulkResultsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    if (!m_runner)
        return {};
    const BulkItem &item = m_runner->items().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserColumn:
            return item.target.label;
        case ResultColumn:
            return stateText(item.state);
        case DetailsColumn:
            return detailsText(item);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == UserColumn)
            return item.target.userId;
        if (index.column() == DetailsColumn && item.error.isError())
            return item.error.describe();
        return {};
    case StateRole:
        return int(item.state);
    case UserIdRole:
        return item.target.userId;
    case IsProblemRole:
        return item.state == BulkItem::State::Failed || item.state == BulkItem::State::NotAttempted;
    default:
        return {};
    }
}

QVariant BulkResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case ResultColumn:
        return tr("Result");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace hexclave::models
