// The sessions endpoints against the TestServer with an admin key: impersonate a scratch user,
// list its sessions, revoke one, and the errors for unknown users. Cleans up after itself.

#include "ApiTestHelpers.h"
#include "ScratchUsers.h"
#include "TestServer.h"

#include "core/ApiClient.h"
#include "endpoints/SessionsEndpoints.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace sessions = api::sessions;

class TestSessionsEndpoints : public ScratchUserTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void impersonateListRevoke()
    {
        const auto user = m_users->create(u"sessions"_s);
        QVERIFY(user);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();

        JobOutcome impersonation(m_client->send(sessions::impersonate(scope(), user->id, 15 * 60 * 1000)));
        HEXCLAVE_WAIT_JOB(impersonation);
        QVERIFY2(impersonation.succeeded(), qPrintable(impersonation.error().userMessage()));
        QCOMPARE(impersonation.httpStatus(), 200);
        QVERIFY(!impersonation.value().accessToken.isEmpty());
        QVERIFY(!impersonation.value().refreshToken.isEmpty());

        JobOutcome listed(m_client->send(sessions::list(scope(), user->id)));
        HEXCLAVE_WAIT_JOB(listed);
        QVERIFY2(listed.succeeded(), qPrintable(listed.error().userMessage()));
        QCOMPARE(listed.value().items.size(), 1);
        const api::UserSession session = listed.value().items.first();
        QCOMPARE(session.userId, user->id);
        QVERIFY(session.isImpersonation);
        QVERIFY(!session.isCurrentSession);
        QVERIFY2(session.createdAtMillis >= before - 60'000, "created_at is not a time in ms");

        JobOutcome revoked(m_client->send(sessions::revoke(scope(), user->id, session.id)));
        HEXCLAVE_WAIT_JOB(revoked);
        QVERIFY2(revoked.succeeded(), qPrintable(revoked.error().userMessage()));

        JobOutcome after(m_client->send(sessions::list(scope(), user->id)));
        HEXCLAVE_WAIT_JOB(after);
        QVERIFY2(after.succeeded(), qPrintable(after.error().userMessage()));
        QVERIFY(after.value().items.isEmpty());
    }

    void unknownUser()
    {
        const QString unknown = u"3241a285-8329-4d69-8f3d-316e08cf140c"_s;
        JobOutcome impersonation(m_client->send(sessions::impersonate(scope(), unknown, 60'000)));
        HEXCLAVE_WAIT_JOB(impersonation);
        QVERIFY(!impersonation.succeeded());
        // The sessions route checks the user itself (auth/sessions/route.tsx), not through the users CRUD.
        QCOMPARE(impersonation.error().code, u"USER_ID_DOES_NOT_EXIST"_s);
        QCOMPARE(impersonation.error().httpStatus, 400);
        QCOMPARE(impersonation.error().details.value(u"user_id"_s).toString(), unknown);
    }

    void requestShapes()
    {
        const auto scopeP = api::ProjectScope::project(u"p"_s);
        const api::ApiRequest impersonate = sessions::impersonate(scopeP, u"u1"_s, 3'600'000).request;
        QCOMPARE(impersonate.path, u"/auth/sessions"_s);
        QCOMPARE(impersonate.body, QByteArray(R"({"user_id":"u1","expires_in_millis":3600000,"is_impersonation":true})"));
        const api::ApiRequest revoke = sessions::revoke(scopeP, u"u 1"_s, u"s/1"_s).request;
        QCOMPARE(revoke.method, api::HttpMethod::Delete);
        QCOMPARE(revoke.path, u"/auth/sessions/s%2F1"_s);
        QCOMPARE(revoke.query.toString(QUrl::FullyEncoded), u"user_id=u%201"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestSessionsEndpoints)
#include "tst_SessionsEndpoints.moc"
