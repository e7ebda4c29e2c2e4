// The contract check: every spec-covered route the client uses goes through Stoplight Prism, a
// validating proxy (../shared/contract/prism-proxy.sh), between api::ApiClient and the
// TestServer (the emulator in this process, or the live server named by HEXCLAVE_TEST_BASE_URL).
// Prism answers 422 when the client sends a request the spec forbids and 500 #VIOLATIONS when
// the server answers outside the spec; either fails the test, and so does any violation or
// error line on the proxy's stdout. It runs twice (global data): an admin-key client against
// admin.json, and a server-key client against server.json.
//
// Needs node, npm and python3; the first run installs Prism from npm into $PRISM_HOME (default
// ~/.cache/hexclave-contract/prism). CTest label "contract": the dev and asan presets leave it
// out; CI runs it with `.ci/contract-check build/dev`.

#include "ExchangeLog.h"
#include "PrismProxy.h"
#include "TestServer.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "endpoints/ApiKeysEndpoints.h"
#include "endpoints/ConfigEndpoints.h"
#include "endpoints/ContactChannelsEndpoints.h"
#include "endpoints/EmailsEndpoints.h"
#include "endpoints/OAuthProvidersEndpoints.h"
#include "endpoints/PaymentsEndpoints.h"
#include "endpoints/PermissionsEndpoints.h"
#include "endpoints/ProjectsEndpoints.h"
#include "endpoints/SessionsEndpoints.h"
#include "endpoints/TeamInvitationsEndpoints.h"
#include "endpoints/TeamsEndpoints.h"
#include "endpoints/UsersEndpoints.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <limits>
#include <map>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ApiError;
using api::CredentialKind;
using api::ProjectScope;
using api::User;
using api::users::ListQuery;
using api::users::NewUser;
using api::users::OrderBy;

namespace {

constexpr int answerTimeoutMs = 30'000;

api::users::UserPatch displayNamePatch(const QString &name)
{
    api::users::UserPatch patch;
    patch.displayName = std::optional<QString>(name);
    return patch;
}

// How a call ended, copied out before the job deletes itself, and what the contract check
// found in the exchanges it caused (retries included).
struct Result
{
    bool finished = false;
    bool succeeded = false;
    int httpStatus = 0;
    ApiError error;
    QStringList contractProblems;

    QString describe() const
    {
        return error.technicalSummary() + u" — "_s + error.message.left(300);
    }
};

template <class T>
struct Outcome : Result
{
    T value{};
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A field of a user, for the expectations of the update table.
QVariant userField(const User &user, const QString &field)
{
    if (field == u"display_name")
        return user.displayName ? QVariant(*user.displayName) : QVariant();
    if (field == u"primary_email_verified")
        return user.primaryEmailVerified;
    if (field == u"restricted_by_admin")
        return user.restrictedByAdmin;
    if (field == u"restricted_by_admin_reason")
        return user.restrictedByAdminReason ? QVariant(*user.restrictedByAdminReason) : QVariant();
    if (field == u"client_metadata")
        return user.clientMetadata;
    if (field == u"server_metadata")
        return user.serverMetadata;
    return u"<unknown field %1>"_s.arg(field);
}

bool matchesSearch(const User &user, const QString &search)
{
    return user.displayName.value_or(QString()).contains(search, Qt::CaseInsensitive)
        || user.primaryEmail.value_or(QString()).contains(search, Qt::CaseInsensitive) || user.id == search;
}

} // namespace

// Sends a call through the current proxy and fails the test when no answer came or the contract
// check rejected any exchange the call caused.
#define CONTRACT_SEND(outcome, call)                                                           \
    const auto outcome = send(call);                                                           \
    QVERIFY2(outcome.finished, "no answer within 30 s");                                       \
    QVERIFY2(outcome.contractProblems.isEmpty(), qPrintable(outcome.contractProblems.join(u'\n')))

#define VERIFY_SUCCEEDED(outcome) QVERIFY2((outcome).succeeded, qPrintable((outcome).describe()))

class TestContractSpecs : public QObject
{
    Q_OBJECT

private:
    enum class Operation { GetUser, PatchUser, DeleteUser, GetTeam };

    // One run of the check: a credential and the spec its requests are checked against.
    struct Flavour
    {
        CredentialKind kind = CredentialKind::AdminKey;
        QString skipReason; // live server without this key
        std::unique_ptr<PrismProxy> proxy;
        std::unique_ptr<api::ApiClient> client;
        qsizetype firstExchange = 0; // of the checked routes, after the canaries
        qsizetype firstLogLine = 0;
    };

    Flavour &current()
    {
        QFETCH_GLOBAL(QString, spec);
        return m_flavours.at(spec);
    }

    ProjectScope scope() const { return ProjectScope::project(m_server->projectId()); }

    std::unique_ptr<api::ApiClient> makeClient(CredentialKind kind, const QUrl &apiRoot)
    {
        const QString key = kind == CredentialKind::AdminKey ? m_server->adminKey() : m_server->serverKey();
        return std::make_unique<api::ApiClient>(
            &m_network, apiRoot, std::make_unique<api::ProjectKeyAuthenticator>(kind, m_server->projectId(), key));
    }

    template <class T>
    Outcome<T> run(api::ApiClient &client, api::Call<T> call)
    {
        Outcome<T> outcome;
        const qsizetype before = m_log->size();
        auto *job = client.send(std::move(call));
        {
            QObject context;
            connect(job, &api::ApiJob::finished, &context, [&outcome, job] {
                outcome.finished = true;
                outcome.succeeded = job->succeeded();
                outcome.httpStatus = job->httpStatus();
                outcome.error = job->error();
                if (outcome.succeeded)
                    outcome.value = job->takeValue();
            });
            if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, answerTimeoutMs))
                job->abort();
            outcome.finished = outcome.finished && outcome.error.kind != ApiError::Kind::Cancelled;
        }
        outcome.contractProblems = ExchangeLog::problems(m_log->since(before));
        return outcome;
    }

    template <class T>
    Outcome<T> send(api::Call<T> call)
    {
        return run(*current().client, std::move(call));
    }

    // The data the tables need (a user, a team, search words), read from the server directly
    // (not through the proxy) so that a live run assumes nothing about its data.
    void discoverData()
    {
        const CredentialKind kind = m_server->missing(TestServer::Needs::AdminKey).isEmpty() ? CredentialKind::AdminKey
                                                                                              : CredentialKind::ServerKey;
        m_direct = makeClient(kind, m_server->apiRoot());
        ListQuery query;
        query.limit = 50;
        const auto users = run(*m_direct, api::users::list(scope(), query));
        QVERIFY2(users.succeeded, qPrintable(users.describe()));
        for (const User &user : users.value.items) {
            const QString name = user.displayName.value_or(QString());
            if (name.contains(u' ') && user.primaryEmail) {
                m_userId = user.id;
                m_userName = name;
                // The last word in another case: the search is case-insensitive.
                m_searchWord = name.section(u' ', -1).toUpper();
                break;
            }
        }
        const auto teams = run(*m_direct, api::teams::list(scope()));
        QVERIFY2(teams.succeeded, qPrintable(teams.describe()));
        if (!teams.value.items.isEmpty())
            m_teamId = teams.value.items.constFirst().id;
    }

    // Proves that the proxy validates at all (a wrong spec or an open proxy would let every
    // check pass): a request the spec forbids must come back 422 from Prism, and with the
    // emulator, an answer outside the spec (a user without its fields) must come back 500
    // #VIOLATIONS. Their exchanges and log lines are left out of the final check.
    void checkCanaries(Flavour &flavour)
    {
        QUrlQuery badQuery;
        badQuery.addQueryItem(u"desc"_s, u"maybe"_s); // the spec allows "true" and "false"
        const auto badRequest = run(*flavour.client, api::Call<api::Page<User>>{api::ApiRequest::get(u"/users"_s, scope(), badQuery)});
        QVERIFY2(badRequest.contractProblems.size() == 1 && badRequest.httpStatus == 422
                     && badRequest.contractProblems.constFirst().contains(u"sent a request the spec forbids"_s),
                 qPrintable(u"Prism let a request through that the spec forbids: "_s + badRequest.describe()));
        qInfo().noquote() << "canary:" << badRequest.contractProblems.constFirst().section(u'\n', 0, 2);
        if (m_server->emulator()) {
            // 200 with {code, error}: a user without any of the fields the spec requires.
            m_server->emulator()->addFault({.kind = emulator::Fault::Kind::KnownError, .method = u"GET"_s,
                                            .pathPattern = u"^/users/"_s, .count = 1, .status = 200,
                                            .knownErrorCode = u"CANARY"_s, .message = u"not a user"_s});
            const auto badAnswer = run(*flavour.client, api::users::get(scope(), newId()));
            m_server->emulator()->clearFaults();
            QVERIFY2(badAnswer.contractProblems.size() == 1 && badAnswer.httpStatus == 500
                         && badAnswer.contractProblems.constFirst().contains(u"answered outside the spec"_s),
                     qPrintable(u"Prism passed an answer that the spec forbids: "_s + badAnswer.describe()));
            qInfo().noquote() << "canary:" << badAnswer.contractProblems.constFirst().section(u'\n', 0, 2);
        }
        flavour.firstExchange = m_log->size();
        flavour.firstLogLine = flavour.proxy->drainOutput().size();
    }

    // A user to change or delete, created directly and deleted again in cleanup().
    QString createScratchUser()
    {
        NewUser user;
        user.displayName = TestServer::uniqueName(u"contract-check"_s);
        const auto created = run(*m_direct, api::users::create(scope(), user));
        if (!created.succeeded)
            return {};
        m_scratchUserIds << created.value.id;
        return created.value.id;
    }

    std::unique_ptr<TestServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ExchangeLog> m_log;
    std::unique_ptr<api::ApiClient> m_direct;
    std::map<QString, Flavour> m_flavours;
    QString m_userId;
    QString m_userName;
    QString m_searchWord;
    QString m_teamId;
    QStringList m_scratchUserIds;
    QStringList m_scratchTeamIds;
    QList<QPair<api::permissions::PermissionScope, QString>> m_scratchDefinitions;

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("admin") << u"admin"_s;
        QTest::newRow("server") << u"server"_s;
    }

    void initTestCase()
    {
        const QString script = QStringLiteral(HEXCLAVE_CONTRACT_DIR "/prism-proxy.sh");
        QVERIFY2(QFileInfo(script).isExecutable(), qPrintable(u"not found or not executable: "_s + script));
        m_server = TestServer::start();
        QVERIFY2(m_server, "the emulator did not start");
        if (!m_server->missing(TestServer::Needs::AdminKey).isEmpty() && !m_server->missing(TestServer::Needs::ServerKey).isEmpty())
            QSKIP(qPrintable(m_server->missing(TestServer::Needs::AdminKey)));
        m_log = std::make_unique<ExchangeLog>(&m_network);
        discoverData();
        if (QTest::currentTestFailed())
            return;

        // One after the other: the first start may install Prism, and two installs into the
        // same $PRISM_HOME at once would trip over each other.
        for (const auto &[spec, kind, needs] : {std::tuple(u"admin"_s, CredentialKind::AdminKey, TestServer::Needs::AdminKey),
                                                std::tuple(u"server"_s, CredentialKind::ServerKey, TestServer::Needs::ServerKey)}) {
            Flavour &flavour = m_flavours[spec];
            flavour.kind = kind;
            flavour.skipReason = m_server->missing(needs);
            if (!flavour.skipReason.isEmpty())
                continue;
            flavour.proxy = std::make_unique<PrismProxy>(script, m_server->apiRoot(), spec, spec);
            QVERIFY2(flavour.proxy->start(), qPrintable(flavour.proxy->errorString()));
            flavour.client = makeClient(kind, flavour.proxy->apiRoot());
            checkCanaries(flavour);
            if (QTest::currentTestFailed())
                return;
            qInfo().noquote() << "Prism checks" << spec << "access against" << spec + u".json"_s << "on"
                              << flavour.proxy->apiRoot().toString() << "->" << m_server->apiRoot().toString();
        }
    }

    void init()
    {
        const Flavour &flavour = current();
        if (!flavour.skipReason.isEmpty())
            QSKIP(qPrintable(flavour.skipReason));
    }

    void cleanup()
    {
        for (const QString &id : std::as_const(m_scratchTeamIds))
            run(*m_direct, api::teams::remove(scope(), id));
        m_scratchTeamIds.clear();
        for (const QString &id : std::as_const(m_scratchUserIds))
            run(*m_direct, api::users::remove(scope(), id));
        m_scratchUserIds.clear();
        for (const auto &[kind, id] : std::as_const(m_scratchDefinitions))
            run(*m_direct, api::permissions::removeDefinition(scope(), kind, id));
        m_scratchDefinitions.clear();
    }

    void cleanupTestCase()
    {
        for (auto &[spec, flavour] : m_flavours) {
            flavour.client.reset();
            flavour.proxy.reset();
        }
    }

    // GET /projects/current: how ConnectionSession checks a key.
    void projectsCurrent()
    {
        CONTRACT_SEND(project, api::projects::currentPublic(scope()));
        VERIFY_SUCCEEDED(project);
        QCOMPARE(project.value.id, m_server->projectId());
        QVERIFY(!project.value.displayName.isEmpty());
    }

    // GET /users with each query parameter the client sends.
    void usersList_data()
    {
        QTest::addColumn<ListQuery>("query");
        QTest::addColumn<QString>("needs");  // "user" or "team": skip when the server has none
        QTest::addColumn<QString>("expect"); // "first-id" or "matches-search"; empty: any page

        const auto with = [](auto change) {
            ListQuery query;
            query.limit = 10;
            change(query);
            return query;
        };
        QTest::newRow("limit=3") << with([](ListQuery &q) { q.limit = 3; }) << QString() << QString();
        QTest::newRow("limit=1000 (maximum)") << with([](ListQuery &q) { q.limit = 1000; }) << QString() << QString();
        QTest::newRow("order_by=signed_up_at desc=false") << with([](ListQuery &q) {
            q.orderBy = OrderBy::SignedUpAt;
            q.descending = false;
        }) << QString() << QString();
        QTest::newRow("order_by=last_active_at desc=true") << with([](ListQuery &q) {
            q.orderBy = OrderBy::LastActiveAt;
            q.descending = true;
        }) << QString() << QString();
        QTest::newRow("query: a word, other case") << with([this](ListQuery &q) { q.search = m_searchWord; })
                                                  << u"user"_s << u"matches-search"_s;
        QTest::newRow("query: a name with a space") << with([this](ListQuery &q) { q.search = m_userName; })
                                                   << u"user"_s << u"matches-search"_s;
        QTest::newRow("query: an exact id") << with([this](ListQuery &q) { q.search = m_userId; }) << u"user"_s
                                           << u"first-id"_s;
        QTest::newRow("query: reserved characters") << with([](ListQuery &q) { q.search = u"a+b c&d=e%f/#?ü"_s; })
                                                   << QString() << QString();
        QTest::newRow("include_restricted") << with([](ListQuery &q) { q.includeRestricted = true; }) << QString()
                                            << QString();
        QTest::newRow("include_anonymous") << with([](ListQuery &q) {
            q.includeRestricted = true;
            q.includeAnonymous = true;
        }) << QString() << QString();
        QTest::newRow("only_anonymous") << with([](ListQuery &q) {
            q.includeAnonymous = true;
            q.onlyAnonymous = true;
        }) << QString() << QString();
        QTest::newRow("team_id") << with([this](ListQuery &q) { q.teamId = m_teamId; }) << u"team"_s << QString();
        QTest::newRow("every parameter") << with([this](ListQuery &q) {
            q.limit = 5;
            q.orderBy = OrderBy::LastActiveAt;
            q.descending = true;
            q.search = u"e"_s;
            q.teamId = m_teamId;
            q.includeRestricted = true;
            q.includeAnonymous = true;
        }) << u"team"_s << QString();
    }

    void usersList()
    {
        QFETCH(ListQuery, query);
        QFETCH(QString, needs);
        QFETCH(QString, expect);
        if (needs == u"user" && m_userId.isEmpty())
            QSKIP("the server has no user with a display name of two words and an e-mail");
        if (needs == u"team" && m_teamId.isEmpty())
            QSKIP("the server's project has no team");

        CONTRACT_SEND(page, api::users::list(scope(), query));
        VERIFY_SUCCEEDED(page);
        QVERIFY(page.value.isPaginated);
        QVERIFY(page.value.items.size() <= query.limit);
        if (expect == u"first-id") {
            QCOMPARE(page.value.items.size(), 1);
            QCOMPARE(page.value.items.constFirst().id, query.search);
        } else if (expect == u"matches-search") {
            QVERIFY2(!page.value.items.isEmpty(), qPrintable(u"nothing found for "_s + query.search));
            for (const User &user : page.value.items)
                QVERIFY2(matchesSearch(user, query.search), qPrintable(user.label() + u" does not match "_s + query.search));
        }
    }

    // GET /users from cursor to cursor: no row twice, the order kept across pages.
    void usersPaging()
    {
        ListQuery query;
        query.limit = 25;
        query.orderBy = OrderBy::SignedUpAt;
        query.descending = true;
        query.includeRestricted = true;
        constexpr int maxPages = 8;
        QSet<QString> seen;
        qint64 previous = std::numeric_limits<qint64>::max();
        int pages = 0;
        bool reachedEnd = false;
        while (pages < maxPages) {
            CONTRACT_SEND(page, api::users::list(scope(), query));
            VERIFY_SUCCEEDED(page);
            ++pages;
            for (const User &user : page.value.items) {
                QVERIFY2(!seen.contains(user.id), qPrintable(u"seen twice: "_s + user.id));
                seen.insert(user.id);
                QVERIFY2(user.signedUpAtMillis <= previous, qPrintable(u"out of order: "_s + user.id));
                previous = user.signedUpAtMillis;
            }
            if (!page.value.hasMore()) {
                reachedEnd = true;
                break;
            }
            QCOMPARE(page.value.items.size(), query.limit);
            query.cursor = *page.value.nextCursor;
        }
        if (pages < 2 && m_server->isLive())
            QSKIP("the live project has too few users for two pages");
        QVERIFY2(pages >= 2, "the emulator's users fit on one page");
        qInfo().noquote() << pages << "pages," << seen.size() << "users" << (reachedEnd ? "(to the end)" : "");
    }

    void usersGet()
    {
        if (m_userId.isEmpty())
            QSKIP("the server has no user to read");
        CONTRACT_SEND(user, api::users::get(scope(), m_userId));
        VERIFY_SUCCEEDED(user);
        QCOMPARE(user.value.id, m_userId);
        QCOMPARE(user.value.displayName.value_or(QString()), m_userName);
    }

    // POST /users with the bodies the client builds.
    void usersCreate_data()
    {
        QTest::addColumn<NewUser>("user");
        NewUser nameOnly;
        nameOnly.displayName = TestServer::uniqueName(u"contract-check"_s);
        QTest::newRow("display name only") << nameOnly;
        NewUser full;
        full.displayName = TestServer::uniqueName(u"Contract Check"_s);
        full.primaryEmail = TestServer::uniqueName(u"contract-check"_s) + u"@example.com"_s;
        full.primaryEmailVerified = true;
        full.primaryEmailAuthEnabled = true;
        full.password = u"Contract-check-password-1"_s;
        full.serverMetadataJson = uR"({"source":"contract check","tags":["a","b"]})"_s;
        QTest::newRow("every field the client sends") << full;
    }

    void usersCreate()
    {
        QFETCH(NewUser, user);
        CONTRACT_SEND(created, api::users::create(scope(), user));
        VERIFY_SUCCEEDED(created);
        m_scratchUserIds << created.value.id;
        QCOMPARE(created.httpStatus, 201);
        QCOMPARE(created.value.displayName.value_or(QString()), user.displayName.value_or(QString()));
        QCOMPARE(created.value.primaryEmail.value_or(QString()), user.primaryEmail.value_or(QString()));
        if (user.password)
            QVERIFY(created.value.hasPassword);
    }

    // PATCH /users/{id} with the changes the client makes.
    void usersUpdate_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("display name") << QByteArray(R"({"display_name":"Renamed by the contract check"})")
                                      << u"display_name"_s << QVariant(u"Renamed by the contract check"_s);
        QTest::newRow("display name null") << QByteArray(R"({"display_name":null})") << u"display_name"_s << QVariant();
        QTest::newRow("metadata replaced whole")
            << QByteArray(R"({"client_metadata":{"theme":"dark"},"server_metadata":{"plan":"pro","seats":3}})")
            << u"server_metadata"_s << QVariant(uR"({"plan":"pro","seats":3})"_s);
        QTest::newRow("primary e-mail, verified")
            << (R"({"primary_email":")" + TestServer::uniqueName(u"contract-check"_s).toUtf8()
                + R"(@example.com","primary_email_verified":true,"primary_email_auth_enabled":true})")
            << u"primary_email_verified"_s << QVariant(true);
        QTest::newRow("restrict")
            << QByteArray(R"({"restricted_by_admin":true,"restricted_by_admin_reason":"Contract check",)"
                          R"("restricted_by_admin_private_details":"ticket 12345"})")
            << u"restricted_by_admin_reason"_s << QVariant(u"Contract check"_s);
        QTest::newRow("lift the restriction")
            << QByteArray(R"({"restricted_by_admin":false,"restricted_by_admin_reason":null,)"
                          R"("restricted_by_admin_private_details":null})")
            << u"restricted_by_admin"_s << QVariant(false);
    }

    void usersUpdate()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, field);
        QFETCH(QVariant, expected);
        const QString userId = createScratchUser();
        QVERIFY2(!userId.isEmpty(), "could not create a user to change");
        // Raw bodies, so that the spec judges each field on its own.
        CONTRACT_SEND(updated, (api::Call<api::User>{api::ApiRequest::patch(api::resourcePath(u"/users"_s, {userId}), scope(), patch)}));
        VERIFY_SUCCEEDED(updated);
        QCOMPARE(userField(updated.value, field), expected);
    }

    // DELETE /users/{id}, then the user is gone.
    void usersDelete()
    {
        const QString userId = createScratchUser();
        QVERIFY2(!userId.isEmpty(), "could not create a user to delete");
        CONTRACT_SEND(removed, api::users::remove(scope(), userId));
        VERIFY_SUCCEEDED(removed);
        m_scratchUserIds.removeAll(userId);
        CONTRACT_SEND(gone, api::users::get(scope(), userId));
        QCOMPARE(gone.httpStatus, 404);
        QCOMPARE(gone.error.code, u"USER_NOT_FOUND"_s);
    }

    // GET /teams, all of them and one user's.
    void teamsList_data()
    {
        QTest::addColumn<bool>("ofUser");
        QTest::newRow("all teams") << false;
        QTest::newRow("user_id") << true;
    }

    void teamsList()
    {
        QFETCH(bool, ofUser);
        if (ofUser && m_userId.isEmpty())
            QSKIP("the server has no user");
        CONTRACT_SEND(teams, api::teams::list(scope(), ofUser ? m_userId : QString()));
        VERIFY_SUCCEEDED(teams);
        if (!ofUser && !m_teamId.isEmpty())
            QVERIFY(!teams.value.items.isEmpty());
    }

    void teamsGet()
    {
        if (m_teamId.isEmpty())
            QSKIP("the server's project has no team");
        CONTRACT_SEND(team, api::teams::get(scope(), m_teamId));
        VERIFY_SUCCEEDED(team);
        QCOMPARE(team.value.id, m_teamId);
        QVERIFY(!team.value.displayName.isEmpty());
    }

    // Known errors pass through the proxy untouched (the specs document only success answers).
    void knownErrors_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("GET /users/{unknown}") << Operation::GetUser << 404 << u"USER_NOT_FOUND"_s;
        QTest::newRow("PATCH /users/{unknown}") << Operation::PatchUser << 404 << u"USER_NOT_FOUND"_s;
        QTest::newRow("DELETE /users/{unknown}") << Operation::DeleteUser << 404 << u"USER_NOT_FOUND"_s;
        QTest::newRow("GET /teams/{unknown}") << Operation::GetTeam << 404 << u"TEAM_NOT_FOUND"_s;
    }

    void knownErrors()
    {
        QFETCH(Operation, operation);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString unknown = newId();
        Result result;
        switch (operation) {
        case Operation::GetUser: result = send(api::users::get(scope(), unknown)); break;
        case Operation::PatchUser: result = send(api::users::update(scope(), unknown, displayNamePatch(u"x"_s))); break;
        case Operation::DeleteUser: result = send(api::users::remove(scope(), unknown)); break;
        case Operation::GetTeam: result = send(api::teams::get(scope(), unknown)); break;
        }
        QVERIFY2(result.finished, "no answer within 30 s");
        QVERIFY2(result.contractProblems.isEmpty(), qPrintable(result.contractProblems.join(u'\n')));
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.error.code, code);
    }

    // ---- The routes of one user's page (issue 3), each on a scratch user made directly. ----

    // A scratch user with a verified e-mail it signs in with; deleted again in cleanup().
    // (Bodies through QJsonObject: moc misreads raw string literals followed by "//".)
    QString createScratchUserWithEmail(QJsonObject body = {})
    {
        body[u"display_name"_s] = u"Contract Check"_s;
        body[u"primary_email"_s] = QString(TestServer::uniqueName(u"contract-check"_s).toLower() + u"@example.com"_s);
        body[u"primary_email_verified"_s] = true;
        body[u"primary_email_auth_enabled"_s] = true;
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const auto created = run(*m_direct, api::Call<User>{api::ApiRequest::post(u"/users"_s, scope(), json)});
        if (!created.succeeded)
            return {};
        m_scratchUserIds << created.value.id;
        return created.value.id;
    }

    // POST /auth/sessions (plain and impersonation), GET /auth/sessions, DELETE /auth/sessions/{id}.
    void userSessions()
    {
        QFETCH_GLOBAL(QString, spec);
        const QString userId = createScratchUserWithEmail();
        QVERIFY2(!userId.isEmpty(), "could not create a user");
        const QJsonObject plainSession{{u"user_id"_s, userId}, {u"expires_in_millis"_s, 600000}};
        const QByteArray plainBody = QJsonDocument(plainSession).toJson(QJsonDocument::Compact);
        CONTRACT_SEND(plain, (api::Call<api::SessionTokens>{api::ApiRequest::post(u"/auth/sessions"_s, scope(), plainBody)}));
        VERIFY_SUCCEEDED(plain);
        CONTRACT_SEND(impersonation, api::sessions::impersonate(scope(), userId, 600000));
        VERIFY_SUCCEEDED(impersonation);
        QVERIFY(!impersonation.value.accessToken.isEmpty() && !impersonation.value.refreshToken.isEmpty());
        CONTRACT_SEND(sessions, api::sessions::list(scope(), userId));
        VERIFY_SUCCEEDED(sessions);
        // Only admin access sees impersonation sessions.
        QCOMPARE(sessions.value.items.size(), spec == u"admin" ? 2 : 1);
        CONTRACT_SEND(revoked, api::sessions::revoke(scope(), userId, sessions.value.items.constFirst().id));
        VERIFY_SUCCEEDED(revoked);
    }

    // GET|POST /contact-channels, PATCH|DELETE /contact-channels/{user_id}/{id}, send-verification-code.
    void userContactChannels()
    {
        const QString userId = createScratchUserWithEmail();
        QVERIFY2(!userId.isEmpty(), "could not create a user");
        CONTRACT_SEND(before, api::contactChannels::list(scope(), userId));
        VERIFY_SUCCEEDED(before);
        QCOMPARE(before.value.items.size(), 1);
        QVERIFY(before.value.items.constFirst().isPrimary);

        api::contactChannels::NewContactChannel channel;
        channel.userId = userId;
        channel.value = TestServer::uniqueName(u"contract-alias"_s).toLower() + u"@example.com"_s;
        channel.isVerified = false;
        CONTRACT_SEND(created, api::contactChannels::create(scope(), channel));
        VERIFY_SUCCEEDED(created);
        QCOMPARE(created.httpStatus, 201);
        CONTRACT_SEND(sent, api::contactChannels::sendVerification(scope(), userId, created.value.id,
                                                                   u"http://localhost:3000/handler/email-verification"_s));
        VERIFY_SUCCEEDED(sent);
        api::contactChannels::ContactChannelPatch patch;
        patch.isVerified = true;
        patch.usedForAuth = true;
        CONTRACT_SEND(updated, api::contactChannels::update(scope(), userId, created.value.id, patch));
        VERIFY_SUCCEEDED(updated);
        QVERIFY(updated.value.isVerified && updated.value.usedForAuth);
        CONTRACT_SEND(removed, api::contactChannels::remove(scope(), userId, created.value.id));
        VERIFY_SUCCEEDED(removed);
    }

    // GET /oauth-providers; PATCH and DELETE /oauth-providers/{user_id}/{id} where the server lets
    // a user be created with a linked account (the emulator's demo project does).
    void userOAuthProviders()
    {
        const bool withLink = m_server->emulator() != nullptr;
        QJsonObject link{{u"id"_s, u"github"_s}, {u"account_id"_s, newId()}, {u"email"_s, u"octo@example.com"_s}};
        const QString userId = withLink ? createScratchUserWithEmail({{u"oauth_providers"_s, QJsonArray{link}}})
                                        : createScratchUserWithEmail();
        QVERIFY2(!userId.isEmpty(), "could not create a user");
        CONTRACT_SEND(providers, api::oauthProviders::list(scope(), userId));
        VERIFY_SUCCEEDED(providers);
        QCOMPARE(providers.value.items.size(), withLink ? 1 : 0);
        if (!withLink)
            return;
        api::oauthProviders::OAuthProviderPatch patch;
        patch.allowSignIn = false;
        patch.allowConnectedAccounts = true;
        CONTRACT_SEND(updated, api::oauthProviders::update(scope(), userId, providers.value.items.constFirst().id, patch));
        VERIFY_SUCCEEDED(updated);
        QVERIFY(!updated.value.allowSignIn);
        CONTRACT_SEND(removed, api::oauthProviders::remove(scope(), userId, providers.value.items.constFirst().id));
        VERIFY_SUCCEEDED(removed);
    }

    // POST|DELETE /team-memberships/{team_id}/{user_id}, GET /team-permissions, GET /teams?user_id=.
    void userTeams()
    {
        if (m_teamId.isEmpty())
            QSKIP("the server's project has no team");
        const QString userId = createScratchUserWithEmail();
        QVERIFY2(!userId.isEmpty(), "could not create a user");
        CONTRACT_SEND(added, api::teams::addMember(scope(), m_teamId, userId));
        VERIFY_SUCCEEDED(added);
        QCOMPARE(added.httpStatus, 201);
        CONTRACT_SEND(teams, api::teams::list(scope(), userId));
        VERIFY_SUCCEEDED(teams);
        QCOMPARE(teams.value.items.size(), 1);
        CONTRACT_SEND(permissions, api::permissions::ofTeamMember(scope(), m_teamId, userId));
        VERIFY_SUCCEEDED(permissions);
        CONTRACT_SEND(removed, api::teams::removeMember(scope(), m_teamId, userId));
        VERIFY_SUCCEEDED(removed);
    }

    // GET /project-permission-definitions (admin only), GET /project-permissions,
    // POST|DELETE /project-permissions/{user_id}/{permission_id}.
    void userProjectPermissions()
    {
        QFETCH_GLOBAL(QString, spec);
        const QString userId = createScratchUserWithEmail();
        QVERIFY2(!userId.isEmpty(), "could not create a user");
        QString permissionId;
        const auto definitions = run(*m_direct, api::permissions::projectDefinitions(scope()));
        if (definitions.succeeded && !definitions.value.items.isEmpty())
            permissionId = definitions.value.items.constFirst().id;
        if (spec == u"admin") {
            CONTRACT_SEND(listed, api::permissions::projectDefinitions(scope()));
            VERIFY_SUCCEEDED(listed);
        }
        CONTRACT_SEND(none, api::permissions::ofUser(scope(), userId));
        VERIFY_SUCCEEDED(none);
        QVERIFY(none.value.items.isEmpty());
        if (permissionId.isEmpty())
            QSKIP("the server's project defines no project permission");
        CONTRACT_SEND(granted, api::permissions::grant(scope(), userId, permissionId));
        VERIFY_SUCCEEDED(granted);
        QCOMPARE(granted.value.id, permissionId);
        CONTRACT_SEND(held, api::permissions::ofUser(scope(), userId, true));
        VERIFY_SUCCEEDED(held);
        QVERIFY(!held.value.items.isEmpty());
        CONTRACT_SEND(revoked, api::permissions::revoke(scope(), userId, permissionId));
        VERIFY_SUCCEEDED(revoked);
    }

    // POST /auth/password/send-reset-code (the invitation route is under /internal, not in the specs).
    void userPasswordReset()
    {
        const QString userId = createScratchUserWithEmail({{u"password"_s, u"Contract-check-password-1"_s}});
        QVERIFY2(!userId.isEmpty(), "could not create a user");
        const auto user = run(*m_direct, api::users::get(scope(), userId));
        QVERIFY2(user.succeeded && user.value.primaryEmail, qPrintable(user.describe()));
        CONTRACT_SEND(sent, api::users::sendPasswordReset(scope(), *user.value.primaryEmail,
                                                          u"http://localhost:3000/handler/password-reset"_s));
        VERIFY_SUCCEEDED(sent);
    }

    // The read-only lists of a user's page for an existing user (on the emulator: generated
    // sessions with their IP info, several contact channels, linked accounts, permissions).
    void userPageLists()
    {
        if (m_userId.isEmpty())
            QSKIP("the server has no user");
        CONTRACT_SEND(sessions, api::sessions::list(scope(), m_userId));
        VERIFY_SUCCEEDED(sessions);
        CONTRACT_SEND(channels, api::contactChannels::list(scope(), m_userId));
        VERIFY_SUCCEEDED(channels);
        CONTRACT_SEND(providers, api::oauthProviders::list(scope(), m_userId));
        VERIFY_SUCCEEDED(providers);
        CONTRACT_SEND(permissions, api::permissions::ofUser(scope(), m_userId, true));
        VERIFY_SUCCEEDED(permissions);
        CONTRACT_SEND(teams, api::teams::list(scope(), m_userId));
        VERIFY_SUCCEEDED(teams);
    }

    // POST|PATCH|DELETE /teams, the team's invitations (send, list, revoke), its members'
    // permissions (grant, list, revoke) and its API keys (create, list, check, revoke).
    void teamLifeCycle()
    {
        QFETCH_GLOBAL(QString, spec);
        const QString creatorId = createScratchUserWithEmail();
        QVERIFY2(!creatorId.isEmpty(), "could not create a user");
        api::teams::NewTeam draft;
        draft.displayName = TestServer::uniqueName(u"Contract team"_s);
        draft.creatorUserId = creatorId;
        draft.clientMetadataJson = uR"({"tier":"gold"})"_s;
        CONTRACT_SEND(created, api::teams::create(scope(), draft));
        VERIFY_SUCCEEDED(created);
        const QString teamId = created.value.id;
        m_scratchTeamIds << teamId;

        api::teams::TeamPatch patch;
        patch.displayName = draft.displayName + u" 2"_s;
        patch.profileImageUrl = std::optional<QString>();
        CONTRACT_SEND(updated, api::teams::update(scope(), teamId, patch));
        VERIFY_SUCCEEDED(updated);

        CONTRACT_SEND(invited, api::teamInvitations::send(scope(), teamId, u"contract-invitee@example.com"_s,
                                                          u"http://localhost:3000/handler/team-invitation"_s));
        VERIFY_SUCCEEDED(invited);
        CONTRACT_SEND(invitations, api::teamInvitations::list(scope(), teamId));
        VERIFY_SUCCEEDED(invitations);
        QCOMPARE(invitations.value.items.size(), 1);
        CONTRACT_SEND(revokedInvitation,
                      api::teamInvitations::revoke(scope(), teamId, invitations.value.items.constFirst().id));
        VERIFY_SUCCEEDED(revokedInvitation);

        CONTRACT_SEND(grants, api::permissions::ofTeamMember(scope(), teamId, creatorId, true));
        VERIFY_SUCCEEDED(grants);
        CONTRACT_SEND(granted, api::permissions::grantInTeam(scope(), teamId, creatorId, u"$read_members"_s));
        VERIFY_SUCCEEDED(granted);
        CONTRACT_SEND(revokedGrant, api::permissions::revokeInTeam(scope(), teamId, creatorId, u"$read_members"_s));
        VERIFY_SUCCEEDED(revokedGrant);

        api::apiKeys::NewOwnedApiKey key;
        key.owner = {api::ApiKeyOwnerKind::Team, teamId};
        key.description = u"contract key"_s;
        key.isPublic = spec == u"server";
        CONTRACT_SEND(newKey, api::apiKeys::createOwnedKey(scope(), key));
        VERIFY_SUCCEEDED(newKey);
        CONTRACT_SEND(keys, api::apiKeys::ownedKeys(scope(), key.owner));
        VERIFY_SUCCEEDED(keys);
        CONTRACT_SEND(checked, api::apiKeys::checkOwnedKey(scope(), api::ApiKeyOwnerKind::Team, newKey.value.value));
        VERIFY_SUCCEEDED(checked);
        CONTRACT_SEND(revokedKey, api::apiKeys::revokeOwnedKey(scope(), key.owner, newKey.value.key.id));
        VERIFY_SUCCEEDED(revokedKey);

        CONTRACT_SEND(removed, api::teams::remove(scope(), teamId));
        VERIFY_SUCCEEDED(removed);
        m_scratchTeamIds.removeAll(teamId);
    }

    // POST /user-api-keys with an expiry, GET, POST …/check, PATCH {revoked}.
    void userApiKeys()
    {
        const QString userId = createScratchUserWithEmail();
        QVERIFY2(!userId.isEmpty(), "could not create a user");
        api::apiKeys::NewOwnedApiKey key;
        key.owner = {api::ApiKeyOwnerKind::User, userId};
        key.description = u"contract key"_s;
        key.expiresAtMillis = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        CONTRACT_SEND(created, api::apiKeys::createOwnedKey(scope(), key));
        VERIFY_SUCCEEDED(created);
        CONTRACT_SEND(keys, api::apiKeys::ownedKeys(scope(), key.owner));
        VERIFY_SUCCEEDED(keys);
        CONTRACT_SEND(checked, api::apiKeys::checkOwnedKey(scope(), api::ApiKeyOwnerKind::User, created.value.value));
        VERIFY_SUCCEEDED(checked);
        CONTRACT_SEND(revoked, api::apiKeys::revokeOwnedKey(scope(), key.owner, created.value.key.id));
        VERIFY_SUCCEEDED(revoked);
    }

    // A customer's item balance read and changed (both specs have these routes). The item is
    // added to the config directly (the config routes are internal, outside the specs) and
    // removed again.
    void customerItems()
    {
        const QString itemPath = api::PaymentsCatalog::itemPath(u"contract_credits"_s);
        const auto patched = run(*m_direct, api::config::patchOverride(
                                                scope(), api::ConfigLevel::Branch,
                                                api::ConfigPatch().setJson(itemPath, uR"({"displayName":"Contract credits","customerType":"user"})"_s)));
        QVERIFY2(patched.succeeded, qPrintable(patched.describe()));
        const auto removeItem = qScopeGuard([&] {
            run(*m_direct, api::config::patchOverride(scope(), api::ConfigLevel::Branch, api::ConfigPatch().remove(itemPath)));
        });
        const QString userId = createScratchUserWithEmail();
        QVERIFY2(!userId.isEmpty(), "could not create a user");
        const api::CustomerRef customer{api::CustomerType::User, userId};
        CONTRACT_SEND(before, api::payments::item(scope(), customer, u"contract_credits"_s));
        VERIFY_SUCCEEDED(before);
        api::payments::ItemQuantityChange change;
        change.delta = 3;
        change.description = u"Contract check"_s;
        change.expiresAt = QDateTime::currentDateTimeUtc().addDays(30);
        CONTRACT_SEND(changed, api::payments::updateItemQuantity(scope(), customer, u"contract_credits"_s, change));
        VERIFY_SUCCEEDED(changed);
        CONTRACT_SEND(after, api::payments::item(scope(), customer, u"contract_credits"_s));
        VERIFY_SUCCEEDED(after);
        QCOMPARE(after.value.quantity, before.value.quantity + 3);
    }

    // The outbox (a page, then one email of it) and the delivery totals: server and admin routes
    // of both specs. Nothing is sent.
    void emailsOutbox()
    {
        api::emails::OutboxQuery query;
        query.limit = 3;
        CONTRACT_SEND(page, api::emails::outbox(scope(), query));
        VERIFY_SUCCEEDED(page);
        if (!page.value.items.isEmpty()) {
            CONTRACT_SEND(email, api::emails::outboxEmail(scope(), page.value.items.first().id));
            VERIFY_SUCCEEDED(email);
        }
        CONTRACT_SEND(info, api::emails::deliveryInfo(scope()));
        VERIFY_SUCCEEDED(info);
    }

    // Permission definitions (admin only), both scopes: create, list, update, delete.
    void permissionDefinitions_data()
    {
        QTest::addColumn<api::permissions::PermissionScope>("kind");
        QTest::newRow("team") << api::permissions::PermissionScope::Team;
        QTest::newRow("project") << api::permissions::PermissionScope::Project;
    }

    void permissionDefinitions()
    {
        QFETCH_GLOBAL(QString, spec);
        QFETCH(api::permissions::PermissionScope, kind);
        if (spec != u"admin") {
            // Server access cannot use these routes, so the app never sends them with a server key
            // (the Permissions page explains instead): the server spec must not offer them either.
            QFile serverSpec(QStringLiteral(HEXCLAVE_CONTRACT_DIR "/specs/server.json"));
            QVERIFY(serverSpec.open(QIODevice::ReadOnly));
            QVERIFY(!serverSpec.readAll().contains("permission-definitions"));
            return;
        }
        const QString id = TestServer::uniqueName(u"contract"_s).toLower().replace(u'-', u'_');
        CONTRACT_SEND(created, api::permissions::createDefinition(scope(), kind, {id, u"Contract check"_s, {}}));
        VERIFY_SUCCEEDED(created);
        m_scratchDefinitions.append({kind, id});
        CONTRACT_SEND(listed, api::permissions::definitions(scope(), kind));
        VERIFY_SUCCEEDED(listed);
        CONTRACT_SEND(updated, api::permissions::updateDefinition(scope(), kind, id, {u"Contract check, edited"_s, {}}));
        VERIFY_SUCCEEDED(updated);
        CONTRACT_SEND(removed, api::permissions::removeDefinition(scope(), kind, id));
        VERIFY_SUCCEEDED(removed);
        m_scratchDefinitions.clear();
    }

    // Last: everything that went through this proxy, and what Prism printed about it.
    void proxyReportedNoViolations()
    {
        QFETCH_GLOBAL(QString, spec);
        PrismProxy &proxy = *current().proxy;
        const QList<Exchange> exchanges = m_log->toPort(proxy.port(), current().firstExchange);
        const QStringList problems = ExchangeLog::problems(exchanges);
        const QStringList output = proxy.drainOutput().mid(current().firstLogLine);
        if (qEnvironmentVariableIsSet("HEXCLAVE_CONTRACT_VERBOSE"))
            qInfo().noquote() << u"Prism's log:\n"_s + output.join(u'\n');
        // The specs document success answers only, so Prism warns about every known error
        // (4xx) that passes through; those are expected. Anything else it reports fails.
        QStringList violations;
        int requestsLogged = 0;
        int undocumentedErrors = 0;
        for (const PrismLogEntry &entry : PrismProxy::parseLog(output)) {
            requestsLogged += entry.method.isEmpty() ? 0 : 1;
            for (const QString &finding : entry.findings) {
                if (entry.upstreamStatus >= 400 && entry.upstreamStatus < 500 && finding.contains(u"⚠  warning"_s)
                    && finding.contains(u"Unable to match the returned status code"_s)) {
                    ++undocumentedErrors;
                    continue;
                }
                violations << u"%1 %2 (upstream %3): %4"_s.arg(entry.method, entry.path).arg(entry.upstreamStatus).arg(finding);
            }
        }
        qInfo().noquote() << u"%1: %2 exchanges checked against %1.json (Prism logged %3 requests): %4 rejected by "
                             u"Prism, %5 violations; %6 known-error answers outside the success-only spec, as expected"_s
                                 .arg(spec)
                                 .arg(exchanges.size())
                                 .arg(requestsLogged)
                                 .arg(problems.size())
                                 .arg(violations.size())
                                 .arg(undocumentedErrors);
        QVERIFY(!exchanges.isEmpty());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
        QCOMPARE(requestsLogged, exchanges.size());
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestContractSpecs)
#include "tst_ContractSpecs.moc"
