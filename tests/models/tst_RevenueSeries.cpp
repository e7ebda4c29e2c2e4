// Revenue per currency and day from ledger transactions (charged amounts by effective UTC day,
// refunds as money given back, test mode apart), from the metrics' daily cents, in day and week
// buckets; and RevenueLoader reading the ledger page by page back to a day (then stopping,
// continuing for a longer range, cancelled, failing) and asking for metrics once.

#include "FakeNetworkAccessManager.h"
#include "Fixtures.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "dto/RevenueMetrics.h"
#include "dto/Transaction.h"
#include "payments/RevenueLoader.h"
#include "payments/RevenueSeries.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using models::RevenueLoader;
using models::RevenueSeries;

namespace {

qint64 millisAt(QDate day, int hour = 12)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

api::Transaction transaction(const QString &id, QDate day, const api::MoneyAmounts &charged, bool testMode = false,
                             const QString &type = u"purchase"_s, int hour = 12)
{
    api::Transaction t;
    t.id = id;
    t.createdAtMillis = millisAt(day, hour);
    t.effectiveAtMillis = t.createdAtMillis;
    t.type = type;
    t.testMode = testMode;
    api::TransactionEntry grant;
    grant.type = api::TransactionEntry::Type::ProductGrant;
    grant.chargedAmount = {{u"USD"_s, u"999"_s}}; // not money: must be ignored
    t.entries << grant;
    api::TransactionEntry money;
    money.type = api::TransactionEntry::Type::MoneyTransfer;
    money.chargedAmount = charged;
    t.entries << money;
    return t;
}

const QDate day1(2026, 3, 2); // a Monday
const QDate day2(2026, 3, 3);
const QDate day3(2026, 3, 9); // the next Monday

// A fake ledger of `count` transactions, one a day back from `newest`, each $10, served newest
// first in pages of the asked size with an index cursor.
class FakeLedger
{
public:
    FakeLedger(QDate newest, int count)
    {
        for (int i = 0; i < count; ++i) {
            const QDate day = newest.addDays(-i);
            m_rows.append(QJsonObject{
                {u"id"_s, u"t%1"_s.arg(i)},
                {u"created_at_millis"_s, double(millisAt(day))},
                {u"effective_at_millis"_s, double(millisAt(day))},
                {u"type"_s, u"purchase"_s},
                {u"entries"_s, QJsonArray{QJsonObject{
                                   {u"type"_s, u"money_transfer"_s},
                                   {u"adjusted_transaction_id"_s, QJsonValue::Null},
                                   {u"adjusted_entry_index"_s, QJsonValue::Null},
                                   {u"customer_type"_s, u"user"_s},
                                   {u"customer_id"_s, u"u1"_s},
                                   {u"charged_amount"_s, QJsonObject{{u"USD"_s, u"10"_s}}},
                                   {u"net_amount"_s, QJsonObject{{u"USD"_s, u"10"_s}}},
                               }}},
                {u"adjusted_by"_s, QJsonArray{}},
                {u"test_mode"_s, false},
            });
        }
        m_network.setHandler([this](const SeenRequest &request) {
            const QString path = request.url.path();
            if (path.endsWith(u"/internal/metrics"_s))
                return metricsAnswer;
            if (!path.endsWith(u"/internal/payments/transactions"_s))
                return FakeResponse::knownError(404, "NOT_FOUND", "no such route");
            if (failTransactions)
                return FakeResponse::knownError(500, "INTERNAL", "broken");
            const QUrlQuery query(request.url);
            const int limit = query.queryItemValue(u"limit"_s).toInt();
            const int start = query.queryItemValue(u"cursor"_s).toInt();
            QJsonArray page;
            for (int i = start; i < std::min<int>(start + limit, int(m_rows.size())); ++i)
                page.append(m_rows.at(i));
            const int next = start + limit;
            const QJsonObject body{{u"transactions"_s, page},
                                   {u"next_cursor"_s, next < m_rows.size() ? QJsonValue(QString::number(next)) : QJsonValue()}};
            FakeResponse answer = FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
            answer.delayMs = delayMs;
            return answer;
        });
        m_client = std::make_unique<api::ApiClient>(
            &m_network, QUrl(u"http://fake.invalid/api/v1"_s),
            std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, u"p1"_s, u"sak_test"_s));
        m_client->options().retryBaseDelayMs = 1;
        m_client->options().maxAttempts = 1;
    }

    api::ApiClient *client() const { return m_client.get(); }
    int transactionRequests() const
    {
        int count = 0;
        for (const SeenRequest &request : m_network.requests())
            count += request.url.path().endsWith(u"/transactions"_s) ? 1 : 0;
        return count;
    }

    FakeResponse metricsAnswer = FakeResponse::text(500, "Internal Server Error");
    bool failTransactions = false;
    int delayMs = 0;

private:
    QJsonArray m_rows;
    FakeNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
};

} // namespace

class TestRevenueSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chargedAmountsByDay()
    {
        RevenueSeries series;
        series.addTransactions({transaction(u"a"_s, day1, {{u"USD"_s, u"9.99"_s}}),
                                transaction(u"b"_s, day1, {{u"USD"_s, u"3225"_s}}),
                                transaction(u"c"_s, day2, {{u"USD"_s, u"0.5"_s}})});
        const QList<RevenueSeries::Point> points = series.points(u"USD"_s, day1, day2, RevenueSeries::Bucket::Day);
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0).start, day1);
        QCOMPARE(points.at(0).revenue, qint64(999 + 322500)); // the product grant's price is not money
        QCOMPARE(points.at(1).revenue, qint64(50));
        QCOMPARE(series.total(u"USD"_s, day1, day2).revenue, qint64(999 + 322500 + 50));
        QCOMPARE(series.transactionCount(), 3);
    }

    void effectiveDayIsUtc()
    {
        // 23:30 UTC on day1 belongs to day1 whatever the machine's zone.
        RevenueSeries series;
        series.addTransactions({transaction(u"late"_s, day1, {{u"USD"_s, u"1"_s}}, false, u"purchase"_s, 23)});
        QCOMPARE(series.total(u"USD"_s, day1, day1).revenue, qint64(100));
        QCOMPARE(series.total(u"USD"_s, day2, day2).revenue, qint64(0));
    }

    void refunds_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<qint64>("revenue");
        QTest::addColumn<qint64>("refunds");

        QTest::newRow("negative transfer") << u"refund"_s << u"-50.00"_s << qint64(0) << qint64(5000);
        QTest::newRow("negative, other type") << u"chargeback"_s << u"-5"_s << qint64(0) << qint64(500);
        QTest::newRow("refund type, positive amount") << u"refund"_s << u"12.5"_s << qint64(0) << qint64(1250);
        QTest::newRow("purchase") << u"purchase"_s << u"12.5"_s << qint64(1250) << qint64(0);
    }

    void refunds()
    {
        QFETCH(QString, type);
        QFETCH(QString, amount);
        QFETCH(qint64, revenue);
        QFETCH(qint64, refunds);
        RevenueSeries series;
        series.addTransactions({transaction(u"x"_s, day1, {{u"USD"_s, amount}}, false, type)});
        const RevenueSeries::Point total = series.total(u"USD"_s, day1, day1);
        QCOMPARE(total.revenue, revenue);
        QCOMPARE(total.refunds, refunds);
        QCOMPARE(total.net(), revenue - refunds);
    }

    void currencies()
    {
        RevenueSeries series;
        series.addTransactions({transaction(u"a"_s, day1, {{u"JPY"_s, u"1000"_s}, {u"EUR"_s, u"5"_s}}),
                                transaction(u"b"_s, day1, {{u"USD"_s, u"1"_s}}),
                                transaction(u"c"_s, day1, {{u"GBP"_s, u"2"_s}}, true)});
        QCOMPARE(series.currencies(), (QStringList{u"USD"_s, u"EUR"_s, u"JPY"_s})); // USD first; test mode left out
        QCOMPARE(series.total(u"JPY"_s, day1, day1).revenue, qint64(1000)); // yen have no decimals
        QCOMPARE(series.total(u"EUR"_s, day1, day1).revenue, qint64(500));
        series.setIncludeTestMode(true);
        QCOMPARE(series.currencies(), (QStringList{u"USD"_s, u"EUR"_s, u"GBP"_s, u"JPY"_s}));
    }

    void testModeApart()
    {
        RevenueSeries series;
        series.addTransactions({transaction(u"live"_s, day1, {{u"USD"_s, u"10"_s}}),
                                transaction(u"test"_s, day1, {{u"USD"_s, u"7"_s}}, true)});
        QVERIFY(!series.includesTestMode());
        QVERIFY(series.hasTestModeMoney());
        QCOMPARE(series.total(u"USD"_s, day1, day1).revenue, qint64(1000));
        series.setIncludeTestMode(true);
        QCOMPARE(series.total(u"USD"_s, day1, day1).revenue, qint64(1700));
        series.setIncludeTestMode(false);
        QCOMPARE(series.total(u"USD"_s, day1, day1).revenue, qint64(1000));

        RevenueSeries liveOnly;
        liveOnly.addTransactions({transaction(u"live"_s, day1, {{u"USD"_s, u"10"_s}})});
        QVERIFY(!liveOnly.hasTestModeMoney());
    }

    void unreadableAndRepeatedLeftOut()
    {
        RevenueSeries series;
        const api::Transaction once = transaction(u"a"_s, day1, {{u"USD"_s, u"10"_s}});
        series.addTransactions({once, transaction(u"b"_s, day1, {{u"USD"_s, u"1.999"_s}, {u"EUR"_s, u"ten"_s}})});
        series.addTransactions({once}); // a page read twice counts once
        QCOMPARE(series.total(u"USD"_s, day1, day1).revenue, qint64(1000));
        QCOMPARE(series.currencies(), QStringList{u"USD"_s});
        QCOMPARE(series.transactionCount(), 2);
    }

    void dayBucketsZeroFilled()
    {
        RevenueSeries series;
        series.addTransactions({transaction(u"a"_s, day1, {{u"USD"_s, u"1"_s}}), transaction(u"b"_s, day3, {{u"USD"_s, u"2"_s}})});
        const auto points = series.points(u"USD"_s, day1, day3, RevenueSeries::Bucket::Day);
        QCOMPARE(points.size(), 8);
        QCOMPARE(points.first().revenue, qint64(100));
        QCOMPARE(points.last().start, day3);
        QCOMPARE(points.last().revenue, qint64(200));
        for (int i = 1; i < 7; ++i)
            QVERIFY(points.at(i).isEmpty());
        QVERIFY(series.points(u"USD"_s, day3, day1, RevenueSeries::Bucket::Day).isEmpty());
        QVERIFY(series.points(u"EUR"_s, day1, day1, RevenueSeries::Bucket::Day).at(0).isEmpty());
    }

    void weekBuckets()
    {
        RevenueSeries series;
        series.addTransactions({transaction(u"mon"_s, day1, {{u"USD"_s, u"1"_s}}),
                                transaction(u"tue"_s, day2, {{u"USD"_s, u"2"_s}}),
                                transaction(u"refund"_s, day2, {{u"USD"_s, u"-0.5"_s}}, false, u"refund"_s),
                                transaction(u"next"_s, day3, {{u"USD"_s, u"4"_s}})});
        // From Tuesday: the first week starts on its Monday but counts only the days in range.
        const auto points = series.points(u"USD"_s, day2, day3, RevenueSeries::Bucket::Week);
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0).start, day1);
        QCOMPARE(points.at(0).revenue, qint64(200));
        QCOMPARE(points.at(0).refunds, qint64(50));
        QCOMPARE(points.at(1).start, day3);
        QCOMPARE(points.at(1).revenue, qint64(400));
        QCOMPARE(RevenueSeries::bucketStart(QDate(2026, 3, 8), RevenueSeries::Bucket::Week), day1); // Sunday
        QCOMPARE(RevenueSeries::bucketFor(30), RevenueSeries::Bucket::Day);
        QCOMPARE(RevenueSeries::bucketFor(90), RevenueSeries::Bucket::Day);
        QCOMPARE(RevenueSeries::bucketFor(365), RevenueSeries::Bucket::Week);
    }

    void fromMetrics()
    {
        api::RevenueMetrics metrics;
        metrics.dailyRevenue = {{day1, 1234, 0}, {day2, 0, 300}};
        RevenueSeries series;
        series.addMetrics(metrics);
        QCOMPARE(series.currencies(), QStringList{u"USD"_s});
        const auto points = series.points(u"USD"_s, day1, day2, RevenueSeries::Bucket::Day);
        QCOMPARE(points.at(0).revenue, qint64(1234));
        QCOMPARE(points.at(1).refunds, qint64(300));
    }

    void fromRecordedServer()
    {
        const Fixture fixture = Fixture::load(u"39-transactions"_s);
        QVERIFY2(!fixture.name.isEmpty(), "fixture 39-transactions not readable");
        const auto page = api::parseJson<api::TransactionsPage>(fixture.body);
        QVERIFY(!page.transactions.isEmpty());
        RevenueSeries series;
        series.addTransactions(page.transactions);
        // Every row is a whole-dollar renewal of "3225" (major units, not cents).
        qint64 expected = 0;
        for (const api::Transaction &t : page.transactions) {
            if (const api::TransactionEntry *money = t.moneyEntry(); money && !t.testMode)
                expected += money->chargedAmount.value(u"USD"_s).toLongLong() * 100;
        }
        QVERIFY(expected > 0);
        const QDate first = RevenueSeries::dayOf(page.transactions.constLast().effectiveAtMillis);
        const QDate last = RevenueSeries::dayOf(page.transactions.constFirst().effectiveAtMillis);
        QCOMPARE(series.total(u"USD"_s, first, last).revenue, expected);
    }

    void loaderStopsAtTheHorizon()
    {
        const QDate today(2026, 6, 30);
        FakeLedger ledger(today, 1000); // 1000 days, one transaction each
        RevenueLoader loader(ledger.client(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy finished(&loader, &RevenueLoader::ledgerFinished);
        QSignalSpy progress(&loader, &RevenueLoader::ledgerProgress);
        loader.readLedgerSince(today.addDays(-29));
        QVERIFY(loader.isReadingLedger());
        QVERIFY(finished.wait());
        QCOMPARE(ledger.transactionRequests(), 1); // 200 rows reach back far enough
        QCOMPARE(progress.size(), 1);
        QVERIFY(loader.ledgerCovers(today.addDays(-29)));
        QVERIFY(!loader.ledgerComplete());
        QCOMPARE(loader.ledgerSeries().total(u"USD"_s, today.addDays(-29), today).revenue, qint64(30 * 1000));

        // A year: continues from the cursor, never reading a page twice.
        loader.readLedgerSince(today.addDays(-364));
        QVERIFY(finished.wait());
        QCOMPARE(ledger.transactionRequests(), 2);
        QCOMPARE(loader.ledgerSeries().transactionCount(), 400);
        QCOMPARE(loader.ledgerSeries().total(u"USD"_s, today.addDays(-364), today).revenue, qint64(365 * 1000));

        // Already covered: nothing is sent, nothing is emitted.
        loader.readLedgerSince(today.addDays(-100));
        QVERIFY(!loader.isReadingLedger());
        QCOMPARE(ledger.transactionRequests(), 2);
    }

    void loaderReadsToTheEnd()
    {
        const QDate today(2026, 6, 30);
        FakeLedger ledger(today, 250);
        RevenueLoader loader(ledger.client(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy finished(&loader, &RevenueLoader::ledgerFinished);
        loader.readLedgerSince(today.addDays(-364));
        QVERIFY(finished.wait());
        QCOMPARE(ledger.transactionRequests(), 2);
        QVERIFY(loader.ledgerComplete());
        QCOMPARE(loader.ledgerSeries().transactionCount(), 250);
    }

    void loaderCancelled()
    {
        const QDate today(2026, 6, 30);
        FakeLedger ledger(today, 1000);
        ledger.delayMs = 200;
        RevenueLoader loader(ledger.client(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy finished(&loader, &RevenueLoader::ledgerFinished);
        int failures = 0;
        connect(&loader, &RevenueLoader::ledgerFailed, this, [&failures] { ++failures; });
        QSignalSpy progress(&loader, &RevenueLoader::ledgerProgress);
        loader.readLedgerSince(today.addDays(-364));
        QVERIFY(progress.wait()); // the first page
        loader.cancelLedger();
        QVERIFY(!loader.isReadingLedger());
        QTest::qWait(400);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failures, 0);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(loader.ledgerSeries().transactionCount(), 200); // what was read stays
        QVERIFY(!loader.ledgerCovers(today.addDays(-364)));
    }

    void loaderFails()
    {
        FakeLedger ledger(QDate(2026, 6, 30), 10);
        ledger.failTransactions = true;
        RevenueLoader loader(ledger.client(), api::ProjectScope::project(u"p1"_s));
        api::ApiError error;
        bool failed = false;
        connect(&loader, &RevenueLoader::ledgerFailed, this, [&](const api::ApiError &e) {
            error = e;
            failed = true;
        });
        loader.readLedgerSince(QDate(2026, 6, 1));
        QTRY_VERIFY(failed);
        QCOMPARE(error.httpStatus, 500);
        QVERIFY(!loader.isReadingLedger());
    }

    void metricsOnceOrUnavailable()
    {
        FakeLedger without(QDate(2026, 6, 30), 1);
        RevenueLoader loader(without.client(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy done(&loader, &RevenueLoader::metricsFinished);
        loader.loadMetrics();
        QCOMPARE(loader.metricsState(), RevenueLoader::MetricsState::Asking);
        QVERIFY(done.wait());
        QCOMPARE(loader.metricsState(), RevenueLoader::MetricsState::Unavailable);
        QVERIFY(!loader.metricsSince().isValid());

        FakeLedger with(QDate(2026, 6, 30), 1);
        with.metricsAnswer = FakeResponse::json(200, R"({
            "payments_overview": {"revenue_cents": 150000, "mrr_cents": 4200, "active_subscription_count": 3},
            "analytics_overview": {"daily_revenue": [
                {"date": "2026-06-29", "new_cents": 1000, "refund_cents": 0},
                {"date": "2026-06-30", "new_cents": 3200, "refund_cents": 0}]}})");
        RevenueLoader withMetrics(with.client(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy withDone(&withMetrics, &RevenueLoader::metricsFinished);
        withMetrics.loadMetrics();
        QVERIFY(withDone.wait());
        QCOMPARE(withMetrics.metricsState(), RevenueLoader::MetricsState::Available);
        QCOMPARE(withMetrics.metrics()->mrrCents, std::optional<qint64>(4200));
        QCOMPARE(withMetrics.metricsSince(), QDate(2026, 6, 29));
        QCOMPARE(withMetrics.metricsSeries().total(u"USD"_s, QDate(2026, 6, 29), QDate(2026, 6, 30)).revenue, qint64(4200));
        withMetrics.loadMetrics(); // once is enough
        QCOMPARE(withMetrics.metricsState(), RevenueLoader::MetricsState::Available);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestRevenueSeries)
#include "tst_RevenueSeries.moc"
