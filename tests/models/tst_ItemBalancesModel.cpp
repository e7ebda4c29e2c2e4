// ItemBalancesModel over a scripted server: one row per catalog item of the customer's type, "…"
// until each balance arrives, never more than a few requests at a time; a failed item shows its
// error on its row; an unknown customer is reported once and stops the other requests; one row
// read again after a change; answers for a previous customer or an earlier request dropped.
// Every model is watched by QAbstractItemModelTester.

#include "FakeCustomerServer.h"
#include "ModelTestHelpers.h"

#include "payments/ItemBalancesModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::ItemBalancesModel;
using RowState = ItemBalancesModel::RowState;

constexpr int kTimeoutMs = 5000;
const QString kUser = u"3f1f0cf4-3a43-4f4e-9a55-0d0f7b2d0a01"_s;
const QString kOtherUser = u"3f1f0cf4-3a43-4f4e-9a55-0d0f7b2d0a02"_s;

api::PaymentItem item(const QString &id, const QString &name, api::CustomerType type = api::CustomerType::User)
{
    api::PaymentItem item;
    item.id = id;
    item.displayName = name;
    item.customerType = type;
    return item;
}

api::CustomerRef user(const QString &id)
{
    return {api::CustomerType::User, id};
}

QList<api::PaymentItem> sampleItems()
{
    return {item(u"credits"_s, u"Credits"_s), item(u"seats"_s, u"Seats"_s, api::CustomerType::Team),
            item(u"exports"_s, QString()), item(u"api_calls"_s, u"API calls"_s)};
}

} // namespace

class TestItemBalancesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void rowsOfTheCustomersType()
    {
        FakeCustomerServer server;
        server.knownCustomers = {FakeCustomerServer::key(u"user"_s, kUser)};
        server.knownItems = {u"credits"_s, u"seats"_s, u"exports"_s, u"api_calls"_s};
        server.balances = {{u"user/"_s + kUser + u"/credits"_s, 1500}, {u"user/"_s + kUser + u"/api_calls"_s, -3}};
        server.delayMs = {{FakeCustomerServer::key(u"user"_s, kUser), 30}};
        const auto client = server.makeClient();
        ItemBalancesModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ItemBalancesModel::ColumnCount));
        QCOMPARE(model.headerData(ItemBalancesModel::QuantityColumn, Qt::Horizontal).toString(), u"Quantity"_s);

        QSignalSpy finished(&model, &ItemBalancesModel::loadingFinished);
        model.setCustomer(user(kUser), sampleItems());
        // The team's item is not listed; an item without a display name shows its id.
        QCOMPARE(columnTexts(model, ItemBalancesModel::ItemColumn), (QStringList{u"Credits"_s, u"exports"_s, u"API calls"_s}));
        QCOMPARE(columnTexts(model, ItemBalancesModel::QuantityColumn), (QStringList{u"…"_s, u"…"_s, u"…"_s}));
        QCOMPARE(model.index(0, ItemBalancesModel::QuantityColumn).data(Qt::AccessibleTextRole).toString(), u"Loading"_s);
        QVERIFY(model.isLoading());
        QVERIFY(!model.index(0, ItemBalancesModel::QuantityColumn).data(ItemBalancesModel::RawValueRole).isValid());

        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!model.isLoading());
        const QLocale locale;
        QCOMPARE(columnTexts(model, ItemBalancesModel::QuantityColumn),
                 (QStringList{locale.toString(1500), u"0"_s, locale.toString(-3)}));
        QCOMPARE(model.index(2, ItemBalancesModel::QuantityColumn).data(ItemBalancesModel::RawValueRole).toLongLong(), -3);
        QCOMPARE(model.quantityAt(0), std::optional<qint64>(1500));
        // The server's display name replaces the catalog's.
        QCOMPARE(model.itemNameAt(1), u"EXPORTS"_s);
        QCOMPARE(model.index(1, ItemBalancesModel::IdColumn).data().toString(), u"exports"_s);
        QCOMPARE(model.index(1, 0).data(ItemBalancesModel::IdRole).toString(), u"exports"_s);
        QCOMPARE(model.rowOf(u"api_calls"_s), 2);
        QCOMPARE(server.itemRequests(),
                 (QStringList{u"user/"_s + kUser + u"/credits"_s, u"user/"_s + kUser + u"/exports"_s,
                              u"user/"_s + kUser + u"/api_calls"_s}));
    }

    void noItemsOfTheType()
    {
        FakeCustomerServer server;
        const auto client = server.makeClient();
        ItemBalancesModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &ItemBalancesModel::loadingFinished);
        model.setCustomer({api::CustomerType::Custom, u"org-42"_s}, sampleItems());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!model.isLoading());
        QTest::qWait(20);
        QVERIFY(server.itemRequests().isEmpty());
    }

    // Without the catalog (a server key): items typed in by ID get a row each, read from the
    // server; one it does not know says so on its row; the same ID twice keeps one row.
    void itemsAddedById()
    {
        FakeCustomerServer server;
        server.knownCustomers = {FakeCustomerServer::key(u"user"_s, kUser)};
        server.knownItems = {u"credits"_s};
        server.balances = {{u"user/"_s + kUser + u"/credits"_s, 42}};
        const auto client = server.makeClient();
        ItemBalancesModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.addItem(u"credits"_s), -1); // no customer yet
        model.setCustomer(user(kUser), {});
        QCOMPARE(model.rowCount(), 0);

        QSignalSpy finished(&model, &ItemBalancesModel::loadingFinished);
        QCOMPARE(model.addItem(u"credits"_s), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ItemBalancesModel::QuantityColumn).data().toString(), u"…"_s);
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(model.quantityAt(0), std::optional<qint64>(42));
        QCOMPARE(model.itemNameAt(0), u"CREDITS"_s);

        QCOMPARE(model.addItem(u"nope"_s), 1);
        QTRY_COMPARE_WITH_TIMEOUT(model.stateAt(1), RowState::Failed, kTimeoutMs);
        QVERIFY(model.errorAt(1).is(u"ITEM_NOT_FOUND"));
        QCOMPARE(model.index(1, ItemBalancesModel::QuantityColumn).data().toString(), u"No item with this ID in the project"_s);

        server.balances[u"user/"_s + kUser + u"/credits"_s] = 50;
        QCOMPARE(model.addItem(u"credits"_s), 0); // read again, not added twice
        QCOMPARE(model.rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(model.quantityAt(0), std::optional<qint64>(50), kTimeoutMs);
        // Reading everything again keeps the typed-in items.
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeoutMs);
        QCOMPARE(model.quantityAt(0), std::optional<qint64>(50));
    }

    void aFewRequestsAtATime()
    {
        FakeCustomerServer server;
        server.knownCustomers = {FakeCustomerServer::key(u"team"_s, u"team-1"_s)};
        QList<api::PaymentItem> items;
        for (int n = 0; n < 11; ++n) {
            items << item(u"item-%1"_s.arg(n), u"Item %1"_s.arg(n), api::CustomerType::Team);
            server.knownItems << u"item-%1"_s.arg(n);
            server.balances.insert(u"team/team-1/item-%1"_s.arg(n), n);
        }
        server.delayMs = {{FakeCustomerServer::key(u"team"_s, u"team-1"_s), 20}};
        const auto client = server.makeClient();
        ItemBalancesModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int mostAtOnce = 0;
        QObject watcher;
        connect(&model, &QAbstractItemModel::dataChanged, &watcher, [&] {
            int loading = 0;
            for (int row = 0; row < model.rowCount(); ++row)
                loading += model.stateAt(row) == RowState::Loading ? 1 : 0;
            mostAtOnce = std::max(mostAtOnce, loading);
        });
        QSignalSpy finished(&model, &ItemBalancesModel::loadingFinished);
        model.setCustomer({api::CustomerType::Team, u"team-1"_s}, items);
        QCOMPARE(server.network().requests().size(), qsizetype(ItemBalancesModel::maxConcurrentRequests));
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(mostAtOnce, ItemBalancesModel::maxConcurrentRequests);
        QCOMPARE(server.itemRequests().size(), 11);
        for (int row = 0; row < 11; ++row)
            QCOMPARE(model.quantityAt(row), std::optional<qint64>(row));
    }

    // A failure shows on its row, with the server's sentence; the others load.
    void errorOnItsRow()
    {
        FakeCustomerServer server;
        server.knownCustomers = {FakeCustomerServer::key(u"user"_s, kUser)};
        server.knownItems = {u"credits"_s, u"api_calls"_s}; // "exports" was removed from the config
        server.balances = {{u"user/"_s + kUser + u"/credits"_s, 7}};
        server.override = [](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (request.url.path().endsWith(u"/api_calls"_s))
                return FakeResponse::failure(QNetworkReply::ConnectionRefusedError);
            return std::nullopt;
        };
        const auto client = server.makeClient();
        ItemBalancesModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy customerFailed(&model, &ItemBalancesModel::customerFailed);
        QSignalSpy finished(&model, &ItemBalancesModel::loadingFinished);
        model.setCustomer(user(kUser), sampleItems());
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(customerFailed.count(), 0);
        QCOMPARE(model.stateAt(0), RowState::Loaded);
        QCOMPARE(model.stateAt(1), RowState::Failed);
        QCOMPARE(model.stateAt(2), RowState::Failed);
        QCOMPARE(model.errorAt(1).code, u"ITEM_NOT_FOUND"_s);
        QCOMPARE(model.index(1, ItemBalancesModel::QuantityColumn).data().toString(), u"No item with this ID in the project"_s);
        QVERIFY(model.index(1, ItemBalancesModel::QuantityColumn).data(Qt::ToolTipRole).toString().contains(u"ITEM_NOT_FOUND"_s));
        QVERIFY(model.index(1, ItemBalancesModel::QuantityColumn).data(Qt::ToolTipRole).toString().contains(u"exports"_s));
        QCOMPARE(model.index(2, ItemBalancesModel::QuantityColumn).data().toString(), u"No answer from the server"_s);
        QCOMPARE(model.quantityAt(1), std::nullopt);
        QCOMPARE(model.index(0, ItemBalancesModel::QuantityColumn).data().toString(), u"7"_s);
    }

    // USER_NOT_FOUND is about the customer, not an item: said once, and nothing more is asked.
    void unknownCustomerOnce()
    {
        FakeCustomerServer server;
        QList<api::PaymentItem> items;
        for (int n = 0; n < 9; ++n) {
            items << item(u"item-%1"_s.arg(n), QString());
            server.knownItems << u"item-%1"_s.arg(n);
        }
        const auto client = server.makeClient();
        ItemBalancesModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy customerFailed(&model, &ItemBalancesModel::customerFailed);
        QSignalSpy finished(&model, &ItemBalancesModel::loadingFinished);
        model.setCustomer(user(kOtherUser), items);
        QVERIFY(finished.wait(kTimeoutMs));
        QTest::qWait(50); // the requests that were on their way when the first refusal came
        QCOMPARE(customerFailed.count(), 1);
        QCOMPARE(customerFailed.first().first().value<api::ApiError>().code, u"USER_NOT_FOUND"_s);
        QCOMPARE(model.customerError().code, u"USER_NOT_FOUND"_s);
        QVERIFY(server.itemRequests().size() <= ItemBalancesModel::maxConcurrentRequests);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.stateAt(row), RowState::CustomerFailed);
            QCOMPARE(model.index(row, ItemBalancesModel::QuantityColumn).data().toString(), u"—"_s);
        }
        // Another customer starts clean.
        server.knownCustomers = {FakeCustomerServer::key(u"user"_s, kUser)};
        model.setCustomer(user(kUser), items);
        QVERIFY(model.customerError().kind == api::ApiError::Kind::None);
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(model.stateAt(8), RowState::Loaded);
        QCOMPARE(customerFailed.count(), 1);
    }

    // Switching customers while answers are on their way: only the new customer's show.
    void staleAnswersAfterSwitching()
    {
        FakeCustomerServer server;
        server.knownCustomers = {FakeCustomerServer::key(u"user"_s, kUser), FakeCustomerServer::key(u"user"_s, kOtherUser)};
        server.knownItems = {u"credits"_s, u"exports"_s, u"api_calls"_s};
        server.balances = {{u"user/"_s + kUser + u"/credits"_s, 111}, {u"user/"_s + kOtherUser + u"/credits"_s, 222}};
        server.delayMs = {{FakeCustomerServer::key(u"user"_s, kUser), 80}};
        const auto client = server.makeClient();
        ItemBalancesModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &ItemBalancesModel::loadingFinished);
        model.setCustomer(user(kUser), sampleItems());
        QTest::qWait(10);
        model.setCustomer(user(kOtherUser), sampleItems());
        QTRY_COMPARE_WITH_TIMEOUT(model.quantityAt(0), std::optional<qint64>(222), kTimeoutMs);
        QTest::qWait(150); // the first customer's answers would have come by now
        QCOMPARE(model.quantityAt(0), std::optional<qint64>(222));
        QCOMPARE(model.customer().id, kOtherUser);
        QVERIFY(!model.isLoading());
    }

    // After a change only that row is read again; the old quantity shows until the new one is in.
    void refreshOneRow()
    {
        FakeCustomerServer server;
        server.knownCustomers = {FakeCustomerServer::key(u"user"_s, kUser)};
        server.knownItems = {u"credits"_s, u"exports"_s, u"api_calls"_s};
        server.balances = {{u"user/"_s + kUser + u"/credits"_s, 5}};
        const auto client = server.makeClient();
        ItemBalancesModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &ItemBalancesModel::loadingFinished);
        model.setCustomer(user(kUser), sampleItems());
        QVERIFY(finished.wait(kTimeoutMs));
        server.network().clearRequests();

        server.balances.insert(u"user/"_s + kUser + u"/credits"_s, 15);
        server.delayMs = {{FakeCustomerServer::key(u"user"_s, kUser), 30}};
        DataChangedRecorder recorder(&model);
        model.refreshItem(u"credits"_s);
        QCOMPARE(model.index(0, ItemBalancesModel::QuantityColumn).data().toString(), u"5"_s);
        QVERIFY(model.isLoading());
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(model.quantityAt(0), std::optional<qint64>(15));
        QCOMPARE(server.itemRequests(), (QStringList{u"user/"_s + kUser + u"/credits"_s}));
        for (const ChangedRange &range : std::as_const(recorder.ranges))
            QCOMPARE(range, (ChangedRange{0, 0, 0, ItemBalancesModel::ColumnCount - 1}));
        model.refreshItem(u"not-listed"_s); // nothing to do
        QVERIFY(!model.isLoading());
    }

    // A refresh while the first answer is still on its way: the older answer does not count.
    void refreshSupersedesAnEarlierAnswer()
    {
        FakeCustomerServer server;
        server.knownCustomers = {FakeCustomerServer::key(u"user"_s, kUser)};
        server.knownItems = {u"credits"_s};
        int served = 0;
        server.override = [&served](const SeenRequest &) -> std::optional<FakeResponse> {
            ++served;
            FakeResponse response = FakeResponse::json(
                200, QJsonDocument(QJsonObject{{u"id"_s, u"credits"_s}, {u"display_name"_s, u"Credits"_s},
                                               {u"quantity"_s, served == 1 ? 1 : 2}})
                         .toJson(QJsonDocument::Compact));
            response.delayMs = served == 1 ? 60 : 5; // the first answer arrives last
            return response;
        };
        const auto client = server.makeClient();
        ItemBalancesModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomer(user(kUser), {item(u"credits"_s, u"Credits"_s)});
        model.refreshItem(u"credits"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.quantityAt(0), std::optional<qint64>(2), kTimeoutMs);
        QTest::qWait(100);
        QCOMPARE(model.quantityAt(0), std::optional<qint64>(2));
        QCOMPARE(served, 2);
    }

    void clearForgetsTheCustomer()
    {
        FakeCustomerServer server;
        server.knownCustomers = {FakeCustomerServer::key(u"user"_s, kUser)};
        server.knownItems = {u"credits"_s};
        server.delayMs = {{FakeCustomerServer::key(u"user"_s, kUser), 40}};
        const auto client = server.makeClient();
        ItemBalancesModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomer(user(kUser), sampleItems());
        QCOMPARE(model.rowCount(), 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasCustomer());
        QTest::qWait(80);
        QCOMPARE(model.rowCount(), 0);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestItemBalancesModel)
#include "tst_ItemBalancesModel.moc"
