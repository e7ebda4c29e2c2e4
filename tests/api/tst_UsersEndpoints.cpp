// The users endpoints against the TestServer with an admin key: cursor paging, search (with
// characters that need encoding), create → get → restrict → delete, and the known errors on
// the way. Against a live server every test works only on users it created, and deletes them.

#include "ApiTestHelpers.h"
#include "TestServer.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "endpoints/UsersEndpoints.h"

#include <QDebug>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using api::ApiError;
using api::Page;
using api::User;
namespace users = api::users;

QString uniqueEmail()
{
    return TestServer::uniqueName(u"hexclave-api-test"_s).toLower() + u"@example.com"_s;
}

} // namespace

class TestUsersEndpoints : public QObject
{
    Q_OBJECT

private:
    api::ProjectScope scope() const { return api::ProjectScope::project(m_server->projectId()); }

    // Creates a verified user (the demo project hides unverified ones) and remembers it for cleanup.
    std::optional<User> createUser(const QString &displayName, const QString &email = uniqueEmail())
    {
        users::NewUser user;
        user.primaryEmail = email;
        user.primaryEmailVerified = true;
        user.primaryEmailAuthEnabled = true;
        user.displayName = displayName;
        JobOutcome outcome(m_client->send(users::create(scope(), user)));
        if (!outcome.waitFinished() || !outcome.succeeded()) {
            qWarning().noquote() << "creating a user failed:" << outcome.error().userMessage();
            return std::nullopt;
        }
        m_created << outcome.value().id;
        return outcome.value();
    }

    Page<User> listPage(const users::ListQuery &query, bool *ok)
    {
        JobOutcome outcome(m_client->send(users::list(scope(), query)));
        *ok = outcome.waitFinished() && outcome.succeeded();
        if (!*ok)
            qWarning().noquote() << "listing users failed:" << outcome.error().userMessage();
        return outcome.value();
    }

    // Every user the query matches, page by page; checks the cursor chain on the way.
    QStringList listAll(users::ListQuery query, QList<int> *pageSizes = nullptr)
    {
        QStringList ids;
        for (int guard = 0; guard < 10000; ++guard) {
            bool ok = false;
            const Page<User> page = listPage(query, &ok);
            if (!ok)
                return {u"<error>"_s};
            if (pageSizes)
                pageSizes->append(int(page.items.size()));
            for (const User &user : page.items)
                ids << user.id;
            if (!page.hasMore())
                return ids;
            query.cursor = *page.nextCursor;
        }
        return {u"<endless>"_s};
    }

    std::unique_ptr<TestServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
    QStringList m_created;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::start();
        QVERIFY2(m_server, "the emulator did not start");
    }

    void init()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::AdminKey);
        m_client = m_server->adminClient(&m_network);
    }

    // Deletes what the test created, also when it failed half-way.
    void cleanup()
    {
        if (!m_client)
            return;
        const QStringList created = std::exchange(m_created, {});
        for (const QString &id : created) {
            JobOutcome outcome(m_client->send(users::remove(scope(), id)));
            if (!outcome.waitFinished() || (!outcome.succeeded() && !outcome.error().is(u"USER_NOT_FOUND")))
                qWarning().noquote() << "could not delete test user" << id << outcome.error().userMessage();
        }
        m_client.reset();
    }

    void createGetRestrictDelete()
    {
        const QString email = uniqueEmail();
        const QString name = TestServer::uniqueName(u"Api Test User"_s);

        users::NewUser newUser;
        newUser.primaryEmail = email;
        newUser.primaryEmailVerified = true;
        newUser.primaryEmailAuthEnabled = true;
        newUser.displayName = name;
        newUser.serverMetadataJson = u"{\"plan\":\"pro\",\"seats\":3}"_s;
        JobOutcome created(m_client->send(users::create(scope(), newUser)));
        HEXCLAVE_WAIT_JOB(created);
        QVERIFY2(created.succeeded(), qPrintable(created.error().userMessage()));
        m_created << created.value().id;
        QCOMPARE(created.httpStatus(), 201);
        const User &user = created.value();
        QVERIFY(!user.id.isEmpty());
        QCOMPARE(user.primaryEmail, std::optional<QString>(email));
        QVERIFY(user.primaryEmailVerified);
        QVERIFY(user.primaryEmailAuthEnabled);
        QCOMPARE(user.displayName, std::optional<QString>(name));
        QCOMPARE(user.serverMetadata, u"{\"plan\":\"pro\",\"seats\":3}"_s);
        QCOMPARE(user.clientMetadata, u"null"_s);
        QVERIFY(!user.isRestricted);
        QVERIFY(user.signedUpAtMillis > QDateTime::currentMSecsSinceEpoch() - 3600000);

        // The same email with auth enabled is taken.
        users::NewUser duplicate;
        duplicate.primaryEmail = email;
        duplicate.primaryEmailAuthEnabled = true;
        JobOutcome again(m_client->send(users::create(scope(), duplicate)));
        HEXCLAVE_WAIT_JOB(again);
        if (again.succeeded())
            m_created << again.value().id;
        QCOMPARE(again.error().kind, ApiError::Kind::Http);
        QCOMPARE(again.error().httpStatus, 409);
        QCOMPARE(again.error().code, u"USER_EMAIL_ALREADY_EXISTS"_s);
        QCOMPARE(again.error().details.value(u"email"_s).toString(), email);

        JobOutcome fetched(m_client->send(users::get(scope(), user.id)));
        HEXCLAVE_WAIT_JOB(fetched);
        QVERIFY2(fetched.succeeded(), qPrintable(fetched.error().userMessage()));
        QCOMPARE(fetched.value().id, user.id);
        QCOMPARE(fetched.value().primaryEmail, std::optional<QString>(email));
        QCOMPARE(fetched.value().serverMetadata, user.serverMetadata);

        JobOutcome restricted(
            m_client->send(users::update(scope(), user.id, users::UserPatch::restrict(u"Chargeback"_s, u"ticket 42"_s))));
        HEXCLAVE_WAIT_JOB(restricted);
        QVERIFY2(restricted.succeeded(), qPrintable(restricted.error().userMessage()));
        QCOMPARE(restricted.httpStatus(), 200);
        QVERIFY(restricted.value().isRestricted);
        QVERIFY(restricted.value().restrictedByAdmin);
        QCOMPARE(restricted.value().restrictedReason, api::RestrictedReason::RestrictedByAdministrator);
        QCOMPARE(restricted.value().restrictedByAdminReason, std::optional<QString>(u"Chargeback"_s));
        QCOMPARE(restricted.value().restrictedByAdminPrivateDetails, std::optional<QString>(u"ticket 42"_s));
        QCOMPARE(restricted.value().displayName, std::optional<QString>(name)); // untouched

        // Restricted users only show up when asked for.
        users::ListQuery query;
        query.search = name;
        QCOMPARE(listAll(query), QStringList());
        query.includeRestricted = true;
        QCOMPARE(listAll(query), QStringList{user.id});

        JobOutcome lifted(m_client->send(users::update(scope(), user.id, users::UserPatch::unrestrict())));
        HEXCLAVE_WAIT_JOB(lifted);
        QVERIFY2(lifted.succeeded(), qPrintable(lifted.error().userMessage()));
        QVERIFY(!lifted.value().isRestricted);
        QCOMPARE(lifted.value().restrictedReason, api::RestrictedReason::None);
        QCOMPARE(lifted.value().restrictedByAdminReason, std::nullopt);

        JobOutcome removed(m_client->send(users::remove(scope(), user.id)));
        HEXCLAVE_WAIT_JOB(removed);
        QVERIFY2(removed.succeeded(), qPrintable(removed.error().userMessage()));
        QCOMPARE(removed.httpStatus(), 200);
        m_created.removeAll(user.id);

        JobOutcome gone(m_client->send(users::get(scope(), user.id)));
        HEXCLAVE_WAIT_JOB(gone);
        QCOMPARE(gone.error().kind, ApiError::Kind::Http);
        QCOMPARE(gone.error().httpStatus, 404);
        QCOMPARE(gone.error().code, u"USER_NOT_FOUND"_s);
        QCOMPARE(gone.error().message, u"User not found."_s);

        JobOutcome removedTwice(m_client->send(users::remove(scope(), user.id)));
        HEXCLAVE_WAIT_JOB(removedTwice);
        QCOMPARE(removedTwice.error().code, u"USER_NOT_FOUND"_s);
    }

    void cursorPaging_data()
    {
        QTest::addColumn<bool>("descending");
        QTest::newRow("oldest first") << false;
        QTest::newRow("newest first") << true;
    }

    void cursorPaging()
    {
        QFETCH(bool, descending);
        const QString marker = TestServer::uniqueName(u"Pager"_s);
        QStringList created;
        for (int i = 0; i < 5; ++i) {
            const auto user = createUser(marker + u" #"_s + QString::number(i));
            QVERIFY(user.has_value());
            created << user->id;
        }

        users::ListQuery query;
        query.search = marker;
        query.limit = 2;
        query.orderBy = users::OrderBy::SignedUpAt;
        query.descending = descending;

        bool ok = false;
        const Page<User> first = listPage(query, &ok);
        QVERIFY(ok);
        QCOMPARE(first.items.size(), 2);
        QVERIFY(first.isPaginated);
        QVERIFY(first.hasMore());

        query.cursor = *first.nextCursor;
        const Page<User> second = listPage(query, &ok);
        QVERIFY(ok);
        QCOMPARE(second.items.size(), 2);
        QCOMPARE(second.items.first().id, *first.nextCursor); // the cursor is the next page's first user
        QVERIFY(second.hasMore());

        query.cursor = *second.nextCursor;
        const Page<User> third = listPage(query, &ok);
        QVERIFY(ok);
        QCOMPARE(third.items.size(), 1);
        QVERIFY(!third.hasMore());
        QCOMPARE(third.nextCursor, std::nullopt);

        QStringList seen;
        for (const Page<User> *page : {&first, &second, &third}) {
            for (const User &user : page->items)
                seen << user.id;
        }
        // Users created within the same millisecond sort by id: compare as sets, then check the order.
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()), QSet<QString>(created.cbegin(), created.cend()));
        QCOMPARE(seen.size(), 5);
        qint64 previous = descending ? std::numeric_limits<qint64>::max() : 0;
        for (const Page<User> *page : {&first, &second, &third}) {
            for (const User &user : page->items) {
                QVERIFY(descending ? user.signedUpAtMillis <= previous : user.signedUpAtMillis >= previous);
                previous = user.signedUpAtMillis;
            }
        }
    }

    void searchWithCharactersThatNeedEncoding()
    {
        const QString marker = TestServer::uniqueName(u"Srch"_s);
        const QString tricky = marker + u" a+b & c=d \u00e9t\u00e9 100%"_s;
        const auto target = createUser(tricky);
        QVERIFY(target.has_value());
        const auto decoy = createUser(marker + u" a b & c=d \u00e9t\u00e9 100%"_s); // '+' read as a space would match this
        QVERIFY(decoy.has_value());

        users::ListQuery query;
        query.search = tricky;
        QCOMPARE(listAll(query), QStringList{target->id});
        query.search = u"a+b & c=d \u00e9t\u00e9 100%"_s.prepend(marker.toUpper() + u' '); // case-insensitive
        QCOMPARE(listAll(query), QStringList{target->id});
        query.search = marker;
        const QStringList both = listAll(query);
        QCOMPARE(QSet<QString>(both.cbegin(), both.cend()), (QSet<QString>{target->id, decoy->id}));
        QCOMPARE(both.size(), 2);
        query.search = target->id; // an exact id
        QCOMPARE(listAll(query), QStringList{target->id});
        query.search = marker + u"-nobody"_s;
        QCOMPARE(listAll(query), QStringList());
    }

    void wholeListPagesConsistently()
    {
        // The emulator's whole list; on a live server (not ours to walk) the first three pages.
        const bool live = m_server->isLive();
        users::ListQuery query;
        query.limit = live ? 3 : 25;
        QStringList paged;
        QList<int> sizes;
        for (int page = 0; !live || page < 3; ++page) {
            bool ok = false;
            const Page<User> result = listPage(query, &ok);
            QVERIFY(ok);
            QVERIFY(result.items.size() <= query.limit);
            if (!query.cursor.isEmpty() && !result.items.isEmpty())
                QCOMPARE(result.items.first().id, query.cursor);
            sizes << int(result.items.size());
            for (const User &user : result.items)
                paged << user.id;
            if (!result.hasMore())
                break;
            QCOMPARE(result.items.size(), query.limit); // only the last page is short
            query.cursor = *result.nextCursor;
        }
        QCOMPARE(QSet<QString>(paged.cbegin(), paged.cend()).size(), paged.size()); // no user twice
        if (!live) {
            QVERIFY(sizes.size() > 1);
            QVERIFY(sizes.last() >= 1);
            users::ListQuery everything;
            everything.limit = 1000;
            QCOMPARE(listAll(everything), paged);
        }
    }

    void knownErrors_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("detailsPart");

        QTest::newRow("not a UUID") << u"not-a-uuid"_s << 400 << u"SCHEMA_ERROR"_s
                                    << u"params.user_id must be a valid UUID"_s;
        QTest::newRow("unknown") << u"3241a285-8329-4d69-8f3d-316e08cf140c"_s << 404 << u"USER_NOT_FOUND"_s << QString();
    }

    void idStaysOneSegment()
    {
        // An id with slashes is percent-encoded into one path segment: the users route answers
        // (it is not a UUID), never another route nor the unknown-route 404.
        JobOutcome outcome(m_client->send(users::get(scope(), u"../internal/projects"_s)));
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(outcome.error().kind, ApiError::Kind::Http);
        QVERIFY2(outcome.error().code == u"SCHEMA_ERROR" || outcome.error().code == u"USER_NOT_FOUND",
                 qPrintable(outcome.error().technicalSummary() + u": "_s + outcome.error().message.left(80)));
    }

    void knownErrors()
    {
        QFETCH(QString, userId);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, detailsPart);

        JobOutcome outcome(m_client->send(users::get(scope(), userId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(outcome.error().kind, ApiError::Kind::Http);
        QCOMPARE(outcome.error().httpStatus, status);
        QCOMPARE(outcome.error().code, code);
        QVERIFY2(outcome.error().details.value(u"message"_s).toString().contains(detailsPart),
                 qPrintable(outcome.error().message));
    }

    void serverKeyListsUsers()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::ServerKey);
        const auto user = createUser(TestServer::uniqueName(u"Server Key"_s));
        QVERIFY(user.has_value());
        api::ApiClient serverClient(&m_network, m_server->apiRoot(),
                                    std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::ServerKey,
                                                                                   m_server->projectId(),
                                                                                   m_server->serverKey()));
        JobOutcome outcome(serverClient.send(users::get(scope(), user->id)));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error().userMessage()));
        QCOMPARE(outcome.value().id, user->id);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestUsersEndpoints)
#include "tst_UsersEndpoints.moc"
