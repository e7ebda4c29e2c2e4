// PagedTableModel (through PagedRows<User> and a minimal subclass) over a scripted GET /users:
// paging with cursors from the server, fetchMore() while a page is in flight, the end of the
// list, reload, errors and retry, eviction beyond the resident budget and bringing pages back,
// how narrow dataChanged is, and detecting a list that changed on the server. Every model is
// watched by QAbstractItemModelTester.

#include "FakeUsersServer.h"
#include "ModelTestHelpers.h"

#include "PagedRows.h"
#include "endpoints/UsersEndpoints.h"

#include <QAbstractItemModelTester>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::PagedTableModel;
using State = PagedTableModel::FetchState;

constexpr int kTimeoutMs = 5000;

// The smallest table over PagedRows: id, name and email of each user.
class ProbeModel final : public models::PagedRows<api::User>
{
public:
    enum Column { IdColumn, NameColumn, EmailColumn, ColumnCount };

    explicit ProbeModel(api::ApiClient *client, QObject *parent = nullptr)
        : PagedRows<api::User>(parent)
        , m_client(client)
    {
    }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
        const api::User *user = rowAt(index.row());
        if (role == IsPlaceholderRole)
            return user == nullptr;
        if (!user || role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case IdColumn: return user->id;
        case NameColumn: return user->displayName.value_or(QString());
        case EmailColumn: return user->primaryEmail.value_or(QString());
        default: return {};
        }
    }

    int startedRequests = 0;

protected:
    api::ApiJob *startPageRequest(const QString &cursor, int limit) override
    {
        ++startedRequests;
        api::users::ListQuery query;
        query.limit = limit;
        query.cursor = cursor;
        return m_client->send(api::users::list(api::ProjectScope::project(u"6fbbf22e-f4b2-4c6e-95a1-beab6fa41063"_s), query));
    }

private:
    api::ApiClient *m_client;
};

// Every reply the network finished, with its error (OperationCanceledError: aborted).
class ReplyLog : public QObject
{
public:
    explicit ReplyLog(QNetworkAccessManager *network)
    {
        connect(network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
            finished.append({usersQueryOf(reply->url()), reply->error()});
        });
    }

    int abortedCount() const
    {
        return int(std::count_if(finished.cbegin(), finished.cend(),
                                 [](const auto &entry) { return entry.second == QNetworkReply::OperationCanceledError; }));
    }

    QList<std::pair<UsersQuery, QNetworkReply::NetworkError>> finished;
};

QStringList idsOf(const QList<FakeUser> &users)
{
    QStringList ids;
    for (const FakeUser &user : users)
        ids << user.id;
    return ids;
}

QStringList idsOf(const FakeUsersServer &server, int first, int last)
{
    return idsOf(server.users.mid(first, last - first + 1));
}

QStringList modelIds(const ProbeModel &model, int first, int last)
{
    QStringList ids;
    for (int row = first; row <= last; ++row)
        ids << model.index(row, ProbeModel::IdColumn).data().toString();
    return ids;
}

// Waits until no page request of the model is in flight.
#define HEXCLAVE_WAIT_IDLE(model) QTRY_VERIFY_WITH_TIMEOUT(!(model).isLoading(), kTimeoutMs)

} // namespace

class TestPagedTableModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(int users, int firstPage = 10, int nextPages = 10)
            : server(users)
            , client(server.makeClient())
            , model(client.get())
        {
            model.setPageSizes(firstPage, nextPages);
        }

        FakeUsersServer server;
        std::unique_ptr<api::ApiClient> client;
        ProbeModel model;
    };

    // Fetches pages until the list is finished; fails when it does not get there.
    static bool loadAll(ProbeModel &model)
    {
        for (int guard = 0; guard < 1000 && model.fetchState() != State::Finished; ++guard) {
            if (model.fetchState() == State::Failed)
                return false;
            model.fetchMore({});
            if (!QTest::qWaitFor([&model] { return !model.isLoading(); }, kTimeoutMs))
                return false;
        }
        return model.fetchState() == State::Finished;
    }

private Q_SLOTS:
    void init()
    {
        // A model that warns (checkIndex, QAbstractItemModelTester) fails the test.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
    }

    void initialState()
    {
        Fixture fixture(30);
        ProbeModel &model = fixture.model;
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pageCount(), 0);
        QCOMPARE(model.fetchState(), State::CanFetchMore);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(!model.isLoading());
        QVERIFY(!model.isRowLoaded(0));
        QCOMPARE(model.maxResidentRows(), 20'000);
        // A table has no children below its rows.
        model.fetchMore({});
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QVERIFY(!model.canFetchMore(model.index(0, 0)));
        const int requests = fixture.server.listRequestCount();
        model.fetchMore(model.index(0, 0));
        QCOMPARE(fixture.server.listRequestCount(), requests);
    }

    void pagesUnderTester()
    {
        Fixture fixture(45, 10, 15);
        ProbeModel &model = fixture.model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy states(&model, &PagedTableModel::fetchStateChanged);
        QSignalSpy firstPage(&model, &PagedTableModel::firstPageLoaded);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester itself calls fetchMore() once: that is the first page.
        QCOMPARE(fixture.server.listRequestCount(), 1);
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(firstPage.count(), 1);

        for (const int expectedRows : {25, 40, 45}) {
            QVERIFY(model.canFetchMore({}));
            model.fetchMore({});
            QCOMPARE(model.fetchState(), State::Loading);
            HEXCLAVE_WAIT_IDLE(model);
            QCOMPARE(model.rowCount(), expectedRows);
        }
        QCOMPARE(model.fetchState(), State::Finished);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.pageCount(), 4);
        QCOMPARE(firstPage.count(), 1);
        QCOMPARE(modelIds(model, 0, 44), idsOf(fixture.server.users));
        QCOMPARE(model.residentRowCount(), 45);
        QVERIFY(placeholderRows(model).isEmpty());

        // One rowsInserted per page, in order.
        QList<std::pair<int, int>> ranges;
        for (const QList<QVariant> &arguments : std::as_const(inserted))
            ranges.append({arguments.at(1).toInt(), arguments.at(2).toInt()});
        QCOMPARE(ranges, (QList<std::pair<int, int>>{{0, 9}, {10, 24}, {25, 39}, {40, 44}}));

        QList<State> seen;
        for (const QList<QVariant> &arguments : std::as_const(states))
            seen << arguments.first().value<State>();
        QCOMPARE(seen, (QList<State>{State::Loading, State::CanFetchMore, State::Loading, State::CanFetchMore,
                                     State::Loading, State::CanFetchMore, State::Loading, State::Finished}));

        // At the end, fetchMore() asks for nothing.
        model.fetchMore({});
        QCOMPARE(fixture.server.listRequestCount(), 4);
        QCOMPARE(model.fetchState(), State::Finished);
    }

    void cursorComesFromServer_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("firstPage");
        QTest::addColumn<int>("nextPages");
        QTest::newRow("7 then 13") << 30 << 7 << 13;
        QTest::newRow("1 then 2") << 6 << 1 << 2;
        QTest::newRow("first page holds all") << 12 << 40 << 3;
        QTest::newRow("exact multiple") << 20 << 5 << 5;
    }

    void cursorComesFromServer()
    {
        QFETCH(int, users);
        QFETCH(int, firstPage);
        QFETCH(int, nextPages);
        Fixture fixture(users, firstPage, nextPages);
        // Each page's next_cursor, as the server sent it.
        QStringList sentCursors;
        fixture.server.override = [&fixture, &sentCursors](const SeenRequest &, const UsersQuery &query) {
            sentCursors << fixture.server.page(query).nextCursor.value_or(QString());
            return std::optional<FakeResponse>();
        };
        QAbstractItemModelTester tester(&fixture.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(fixture.model));
        QCOMPARE(fixture.model.rowCount(), users);
        QCOMPARE(modelIds(fixture.model, 0, users - 1), idsOf(fixture.server.users));

        const QList<UsersQuery> requests = fixture.server.listRequests();
        const int expectedRequests = users <= firstPage ? 1 : 1 + (users - firstPage + nextPages - 1) / nextPages;
        QCOMPARE(requests.size(), expectedRequests);
        QVERIFY(!requests.first().hasCursor);
        QCOMPARE(requests.first().limit, firstPage);
        for (int i = 1; i < requests.size(); ++i) {
            QVERIFY(requests.at(i).hasCursor);
            QCOMPARE(requests.at(i).cursor, sentCursors.at(i - 1)); // exactly the previous page's next_cursor
            QCOMPARE(requests.at(i).limit, nextPages);               // the configured size, nothing hard-coded
        }
        QCOMPARE(sentCursors.last(), QString()); // the last page said "no more"
    }

    void fetchMoreIsNoOpWhileLoading()
    {
        Fixture fixture(50);
        ProbeModel &model = fixture.model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(fixture.server.listRequestCount(), 1);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        for (int i = 0; i < 5; ++i)
            model.fetchMore({});
        QCOMPARE(fixture.server.listRequestCount(), 1);
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.rowCount(), 10);

        // A page that takes its time: asking again and again while it is on its way sends nothing.
        fixture.server.override = [](const SeenRequest &, const UsersQuery &query) -> std::optional<FakeResponse> {
            if (query.hasCursor)
                return FakeResponse::hanging();
            return std::nullopt;
        };
        model.fetchMore({});
        QCOMPARE(fixture.server.listRequestCount(), 2);
        for (int i = 0; i < 20; ++i) {
            model.fetchMore({});
            QCoreApplication::processEvents();
        }
        QCOMPARE(fixture.server.listRequestCount(), 2);
        QCOMPARE(model.startedRequests, 2);
        QCOMPARE(model.fetchState(), State::Loading);
        QCOMPARE(model.rowCount(), 10);
    }

    void emptyList()
    {
        Fixture fixture(0);
        QSignalSpy firstPage(&fixture.model, &PagedTableModel::firstPageLoaded);
        QAbstractItemModelTester tester(&fixture.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HEXCLAVE_WAIT_IDLE(fixture.model);
        QCOMPARE(fixture.model.rowCount(), 0);
        QCOMPARE(fixture.model.fetchState(), State::Finished);
        QCOMPARE(firstPage.count(), 1);
        QCOMPARE(fixture.model.pageCount(), 0);
    }

    void reloadStartsOver()
    {
        Fixture fixture(60, 10, 20);
        ProbeModel &model = fixture.model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HEXCLAVE_WAIT_IDLE(model);
        model.fetchMore({});
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.rowCount(), 30);

        fixture.server.users.prepend(FakeUsersServer::makeUser(1000, u"Newcomer"_s));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy firstPage(&model, &PagedTableModel::firstPageLoaded);
        fixture.server.network().clearRequests();
        model.reload();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.pageCount(), 1);
        QCOMPARE(firstPage.count(), 1);
        QCOMPARE(model.index(0, ProbeModel::NameColumn).data().toString(), u"Newcomer"_s);
        const QList<UsersQuery> requests = fixture.server.listRequests();
        QCOMPARE(requests.size(), 1);
        QVERIFY(!requests.first().hasCursor);
        QCOMPARE(requests.first().limit, 10);

        model.fetchMore({});
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(fixture.server.listRequests().last().cursor, fixture.server.users.at(10).id);
    }

    void reloadAbortsPageInFlight()
    {
        Fixture fixture(60);
        ProbeModel &model = fixture.model;
        ReplyLog replies(&fixture.server.network());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HEXCLAVE_WAIT_IDLE(model);
        // The second page would arrive on the next turn of the event loop…
        model.fetchMore({});
        QCOMPARE(fixture.server.listRequestCount(), 2);
        // …but a reload comes first: the page in flight is aborted and never shows.
        fixture.server.users.remove(0, 5);
        model.reload();
        HEXCLAVE_WAIT_IDLE(model);
        QTRY_COMPARE(replies.finished.size(), 3);
        QCOMPARE(replies.abortedCount(), 1);
        QCOMPARE(replies.finished.at(1).second, QNetworkReply::OperationCanceledError);
        QCOMPARE(replies.finished.at(1).first.cursor, fakeUserId(11));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(modelIds(model, 0, 9), idsOf(fixture.server, 0, 9));
        QCOMPARE(model.fetchState(), State::CanFetchMore);
    }

    void failedPageAndRetry_data()
    {
        QTest::addColumn<int>("failingPage");
        QTest::addColumn<FakeResponse>("failure");
        QTest::addColumn<int>("expectedStatus");
        QTest::addColumn<api::ApiError::Kind>("expectedKind");

        FakeResponse serverError = FakeResponse::text(500, "Internal Server Error");
        serverError.headers.append({QByteArray("X-Stack-Request-Id"), QByteArray("req-500")});
        QTest::newRow("first page, HTTP 500") << 0 << serverError << 500 << api::ApiError::Kind::Http;
        QTest::newRow("third page, HTTP 500") << 2 << serverError << 500 << api::ApiError::Kind::Http;
        QTest::newRow("second page, known error")
            << 1 << FakeResponse::knownError(400, "SCHEMA_ERROR", "bad cursor") << 400 << api::ApiError::Kind::Http;
        QTest::newRow("second page, connection refused")
            << 1 << FakeResponse::failure(QNetworkReply::ConnectionRefusedError) << 0 << api::ApiError::Kind::Network;
        QTest::newRow("first page, not JSON") << 0 << FakeResponse::json(200, "<html>") << 200 << api::ApiError::Kind::Parse;
    }

    void failedPageAndRetry()
    {
        QFETCH(int, failingPage);
        QFETCH(FakeResponse, failure);
        QFETCH(int, expectedStatus);
        QFETCH(api::ApiError::Kind, expectedKind);

        Fixture fixture(40);
        ProbeModel &model = fixture.model;
        const QString failingCursor = failingPage == 0 ? QString() : fakeUserId(failingPage * 10 + 1);
        bool failing = true;
        fixture.server.override = [&](const SeenRequest &, const UsersQuery &query) -> std::optional<FakeResponse> {
            if (failing && query.cursor == failingCursor)
                return failure;
            return std::nullopt;
        };
        QSignalSpy failed(&model, &PagedTableModel::loadFailed);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int page = 0; page <= failingPage; ++page) {
            model.fetchMore({});
            HEXCLAVE_WAIT_IDLE(model);
        }
        QCOMPARE(model.fetchState(), State::Failed);
        QCOMPARE(model.rowCount(), failingPage * 10); // the pages before stay
        QCOMPARE(failed.count(), 1);
        const auto error = failed.first().first().value<api::ApiError>();
        QCOMPARE(error.kind, expectedKind);
        QCOMPARE(error.httpStatus, expectedStatus);
        QCOMPARE(model.lastError().kind, expectedKind);
        if (failure.status == 500)
            QCOMPARE(model.lastError().requestId, u"req-500"_s);
        // A failed list does not ask again by itself (a view would hammer the server).
        QVERIFY(!model.canFetchMore({}));
        const int requests = fixture.server.listRequestCount();
        model.fetchMore({});
        QCOMPARE(fixture.server.listRequestCount(), requests);

        failing = false;
        model.retry();
        QCOMPARE(fixture.server.listRequestCount(), requests + 1);
        QCOMPARE(fixture.server.listRequests().last().cursor, failingCursor);
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.rowCount(), failingPage * 10 + 10);
        QVERIFY(!model.lastError().isError());
        QVERIFY(loadAll(model));
        QCOMPARE(modelIds(model, 0, 39), idsOf(fixture.server.users));

        // retry() does nothing unless the list failed.
        const int after = fixture.server.listRequestCount();
        model.retry();
        QCOMPARE(fixture.server.listRequestCount(), after);
    }

    // Edits and deletions made in the console show at once, without reloading the list; a
    // page whose first row was deleted is fetched again from its new first row.
    void replaceAndRemoveLoadedRows()
    {
        Fixture fixture(30);
        ProbeModel &model = fixture.model;
        model.setMaxResidentRows(15);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 30);
        QVERIFY(model.isRowLoaded(5));

        api::User changed = *model.rowAt(5);
        changed.displayName = u"Renamed"_s;
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.replaceRow(changed));
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(dataChanged.first().at(0).toModelIndex().row(), 5);
        QCOMPARE(model.index(5, ProbeModel::NameColumn).data().toString(), u"Renamed"_s);

        const QString deletedId = model.rowAt(0)->id;
        const QString nextId = model.rowAt(1)->id;
        QVERIFY(model.removeRowWithId(deletedId));
        QCOMPARE(model.rowCount(), 29);
        QCOMPARE(model.index(0, ProbeModel::IdColumn).data().toString(), nextId);
        QCOMPARE(model.loadedRowOf(deletedId), -1);
        QVERIFY(!model.removeRowWithId(deletedId));
        // The last rows moved up by one and are still the same users.
        QCOMPARE(model.rowAt(28)->id, fixture.server.users.at(29).id);

        // Scrolling to page 1 brings it back and pushes page 0 (rows 0–8 now) out of memory;
        // scrolling back fetches page 0 again from its new first row, for its 9 remaining rows.
        fixture.server.users.removeFirst(); // the deletion happened on the server too
        QVERIFY(!model.isRowLoaded(9));
        model.ensureRowsLoaded(9, 12);
        HEXCLAVE_WAIT_IDLE(model);
        QVERIFY(model.isRowLoaded(9));
        QVERIFY(!model.isRowLoaded(0));
        const int requests = fixture.server.listRequestCount();
        model.ensureRowsLoaded(0, 3);
        QCOMPARE(fixture.server.listRequestCount(), requests + 1);
        QCOMPARE(fixture.server.listRequests().last().cursor, nextId);
        QCOMPARE(fixture.server.listRequests().last().limit, 9);
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.index(0, ProbeModel::IdColumn).data().toString(), nextId);
        QCOMPARE(model.index(8, ProbeModel::IdColumn).data().toString(), fixture.server.users.at(8).id);
        QCOMPARE(model.rowCount(), 29);
    }

    // Deleting every row of a page leaves an empty page: the page before it still refetches
    // cleanly (its end now leads to the page after the empty one), and eviction skips it.
    void pageEmptiedByDeletions()
    {
        Fixture fixture(30);
        ProbeModel &model = fixture.model;
        model.setMaxResidentRows(15);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changedOnServer(&model, &PagedTableModel::listChangedOnServer);
        QVERIFY(loadAll(model));
        model.ensureRowsLoaded(10, 12); // page 1 back, page 0 out
        HEXCLAVE_WAIT_IDLE(model);
        QVERIFY(model.isRowLoaded(10));
        QVERIFY(!model.isRowLoaded(0));

        for (int i = 0; i < 10; ++i) {
            QVERIFY(model.removeRowWithId(model.rowAt(10)->id));
            fixture.server.users.removeAt(10);
        }
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.rowAt(10)->id, fixture.server.users.at(10).id);

        model.ensureRowsLoaded(0, 3);
        HEXCLAVE_WAIT_IDLE(model);
        QVERIFY(model.isRowLoaded(0));
        QCOMPARE(changedOnServer.count(), 0);
        QCOMPARE(model.rowCount(), 20);
        for (int row = 0; row < 20; ++row) {
            if (model.isRowLoaded(row))
                QCOMPARE(model.rowAt(row)->id, fixture.server.users.at(row).id);
        }
    }

    void evictionAndRestore()
    {
        Fixture fixture(60);
        ProbeModel &model = fixture.model;
        model.setMaxResidentRows(25);
        QCOMPARE(model.maxResidentRows(), 25);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DataChangedRecorder changes(&model);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 60);
        QCOMPARE(fixture.server.listRequestCount(), 6);

        // The view still shows the top (page 0) and the list grows from the newest page (5):
        // the pages between went, oldest first, each announced for its own rows only.
        QVERIFY(model.residentRowCount() <= 25);
        QCOMPARE(placeholderRows(model), rowRange(10, 49));
        QCOMPARE(changes.ranges, (QList<ChangedRange>{{10, 19, 0, 2}, {20, 29, 0, 2}, {30, 39, 0, 2}, {40, 49, 0, 2}}));
        QVERIFY(model.isRowLoaded(0));
        QVERIFY(!model.isRowLoaded(25));
        QCOMPARE(model.index(25, ProbeModel::IdColumn).data(), QVariant());
        QVERIFY(!model.rowAt(25));

        // Rows in memory need nothing.
        model.ensureRowsLoaded(0, 9);
        model.ensureRowsLoaded(55, 59);
        QCOMPARE(fixture.server.listRequestCount(), 6);

        // The view scrolls to rows 22–27: their page comes back, asked for by its first row.
        changes.ranges.clear();
        model.ensureRowsLoaded(22, 27);
        model.ensureRowsLoaded(22, 27); // asked twice while in flight: one request
        QCOMPARE(fixture.server.listRequestCount(), 7);
        QVERIFY(model.isLoading());
        QCOMPARE(model.fetchState(), State::Finished);
        const UsersQuery refetch = fixture.server.listRequests().last();
        QCOMPARE(refetch.cursor, fixture.server.users.at(20).id);
        QCOMPARE(refetch.limit, 10);
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(modelIds(model, 20, 29), idsOf(fixture.server, 20, 29));
        QVERIFY(model.isRowLoaded(22));
        QVERIFY(!model.index(22, 0).data(PagedTableModel::IsPlaceholderRole).toBool());
        // To stay in budget, the least recently used page that is not on screen (page 0) went.
        QCOMPARE(changes.ranges, (QList<ChangedRange>{{20, 29, 0, 2}, {0, 9, 0, 2}}));
        QCOMPARE(placeholderRows(model), rowRange(0, 19) + rowRange(30, 49));
        QVERIFY(model.residentRowCount() <= 25);
        QCOMPARE(model.rowCount(), 60);

        // Back to the top.
        changes.ranges.clear();
        model.ensureRowsLoaded(0, 5);
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(fixture.server.listRequests().last().cursor, fixture.server.users.at(0).id);
        QCOMPARE(modelIds(model, 0, 9), idsOf(fixture.server, 0, 9));
        QCOMPARE(changes.ranges, (QList<ChangedRange>{{0, 9, 0, 2}, {20, 29, 0, 2}}));
        QCOMPARE(placeholderRows(model), rowRange(10, 49));
    }

    void evictionKeepsBudgetWhileLoading()
    {
        Fixture fixture(100);
        ProbeModel &model = fixture.model;
        model.setMaxResidentRows(25);
        // Whoever hears the new state sees the model within its budget.
        int overBudget = 0;
        QObject context;
        connect(&model, &PagedTableModel::fetchStateChanged, &context, [&model, &overBudget] {
            if (model.residentRowCount() > model.maxResidentRows())
                ++overBudget;
        });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HEXCLAVE_WAIT_IDLE(model);
        for (int page = 1; page < 5; ++page) {
            model.fetchMore({});
            HEXCLAVE_WAIT_IDLE(model);
            QCOMPARE(model.rowCount(), (page + 1) * 10);
            QVERIFY(model.residentRowCount() <= 25);
        }
        QCOMPARE(overBudget, 0);
        // Only the pages asked for were fetched (the tester calls fetchMore() on every dataChanged).
        QCOMPARE(fixture.server.listRequestCount(), 5);
        QCOMPARE(model.fetchState(), State::CanFetchMore);
    }

    void ensureRowsLoadedOutOfRange_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("past the end") << 60 << 70;
        QTest::newRow("far past the end") << 1000 << 1000;
        QTest::newRow("before the start") << -10 << -1;
        QTest::newRow("reversed") << 40 << 20;
    }

    void ensureRowsLoadedOutOfRange()
    {
        QFETCH(int, first);
        QFETCH(int, last);
        Fixture fixture(60);
        fixture.model.setMaxResidentRows(25);
        QAbstractItemModelTester tester(&fixture.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(fixture.model));
        const QList<int> evicted = placeholderRows(fixture.model);
        QVERIFY(!evicted.isEmpty());
        fixture.model.ensureRowsLoaded(first, last);
        QCOMPARE(fixture.server.listRequestCount(), 6);
        QVERIFY(!fixture.model.isLoading());
        QCOMPARE(placeholderRows(fixture.model), evicted);
    }

    void reloadForgetsVisibleRows()
    {
        Fixture fixture(60);
        ProbeModel &model = fixture.model;
        model.setMaxResidentRows(25);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(model));
        model.ensureRowsLoaded(50, 55); // the view was at the bottom
        model.reload();                 // a reset puts views back at the top
        HEXCLAVE_WAIT_IDLE(model);
        for (int page = 1; page < 3; ++page) {
            model.fetchMore({});
            HEXCLAVE_WAIT_IDLE(model);
        }
        QCOMPARE(model.rowCount(), 30);
        // The top rows are the ones on screen now: they stay; the page between goes.
        QCOMPARE(placeholderRows(model), rowRange(10, 19));
    }

    void refetchFailureKeepsPlaceholders()
    {
        Fixture fixture(60);
        ProbeModel &model = fixture.model;
        model.setMaxResidentRows(25);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(model));
        bool failing = true;
        fixture.server.override = [&](const SeenRequest &, const UsersQuery &query) -> std::optional<FakeResponse> {
            if (failing && query.cursor == fakeUserId(31))
                return FakeResponse::text(500, "boom");
            return std::nullopt;
        };
        QSignalSpy failed(&model, &PagedTableModel::loadFailed);
        model.ensureRowsLoaded(30, 35);
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.lastError().httpStatus, 500);
        QCOMPARE(model.fetchState(), State::Finished); // the list itself is complete
        QVERIFY(!model.isRowLoaded(30));
        QVERIFY(model.index(30, 0).data(PagedTableModel::IsPlaceholderRole).toBool());

        failing = false;
        model.ensureRowsLoaded(30, 35);
        HEXCLAVE_WAIT_IDLE(model);
        QVERIFY(model.isRowLoaded(30));
        QCOMPARE(modelIds(model, 30, 39), idsOf(fixture.server, 30, 39));
    }

    void listChangedOnServer_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("listChanged");
        QTest::newRow("the page's first row was deleted") << u"delete-first"_s << true;
        QTest::newRow("a row inside the page was deleted") << u"delete-inside"_s << true;
        QTest::newRow("a row was inserted inside the page") << u"insert-inside"_s << true;
        QTest::newRow("a row of the page was renamed") << u"rename"_s << false;
        QTest::newRow("rows were added above the page") << u"insert-above"_s << false;
    }

    void listChangedOnServer()
    {
        QFETCH(QString, change);
        QFETCH(bool, listChanged);
        Fixture fixture(60);
        ProbeModel &model = fixture.model;
        model.setMaxResidentRows(25);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(model));
        QVERIFY(!model.isRowLoaded(20)); // page 2 (rows 20–29) is evicted

        QList<FakeUser> &users = fixture.server.users;
        if (change == u"delete-first")
            users.removeAt(20);
        else if (change == u"delete-inside")
            users.removeAt(25);
        else if (change == u"insert-inside")
            users.insert(25, FakeUsersServer::makeUser(500));
        else if (change == u"rename")
            users[25].name = u"Renamed"_s;
        else if (change == u"insert-above")
            users.insert(3, FakeUsersServer::makeUser(501));

        QSignalSpy changed(&model, &PagedTableModel::listChangedOnServer);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        DataChangedRecorder changes(&model);
        model.ensureRowsLoaded(20, 29);
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(changed.count(), listChanged ? 1 : 0);
        QCOMPARE(reset.count(), listChanged ? 1 : 0);
        if (listChanged) {
            // Reloaded from the top: the first page of the list as it is now.
            const UsersQuery last = fixture.server.listRequests().last();
            QVERIFY(!last.hasCursor);
            QCOMPARE(model.rowCount(), 10);
            QCOMPARE(modelIds(model, 0, 9), idsOf(fixture.server, 0, 9));
            QCOMPARE(model.fetchState(), State::CanFetchMore);
        } else {
            QCOMPARE(model.rowCount(), 60);
            QVERIFY(model.isRowLoaded(25));
            QCOMPARE(changes.ranges.first(), (ChangedRange{20, 29, 0, 2}));
            if (change == u"rename")
                QCOMPARE(model.index(25, ProbeModel::NameColumn).data().toString(), u"Renamed"_s);
        }
    }

    void destroyedWhileLoading()
    {
        FakeUsersServer server(30);
        server.override = [](const SeenRequest &, const UsersQuery &) { return std::optional(FakeResponse::hanging()); };
        auto client = server.makeClient();
        ReplyLog replies(&server.network());
        auto model = std::make_unique<ProbeModel>(client.get());
        model->fetchMore({});
        QCOMPARE(server.listRequestCount(), 1);
        model.reset();
        QTRY_COMPARE(replies.finished.size(), 1);
        QCOMPARE(replies.abortedCount(), 1);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestPagedTableModel)
#include "tst_PagedTableModel.moc"
