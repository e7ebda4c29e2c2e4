// CommandPaletteModel: the matching rule (a _data table), pages, commands and projects matched at
// once, the users search after a pause with stale answers ignored, the teams listed once per
// session, status rows for searching and failures, all under QAbstractItemModelTester.

#include "FakeTeamsServer.h"

#include "ProjectListModel.h"
#include "auth/Capabilities.h"
#include "palette/CommandPaletteModel.h"
#include "palette/PaletteMatch.h"

#include <QAbstractItemModelTester>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Model = models::CommandPaletteModel;
using Kind = Model::Kind;

// A project switcher's model: two connections, their projects, and a status row.
std::unique_ptr<QStandardItemModel> projectList()
{
    auto model = std::make_unique<QStandardItemModel>();
    const auto add = [&model](const QString &connection, const QString &projectId, const QString &title, bool isProject) {
        auto *item = new QStandardItem(title);
        item->setData(connection, models::ProjectListModel::ConnectionIdRole);
        item->setData(projectId, models::ProjectListModel::ProjectIdRole);
        item->setData(connection == u"c1" ? u"admin@example.com"_s : u"Self-hosted"_s, models::ProjectListModel::ConnectionNameRole);
        item->setData(isProject, models::ProjectListModel::IsProjectRole);
        model->appendRow(item);
    };
    add(u"c1"_s, u"p1"_s, u"Demo Project"_s, true);
    add(u"c1"_s, u"p2"_s, u"Billing Staging"_s, true);
    add(u"c2"_s, u"p3"_s, u"Internal Tools"_s, true);
    add(u"c3"_s, QString(), u"Signing in…"_s, false);
    return model;
}

int rowOf(const Model &model, Kind kind, const QString &title)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(Model::KindRole).value<Kind>() == kind && index.data().toString() == title)
            return row;
    }
    return -1;
}

QStringList titles(const Model &model, Kind kind)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(Model::KindRole).value<Kind>() == kind)
            result << model.index(row).data().toString();
    }
    return result;
}

// Users named for the search: the fake answers GET /users?query=… with those whose name or
// e-mail contains it.
void answerUserSearches(FakeTeamsServer &server, const QList<FakeUser> &users, int *searches = nullptr)
{
    server.override = [users, searches](const SeenRequest &request) -> std::optional<FakeResponse> {
        if (!request.url.path().endsWith(u"/users"))
            return std::nullopt;
        if (searches)
            ++*searches;
        const QString query = usersQueryOf(request).value(u"query"_s);
        FakeUsersServer::PageOfUsers page;
        for (const FakeUser &user : users) {
            if (user.name.contains(query, Qt::CaseInsensitive) || user.email.contains(query, Qt::CaseInsensitive))
                page.items << user;
        }
        return FakeResponse::json(200, FakeUsersServer::pageJson(page));
    };
}

} // namespace

class TestCommandPaletteModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matching_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");

        QTest::newRow("empty query") << QString() << u"Users"_s << true;
        QTest::newRow("prefix") << u"us"_s << u"Users"_s << true;
        QTest::newRow("case") << u"USERS"_s << u"users"_s << true;
        QTest::newRow("substring") << u"ser"_s << u"Users"_s << true;
        QTest::newRow("words in any order") << u"staging bill"_s << u"Billing Staging"_s << true;
        QTest::newRow("every word must match") << u"billing prod"_s << u"Billing Staging"_s << false;
        QTest::newRow("no match") << u"xyz"_s << u"Users"_s << false;
        QTest::newRow("extra spaces") << u"  api   keys "_s << u"API keys"_s << true;
        QTest::newRow("accented") << u"fran"_s << u"Français"_s << true;
        QTest::newRow("e-mail part") << u"example.com"_s << u"ada@example.com"_s << true;
    }

    void matching()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(models::paletteMatchScore(query, text) >= 0, matches);
    }

    void ranking_data()
    {
        // The first text is a better match for the query than the second.
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("better");
        QTest::addColumn<QString>("worse");

        QTest::newRow("whole text over prefix") << u"teams"_s << u"Teams"_s << u"Teams settings"_s;
        QTest::newRow("prefix over word start") << u"con"_s << u"Config"_s << u"Open config file"_s;
        QTest::newRow("word start over inside") << u"key"_s << u"API keys"_s << u"Monkeys"_s;
        QTest::newRow("more words at starts") << u"bill stag"_s << u"Billing Staging"_s << u"Rebilling Backstage"_s;
    }

    void ranking()
    {
        QFETCH(QString, query);
        QFETCH(QString, better);
        QFETCH(QString, worse);
        const int a = models::paletteMatchScore(query, better);
        const int b = models::paletteMatchScore(query, worse);
        QVERIFY2(a > b && b >= 0, qPrintable(u"%1 vs %2"_s.arg(a).arg(b)));
    }

    void localEntries()
    {
        const auto projects = projectList();
        Model model(projects.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCommands({{u"connect"_s, u"Connect…"_s, u"connect"_s, u"Ctrl+Shift+N"_s, true},
                           {u"new-project"_s, u"New project…"_s, u"add"_s, QString(), false}});
        model.setPageShortcuts({u"Alt+1"_s, u"Alt+2"_s});

        // Nothing typed: every page, command and project (not the status row), nothing searched.
        QCOMPARE(model.rowCount(), int(api::allAreas().size()) + 2 + 3);
        QCOMPARE(titles(model, Kind::Project), (QStringList{u"Demo Project"_s, u"Billing Staging"_s, u"Internal Tools"_s}));
        QCOMPARE(model.index(0).data(Model::KindRole).value<Kind>(), Kind::Page);
        QCOMPARE(model.index(0).data(Model::ShortcutRole).toString(), u"Alt+1"_s);
        QCOMPARE(model.index(0).data(Model::KindTextRole).toString(), u"Page"_s);
        QVERIFY(!model.isSearching());

        // A disabled command shows but cannot be chosen.
        const int newProject = rowOf(model, Kind::Command, u"New project…"_s);
        QVERIFY(newProject >= 0);
        QVERIFY(!(model.flags(model.index(newProject)) & Qt::ItemIsEnabled));
        QVERIFY(model.flags(model.index(rowOf(model, Kind::Command, u"Connect…"_s))) & Qt::ItemIsSelectable);

        // Typing narrows at once, best first: "te" is the Teams page before Internal Tools.
        model.setQuery(u"te"_s);
        QVERIFY(model.rowCount() >= 2);
        QCOMPARE(model.index(0).data().toString(), u"Teams"_s);
        QVERIFY(rowOf(model, Kind::Project, u"Internal Tools"_s) > 0);

        // A project of the second connection, by words in another order and its connection name.
        model.setQuery(u"tools internal"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(Model::IdRole).toString(), u"p3"_s);
        QCOMPARE(model.index(0).data(Model::ConnectionIdRole).toString(), u"c2"_s);
        QCOMPARE(model.index(0).data(Model::SubtitleRole).toString(), u"Self-hosted"_s);

        // Nothing: one row that says so, which cannot be chosen.
        model.setQuery(u"qqqq"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(Model::KindRole).value<Kind>(), Kind::Status);
        QCOMPARE(model.flags(model.index(0)), Qt::NoItemFlags);

        // The project list changes while the palette is open.
        model.setQuery(u"billing"_s);
        QCOMPARE(model.rowCount(), 1);
        projects->removeRow(1);
        QCOMPARE(model.index(0).data(Model::KindRole).value<Kind>(), Kind::Status);
    }

    void usersAndTeams()
    {
        FakeTeamsServer server;
        server.addTeam(u"Support Crew"_s, 3);
        server.addTeam(u"Ada's team"_s, 1);
        server.addTeam(u"Engineering"_s, 5);
        int searches = 0;
        answerUserSearches(server, {FakeUsersServer::makeUser(1, u"Ada Lovelace"_s), FakeUsersServer::makeUser(2, u"Grace Hopper"_s)},
                           &searches);
        const std::unique_ptr<api::ApiClient> client = server.makeClient();
        const auto projects = projectList();
        Model model(projects.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchDelay(50);
        model.setProject(client.get(), server.projectId);
        model.startSession();
        QSignalSpy searching(&model, &Model::searchingChanged);

        // Typing quickly: one search for the last text only, "Searching…" meanwhile.
        for (const QString &typed : {u"a"_s, u"ad"_s, u"ada"_s})
            model.setQuery(typed);
        QVERIFY(model.isSearching());
        QCOMPARE(titles(model, Kind::Status), QStringList{u"Searching…"_s});
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(searches, 1);
        QCOMPARE(server.teamListRequests(), 1);
        QCOMPARE(searching.count(), 2);
        QCOMPARE(titles(model, Kind::User), QStringList{u"Ada Lovelace"_s});
        QCOMPARE(titles(model, Kind::Team), QStringList{u"Ada's team"_s});
        QVERIFY(titles(model, Kind::Status).isEmpty());
        const int ada = rowOf(model, Kind::User, u"Ada Lovelace"_s);
        QCOMPARE(model.index(ada).data(Model::SubtitleRole).toString(), u"user1@example.com"_s);
        QVERIFY(model.userAt(ada));
        QCOMPARE(model.userAt(ada)->id, fakeUserId(1));
        QCOMPARE(model.userAt(rowOf(model, Kind::Team, u"Ada's team"_s)), nullptr);

        // By e-mail; the teams are not listed again in the same session.
        model.setQuery(u"user2@"_s);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(titles(model, Kind::User), QStringList{u"Grace Hopper"_s});
        model.setQuery(u"engin"_s);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(titles(model, Kind::Team), QStringList{u"Engineering"_s});
        QCOMPARE(server.teamListRequests(), 1);

        // A new session lists them again (someone may have created one meanwhile).
        model.startSession();
        QCOMPARE(model.query(), QString());
        model.setQuery(u"support"_s);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(server.teamListRequests(), 2);
        QCOMPARE(titles(model, Kind::Team), QStringList{u"Support Crew"_s});
        QCOMPARE(titles(model, Kind::Page), QStringList{u"Support"_s});
        // The whole page title typed out ranks above a team that only starts with it.
        QVERIFY(rowOf(model, Kind::Page, u"Support"_s) < rowOf(model, Kind::Team, u"Support Crew"_s));

        // Clearing the field searches nothing.
        const int before = searches;
        model.setQuery(QString());
        QVERIFY(!model.isSearching()); // not even waiting for the search delay
        QCoreApplication::processEvents();
        QCOMPARE(searches, before);
        QVERIFY(titles(model, Kind::User).isEmpty());
    }

    void staleAnswersIgnored()
    {
        FakeTeamsServer server;
        // The first search answers slowly, the second quickly: the slow one must not win.
        server.override = [](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (!request.url.path().endsWith(u"/users"))
                return std::nullopt;
            const QString query = usersQueryOf(request).value(u"query"_s);
            FakeUsersServer::PageOfUsers page;
            page.items << FakeUsersServer::makeUser(query == u"old"_s ? 1 : 2, query == u"old"_s ? u"Old answer"_s : u"New answer"_s);
            FakeResponse response = FakeResponse::json(200, FakeUsersServer::pageJson(page));
            response.delayMs = query == u"old"_s ? 300 : 0;
            return response;
        };
        const std::unique_ptr<api::ApiClient> client = server.makeClient();
        Model model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchDelay(0);
        model.setProject(client.get(), server.projectId);
        model.setQuery(u"old"_s);
        QTRY_COMPARE(server.network().requests().size(), 2); // teams and the slow search
        model.setQuery(u"new"_s);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(titles(model, Kind::User), QStringList{u"New answer"_s});
        // Until the slow reply has finished too (answered or aborted): its answer must not count.
        QTRY_VERIFY(std::ranges::all_of(server.network().findChildren<QNetworkReply *>(), &QNetworkReply::isFinished));
        QCoreApplication::processEvents();
        QVERIFY(!model.isSearching());
        QCOMPARE(titles(model, Kind::User), QStringList{u"New answer"_s});
    }

    void clientGoneMidSearch()
    {
        FakeTeamsServer server;
        server.override = [](const SeenRequest &request) -> std::optional<FakeResponse> {
            FakeResponse response = FakeResponse::json(200, FakeUsersServer::pageJson({}));
            response.hang = request.url.path().endsWith(u"/users");
            return response;
        };
        std::unique_ptr<api::ApiClient> client = server.makeClient();
        Model model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchDelay(0);
        model.setProject(client.get(), server.projectId);
        model.setQuery(u"ada"_s);
        QTRY_VERIFY(std::ranges::any_of(server.network().requests(),
                                        [](const SeenRequest &request) { return request.url.path().endsWith(u"/users"); }));
        QVERIFY(model.isSearching());
        QSignalSpy searching(&model, &Model::searchingChanged);
        client.reset(); // the connection was removed
        QVERIFY(!model.isSearching());
        QCOMPARE(searching.count(), 1);
        QVERIFY(titles(model, Kind::Status).filter(u"Searching"_s).isEmpty()); // none left behind
    }

    void teamsNotAvailable()
    {
        FakeTeamsServer server;
        server.addTeam(u"Engineering"_s, 5);
        const std::unique_ptr<api::ApiClient> client = server.makeClient();
        Model model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchDelay(0);
        model.setProject(client.get(), server.projectId, false);
        model.setQuery(u"engin"_s);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(server.teamListRequests(), 0);
        QVERIFY(titles(model, Kind::Team).isEmpty());
        QVERIFY(titles(model, Kind::Status).filter(u"Teams"_s).isEmpty());
        // Available again (another credential): listed.
        model.setProject(client.get(), server.projectId, true);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(server.teamListRequests(), 1);
        QCOMPARE(titles(model, Kind::Team), QStringList{u"Engineering"_s});
    }

    void errors()
    {
        FakeTeamsServer server;
        server.override = [](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (request.url.path().endsWith(u"/users"))
                return FakeResponse::knownError(500, "INTERNAL", "The database is down");
            return FakeResponse::failure(QNetworkReply::ConnectionRefusedError);
        };
        const std::unique_ptr<api::ApiClient> client = server.makeClient();
        const auto projects = projectList();
        Model model(projects.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchDelay(0);
        model.setProject(client.get(), server.projectId);
        model.setQuery(u"demo"_s);
        QTRY_VERIFY(!model.isSearching());
        // The local match stays; each failure is a row of its own, marked as an error.
        QCOMPARE(titles(model, Kind::Project), QStringList{u"Demo Project"_s});
        const QStringList status = titles(model, Kind::Status);
        QCOMPARE(status.size(), 2);
        QVERIFY2(status.at(0).startsWith(u"Users could not be searched: "_s), qPrintable(status.at(0)));
        QVERIFY2(status.at(1).startsWith(u"Teams could not be loaded: "_s), qPrintable(status.at(1)));
        const int errorRow = model.rowCount() - 2;
        QVERIFY(model.index(errorRow).data(Model::IsErrorRole).toBool());
        QCOMPARE(model.flags(model.index(errorRow)), Qt::NoItemFlags);
    }

    void noProject()
    {
        // Without a client nothing is asked and no status row appears.
        Model model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(u"users"_s);
        QVERIFY(!model.isSearching());
        QCOMPARE(titles(model, Kind::Page), QStringList{u"Users"_s});
        QVERIFY(titles(model, Kind::Status).isEmpty());
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestCommandPaletteModel)
#include "tst_CommandPaletteModel.moc"
