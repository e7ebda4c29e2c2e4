// TransactionsModel over a scripted ledger: the recorded real answer (fixture 39) parsed and shown
// ("$3,225.00"), its opaque cursor sent back as is; paging that walks the cursor to the end;
// filters sent to the server, and answers for an older filter dropped; every column and role;
// why a transaction cannot be refunded; the row limit; a failed page retried. Every model is
// watched by QAbstractItemModelTester.

#include "FakeLedgerServer.h"
#include "Fixtures.h"
#include "ModelTestHelpers.h"

#include "payments/TransactionsModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::TransactionsModel;
using State = TransactionsModel::FetchState;

constexpr int kTimeoutMs = 5000;

QString cell(const TransactionsModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

// `count` renewals of $10, newest first, ids "t0000", "t0001", …
QJsonArray renewals(int count)
{
    QJsonArray rows;
    for (int i = 0; i < count; ++i)
        rows.append(FakeLedgerServer::renewal(u"t%1"_s.arg(i, 4, 10, QLatin1Char('0')), 1'795'000'000'000 - i * 60'000,
                                              u"team"_s, u"team-1"_s, u"10"_s));
    return rows;
}

} // namespace

class TestTransactionsModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Fixture()
            : client(server.makeClient())
            , model(client.get(), server.scope())
            , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
        }

        FakeLedgerServer server;
        std::unique_ptr<api::ApiClient> client;
        TransactionsModel model;
        QAbstractItemModelTester tester;
    };

    static bool settle(const TransactionsModel &model)
    {
        return QTest::qWaitFor([&model] { return !model.isLoading(); }, kTimeoutMs);
    }

    static bool loadAll(TransactionsModel &model)
    {
        for (int guard = 0; guard < 1000; ++guard) {
            if (!settle(model))
                return false;
            if (!model.canFetchMore({}))
                return true;
            model.fetchMore({});
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void datesInLocalTimeWithTheZone()
    {
        // Rows, tooltips and the detail pane all use this computer's time zone; the long form names it.
        const QByteArray oldZone = qgetenv("TZ");
        const auto restore = qScopeGuard([&oldZone] {
            if (oldZone.isNull())
                qunsetenv("TZ");
            else
                qputenv("TZ", oldZone);
            tzset();
        });
        qputenv("TZ", "Europe/Berlin");
        tzset();
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(TransactionsModel::dateTimeText(1'795'356'000'000, english), u"Sunday, November 22, 2026 3:00 PM CET"_s);
        QCOMPARE(TransactionsModel::dateTimeText(1'784'000'000'000, english), u"Tuesday, July 14, 2026 5:33 AM CEST"_s);

        Fixture fixture;
        fixture.server.transactions = QJsonArray{FakeLedgerServer::renewal(u"r"_s, 1'795'356'000'000, u"user"_s, u"u1"_s, u"5"_s)};
        fixture.model.reload();
        QVERIFY(settle(fixture.model));
        QCOMPARE(cell(fixture.model, 0, TransactionsModel::DateColumn), u"11/22/26 3:00 PM"_s);
        QCOMPARE(cell(fixture.model, 0, TransactionsModel::DateColumn, Qt::ToolTipRole),
                 u"Sunday, November 22, 2026 3:00 PM CET"_s);
        QVERIFY(fixture.model.headerData(TransactionsModel::DateColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString().contains(u"time zone (CE"_s));
    }

    void recordedAnswerShowsDollars()
    {
        Fixture fixture;
        const tests::Fixture recorded = tests::Fixture::load(u"39-transactions"_s);
        QVERIFY2(!recorded.body.isEmpty(), "fixture 39 not found");
        fixture.server.override = [&recorded](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (QUrlQuery(request.url).hasQueryItem(u"cursor"_s))
                return FakeResponse::json(200, R"({"transactions":[],"next_cursor":null})");
            return FakeResponse::json(200, recorded.body);
        };
        TransactionsModel &model = fixture.model;
        QSignalSpy firstPage(&model, &TransactionsModel::firstPageLoaded);
        model.reload();
        QVERIFY(settle(model));
        QCOMPARE(firstPage.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.fetchState(), State::CanFetchMore);
        QCOMPARE(cell(model, 0, TransactionsModel::AmountColumn), u"$3,225.00"_s);
        QCOMPARE(model.index(0, TransactionsModel::AmountColumn).data(TransactionsModel::RawValueRole).toLongLong(), 322500);
        QCOMPARE(cell(model, 0, TransactionsModel::TypeColumn), u"Subscription renewal"_s);
        QCOMPARE(cell(model, 0, TransactionsModel::CustomerColumn), u"Team 504a8761-e3c5-4469-8f90-66092080f752"_s);
        QCOMPARE(cell(model, 0, TransactionsModel::ProductColumn), QString());
        QCOMPARE(cell(model, 0, TransactionsModel::TestModeColumn), QString());
        QCOMPARE(cell(model, 0, TransactionsModel::StatusColumn), QString());
        QCOMPARE(cell(model, 0, TransactionsModel::DateColumn, TransactionsModel::RawValueRole), u"1795356000000"_s);
        QCOMPARE(cell(model, 2, TransactionsModel::DateColumn, TransactionsModel::IdRole), u"a3c4d5e6-f7a8-4901-bc2d-3e4f5a6b7c82"_s);

        // The next page is asked for with the cursor exactly as the server sent it.
        model.fetchMore({});
        QVERIFY(settle(model));
        const QList<QUrlQuery> queries = fixture.server.listQueries();
        QCOMPARE(queries.size(), 2);
        QVERIFY(!queries.at(0).hasQueryItem(u"cursor"_s));
        QCOMPARE(queries.at(1).queryItemValue(u"cursor"_s, QUrl::FullyDecoded),
                 u"eyJjcmVhdGVkQXRNaWxsaXMiOjE3OTQ0Nzc2MDAwMDAsInR4bklkIjoic3ViLXJlbmV3YWw6YTNjNGQ1ZTYtZjdhOC00OTAxLWJjMmQtM2U0ZjVhNmI3YzgyIn0"_s);
        QCOMPARE(model.fetchState(), State::Finished);
        QCOMPARE(model.rowCount(), 3);
    }

    void pagingWalksTheCursor()
    {
        Fixture fixture;
        fixture.server.transactions = renewals(450);
        TransactionsModel &model = fixture.model;
        // Nothing is asked for until reload(), not even when a view (here the tester) looks.
        QCOMPARE(model.fetchState(), State::NotLoaded);
        QVERIFY(!model.canFetchMore({}));
        model.setFilter({u"purchase"_s, std::nullopt});
        model.setFilter({});
        QCOMPARE(fixture.server.listQueries().size(), 0);
        model.setPageSizes(100, 200);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.reload();
        QVERIFY(loadAll(model));
        QCOMPARE(model.fetchState(), State::Finished);
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(inserted.count(), 3); // one insertion per page
        const QList<QUrlQuery> queries = fixture.server.listQueries();
        QCOMPARE(queries.size(), 3);
        QCOMPARE(queries.at(0).queryItemValue(u"limit"_s), u"100"_s);
        QCOMPARE(queries.at(1).queryItemValue(u"cursor"_s, QUrl::FullyDecoded), FakeLedgerServer::cursorFor(100));
        QCOMPARE(queries.at(1).queryItemValue(u"limit"_s), u"200"_s);
        QCOMPARE(queries.at(2).queryItemValue(u"cursor"_s, QUrl::FullyDecoded), FakeLedgerServer::cursorFor(300));
        // Every row once, in the server's order.
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(cell(model, row, 0, TransactionsModel::IdRole), u"t%1"_s.arg(row, 4, 10, QLatin1Char('0')));
        QCOMPARE(model.rowOf(u"t0321"_s), 321);
        QCOMPARE(model.rowOf(u"nope"_s), -1);
        QVERIFY(!model.canFetchMore({}));
    }

    void filtersGoToTheServerAndStaleAnswersAreDropped()
    {
        Fixture fixture;
        FakePurchase purchase;
        purchase.id = u"p1"_s;
        fixture.server.transactions = renewals(5);
        fixture.server.transactions.append(FakeLedgerServer::purchase(purchase));
        // The unfiltered list answers slowly; the filtered one at once.
        fixture.server.override = [&fixture](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (QUrlQuery(request.url).hasQueryItem(u"type"_s))
                return std::nullopt;
            FakeResponse slow = FakeResponse::json(200, QJsonDocument(QJsonObject{
                {u"transactions"_s, fixture.server.transactions}, {u"next_cursor"_s, QJsonValue()}}).toJson());
            slow.delayMs = 300;
            return slow;
        };
        TransactionsModel &model = fixture.model;
        QSignalSpy firstPage(&model, &TransactionsModel::firstPageLoaded);
        model.reload();
        QVERIFY(model.isLoading());
        model.setFilter({u"purchase"_s, api::CustomerType::User});
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, 0, TransactionsModel::IdRole), u"p1"_s);
        QTest::qWait(500); // the slow answer's time has come and gone
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(firstPage.count(), 1);
        QCOMPARE(model.fetchState(), State::Finished);
        const QList<QUrlQuery> queries = fixture.server.listQueries();
        QCOMPARE(queries.size(), 2);
        QCOMPARE(queries.at(1).queryItemValue(u"type"_s), u"purchase"_s);
        QCOMPARE(queries.at(1).queryItemValue(u"customer_type"_s), u"user"_s);

        // The same filter again changes nothing; another customer type reloads.
        model.setFilter({u"purchase"_s, api::CustomerType::User});
        QCOMPARE(fixture.server.listQueries().size(), 2);
        model.setFilter({u"purchase"_s, api::CustomerType::Team});
        QVERIFY(settle(model));
        QCOMPARE(fixture.server.listQueries().size(), 3);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.fetchState(), State::Finished);
    }

    void columnsAndRoles()
    {
        Fixture fixture;
        FakePurchase testPurchase;
        testPurchase.id = u"p-test"_s;
        testPurchase.testMode = true;
        testPurchase.charged.clear();
        FakePurchase euro;
        euro.id = u"p-eur"_s;
        euro.currency = u"EUR"_s;
        euro.unitPrice = u"9.5"_s;
        euro.charged = u"9.5"_s;
        euro.subscription = false;
        euro.productName.clear();
        FakePurchase refunded;
        refunded.id = u"p-refunded"_s;
        QJsonObject refundedJson = FakeLedgerServer::purchase(refunded);
        refundedJson.insert(u"adjusted_by"_s, QJsonArray{QJsonObject{{u"transaction_id"_s, u"p-refunded:refund"_s},
                                                                      {u"entry_index"_s, 0}}});
        const QJsonObject refund = FakeLedgerServer::transaction(
            u"p-refunded:refund"_s, 1'795'100'000'000, u"refund"_s,
            {FakeLedgerServer::moneyTransfer(u"user"_s, refunded.customerId, u"USD"_s, u"-50.00"_s)});
        // Two money transfers in two currencies (made up: the server sends one).
        const QJsonObject mixed = FakeLedgerServer::transaction(
            u"mixed"_s, 1'795'000'000'000LL, u"chargeback"_s,
            {FakeLedgerServer::moneyTransfer(u"team"_s, u"t"_s, u"USD"_s, u"1.25"_s),
             FakeLedgerServer::moneyTransfer(u"team"_s, u"t"_s, u"USD"_s, u"2"_s),
             FakeLedgerServer::moneyTransfer(u"team"_s, u"t"_s, u"JPY"_s, u"1000"_s)});
        fixture.server.transactions = {refund, refundedJson, FakeLedgerServer::purchase(testPurchase),
                                       FakeLedgerServer::purchase(euro),
                                       FakeLedgerServer::itemChange(u"iqc"_s, 1'794'000'000'000, u"acme-42"_s, u"credits"_s, -5),
                                       mixed};
        TransactionsModel &model = fixture.model;
        model.reload();
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(TransactionsModel::ColumnCount));
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Date"_s, u"Type"_s, u"Customer"_s, u"Product"_s, u"Mode"_s, u"Status"_s, u"Amount"_s}));
        QCOMPARE(model.headerData(TransactionsModel::AmountColumn, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(0, TransactionsModel::AmountColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));

        // The refund: negative, its own type.
        QCOMPARE(cell(model, 0, TransactionsModel::TypeColumn), u"Refund"_s);
        QCOMPARE(cell(model, 0, TransactionsModel::AmountColumn), u"-$50.00"_s);
        QCOMPARE(model.index(0, TransactionsModel::AmountColumn).data(TransactionsModel::RawValueRole).toLongLong(), -5000);
        // The refunded purchase.
        QCOMPARE(cell(model, 1, TransactionsModel::StatusColumn), u"Refunded"_s);
        QVERIFY(model.index(1, 0).data(TransactionsModel::IsRefundedRole).toBool());
        QCOMPARE(cell(model, 1, TransactionsModel::ProductColumn), u"Pro plan"_s);
        QCOMPARE(cell(model, 1, TransactionsModel::AmountColumn), u"$129.00"_s);
        QCOMPARE(cell(model, 1, TransactionsModel::TypeColumn), u"Purchase"_s);
        QCOMPARE(cell(model, 1, TransactionsModel::CustomerColumn), u"User 1f0c2a4e-1111-4222-8333-444455556666"_s);
        QCOMPARE(cell(model, 1, TransactionsModel::StatusColumn, Qt::ToolTipRole), u"Adjusted by p-refunded:refund"_s);
        // Test mode: marked, no money.
        QCOMPARE(cell(model, 2, TransactionsModel::TestModeColumn), u"Test mode"_s);
        QVERIFY(model.index(2, TransactionsModel::DateColumn).data(TransactionsModel::IsTestModeRole).toBool());
        QVERIFY(!model.index(1, TransactionsModel::DateColumn).data(TransactionsModel::IsTestModeRole).toBool());
        QCOMPARE(cell(model, 2, TransactionsModel::AmountColumn), QString());
        QVERIFY(!model.index(2, TransactionsModel::AmountColumn).data(TransactionsModel::RawValueRole).isValid());
        QCOMPARE(model.index(2, TransactionsModel::TestModeColumn).data(TransactionsModel::RawValueRole), QVariant(true));
        // Euros, and a product without a display name shown by its id.
        QCOMPARE(cell(model, 3, TransactionsModel::AmountColumn), u"€9.50"_s);
        QCOMPARE(cell(model, 3, TransactionsModel::ProductColumn), u"pro"_s);
        // An item change: the item.
        QCOMPARE(cell(model, 4, TransactionsModel::ProductColumn), u"credits"_s);
        QCOMPARE(cell(model, 4, TransactionsModel::TypeColumn), u"Item quantity change"_s);
        QCOMPARE(cell(model, 4, TransactionsModel::CustomerColumn), u"Custom acme-42"_s);
        // Several money transfers: summed per currency, exactly.
        QCOMPARE(cell(model, 5, TransactionsModel::AmountColumn), u"¥1,000 + $3.25"_s);
        const QVariantMap amounts = model.index(5, 0).data(TransactionsModel::AmountsRole).toMap();
        QCOMPARE(amounts, (QVariantMap{{u"JPY"_s, u"1000"_s}, {u"USD"_s, u"3.25"_s}}));
        QCOMPARE(model.index(5, TransactionsModel::AmountColumn).data(TransactionsModel::RawValueRole).toLongLong(), 325);

        // The whole transaction, and the date.
        const QVariant whole = model.index(1, TransactionsModel::ProductColumn).data(TransactionsModel::TransactionRole);
        QVERIFY(whole.canConvert<api::Transaction>());
        const api::Transaction transaction = whole.value<api::Transaction>();
        QCOMPARE(transaction.id, u"p-refunded"_s);
        QCOMPARE(transaction.entries.size(), 2);
        QCOMPARE(model.transactionAt(1)->id, u"p-refunded"_s);
        QVERIFY(!model.transactionAt(6));
        QCOMPARE(cell(model, 4, TransactionsModel::DateColumn, TransactionsModel::RawValueRole), u"1794000000000"_s);
        QCOMPARE(cell(model, 4, TransactionsModel::DateColumn, Qt::ToolTipRole),
                 TransactionsModel::dateTimeText(1'794'000'000'000, QLocale()));
        QVERIFY(!cell(model, 4, TransactionsModel::DateColumn).isEmpty());
    }

    void refundBlockers()
    {
        FakePurchase plain;
        plain.id = u"p"_s;
        const auto parsed = [](const QJsonObject &object) {
            const QJsonObject page{{u"transactions"_s, QJsonArray{object}}, {u"next_cursor"_s, QJsonValue()}};
            return api::parseJson<api::TransactionsPage>(QJsonDocument(page).toJson()).transactions.value(0);
        };
        QCOMPARE(TransactionsModel::refundBlocker(parsed(FakeLedgerServer::purchase(plain))), QString());
        FakePurchase oneTime = plain;
        oneTime.subscription = false;
        QCOMPARE(TransactionsModel::refundBlocker(parsed(FakeLedgerServer::purchase(oneTime))), QString());

        QCOMPARE(TransactionsModel::refundBlocker(parsed(FakeLedgerServer::renewal(u"r"_s, 1, u"user"_s, u"u"_s, u"5"_s))),
                 u"Only purchases can be refunded; this is a subscription renewal."_s);
        FakePurchase testMode = plain;
        testMode.testMode = true;
        QCOMPARE(TransactionsModel::refundBlocker(parsed(FakeLedgerServer::purchase(testMode))),
                 u"Test mode purchases are not refundable: no money was charged."_s);
        QJsonObject refunded = FakeLedgerServer::purchase(plain);
        refunded.insert(u"adjusted_by"_s, QJsonArray{QJsonObject{{u"transaction_id"_s, u"x"_s}, {u"entry_index"_s, 0}}});
        QCOMPARE(TransactionsModel::refundBlocker(parsed(refunded)), u"This purchase was already refunded."_s);
        FakePurchase free = plain;
        free.priceId.clear();
        QVERIFY(TransactionsModel::refundBlocker(parsed(FakeLedgerServer::purchase(free))).startsWith(u"This purchase has no price"_s));
    }

    void stopsAtTheRowLimit()
    {
        Fixture fixture;
        fixture.server.transactions = renewals(450);
        TransactionsModel &model = fixture.model;
        model.setPageSizes(200, 200);
        model.setMaxRows(250);
        model.reload();
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.fetchState(), State::LimitReached);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(fixture.server.listQueries().size(), 2);
        QCOMPARE(cell(model, 249, 0, TransactionsModel::IdRole), u"t0249"_s);

        // Exactly at the limit with nothing more: finished, not limited.
        Fixture exact;
        exact.server.transactions = renewals(200);
        exact.model.setPageSizes(200, 200);
        exact.model.setMaxRows(200);
        exact.model.reload();
        QVERIFY(loadAll(exact.model));
        QCOMPARE(exact.model.fetchState(), State::Finished);
    }

    void failedPageIsRetriedWithTheSameCursor()
    {
        Fixture fixture;
        fixture.server.transactions = renewals(150);
        int failures = 1;
        fixture.server.override = [&failures](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (QUrlQuery(request.url).hasQueryItem(u"cursor"_s) && failures-- > 0)
                return FakeResponse::knownError(503, "SERVICE_UNAVAILABLE", "The ledger is busy.");
            return std::nullopt;
        };
        TransactionsModel &model = fixture.model;
        model.setPageSizes(100, 100);
        QSignalSpy failed(&model, &TransactionsModel::loadFailed);
        model.reload();
        QVERIFY(settle(model));
        model.fetchMore({});
        QVERIFY(settle(model));
        QCOMPARE(model.fetchState(), State::Failed);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.lastError().httpStatus, 503);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(!model.canFetchMore({}));
        model.retry();
        QVERIFY(settle(model));
        QCOMPARE(model.fetchState(), State::Finished);
        QCOMPARE(model.rowCount(), 150);
        const QList<QUrlQuery> queries = fixture.server.listQueries();
        QCOMPARE(queries.size(), 3);
        QCOMPARE(queries.at(2).queryItemValue(u"cursor"_s, QUrl::FullyDecoded), FakeLedgerServer::cursorFor(100));
        QVERIFY(!model.lastError().isError());
    }

    void firstPageFailureThenReload()
    {
        Fixture fixture;
        fixture.server.transactions = renewals(3);
        bool fail = true;
        fixture.server.override = [&fail](const SeenRequest &) -> std::optional<FakeResponse> {
            if (fail)
                return FakeResponse::text(500, "boom");
            return std::nullopt;
        };
        TransactionsModel &model = fixture.model;
        model.reload();
        QVERIFY(settle(model));
        QCOMPARE(model.fetchState(), State::Failed);
        QCOMPARE(model.rowCount(), 0);
        fail = false;
        QSignalSpy firstPage(&model, &TransactionsModel::firstPageLoaded);
        model.retry();
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(firstPage.count(), 1);
        QVERIFY(!fixture.server.listQueries().last().hasQueryItem(u"cursor"_s));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestTransactionsModel)
#include "tst_TransactionsModel.moc"
