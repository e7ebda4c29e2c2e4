// UsersModel: columns, headers and roles of each kind of user, the request parameters of every
// filter, reloading only when the filter changed, a stale search's request aborted, eviction and
// restore, errors and retry — over a scripted GET /users — and paging 1,000 users to the end on
// the TestServer (the emulator, or a live server). Every model is watched by
// QAbstractItemModelTester.

#include "FakeUsersServer.h"
#include "ModelTestHelpers.h"
#include "TestServer.h"

#include "TimeText.h"
#include "UsersModel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::PagedTableModel;
using models::UsersFilter;
using models::UsersModel;
using State = PagedTableModel::FetchState;
using OrderBy = api::users::OrderBy;
using QueryItems = QMap<QString, QString>;

constexpr int kTimeoutMs = 5000;

#define HEXCLAVE_WAIT_IDLE(model) QTRY_VERIFY_WITH_TIMEOUT(!(model).isLoading(), kTimeoutMs)

QString display(const UsersModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

QStringList namesOf(const UsersModel &model)
{
    return columnTexts(model, UsersModel::NameColumn);
}

// Every reply the network finished, by the search it carried.
class ReplyLog : public QObject
{
public:
    explicit ReplyLog(QNetworkAccessManager *network)
    {
        connect(network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
            finished.append({usersQueryOf(reply->url()).value(u"query"_s), reply->error()});
        });
    }

    QList<std::pair<QString, QNetworkReply::NetworkError>> finished;
};

} // namespace

class TestUsersModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(int users = 0)
            : server(users)
            , client(server.makeClient())
            , model(client.get(), api::ProjectScope::project(server.projectId))
        {
            model.setPageSizes(10, 10);
        }

        FakeUsersServer server;
        std::unique_ptr<api::ApiClient> client;
        UsersModel model;
    };

    static bool loadAll(UsersModel &model)
    {
        for (int guard = 0; guard < 10'000 && model.fetchState() != State::Finished; ++guard) {
            if (model.fetchState() == State::Failed)
                return false;
            model.fetchMore({});
            if (!QTest::qWaitFor([&model] { return !model.isLoading(); }, 30'000))
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

    void initTestCase()
    {
        // Dates and numbers in the expectations are in English.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void columnsAndHeaders()
    {
        Fixture fixture(1);
        UsersModel &model = fixture.model;
        model.fetchMore({});
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(UsersModel::ColumnCount));
        QCOMPARE(model.columnCount(model.index(0, 0)), 0); // a table: no children
        const QStringList expected = {u"User"_s, u"Email"_s, u"User ID"_s, u"Verified"_s,
                                      u"Last active"_s, u"Auth methods"_s, u"Signed up"_s};
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, expected);
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole), QVariant());
        QCOMPARE(model.headerData(UsersModel::ColumnCount, Qt::Horizontal), QVariant());
    }

    void rolesOfEachKindOfUser()
    {
        Fixture fixture;
        FakeUser ada = FakeUsersServer::makeUser(1, u"Ada Lovelace"_s);
        ada.oauthProviders = {u"github"_s, u"google"_s};
        FakeUser unverified = FakeUsersServer::makeUser(2);
        unverified.name.clear();
        unverified.emailVerified = false;
        unverified.hasPassword = false;
        FakeUser anonymous = FakeUsersServer::makeUser(3);
        anonymous.name.clear();
        anonymous.email.clear();
        anonymous.anonymous = true;
        anonymous.hasPassword = false;
        anonymous.lastActiveAtMillis.reset();
        fixture.server.users = {ada, unverified, anonymous};

        UsersModel &model = fixture.model;
        UsersFilter filter = model.filter();
        filter.includeAnonymous = true;
        model.setFilter(filter);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.fetchState(), State::Finished);

        // Ada: a name, a verified email, a password and two OAuth providers.
        QCOMPARE(display(model, 0, UsersModel::NameColumn), u"Ada Lovelace"_s);
        QCOMPARE(display(model, 0, UsersModel::EmailColumn), u"user1@example.com"_s);
        QCOMPARE(display(model, 0, UsersModel::IdColumn), fakeUserId(1));
        QCOMPARE(display(model, 0, UsersModel::IdColumn, Qt::ToolTipRole), fakeUserId(1));
        QCOMPARE(model.index(0, UsersModel::EmailVerifiedColumn).data(), QVariant());
        QCOMPARE(model.index(0, UsersModel::EmailVerifiedColumn).data(UsersModel::EmailVerifiedRole), QVariant(true));
        QCOMPARE(display(model, 0, UsersModel::EmailVerifiedColumn, Qt::ToolTipRole), u"Email verified"_s);
        QCOMPARE(display(model, 0, UsersModel::EmailVerifiedColumn, Qt::AccessibleTextRole), u"Email verified"_s);
        QCOMPARE(model.index(0, UsersModel::EmailVerifiedColumn).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignCenter));
        QCOMPARE(display(model, 0, UsersModel::AuthMethodsColumn), u"Password, GitHub, Google"_s);
        QCOMPARE(model.index(0, UsersModel::SignedUpColumn).data(PagedTableModel::RawValueRole).toLongLong(), ada.signedUpAtMillis);
        QCOMPARE(display(model, 0, UsersModel::SignedUpColumn, Qt::ToolTipRole), models::absoluteTime(ada.signedUpAtMillis));
        QCOMPARE(display(model, 0, UsersModel::SignedUpColumn),
                 models::relativeTime(ada.signedUpAtMillis, QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(model.index(0, UsersModel::LastActiveColumn).data(PagedTableModel::RawValueRole).toLongLong(),
                 *ada.lastActiveAtMillis);
        QCOMPARE(model.index(0, UsersModel::NameColumn).data(PagedTableModel::IsPlaceholderRole), QVariant(false));

        // No name and an unverified email.
        QCOMPARE(display(model, 1, UsersModel::NameColumn), u"(no name)"_s);
        QCOMPARE(model.index(1, UsersModel::NameColumn).data(PagedTableModel::RawValueRole).toString(), QString());
        QCOMPARE(model.index(1, UsersModel::EmailVerifiedColumn).data(UsersModel::EmailVerifiedRole), QVariant(false));
        QCOMPARE(display(model, 1, UsersModel::EmailVerifiedColumn, Qt::ToolTipRole), u"Email not verified"_s);
        QCOMPARE(display(model, 1, UsersModel::AuthMethodsColumn), u"None"_s);

        // Anonymous: no email, never active.
        QCOMPARE(display(model, 2, UsersModel::NameColumn), u"Anonymous user"_s);
        QCOMPARE(display(model, 2, UsersModel::EmailColumn), QString());
        QCOMPARE(model.index(2, UsersModel::EmailVerifiedColumn).data(UsersModel::EmailVerifiedRole), QVariant());
        QCOMPARE(display(model, 2, UsersModel::EmailVerifiedColumn, Qt::ToolTipRole), u"No email"_s);
        QCOMPARE(display(model, 2, UsersModel::LastActiveColumn), u"Never"_s);
        QCOMPARE(model.index(2, UsersModel::LastActiveColumn).data(PagedTableModel::RawValueRole), QVariant());
        QCOMPARE(display(model, 2, UsersModel::LastActiveColumn, Qt::ToolTipRole), QString());
        QCOMPARE(model.rowAt(2)->isAnonymous, true);
        QVERIFY(!model.rowAt(3));
    }

    void authMethodsText_data()
    {
        QTest::addColumn<bool>("password");
        QTest::addColumn<bool>("otp");
        QTest::addColumn<bool>("passkey");
        QTest::addColumn<QStringList>("providers");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << false << false << false << QStringList() << u"None"_s;
        QTest::newRow("password") << true << false << false << QStringList() << u"Password"_s;
        QTest::newRow("all built-in") << true << true << true << QStringList() << u"Password, Email code, Passkey"_s;
        QTest::newRow("known providers") << false << false << false << QStringList{u"github"_s, u"x"_s, u"linkedin"_s}
                                         << u"GitHub, X, LinkedIn"_s;
        QTest::newRow("unknown provider") << false << true << false << QStringList{u"okta"_s} << u"Email code, okta"_s;
    }

    void authMethodsText()
    {
        QFETCH(bool, password);
        QFETCH(bool, otp);
        QFETCH(bool, passkey);
        QFETCH(QStringList, providers);
        QFETCH(QString, expected);
        api::User user;
        user.hasPassword = password;
        user.otpAuthEnabled = otp;
        user.passkeyAuthEnabled = passkey;
        for (const QString &provider : std::as_const(providers))
            user.oauthProviders.append({provider, u"account"_s, std::nullopt});
        QCOMPARE(UsersModel::authMethodsText(user), expected);
    }

    void filterQuery_data()
    {
        QTest::addColumn<UsersFilter>("filter");
        QTest::addColumn<QueryItems>("expected"); // query items other than limit; "" = absent

        const UsersFilter defaults;
        QTest::newRow("defaults") << defaults
                                  << QueryItems{{u"order_by"_s, u"signed_up_at"_s}, {u"desc"_s, u"true"_s},
                                                            {u"include_restricted"_s, u"true"_s},
                                                            {u"include_anonymous"_s, {}}, {u"only_anonymous"_s, {}},
                                                            {u"query"_s, {}}, {u"cursor"_s, {}}};
        UsersFilter search = defaults;
        search.search = u"  ada  "_s;
        QTest::newRow("search, trimmed") << search << QueryItems{{u"query"_s, u"ada"_s}};
        search.search = u"a+b@x.com"_s;
        QTest::newRow("search with + and @") << search << QueryItems{{u"query"_s, u"a+b@x.com"_s}};
        search.search = u"Zoë Åberg & co"_s;
        QTest::newRow("search with spaces, & and accents") << search << QueryItems{{u"query"_s, u"Zoë Åberg & co"_s}};
        UsersFilter lastActive = defaults;
        lastActive.orderBy = OrderBy::LastActiveAt;
        lastActive.descending = false;
        QTest::newRow("least recently active first")
            << lastActive << QueryItems{{u"order_by"_s, u"last_active_at"_s}, {u"desc"_s, u"false"_s}};
        UsersFilter noRestricted = defaults;
        noRestricted.includeRestricted = false;
        QTest::newRow("without restricted") << noRestricted << QueryItems{{u"include_restricted"_s, {}}};
        UsersFilter anonymous = defaults;
        anonymous.includeAnonymous = true;
        QTest::newRow("with anonymous")
            << anonymous << QueryItems{{u"include_anonymous"_s, u"true"_s}, {u"only_anonymous"_s, {}}};
        UsersFilter onlyAnonymous = defaults;
        onlyAnonymous.onlyAnonymous = true;
        QTest::newRow("only anonymous")
            << onlyAnonymous << QueryItems{{u"include_anonymous"_s, u"true"_s}, {u"only_anonymous"_s, u"true"_s}};
    }

    void filterQuery()
    {
        QFETCH(UsersFilter, filter);
        QFETCH(QueryItems, expected);
        Fixture fixture(5);
        fixture.model.setPageSizes(37, 200);
        fixture.model.setFilter(filter);
        if (fixture.model.pageCount() == 0 && !fixture.model.isLoading())
            fixture.model.fetchMore({}); // the default filter does not reload
        HEXCLAVE_WAIT_IDLE(fixture.model);
        const QList<UsersQuery> requests = fixture.server.listRequests();
        QCOMPARE(requests.size(), 1);
        const UsersQuery &query = requests.first();
        QCOMPARE(query.limit, 37);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (it.value().isEmpty())
                QVERIFY2(!query.query.hasQueryItem(it.key()), qPrintable(it.key()));
            else
                QCOMPARE(query.value(it.key()), it.value());
        }
        // The model sends UsersFilter::toListQuery, which the export builds its requests with too.
        auto sent = query.query.queryItems(QUrl::FullyDecoded);
        auto built = filter.toListQuery(37, {}).toUrlQuery().queryItems(QUrl::FullyDecoded);
        std::sort(sent.begin(), sent.end());
        std::sort(built.begin(), built.end());
        QCOMPARE(sent, built);
        const QUrlQuery next = filter.toListQuery(50, u"next page"_s).toUrlQuery();
        QCOMPARE(next.queryItemValue(u"limit"_s), u"50"_s);
        QCOMPARE(next.queryItemValue(u"cursor"_s, QUrl::FullyDecoded), u"next page"_s);
    }

    void setFilterReloadsOnlyWhenChanged()
    {
        Fixture fixture(30);
        UsersModel &model = fixture.model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HEXCLAVE_WAIT_IDLE(model);
        model.fetchMore({});
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.rowCount(), 20);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFilter(UsersFilter(model.filter()));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(fixture.server.listRequestCount(), 2);
        QCOMPARE(model.rowCount(), 20);

        UsersFilter filter = model.filter();
        filter.search = u"User 2"_s; // User 2, 20–29
        model.setFilter(filter);
        QCOMPARE(model.filter(), filter);
        QCOMPARE(reset.count(), 1);
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.fetchState(), State::Finished);
        for (const QString &name : namesOf(model))
            QVERIFY2(name.contains(u"User 2"_s), qPrintable(name));
        QCOMPARE(fixture.server.listRequests().at(2).value(u"query"_s), u"User 2"_s);
        QCOMPARE(fixture.server.listRequests().at(3).value(u"query"_s), u"User 2"_s);
        QCOMPARE(fixture.server.listRequests().at(3).cursor, fakeUserId(29));
    }

    void reloadAndFilterChangeUnderTester()
    {
        Fixture fixture(45);
        UsersModel &model = fixture.model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 45);

        model.reload();
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.rowCount(), 10);

        UsersFilter filter = model.filter();
        filter.orderBy = OrderBy::LastActiveAt;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 45);
        QCOMPARE(fixture.server.listRequests().last().value(u"order_by"_s), u"last_active_at"_s);
    }

    void staleSearchIsAborted_data()
    {
        QTest::addColumn<bool>("hanging");
        QTest::newRow("answer on its way") << false;
        QTest::newRow("slow answer") << true;
    }

    void staleSearchIsAborted()
    {
        QFETCH(bool, hanging);
        Fixture fixture;
        for (int i = 1; i <= 12; ++i)
            fixture.server.users.append(FakeUsersServer::makeUser(i, (i % 2 ? u"Alpha %1"_s : u"Beta %1"_s).arg(i)));
        fixture.server.override = [hanging](const SeenRequest &, const UsersQuery &query) -> std::optional<FakeResponse> {
            if (hanging && query.value(u"query"_s) == u"alpha")
                return FakeResponse::hanging();
            return std::nullopt;
        };
        UsersModel &model = fixture.model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HEXCLAVE_WAIT_IDLE(model);
        ReplyLog replies(&fixture.server.network());
        QStringList everInserted;
        QObject context;
        connect(&model, &QAbstractItemModel::rowsInserted, &context, [&](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                everInserted << display(model, row, UsersModel::NameColumn);
        });

        UsersFilter filter = model.filter();
        filter.search = u"alpha"_s;
        model.setFilter(filter);
        QVERIFY(model.isLoading());
        // The user types on before the answer came.
        filter.search = u"beta"_s;
        model.setFilter(filter);
        HEXCLAVE_WAIT_IDLE(model);
        QTRY_COMPARE(replies.finished.size(), 2);
        QCOMPARE(replies.finished.at(0), std::make_pair(u"alpha"_s, QNetworkReply::OperationCanceledError));
        QCOMPARE(replies.finished.at(1), std::make_pair(u"beta"_s, QNetworkReply::NoError));
        QCOMPARE(model.rowCount(), 6);
        for (const QString &name : namesOf(model))
            QVERIFY2(name.startsWith(u"Beta"_s), qPrintable(name));
        for (const QString &name : std::as_const(everInserted))
            QVERIFY2(name.startsWith(u"Beta"_s), qPrintable(name));
        QCOMPARE(model.filter().search, u"beta"_s);
    }

    void evictionAndRestoreUnderTester()
    {
        Fixture fixture(50);
        UsersModel &model = fixture.model;
        model.setMaxResidentRows(20);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DataChangedRecorder changes(&model);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(model.residentRowCount() <= model.maxResidentRows());
        const QList<int> evicted = placeholderRows(model);
        QCOMPARE(evicted, rowRange(10, 39));
        // Each eviction covers exactly its page, in every column.
        QCOMPARE(changes.ranges, (QList<ChangedRange>{{10, 19, 0, UsersModel::ColumnCount - 1},
                                                      {20, 29, 0, UsersModel::ColumnCount - 1},
                                                      {30, 39, 0, UsersModel::ColumnCount - 1}}));
        // Placeholders say so, and "Loading…" in the first column only.
        QCOMPARE(model.index(15, UsersModel::NameColumn).data(PagedTableModel::IsPlaceholderRole), QVariant(true));
        QCOMPARE(display(model, 15, UsersModel::NameColumn), u"Loading…"_s);
        QCOMPARE(model.index(15, UsersModel::EmailColumn).data(), QVariant());
        QCOMPARE(model.index(15, UsersModel::SignedUpColumn).data(PagedTableModel::RawValueRole), QVariant());

        changes.ranges.clear();
        model.ensureRowsLoaded(12, 25);
        HEXCLAVE_WAIT_IDLE(model);
        for (int row = 12; row <= 25; ++row) {
            QCOMPARE(model.index(row, UsersModel::NameColumn).data(PagedTableModel::IsPlaceholderRole), QVariant(false));
            QCOMPARE(display(model, row, UsersModel::EmailColumn), fixture.server.users.at(row).email);
        }
        // Two pages came back, each announced once; to stay in budget the others went.
        QVERIFY(changes.ranges.contains(ChangedRange{10, 19, 0, UsersModel::ColumnCount - 1}));
        QVERIFY(changes.ranges.contains(ChangedRange{20, 29, 0, UsersModel::ColumnCount - 1}));
        for (const ChangedRange &range : std::as_const(changes.ranges)) {
            QCOMPARE(range.firstRow % 10, 0);
            QCOMPARE(range.lastRow, range.firstRow + 9);
        }
        QCOMPARE(placeholderRows(model), rowRange(0, 9) + rowRange(30, 39));
        QCOMPARE(fixture.server.listRequestCount(), 7);
    }

    void errorAndRetry()
    {
        Fixture fixture(25);
        bool failing = true;
        fixture.server.override = [&failing](const SeenRequest &, const UsersQuery &query) -> std::optional<FakeResponse> {
            if (failing && query.hasCursor) {
                FakeResponse response = FakeResponse::knownError(403, "INSUFFICIENT_ACCESS_TYPE", "Nope");
                response.headers.append({QByteArray("X-Stack-Request-Id"), QByteArray("req-403")});
                return response;
            }
            return std::nullopt;
        };
        UsersModel &model = fixture.model;
        QSignalSpy failed(&model, &PagedTableModel::loadFailed);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HEXCLAVE_WAIT_IDLE(model);
        model.fetchMore({});
        HEXCLAVE_WAIT_IDLE(model);
        QCOMPARE(model.fetchState(), State::Failed);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.lastError().code, u"INSUFFICIENT_ACCESS_TYPE"_s);
        QCOMPARE(model.lastError().requestId, u"req-403"_s);
        QCOMPARE(model.rowCount(), 10);

        failing = false;
        model.retry();
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(failed.count(), 1);
    }

    // Paging through 1,000 users of the TestServer to the end.
    void pagesToTheEndOnServer()
    {
        emulator::EmulatorOptions options;
        options.userCount = 1000;
        const auto server = TestServer::start(options);
        QVERIFY2(server, "the emulator did not start");
        HEXCLAVE_REQUIRE(*server, Needs::AdminKey);

        QNetworkAccessManager network;
        api::ApiClient client(&network, server->apiRoot(),
                              std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey,
                                                                             server->projectId(), server->adminKey()));
        UsersModel model(&client, api::ProjectScope::project(server->projectId()));
        model.setPageSizes(100, 250);
        model.setMaxResidentRows(500);
        UsersFilter filter;
        filter.includeAnonymous = true; // everyone
        model.setFilter(filter);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The ids of each page as it arrived.
        QStringList ids;
        QObject context;
        connect(&model, &QAbstractItemModel::rowsInserted, &context, [&](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                ids << display(model, row, UsersModel::IdColumn);
        });
        QVERIFY(loadAll(model));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(ids.size(), model.rowCount());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // no row twice
        QVERIFY(model.residentRowCount() <= model.maxResidentRows());
        if (!server->isLive()) {
            QCOMPARE(model.rowCount(), 1000);
            QCOMPARE(model.rowCount(), server->emulator()->userCount(server->projectId()));
            // Every page was asked for with the configured size, from the first row of the page.
            QList<emulator::RecordedRequest> requests;
            for (const emulator::RecordedRequest &request : server->emulator()->recordedRequests()) {
                if (request.method == u"GET" && request.path == u"/users")
                    requests << request;
            }
            QCOMPARE(requests.size(), 5); // 100 + 4 × 250
            int firstRow = 0;
            for (int i = 0; i < requests.size(); ++i) {
                const QUrlQuery query(requests.at(i).query);
                QCOMPARE(query.queryItemValue(u"limit"_s), i == 0 ? u"100"_s : u"250"_s);
                QCOMPARE(query.queryItemValue(u"cursor"_s), i == 0 ? QString() : ids.at(firstRow));
                firstRow += i == 0 ? 100 : 250;
            }
        }

        // Newest first, by the raw sign-up time; evicted pages come back the same.
        const QList<int> evicted = placeholderRows(model);
        QVERIFY(model.rowCount() <= 350 || !evicted.isEmpty());
        model.ensureRowsLoaded(0, model.rowCount() - 1 < 400 ? model.rowCount() - 1 : 400);
        HEXCLAVE_WAIT_IDLE(model);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.isRowLoaded(row))
                continue;
            QCOMPARE(display(model, row, UsersModel::IdColumn), ids.at(row));
            const qint64 signedUp = model.index(row, UsersModel::SignedUpColumn).data(PagedTableModel::RawValueRole).toLongLong();
            QVERIFY(signedUp <= previous);
            previous = signedUp;
        }
        QVERIFY(model.isRowLoaded(0));
        QVERIFY(model.isRowLoaded(std::min(400, model.rowCount() - 1)));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestUsersModel)
#include "tst_UsersModel.moc"
