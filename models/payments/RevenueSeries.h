#pragma once

#include "dto/RevenueMetrics.h"
#include "dto/Transaction.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace hexclave::models {

// Money per currency and UTC day, in each currency's minor units (cents; yen for JPY), built from
// ledger transactions or from the server's metrics. Charged amounts of money transfers count as
// revenue on the transaction's effective day; negative transfers (refunds, chargebacks) and
// transfers of refund transactions count as refunds. Test-mode transactions are kept apart and
// left out unless asked for: no money moved for them.
class RevenueSeries
{
public:
    enum class Bucket { Day, Week }; // weeks start on Monday

    struct Point
    {
        QDate start; // the day, or the Monday of the week
        qint64 revenue = 0;
        qint64 refunds = 0; // given back: a positive number
        qint64 net() const { return revenue - refunds; }
        bool isEmpty() const { return revenue == 0 && refunds == 0; }
    };

    // Adds the money transfers of `transactions`; a transaction already added (by id) is skipped.
    void addTransactions(const QList<api::Transaction> &transactions);
    // Adds the metrics' daily revenue (US cents).
    void addMetrics(const api::RevenueMetrics &metrics);
    void clear();

    void setIncludeTestMode(bool include) { m_includeTestMode = include; }
    bool includesTestMode() const { return m_includeTestMode; }
    // Some test-mode transaction moved (pretend) money: worth telling when they are left out.
    bool hasTestModeMoney() const { return !m_testMode.isEmpty(); }
    int transactionCount() const { return int(m_seen.size()); }

    // The currencies with money in them (test mode counted only when included): USD first, then
    // alphabetically.
    QStringList currencies() const;
    // Every day or week from `first` to `last` (inclusive), zero where nothing happened; a week
    // sums only its days inside the range.
    QList<Point> points(const QString &currency, QDate first, QDate last, Bucket bucket) const;
    Point total(const QString &currency, QDate first, QDate last) const;

    static QDate bucketStart(QDate day, Bucket bucket);
    // Days for short ranges, weeks beyond about four months (a bar per day would be a hair).
    static Bucket bucketFor(int days) { return days > 120 ? Bucket::Week : Bucket::Day; }
    // The UTC day of a moment.
    static QDate dayOf(qint64 millisSinceEpoch);

private:
    struct Amounts
    {
        qint64 revenue = 0;
        qint64 refunds = 0;
    };
    using Days = QMap<QDate, Amounts>;

    void add(QHash<QString, Days> &into, const QString &currency, QDate day, qint64 minorUnits, bool refund);
    Amounts sum(const QString &currency, QDate first, QDate last) const;

    QHash<QString, Days> m_live;     // currency → day → amounts
    QHash<QString, Days> m_testMode; // the same, for test-mode transactions
    QSet<QString> m_seen;
    bool m_includeTestMode = false;
};

} // namespace hexclave::models
