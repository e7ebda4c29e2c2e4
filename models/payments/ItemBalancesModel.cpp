#include "ItemBalancesModel.h"

#include "core/ApiClient.h"
#include "endpoints/PaymentsEndpoints.h"

#include <QLocale>

#include <algorithm>

#include <utility>

namespace hexclave::models {

namespace {

bool isUnknownCustomer(const api::ApiError &error)
{
    return error.is(u"USER_NOT_FOUND") || error.is(u"TEAM_NOT_FOUND");
}

} // namespace

ItemBalancesModel::ItemBalancesModel(api::ApiClient *client, api::ProjectScope scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_scope(std::move(scope))
{
}

ItemBalancesModel::~ItemBalancesModel()
{
    abortAll();
}

int ItemBalancesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemBalancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ItemBalancesModel::quantityText(const Row &row) const
{
    if (row.quantity && row.state != RowState::Failed && row.state != RowState::CustomerFailed)
        return QLocale().toString(*row.quantity);
    switch (row.state) {
    case RowState::Waiting:
    case RowState::Loading:
        return QStringLiteral("…");
    case RowState::Failed:
        if (row.error.is(u"ITEM_NOT_FOUND"))
            return tr("No item with this ID in the project");
        if (row.error.is(u"ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH"))
            return tr("An item for another type of customer");
        if (row.error.kind == api::ApiError::Kind::Http && !row.error.message.isEmpty())
            return row.error.message;
        if (row.error.kind == api::ApiError::Kind::Network || row.error.kind == api::ApiError::Kind::Timeout)
            return tr("No answer from the server");
        return tr("Could not be read");
    case RowState::CustomerFailed:
        return QStringLiteral("—");
    case RowState::Loaded:
        break;
    }
    return {};
}

QVariant ItemBalancesModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.itemId;
    case StateRole:
        return int(row.state);
    case RawValueRole:
        if (index.column() == QuantityColumn)
            return row.quantity && row.state == RowState::Loaded ? QVariant(*row.quantity) : QVariant();
        return index.column() == ItemColumn ? row.name : row.itemId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn: return row.name;
        case IdColumn: return row.itemId;
        case QuantityColumn: return quantityText(row);
        default: return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == QuantityColumn && (row.state == RowState::Waiting || row.state == RowState::Loading)
            && !row.quantity)
            return tr("Loading");
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() != QuantityColumn)
            return index.column() == ItemColumn ? tr("Item ID: %1").arg(row.itemId) : QVariant();
        switch (row.state) {
        case RowState::Waiting:
        case RowState::Loading:
            return row.quantity ? tr("Reading the balance again…") : tr("Reading the balance…");
        case RowState::Failed: {
            const QString summary = row.error.technicalSummary();
            return summary.isEmpty() ? row.error.userMessage() : row.error.userMessage() + u'\n' + summary;
        }
        case RowState::CustomerFailed:
            return tr("The customer was not found; see the message above");
        case RowState::Loaded:
            return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QuantityColumn && row.state != RowState::Failed)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant ItemBalancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn: return tr("Item");
    case IdColumn: return tr("ID");
    case QuantityColumn: return tr("Quantity");
    default: return {};
    }
}

void ItemBalancesModel::setCustomer(const api::CustomerRef &customer, const QList<api::PaymentItem> &catalogItems)
{
    abortAll();
    ++m_generation;
    m_customer = customer;
    m_customerError = {};
    resetRows(catalogItems);
    startMore();
    if (!isLoading())
        Q_EMIT loadingFinished();
}

void ItemBalancesModel::setCatalogItems(const QList<api::PaymentItem> &catalogItems)
{
    setCustomer(m_customer, catalogItems);
}

void ItemBalancesModel::clear()
{
    setCustomer({}, {});
}

void ItemBalancesModel::reload()
{
    QList<api::PaymentItem> items;
    for (const Row &row : std::as_const(m_rows)) {
        api::PaymentItem item;
        item.id = row.itemId;
        item.displayName = row.name;
        item.customerType = m_customer.type;
        items << item;
    }
    setCustomer(m_customer, items);
}

void ItemBalancesModel::resetRows(const QList<api::PaymentItem> &catalogItems)
{
    beginResetModel();
    m_rows.clear();
    m_queue.clear();
    if (hasCustomer()) {
        for (const api::PaymentItem &item : catalogItems) {
            if (item.customerType != m_customer.type)
                continue;
            Row row;
            row.itemId = item.id;
            row.name = item.displayName.isEmpty() ? item.id : item.displayName;
            m_rows << row;
            m_queue << item.id;
        }
    }
    endResetModel();
}

int ItemBalancesModel::addItem(const QString &itemId)
{
    if (!hasCustomer() || itemId.isEmpty() || m_customerError.kind != api::ApiError::Kind::None)
        return -1;
    if (const int existing = rowOf(itemId); existing >= 0) {
        refreshItem(itemId);
        return existing;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row entry;
    entry.itemId = itemId;
    entry.name = itemId; // until the server tells its display name
    m_rows << entry;
    endInsertRows();
    m_queue.prepend(itemId);
    startMore();
    return row;
}

void ItemBalancesModel::refreshItem(const QString &itemId)
{
    const int row = rowOf(itemId);
    if (row < 0)
        return;
    Row &entry = m_rows[row];
    if (QPointer<api::ApiJob> job = std::exchange(entry.job, nullptr)) {
        job->disconnect(this);
        job->abort();
    }
    entry.state = RowState::Waiting;
    entry.serial = ++m_nextSerial; // an answer still on its way is for the old balance
    m_queue.removeAll(itemId);
    m_queue.prepend(itemId);
    rowChanged(row);
    startMore();
}

bool ItemBalancesModel::isLoading() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.state == RowState::Waiting || row.state == RowState::Loading;
    });
}

int ItemBalancesModel::runningCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.state == RowState::Loading; }));
}

void ItemBalancesModel::startMore()
{
    while (!m_queue.isEmpty() && runningCount() < maxConcurrentRequests) {
        const int row = rowOf(m_queue.takeFirst());
        if (row >= 0 && m_rows.at(row).state == RowState::Waiting)
            request(row);
    }
}

void ItemBalancesModel::request(int row)
{
    Row &entry = m_rows[row];
    entry.serial = ++m_nextSerial;
    if (!m_client) {
        api::ApiError gone = api::ApiError::cancelled();
        gone.message = tr("The connection of this list was closed.");
        entry.state = RowState::Failed;
        entry.error = gone;
        rowChanged(row);
        return;
    }
    auto *job = m_client->send(api::payments::item(m_scope, m_customer, entry.itemId));
    entry.state = RowState::Loading;
    entry.job = job;
    const int generation = m_generation;
    const int serial = entry.serial;
    const QString itemId = entry.itemId;
    connect(job, &api::ApiJob::finished, this, [this, job, generation, serial, itemId] {
        if (generation != m_generation)
            return; // for another customer or catalog
        answered(itemId, serial, job, job->succeeded() ? std::optional(job->takeValue()) : std::nullopt);
    });
    rowChanged(row);
}

void ItemBalancesModel::answered(const QString &itemId, int serial, api::ApiJob *job, std::optional<api::ItemBalance> balance)
{
    const int row = rowOf(itemId);
    if (row < 0 || m_rows.at(row).serial != serial)
        return; // a refresh asked again meanwhile
    Row &entry = m_rows[row];
    entry.job = nullptr;
    if (balance) {
        entry.state = RowState::Loaded;
        entry.quantity = balance->quantity;
        entry.error = {};
        if (!balance->displayName.isEmpty())
            entry.name = balance->displayName;
        rowChanged(row);
    } else if (isUnknownCustomer(job->error())) {
        failCustomer(job->error());
    } else {
        entry.state = RowState::Failed;
        entry.error = job->error();
        rowChanged(row);
    }
    startMore();
    if (!isLoading())
        Q_EMIT loadingFinished();
}

void ItemBalancesModel::failCustomer(const api::ApiError &error)
{
    // The other answers are on their way with the same refusal: not waited for, not aborted.
    for (Row &row : m_rows) {
        if (QPointer<api::ApiJob> job = std::exchange(row.job, nullptr))
            job->disconnect(this);
    }
    m_queue.clear();
    for (Row &row : m_rows) {
        row.state = RowState::CustomerFailed;
        row.quantity.reset();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    m_customerError = error;
    Q_EMIT customerFailed(error);
}

// Stops the requests on their way without hearing of them.
void ItemBalancesModel::abortAll()
{
    for (Row &row : m_rows) {
        if (QPointer<api::ApiJob> job = std::exchange(row.job, nullptr)) {
            job->disconnect(this);
            job->abort();
        }
    }
}

void ItemBalancesModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ItemBalancesModel::rowOf(const QString &itemId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).itemId == itemId)
            return row;
    }
    return -1;
}

QString ItemBalancesModel::itemIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).itemId : QString();
}

QString ItemBalancesModel::itemNameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

ItemBalancesModel::RowState ItemBalancesModel::stateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : RowState::Waiting;
}

std::optional<qint64> ItemBalancesModel::quantityAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    const RowState state = m_rows.at(row).state;
    if (state == RowState::Failed || state == RowState::CustomerFailed)
        return std::nullopt;
    return m_rows.at(row).quantity;
}

const api::ApiError &ItemBalancesModel::errorAt(int row) const
{
    static const api::ApiError none;
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).error : none;
}

} // namespace hexclave::models
