#pragma once

#include "core/ApiError.h"
#include "core/ApiRequest.h"
#include "dto/Transaction.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QPointer>

#include <optional>

namespace hexclave::api {
class ApiClient;
class ApiJob;
}

namespace hexclave::models {

// What the ledger lists: one transaction type and one customer type, or all (filtered by the server).
struct TransactionsFilter
{
    QString type; // one of api::transactionTypeIds(); empty: every type
    std::optional<api::CustomerType> customerType;

    bool operator==(const TransactionsFilter &) const = default;
};

// The project's payments ledger (GET /internal/payments/transactions), newest first, paged
// through the server's cursor as the view scrolls.
//
// Why not PagedTableModel: it evicts pages and fetches them again starting at their first row's
// id, but this cursor is an opaque token ({createdAtMillis, txnId} in base64url, earlier other
// formats) and no row id can be turned back into one. So every loaded row stays in memory, up to
// maxRows() (50,000 by default, a few tens of MB); past that the model stops with LimitReached
// and says that more rows exist but were not loaded — narrowing the filters or exporting
// everything (which streams pages to a file, see TransactionsCsv) is the way past it.
class TransactionsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionsModel)

public:
    // The amount last: right-aligned, it has nothing to its right to run into.
    enum Column { DateColumn, TypeColumn, CustomerColumn, ProductColumn, TestModeColumn, StatusColumn, AmountColumn,
                  ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1, // unformatted: ms, type id, customer id, minor units, bools. Not a
                                         // sort key for amounts (currencies differ); the ledger is not sorted
        TransactionRole,                 // the whole api::Transaction
        IdRole,                          // the transaction id
        IsTestModeRole,                  // bool: a test-mode transaction (no real money)
        IsRefundedRole,                  // bool: adjusted_by is not empty
        AmountsRole,                     // QVariantMap currency → decimal string, summed over money transfers
    };

    enum class FetchState {
        NotLoaded,    // nothing asked for yet: reload() starts
        CanFetchMore, // more pages, fetched when the view scrolls down
        Loading,
        Finished,     // every transaction matching the filter is loaded
        Failed,       // lastError() says why; retry() asks again
        LimitReached, // maxRows() are loaded and the server has more
    };
    Q_ENUM(FetchState)

    TransactionsModel(api::ApiClient *client, api::ProjectScope scope, QObject *parent = nullptr);
    ~TransactionsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const TransactionsFilter &filter() const { return m_filter; }
    // A different filter starts again from the first page; answers to the old one are dropped.
    void setFilter(const TransactionsFilter &filter);
    // Starts again from the first page (the rows are dropped at once).
    void reload();
    // After a failed page: asks for it again.
    void retry();

    FetchState fetchState() const { return m_state; }
    bool isLoading() const { return m_state == FetchState::Loading; }
    const api::ApiError &lastError() const { return m_lastError; }

    const QList<api::Transaction> &transactions() const { return m_rows; }
    const api::Transaction *transactionAt(int row) const;
    int rowOf(const QString &transactionId) const; // -1 when not loaded

    void setPageSizes(int firstPage, int nextPages);
    void setMaxRows(int rows) { m_maxRows = std::max(1, rows); }
    int maxRows() const { return m_maxRows; }
    // The locale amounts and dates are written in (the default locale unless set).
    void setLocale(const QLocale &locale);

    // Texts for people, shared with the detail pane and the export.
    // A moment in this computer's time zone, named: "Tuesday, November 24, 2026 10:26 PM CET". The
    // table's rows show the same local time, shorter.
    static QString dateTimeText(qint64 millis, const QLocale &locale);
    static QString typeText(const QString &typeId);                // "subscription-renewal" → "Subscription renewal"
    static QString entryTypeText(const api::TransactionEntry &entry); // "Money transfer", …
    static QString customerTypeText(const QString &customerTypeId);   // "user" → "User"
    static QString customerText(const api::Transaction &transaction); // "Team 504a…"; empty when none
    static QString productText(const api::Transaction &transaction);  // product name, or the item id
    // Charged amounts of the transaction's money transfers, summed per currency (decimal strings).
    static api::MoneyAmounts chargedAmounts(const api::Transaction &transaction);
    // "$3,225.00", or "€10.00 + $12.00" for several currencies; empty when no money moved.
    static QString amountText(const api::MoneyAmounts &amounts, const QLocale &locale);
    // Why the transaction cannot be refunded from here, for the Refund button's tooltip; empty
    // when it can (a purchase of a subscription or one-time purchase with a price, not in test
    // mode, not refunded yet).
    static QString refundBlocker(const api::Transaction &transaction);

Q_SIGNALS:
    void fetchStateChanged(hexclave::models::TransactionsModel::FetchState state);
    void loadFailed(const hexclave::api::ApiError &error);
    void firstPageLoaded();

private:
    void setState(FetchState state);
    void appendPage(api::TransactionsPage page);
    QVariant displayData(const api::Transaction &transaction, int column) const;
    QVariant rawData(const api::Transaction &transaction, int column) const;
    QVariant toolTipData(const api::Transaction &transaction, int column) const;

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    TransactionsFilter m_filter;
    QList<api::Transaction> m_rows;
    QString m_nextCursor;
    bool m_started = false;       // the first page was asked for since the last reload
    bool m_firstPageSeen = false; // and has come
    FetchState m_state = FetchState::NotLoaded;
    api::ApiError m_lastError;
    QPointer<api::ApiJob> m_job;
    QLocale m_locale;
    int m_firstPageSize = 100;
    int m_nextPageSize = 200; // the server's maximum
    int m_maxRows = 50'000;
};

} // namespace hexclave::models
