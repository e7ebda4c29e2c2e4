#include "RevenueSeries.h"

#include "MoneyText.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace hexclave::models {

namespace {

const QString usd = QStringLiteral("USD");

// Refund rows carry a negative transfer; some server versions may write the amount given back as
// a positive number on a transaction of a refund type, which is still money going out.
bool isRefundType(const QString &type)
{
    return type.contains(QStringLiteral("refund"));
}

} // namespace

QDate RevenueSeries::dayOf(qint64 millisSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(millisSinceEpoch, QTimeZone::utc()).date();
}

QDate RevenueSeries::bucketStart(QDate day, Bucket bucket)
{
    if (bucket == Bucket::Day || !day.isValid())
        return day;
    return day.addDays(1 - day.dayOfWeek()); // Monday
}

void RevenueSeries::add(QHash<QString, Days> &into, const QString &currency, QDate day, qint64 minorUnits, bool refund)
{
    if (minorUnits == 0 || !day.isValid())
        return;
    Amounts &amounts = into[currency][day];
    if (refund || minorUnits < 0)
        amounts.refunds += minorUnits < 0 ? -minorUnits : minorUnits;
    else
        amounts.revenue += minorUnits;
}

void RevenueSeries::addTransactions(const QList<api::Transaction> &transactions)
{
    for (const api::Transaction &transaction : transactions) {
        if (!transaction.id.isEmpty()) {
            if (m_seen.contains(transaction.id))
                continue;
            m_seen.insert(transaction.id);
        }
        const qint64 when = transaction.effectiveAtMillis > 0 ? transaction.effectiveAtMillis : transaction.createdAtMillis;
        const QDate day = dayOf(when);
        const bool refund = isRefundType(transaction.type);
        QHash<QString, Days> &into = transaction.testMode ? m_testMode : m_live;
        for (const api::TransactionEntry &entry : transaction.entries) {
            if (entry.type != api::TransactionEntry::Type::MoneyTransfer)
                continue;
            for (auto it = entry.chargedAmount.cbegin(); it != entry.chargedAmount.cend(); ++it) {
                const QString currency = it.key().toUpper();
                // An amount this client cannot read exactly is left out rather than guessed.
                if (const std::optional<qint64> minor = minorUnitsOf(it.value(), currencyDecimals(currency)))
                    add(into, currency, day, *minor, refund);
            }
        }
    }
}

void RevenueSeries::addMetrics(const api::RevenueMetrics &metrics)
{
    for (const api::DailyRevenue &day : metrics.dailyRevenue) {
        add(m_live, usd, day.date, day.newCents, false);
        add(m_live, usd, day.date, day.refundCents, true);
    }
}

void RevenueSeries::clear()
{
    m_live.clear();
    m_testMode.clear();
    m_seen.clear();
}

QStringList RevenueSeries::currencies() const
{
    QStringList codes = m_live.keys();
    if (m_includeTestMode) {
        for (auto it = m_testMode.cbegin(); it != m_testMode.cend(); ++it) {
            if (!codes.contains(it.key()))
                codes << it.key();
        }
    }
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        if ((a == usd) != (b == usd))
            return a == usd;
        return a < b;
    });
    return codes;
}

RevenueSeries::Amounts RevenueSeries::sum(const QString &currency, QDate first, QDate last) const
{
    Amounts total;
    const auto addFrom = [&](const QHash<QString, Days> &source) {
        const auto days = source.constFind(currency);
        if (days == source.cend())
            return;
        for (auto it = days->lowerBound(first); it != days->cend() && it.key() <= last; ++it) {
            total.revenue += it->revenue;
            total.refunds += it->refunds;
        }
    };
    addFrom(m_live);
    if (m_includeTestMode)
        addFrom(m_testMode);
    return total;
}

QList<RevenueSeries::Point> RevenueSeries::points(const QString &currency, QDate first, QDate last, Bucket bucket) const
{
    QList<Point> result;
    if (!first.isValid() || !last.isValid() || last < first)
        return result;
    for (QDate start = bucketStart(first, bucket); start <= last;
         start = bucket == Bucket::Day ? start.addDays(1) : start.addDays(7)) {
        const QDate end = bucket == Bucket::Day ? start : start.addDays(6);
        const Amounts amounts = sum(currency, std::max(start, first), std::min(end, last));
        result.append({start, amounts.revenue, amounts.refunds});
    }
    return result;
}

RevenueSeries::Point RevenueSeries::total(const QString &currency, QDate first, QDate last) const
{
    const Amounts amounts = sum(currency, first, last);
    return {first, amounts.revenue, amounts.refunds};
}

} // namespace hexclave::models
