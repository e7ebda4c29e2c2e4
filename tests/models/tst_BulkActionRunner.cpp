// BulkActionRunner and BulkResultsModel against the emulator with faults on single users: the
// others succeed, each failure is reported with its reason, "already so" counts as done, a POST
// whose answer was lost is looked up rather than sent again (counted in the emulator's record:
// each POST reaches it once), a restriction looked up
// after a lost answer counts as done only with this action's reasons, cancel stops sending (and
// over 20,000 users reports the users not reached in one signal), and no more than the allowed
// number of requests is under way. The results model is watched by QAbstractItemModelTester.

#include "bulk/BulkActionRunner.h"
#include "bulk/BulkResultsModel.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "emulator/Emulator.h"
#include "endpoints/PermissionsEndpoints.h"
#include "endpoints/TeamsEndpoints.h"
#include "endpoints/UsersEndpoints.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using emulator::Fault;
using models::BulkAction;
using models::BulkActionRunner;
using models::BulkItem;
using models::BulkTarget;
using State = BulkItem::State;

constexpr int kTimeoutMs = 30'000;

template <class T>
bool await(api::ApiClient &client, api::Call<T> call, T *value, api::ApiError *error = nullptr)
{
    auto *job = client.send(std::move(call));
    bool done = false;
    bool ok = false;
    QObject context;
    QObject::connect(job, &api::ApiJob::finished, &context, [&] {
        done = true;
        ok = job->succeeded();
        if (ok && value)
            *value = job->takeValue();
        if (!ok && error)
            *error = job->error();
    });
    return QTest::qWaitFor([&done] { return done; }, kTimeoutMs) && ok;
}

// Runs to the end; false when it did not finish in time.
bool run(BulkActionRunner &runner)
{
    QSignalSpy finished(&runner, &BulkActionRunner::finished);
    runner.start();
    return QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, kTimeoutMs) && finished.size() == 1;
}

QString pathPattern(const QString &path)
{
    return u'^' + QRegularExpression::escape(path) + u'$';
}

} // namespace

class TestBulkActionRunner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<emulator::Emulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    int m_created = 0;

    // Fresh users: in no team, holding no permission.
    QList<BulkTarget> createUsers(int count)
    {
        QList<BulkTarget> targets;
        for (int i = 0; i < count; ++i) {
            api::users::NewUser user;
            const int number = ++m_created;
            user.displayName = u"Bulk %1"_s.arg(number);
            user.primaryEmail = u"bulk%1@bulk.test"_s.arg(number);
            api::User created;
            api::ApiError error;
            if (!await(*m_client, api::users::create(m_scope, user), &created, &error)) {
                qWarning() << "creating a user failed:" << error.describe();
                return {};
            }
            targets.append({created.id, created.label()});
        }
        return targets;
    }

    int requestsTo(const QString &method, const QString &path, const QString &query = {}) const
    {
        const QList<emulator::RecordedRequest> requests = m_emulator->recordedRequests();
        return int(std::count_if(requests.cbegin(), requests.cend(), [&](const emulator::RecordedRequest &request) {
            return request.method == method && request.path == path && (query.isEmpty() || request.query == query);
        }));
    }

    int requestsWithMethod(const QString &method) const
    {
        const QList<emulator::RecordedRequest> requests = m_emulator->recordedRequests();
        return int(std::count_if(requests.cbegin(), requests.cend(),
                                 [&](const emulator::RecordedRequest &request) { return request.method == method; }));
    }

    bool userExists(const QString &userId)
    {
        api::User user;
        return await(*m_client, api::users::get(m_scope, userId), &user);
    }

    bool isMember(const QString &userId, const QString &teamId)
    {
        api::Page<api::Team> teams;
        if (!await(*m_client, api::teams::list(m_scope, userId), &teams))
            return false;
        return std::any_of(teams.items.cbegin(), teams.items.cend(), [&](const api::Team &team) { return team.id == teamId; });
    }

    bool holds(const QString &userId, const QString &permissionId)
    {
        api::Page<api::PermissionGrant> grants;
        if (!await(*m_client, api::permissions::ofUser(m_scope, userId), &grants))
            return false;
        return std::any_of(grants.items.cbegin(), grants.items.cend(),
                           [&](const api::PermissionGrant &grant) { return grant.id == permissionId; });
    }

    QString firstTeamId()
    {
        api::Page<api::Team> teams;
        return await(*m_client, api::teams::list(m_scope), &teams) && !teams.items.isEmpty() ? teams.items.constFirst().id
                                                                                            : QString();
    }

    std::unique_ptr<BulkActionRunner> makeRunner(const BulkAction &action, const QList<BulkTarget> &targets)
    {
        return std::make_unique<BulkActionRunner>(m_client.get(), m_scope, action, targets);
    }

private Q_SLOTS:
    void initTestCase()
    {
        emulator::EmulatorOptions options;
        options.userCount = 200;
        m_emulator = std::make_unique<emulator::Emulator>(options);
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        const emulator::DemoAccount account = m_emulator->demoAccount();
        m_scope = api::ProjectScope::project(account.projectId);
        m_client = std::make_unique<api::ApiClient>(
            &m_network, m_emulator->apiRoot(),
            std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, account.projectId, account.adminKey));
        m_client->options().retryBaseDelayMs = 20;
    }

    void init()
    {
        m_emulator->clearFaults();
        m_emulator->clearRecordedRequests();
    }

    void deleteReportsEachFailure()
    {
        QList<BulkTarget> targets = createUsers(12);
        QCOMPARE(targets.size(), 12);
        const BulkTarget gone{QUuid::createUuid().toString(QUuid::WithoutBraces), u"Deleted by someone else"_s};
        targets.insert(3, gone);
        m_emulator->addFault({.kind = Fault::Kind::Status, .method = u"DELETE"_s,
                              .pathPattern = pathPattern(u"/users/"_s + targets.at(1).userId), .count = -1, .status = 500,
                              .message = u"Deadlock, try again"_s});
        m_emulator->addFault({.kind = Fault::Kind::KnownError, .method = u"DELETE"_s,
                              .pathPattern = pathPattern(u"/users/"_s + targets.at(5).userId), .count = -1, .status = 400,
                              .knownErrorCode = u"USER_IS_PROTECTED"_s, .message = u"This user cannot be deleted."_s});

        auto runner = makeRunner(BulkAction::deleteUsers(), targets);
        QVERIFY(run(*runner));
        QCOMPARE(runner->total(), 13);
        QCOMPARE(runner->count(State::Succeeded), 11);
        QCOMPARE(runner->count(State::Failed), 2);
        QCOMPARE(runner->count(State::NotAttempted), 0);
        QCOMPARE(runner->summaryText(), u"11 succeeded, 2 failed"_s);

        const QList<BulkItem> &items = runner->items();
        QCOMPARE(items.at(1).state, State::Failed);
        QCOMPARE(items.at(1).error.httpStatus, 500);
        QVERIFY2(items.at(1).note.contains(u"not done"_s), qPrintable(items.at(1).note)); // looked up, still there
        QCOMPARE(items.at(3).state, State::Succeeded);
        QCOMPARE(items.at(3).note, u"Was already deleted."_s);
        QCOMPARE(items.at(5).state, State::Failed);
        QCOMPARE(items.at(5).error.code, u"USER_IS_PROTECTED"_s);
        QVERIFY(items.at(5).note.isEmpty()); // a plain refusal: nothing to look up

        for (int i = 0; i < targets.size(); ++i) {
            const QString path = u"/users/"_s + targets.at(i).userId;
            QCOMPARE(requestsTo(u"DELETE"_s, path), 1);
            QCOMPARE(requestsTo(u"GET"_s, path), i == 1 ? 1 : 0); // only the uncertain one is looked up
        }
        QVERIFY(userExists(targets.at(1).userId));
        QVERIFY(userExists(targets.at(5).userId));
        QVERIFY(!userExists(targets.at(0).userId));
        QVERIFY(!userExists(targets.at(12).userId));

        const QString report = runner->failureReport();
        QVERIFY2(report.contains(targets.at(1).label) && report.contains(targets.at(1).userId), qPrintable(report));
        QVERIFY2(report.contains(u"This user cannot be deleted."_s), qPrintable(report));
        QVERIFY2(report.contains(u"Deadlock, try again"_s), qPrintable(report));
        QVERIFY2(!report.contains(targets.at(0).userId), qPrintable(report));
        QCOMPARE(runner->unfinishedTargets(), QList<BulkTarget>({targets.at(1), targets.at(5)}));
    }

    void addToTeamSendsNoPostTwice()
    {
        const QString teamId = firstTeamId();
        QVERIFY(!teamId.isEmpty());
        const QList<BulkTarget> targets = createUsers(10);
        QCOMPARE(targets.size(), 10);
        api::TeamMembership membership;
        QVERIFY(await(*m_client, api::teams::addMember(m_scope, teamId, targets.at(0).userId), &membership));
        m_emulator->clearRecordedRequests();

        const auto postTo = [&](int i) -> QString { return u"/team-memberships/"_s + teamId + u'/' + targets.at(i).userId; };
        // The connection closes before an answer, every time it is tried.
        m_emulator->addFault({.kind = Fault::Kind::DropConnection, .method = u"POST"_s, .pathPattern = pathPattern(postTo(1)),
                              .count = -1});
        m_emulator->addFault({.kind = Fault::Kind::TruncatedBody, .method = u"POST"_s, .pathPattern = pathPattern(postTo(2))});
        m_emulator->addFault({.kind = Fault::Kind::Status, .method = u"POST"_s, .pathPattern = pathPattern(postTo(3)),
                              .status = 500});
        m_emulator->addFault({.kind = Fault::Kind::Status, .method = u"POST"_s, .pathPattern = pathPattern(postTo(4)),
                              .status = 503, .message = u"Service unavailable"_s});
        m_emulator->addFault({.kind = Fault::Kind::KnownError, .method = u"POST"_s, .pathPattern = pathPattern(postTo(5)),
                              .status = 404, .knownErrorCode = u"USER_NOT_FOUND"_s, .message = u"User not found."_s});

        auto runner = makeRunner(BulkAction::addToTeam(teamId, u"The team"_s), targets);
        QVERIFY(run(*runner));
        const QList<BulkItem> &items = runner->items();
        QCOMPARE(items.at(0).state, State::Succeeded);
        QCOMPARE(items.at(0).note, u"Was already a member."_s);
        QCOMPARE(items.at(1).state, State::Failed);
        QCOMPARE(items.at(1).error.kind, api::ApiError::Kind::Network);
        QVERIFY2(items.at(1).note.contains(u"Nothing was sent again"_s), qPrintable(items.at(1).note));
        QCOMPARE(items.at(2).state, State::Succeeded); // the server did it; only the answer broke
        QVERIFY2(items.at(2).note.contains(u"answer was lost"_s), qPrintable(items.at(2).note));
        QCOMPARE(items.at(3).state, State::Failed);
        QCOMPARE(items.at(4).state, State::Failed);
        QCOMPARE(items.at(4).error.httpStatus, 503);
        QCOMPARE(items.at(5).state, State::Failed);
        QCOMPARE(items.at(5).error.code, u"USER_NOT_FOUND"_s);
        for (int i = 6; i < 10; ++i)
            QCOMPARE(items.at(i).state, State::Succeeded);
        QCOMPARE(runner->summaryText(), u"6 succeeded, 4 failed"_s);

        // Every POST was sent once, the dropped one too (its body refuses Qt's silent resend, see
        // api/core/SingleSendBody); only the uncertain ones were looked up.
        QCOMPARE(requestsWithMethod(u"POST"_s), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(requestsTo(u"POST"_s, postTo(i)), 1);
            const bool lookedUp = i >= 1 && i <= 4;
            QCOMPARE(requestsTo(u"GET"_s, u"/teams"_s, u"user_id="_s + targets.at(i).userId), lookedUp ? 1 : 0);
        }
        for (int i = 0; i < 10; ++i)
            QCOMPARE(isMember(targets.at(i).userId, teamId), i == 0 || i == 2 || i >= 6);
    }

    void grantPermissionSendsNoPostTwice()
    {
        api::Page<api::PermissionDefinition> definitions;
        QVERIFY(await(*m_client, api::permissions::projectDefinitions(m_scope), &definitions));
        QString permissionId;
        for (const api::PermissionDefinition &definition : std::as_const(definitions.items)) {
            if (!definition.isSystem())
                permissionId = definition.id;
        }
        QVERIFY2(!permissionId.isEmpty(), "the demo project has no project permission to grant");
        const QList<BulkTarget> targets = createUsers(6);
        QCOMPARE(targets.size(), 6);
        m_emulator->clearRecordedRequests();
        const auto postTo = [&](int i) -> QString { return u"/project-permissions/"_s + targets.at(i).userId + u'/' + permissionId; };
        m_emulator->addFault({.kind = Fault::Kind::TruncatedBody, .method = u"POST"_s, .pathPattern = pathPattern(postTo(1))});
        m_emulator->addFault({.kind = Fault::Kind::DropConnection, .method = u"POST"_s, .pathPattern = pathPattern(postTo(2)),
                              .count = -1});
        m_emulator->addFault({.kind = Fault::Kind::DropConnection, .method = u"POST"_s, .pathPattern = pathPattern(postTo(3)),
                              .count = -1});

        auto runner = makeRunner(BulkAction::grantProjectPermission(permissionId), targets);
        runner->setMaxInFlight(1); // one at a time: the broken lookup below meets item 3 only
        connect(runner.get(), &BulkActionRunner::itemsChanged, this, [&](int index) {
            // Item 3's answer was lost, and looking it up fails too: nobody can tell, and the item says so.
            if (index == 3 && runner->items().at(3).state == State::Checking) {
                m_emulator->addFault({.kind = Fault::Kind::Status, .method = u"GET"_s, .pathPattern = u"^/project-permissions$"_s,
                                      .status = 500, .message = u"Lookup broken"_s});
            }
        });
        QVERIFY(run(*runner));
        const QList<BulkItem> &items = runner->items();
        QCOMPARE(items.at(0).state, State::Succeeded);
        QCOMPARE(items.at(1).state, State::Succeeded);
        QVERIFY2(items.at(1).note.contains(u"answer was lost"_s), qPrintable(items.at(1).note));
        QCOMPARE(items.at(2).state, State::Failed);
        QVERIFY2(items.at(2).note.contains(u"Nothing was sent again"_s), qPrintable(items.at(2).note));
        QCOMPARE(items.at(3).state, State::Failed);
        QVERIFY2(items.at(3).note.contains(u"Unknown whether it was done"_s), qPrintable(items.at(3).note));
        QVERIFY2(items.at(3).note.contains(u"Lookup broken"_s), qPrintable(items.at(3).note));
        QCOMPARE(runner->count(State::Succeeded), 4);
        QCOMPARE(requestsWithMethod(u"POST"_s), 6);
        for (int i = 0; i < targets.size(); ++i) {
            QCOMPARE(requestsTo(u"POST"_s, postTo(i)), 1);
            QCOMPARE(holds(targets.at(i).userId, permissionId), i != 2 && i != 3);
        }
    }

    void restrictThenUnrestrict()
    {
        const QList<BulkTarget> targets = createUsers(5);
        QCOMPARE(targets.size(), 5);
        m_emulator->addFault({.kind = Fault::Kind::Status, .method = u"PATCH"_s,
                              .pathPattern = pathPattern(u"/users/"_s + targets.at(2).userId), .count = -1, .status = 500});
        auto restrict = makeRunner(BulkAction::restrict(u"Spam"_s, u"Reported by three users"_s), targets);
        QVERIFY(run(*restrict));
        QCOMPARE(restrict->count(State::Succeeded), 4);
        QCOMPARE(restrict->items().at(2).state, State::Failed);
        for (int i = 0; i < targets.size(); ++i) {
            api::User user;
            QVERIFY(await(*m_client, api::users::get(m_scope, targets.at(i).userId), &user));
            QCOMPARE(user.restrictedByAdmin, i != 2);
            if (i != 2) {
                QCOMPARE(user.restrictedByAdminReason.value_or(QString()), u"Spam"_s);
                QCOMPARE(user.restrictedByAdminPrivateDetails.value_or(QString()), u"Reported by three users"_s);
            }
            QCOMPARE(requestsTo(u"PATCH"_s, u"/users/"_s + targets.at(i).userId), 1); // a 500 is not repeated
        }

        m_emulator->clearFaults();
        auto unrestrict = makeRunner(BulkAction::unrestrict(), targets);
        QVERIFY(run(*unrestrict));
        QCOMPARE(unrestrict->count(State::Succeeded), 5);
        for (const BulkTarget &target : targets) {
            api::User user;
            QVERIFY(await(*m_client, api::users::get(m_scope, target.userId), &user));
            QVERIFY(!user.restrictedByAdmin);
            QVERIFY(!user.restrictedByAdminReason);
        }
    }

    // After a lost answer, a user restricted with other reasons (by someone before) does not
    // count as done: only the reasons of this action show that this request got through.
    void restrictLookupComparesTheReasons()
    {
        const QList<BulkTarget> targets = createUsers(4);
        QCOMPARE(targets.size(), 4);
        for (int i : {0, 1}) {
            api::User user;
            QVERIFY(await(*m_client,
                          api::users::update(m_scope, targets.at(i).userId, api::users::UserPatch::restrict(u"Old"_s, {})),
                          &user));
        }
        const auto patchTo = [&](int i) { return pathPattern(u"/users/"_s + targets.at(i).userId); };
        // 0: restricted before; this request is refused with a 500, so it keeps the old reason.
        m_emulator->addFault({.kind = Fault::Kind::Status, .method = u"PATCH"_s, .pathPattern = patchTo(0), .count = -1,
                              .status = 500});
        // 1: restricted before; the server applies this one, but the answer is cut short.
        m_emulator->addFault({.kind = Fault::Kind::TruncatedBody, .method = u"PATCH"_s, .pathPattern = patchTo(1)});
        // 2: not restricted; applied, answer cut short.
        m_emulator->addFault({.kind = Fault::Kind::TruncatedBody, .method = u"PATCH"_s, .pathPattern = patchTo(2)});
        // 3: refused with a 500: not restricted at all.
        m_emulator->addFault({.kind = Fault::Kind::Status, .method = u"PATCH"_s, .pathPattern = patchTo(3), .count = -1,
                              .status = 500});

        auto runner = makeRunner(BulkAction::restrict(u"Spam"_s, u"Reported"_s), targets);
        QVERIFY(run(*runner));
        const QList<BulkItem> &items = runner->items();
        QCOMPARE(items.at(0).state, State::Failed);
        QVERIFY2(items.at(0).note.contains(u"not done"_s), qPrintable(items.at(0).note));
        QCOMPARE(items.at(1).state, State::Succeeded);
        QVERIFY2(items.at(1).note.contains(u"answer was lost"_s), qPrintable(items.at(1).note));
        QCOMPARE(items.at(2).state, State::Succeeded);
        QCOMPARE(items.at(3).state, State::Failed);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(requestsTo(u"GET"_s, u"/users/"_s + targets.at(i).userId), 1); // each answer was lost: looked up

        api::User user;
        QVERIFY(await(*m_client, api::users::get(m_scope, targets.at(0).userId), &user));
        QCOMPARE(user.restrictedByAdminReason.value_or(QString()), u"Old"_s);
        QVERIFY(await(*m_client, api::users::get(m_scope, targets.at(1).userId), &user));
        QCOMPARE(user.restrictedByAdminReason.value_or(QString()), u"Spam"_s);
    }

    // Stopping a run over a large selection: every user not reached is reported in one signal
    // (and one dataChanged), and the counts are right without going through the items.
    void stoppingALargeRunReportsTheRestAtOnce()
    {
        constexpr int kTargets = 20'000;
        QList<BulkTarget> targets;
        targets.reserve(kTargets);
        for (int i = 0; i < kTargets; ++i)
            targets.append({QUuid::createUuid().toString(QUuid::WithoutBraces), u"User %1"_s.arg(i)});
        // Users nobody has: deleting them counts as done ("was already deleted"), without a lookup.
        m_emulator->addFault({.kind = Fault::Kind::Latency, .method = u"DELETE"_s, .count = -1, .latencyMs = 50});
        auto runner = makeRunner(BulkAction::deleteUsers(), targets);
        models::BulkResultsModel model(runner.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(runner.get(), &BulkActionRunner::itemsChanged);
        QSignalSpy rowsChanged(&model, &QAbstractItemModel::dataChanged);
        connect(runner.get(), &BulkActionRunner::itemsChanged, this, [&runner] {
            if (runner->finishedCount() == 3)
                runner->cancel();
        });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(run(*runner));
        qInfo("a run over %d users, stopped after 3: %lld ms", kTargets, clock.elapsed());

        const int attempted = runner->count(State::Succeeded) + runner->count(State::Failed);
        QVERIFY2(attempted >= 3 && attempted <= BulkActionRunner::kDefaultMaxInFlight + 2, qPrintable(QString::number(attempted)));
        QCOMPARE(runner->count(State::Failed), 0);
        QCOMPARE(runner->count(State::NotAttempted), kTargets - attempted);
        QCOMPARE(runner->count(State::Waiting) + runner->count(State::Sending) + runner->count(State::Checking), 0);
        QCOMPARE(runner->finishedCount(), kTargets);
        QCOMPARE(runner->summaryText(), u"%1 succeeded, %2 not attempted"_s.arg(attempted).arg(kTargets - attempted));
        // Sending and settled for each attempted user, then one signal for all the others.
        QCOMPARE(changed.size(), 2 * attempted + 1);
        QCOMPARE(changed.constLast().at(0).toInt(), attempted);
        QCOMPARE(changed.constLast().at(1).toInt(), kTargets - 1);
        QCOMPARE(rowsChanged.size(), changed.size());
        QCOMPARE(rowsChanged.constLast().at(0).toModelIndex().row(), attempted);
        QCOMPARE(rowsChanged.constLast().at(1).toModelIndex().row(), kTargets - 1);
        QCOMPARE(model.index(kTargets - 1, models::BulkResultsModel::ResultColumn).data().toString(), u"Not attempted"_s);
        QCOMPARE(requestsWithMethod(u"DELETE"_s), attempted);
    }

    void cancelStopsSending()
    {
        const QList<BulkTarget> targets = createUsers(20);
        QCOMPARE(targets.size(), 20);
        m_emulator->clearRecordedRequests();
        m_emulator->addFault({.kind = Fault::Kind::Latency, .method = u"DELETE"_s, .count = -1, .latencyMs = 120});
        auto runner = makeRunner(BulkAction::deleteUsers(), targets);
        runner->setMaxInFlight(2);
        connect(runner.get(), &BulkActionRunner::itemsChanged, this, [&runner] {
            if (runner->finishedCount() == 3)
                runner->cancel();
        });
        QVERIFY(run(*runner));
        QVERIFY(runner->isCancelled());
        const int attempted = runner->count(State::Succeeded) + runner->count(State::Failed);
        QVERIFY2(attempted >= 3 && attempted <= 5, qPrintable(QString::number(attempted)));
        QCOMPARE(runner->count(State::Failed), 0); // the ones under way finished and are reported
        QCOMPARE(runner->count(State::NotAttempted), 20 - attempted);
        QCOMPARE(runner->unfinishedTargets().size(), 20 - attempted);
        QCOMPARE(requestsWithMethod(u"DELETE"_s), attempted);
        QTest::qWait(400); // and nothing is sent later either
        QCOMPARE(requestsWithMethod(u"DELETE"_s), attempted);
        QVERIFY(runner->failureReport().contains(u"not attempted"_s));
    }

    void concurrencyIsLimited_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("default") << BulkActionRunner::kDefaultMaxInFlight;
        QTest::newRow("one") << 1;
    }

    void concurrencyIsLimited()
    {
        QFETCH(int, limit);
        const QList<BulkTarget> targets = createUsers(10);
        QCOMPARE(targets.size(), 10);
        m_emulator->addFault({.kind = Fault::Kind::Latency, .method = u"PATCH"_s, .count = -1, .latencyMs = 60});
        auto runner = makeRunner(BulkAction::restrict({}, {}), targets);
        runner->setMaxInFlight(limit);
        int highest = 0;
        connect(runner.get(), &BulkActionRunner::itemsChanged, this, [&] {
            highest = std::max(highest, runner->count(State::Sending) + runner->count(State::Checking));
        });
        QVERIFY(run(*runner));
        QCOMPARE(runner->count(State::Succeeded), 10);
        QCOMPARE(highest, limit);
    }

    void duplicatesAndNothingToDo()
    {
        const QList<BulkTarget> targets = createUsers(2);
        auto runner = makeRunner(BulkAction::unrestrict(), {targets.at(0), targets.at(1), targets.at(0)});
        QCOMPARE(runner->total(), 2);
        QVERIFY(run(*runner));
        QCOMPARE(runner->count(State::Succeeded), 2);

        auto empty = makeRunner(BulkAction::unrestrict(), {});
        QVERIFY(run(*empty));
        QCOMPARE(empty->summaryText(), u"0 succeeded"_s);
    }

    void resultsModel()
    {
        QList<BulkTarget> targets = createUsers(6);
        QCOMPARE(targets.size(), 6);
        m_emulator->addFault({.kind = Fault::Kind::KnownError, .method = u"PATCH"_s,
                              .pathPattern = pathPattern(u"/users/"_s + targets.at(4).userId), .count = -1, .status = 400,
                              .knownErrorCode = u"SCHEMA_ERROR"_s, .message = u"Bad reason"_s});
        auto runner = makeRunner(BulkAction::restrict(u"r"_s, {}), targets);
        runner->setMaxInFlight(2);
        models::BulkResultsModel model(runner.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(models::BulkResultsModel::ColumnCount));
        QCOMPARE(model.index(0, models::BulkResultsModel::ResultColumn).data().toString(), u"Waiting"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(run(*runner));
        QVERIFY(changed.size() >= 12); // sending and settled, for every row
        for (int row = 0; row < 6; ++row) {
            const QModelIndex result = model.index(row, models::BulkResultsModel::ResultColumn);
            QCOMPARE(model.index(row, models::BulkResultsModel::UserColumn).data().toString(), targets.at(row).label);
            QCOMPARE(model.index(row, 0).data(models::BulkResultsModel::UserIdRole).toString(), targets.at(row).userId);
            QCOMPARE(result.data().toString(), row == 4 ? u"Failed"_s : u"Done"_s);
            QCOMPARE(result.data(models::BulkResultsModel::IsProblemRole).toBool(), row == 4);
        }
        QVERIFY(model.index(4, models::BulkResultsModel::DetailsColumn).data().toString().contains(u"Bad reason"_s));
        QVERIFY(model.index(4, models::BulkResultsModel::DetailsColumn).data(Qt::ToolTipRole).toString().contains(u"SCHEMA_ERROR"_s));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"User"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestBulkActionRunner)
#include "tst_BulkActionRunner.moc"
