#include "TransactionsModel.h"

#include "MoneyText.h"

#include "core/ApiClient.h"
#include "endpoints/PaymentsEndpoints.h"

#include <QDateTime>
#include <QHash>
#include <QMap>

namespace hexclave::models {

TransactionsModel::TransactionsModel(api::ApiClient *client, api::ProjectScope scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_scope(std::move(scope))
{
}

TransactionsModel::~TransactionsModel()
{
    if (auto job = std::exchange(m_job, nullptr))
        job->abort();
}

int TransactionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TransactionsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_state == FetchState::CanFetchMore;
}

void TransactionsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (!m_client) {
        m_lastError = api::ApiError::cancelled();
        m_lastError.message = tr("The connection of this list was closed.");
        setState(FetchState::Failed);
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    api::payments::TransactionsQuery query;
    query.cursor = m_started ? m_nextCursor : QString();
    query.limit = m_started ? m_nextPageSize : m_firstPageSize;
    query.type = m_filter.type;
    query.customerType = m_filter.customerType;
    m_started = true;
    auto *job = m_client->send(api::payments::transactions(m_scope, query));
    m_job = job;
    setState(FetchState::Loading);
    connect(job, &api::ApiJob::finished, this, [this, job] {
        if (job != m_job)
            return; // asked for before a reload or another filter: not this list any more
        m_job.clear();
        if (!job->succeeded()) {
            m_lastError = job->error();
            setState(FetchState::Failed);
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        appendPage(job->takeValue());
    });
}

void TransactionsModel::appendPage(api::TransactionsPage page)
{
    const bool first = !m_firstPageSeen;
    m_firstPageSeen = true;
    QList<api::Transaction> &fresh = page.transactions;
    const qsizetype received = fresh.size();
    const qsizetype room = m_maxRows - m_rows.size();
    const bool cut = received > room;
    if (cut)
        fresh.resize(room);
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(std::move(fresh));
        endInsertRows();
    }
    m_lastError = {};
    m_nextCursor = page.nextCursor.value_or(QString());
    // An empty page that still names a next cursor ends the list too: asking again could loop.
    const bool serverHasMore = cut || (received > 0 && !m_nextCursor.isEmpty());
    if (!serverHasMore)
        setState(FetchState::Finished);
    else if (m_rows.size() >= m_maxRows)
        setState(FetchState::LimitReached);
    else
        setState(FetchState::CanFetchMore);
    if (first)
        Q_EMIT firstPageLoaded();
}

void TransactionsModel::setFilter(const TransactionsFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_state != FetchState::NotLoaded)
        reload();
}

void TransactionsModel::reload()
{
    if (auto job = std::exchange(m_job, nullptr))
        job->abort();
    beginResetModel();
    m_rows.clear();
    m_nextCursor.clear();
    m_started = false;
    m_firstPageSeen = false;
    m_lastError = {};
    m_state = FetchState::CanFetchMore;
    endResetModel();
    Q_EMIT fetchStateChanged(m_state);
    fetchMore({});
}

void TransactionsModel::retry()
{
    if (m_state != FetchState::Failed)
        return;
    setState(FetchState::CanFetchMore);
    fetchMore({});
}

void TransactionsModel::setState(FetchState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT fetchStateChanged(state);
}

const api::Transaction *TransactionsModel::transactionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TransactionsModel::rowOf(const QString &transactionId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == transactionId)
            return int(row);
    }
    return -1;
}

void TransactionsModel::setPageSizes(int firstPage, int nextPages)
{
    m_firstPageSize = std::clamp(firstPage, 1, 200);
    m_nextPageSize = std::clamp(nextPages, 1, 200);
}

void TransactionsModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

QVariant TransactionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == AmountColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == DateColumn)
        return tr("In this computer's time zone (%1)").arg(QDateTime::currentDateTime().timeZoneAbbreviation());
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case TypeColumn: return tr("Type");
    case CustomerColumn: return tr("Customer");
    case ProductColumn: return tr("Product");
    case AmountColumn: return tr("Amount");
    case TestModeColumn: return tr("Mode");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

QVariant TransactionsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const api::Transaction &transaction = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(transaction, index.column());
    case Qt::ToolTipRole:
        return toolTipData(transaction, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        return rawData(transaction, index.column());
    case TransactionRole:
        return QVariant::fromValue(transaction);
    case IdRole:
        return transaction.id;
    case IsTestModeRole:
        return transaction.testMode;
    case IsRefundedRole:
        return transaction.isRefunded();
    case AmountsRole: {
        QVariantMap amounts;
        const api::MoneyAmounts charged = chargedAmounts(transaction);
        for (auto it = charged.cbegin(); it != charged.cend(); ++it)
            amounts.insert(it.key(), it.value());
        return amounts;
    }
    default:
        return {};
    }
}

QVariant TransactionsModel::displayData(const api::Transaction &transaction, int column) const
{
    switch (column) {
    case DateColumn:
        return m_locale.toString(QDateTime::fromMSecsSinceEpoch(transaction.effectiveAtMillis).toLocalTime(),
                                 QLocale::ShortFormat);
    case TypeColumn: return typeText(transaction.type);
    case CustomerColumn: return customerText(transaction);
    case ProductColumn: return productText(transaction);
    case AmountColumn: return amountText(chargedAmounts(transaction), m_locale);
    case TestModeColumn: return transaction.testMode ? tr("Test mode") : QString();
    case StatusColumn: return transaction.isRefunded() ? tr("Refunded") : QString();
    default: return {};
    }
}

QVariant TransactionsModel::rawData(const api::Transaction &transaction, int column) const
{
    switch (column) {
    case DateColumn: return transaction.effectiveAtMillis;
    case TypeColumn: return transaction.type;
    case CustomerColumn: {
        const api::TransactionEntry *customer = transaction.customerEntry();
        return customer ? customer->customerId : QString();
    }
    case ProductColumn: return productText(transaction);
    case AmountColumn: {
        // Minor units of the USD amount (else of the first currency). The view does not sort (the
        // server's order); these values of different currencies must not be compared.
        const api::MoneyAmounts amounts = chargedAmounts(transaction);
        if (amounts.isEmpty())
            return {};
        const QString currency = amounts.contains(QStringLiteral("USD")) ? QStringLiteral("USD") : amounts.firstKey();
        const auto minor = minorUnitsOf(amounts.value(currency), currencyDecimals(currency));
        return minor ? QVariant(*minor) : QVariant();
    }
    case TestModeColumn: return transaction.testMode;
    case StatusColumn: return transaction.isRefunded();
    default: return {};
    }
}

QVariant TransactionsModel::toolTipData(const api::Transaction &transaction, int column) const
{
    switch (column) {
    case DateColumn:
        if (transaction.createdAtMillis != transaction.effectiveAtMillis)
            return tr("Effective %1\nCreated %2")
                .arg(dateTimeText(transaction.effectiveAtMillis, m_locale), dateTimeText(transaction.createdAtMillis, m_locale));
        return dateTimeText(transaction.effectiveAtMillis, m_locale);
    case TypeColumn: return transaction.type;
    case CustomerColumn: return customerText(transaction);
    case TestModeColumn:
        return transaction.testMode ? tr("Made in test mode: no real money moved") : QString();
    case StatusColumn:
        if (!transaction.isRefunded())
            return {};
        {
            QStringList ids;
            for (const api::TransactionAdjustment &adjustment : transaction.adjustedBy)
                ids << adjustment.transactionId;
            return tr("Adjusted by %1").arg(ids.join(QStringLiteral(", ")));
        }
    default: return {};
    }
}

QString TransactionsModel::typeText(const QString &typeId)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("purchase"), QT_TR_NOOP("Purchase")},
        {QStringLiteral("subscription-cancellation"), QT_TR_NOOP("Subscription cancellation")},
        {QStringLiteral("subscription-renewal"), QT_TR_NOOP("Subscription renewal")},
        {QStringLiteral("manual-item-quantity-change"), QT_TR_NOOP("Item quantity change")},
        {QStringLiteral("chargeback"), QT_TR_NOOP("Chargeback")},
        {QStringLiteral("product-change"), QT_TR_NOOP("Product change")},
        {QStringLiteral("refund"), QT_TR_NOOP("Refund")},
    };
    if (typeId.isEmpty())
        return tr("Other");
    const char *name = names.value(typeId);
    return name ? tr(name) : typeId;
}

QString TransactionsModel::entryTypeText(const api::TransactionEntry &entry)
{
    using Type = api::TransactionEntry::Type;
    switch (entry.type) {
    case Type::MoneyTransfer: return tr("Money transfer");
    case Type::ItemQuantityChange: return tr("Item quantity change");
    case Type::ProductGrant: return tr("Product grant");
    case Type::ProductRevocation: return tr("Product revocation");
    case Type::ProductRevocationReversal: return tr("Product revocation reversal");
    case Type::Other: break;
    }
    return entry.typeId;
}

QString TransactionsModel::customerTypeText(const QString &customerTypeId)
{
    if (customerTypeId == u"user")
        return tr("User");
    if (customerTypeId == u"team")
        return tr("Team");
    if (customerTypeId == u"custom")
        return tr("Custom");
    return customerTypeId;
}

QString TransactionsModel::customerText(const api::Transaction &transaction)
{
    const api::TransactionEntry *entry = transaction.customerEntry();
    if (!entry)
        return {};
    return customerTypeText(entry->customerType) + u' ' + entry->customerId;
}

QString TransactionsModel::productText(const api::Transaction &transaction)
{
    if (const api::TransactionEntry *grant = transaction.productGrant()) {
        if (!grant->productDisplayName.isEmpty())
            return grant->productDisplayName;
        return grant->productId.isEmpty() ? tr("Inline product") : grant->productId;
    }
    for (const api::TransactionEntry &entry : transaction.entries) {
        if (entry.type == api::TransactionEntry::Type::ItemQuantityChange && !entry.itemId.isEmpty())
            return entry.itemId;
    }
    return {};
}

QString TransactionsModel::dateTimeText(qint64 millis, const QLocale &locale)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(millis).toLocalTime();
    return tr("%1 %2 %3", "date, time, time zone")
        .arg(locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), QLocale::ShortFormat),
             local.timeZoneAbbreviation());
}

api::MoneyAmounts TransactionsModel::chargedAmounts(const api::Transaction &transaction)
{
    struct Total
    {
        QString firstText;          // the amount as sent, when there is only one
        std::optional<qint64> minor; // the sum; nullopt once an amount could not be read
        int count = 0;
    };
    QMap<QString, Total> totals;
    for (const api::TransactionEntry &entry : transaction.entries) {
        if (entry.type != api::TransactionEntry::Type::MoneyTransfer)
            continue;
        for (auto it = entry.chargedAmount.cbegin(); it != entry.chargedAmount.cend(); ++it) {
            const auto units = minorUnitsOf(it.value(), currencyDecimals(it.key()));
            Total &total = totals[it.key()];
            if (total.count++ == 0) {
                total.firstText = it.value();
                total.minor = units;
            } else if (total.minor && units) {
                *total.minor += *units;
            } else {
                total.minor.reset();
            }
        }
    }
    api::MoneyAmounts sums;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const Total &total = it.value();
        // One amount stays exactly as sent; a sum that cannot be made shows the first amount.
        sums.insert(it.key(), total.count == 1 || !total.minor ? total.firstText
                                                               : decimalOfMinorUnits(*total.minor, currencyDecimals(it.key())));
    }
    return sums;
}

QString TransactionsModel::amountText(const api::MoneyAmounts &amounts, const QLocale &locale)
{
    QStringList parts;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        parts << formatMoney(it.key(), it.value(), locale);
    return parts.join(QStringLiteral(" + "));
}

QString TransactionsModel::refundBlocker(const api::Transaction &transaction)
{
    if (transaction.type != u"purchase")
        return tr("Only purchases can be refunded; this is a %1.").arg(typeText(transaction.type).toLower());
    if (transaction.testMode)
        return tr("Test mode purchases are not refundable: no money was charged.");
    if (transaction.isRefunded())
        return tr("This purchase was already refunded.");
    const api::TransactionEntry *grant = transaction.productGrant();
    if (!grant || grant->priceId.isEmpty())
        return tr("This purchase has no price (the product was granted without payment): there is nothing to refund.");
    if (!api::refundTargetOf(transaction))
        return tr("This purchase names no subscription or one-time purchase to refund.");
    return {};
}

} // namespace hexclave::models
