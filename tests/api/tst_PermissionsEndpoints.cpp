// Project permissions against the TestServer with an admin key, on a scratch user: grant,
// list (directly and recursively), revoke, and PERMISSION_NOT_FOUND for an unknown id. The
// permission definition it grants is made for the test and deleted afterwards.

#include "ApiTestHelpers.h"
#include "ScratchUsers.h"
#include "TestServer.h"

#include "core/ApiClient.h"
#include "endpoints/PermissionsEndpoints.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace permissions = api::permissions;

class TestPermissionsEndpoints : public ScratchUserTestCase
{
    Q_OBJECT

private:
    QStringList grantedTo(const QString &userId, bool recursive, bool *ok)
    {
        JobOutcome listed(m_client->send(permissions::ofUser(scope(), userId, recursive)));
        *ok = listed.waitFinished() && listed.succeeded();
        QStringList ids;
        for (const api::PermissionGrant &grant : listed.value().items)
            ids << grant.id;
        ids.sort();
        return ids;
    }

    // Definitions are issue 4's subject; the test makes its own with the raw route.
    bool createDefinition(const QString &id, const QStringList &contained)
    {
        QByteArray body = "{\"id\":\"" + id.toUtf8() + "\",\"contained_permission_ids\":[";
        for (qsizetype i = 0; i < contained.size(); ++i)
            body += (i ? ",\"" : "\"") + contained.at(i).toUtf8() + '"';
        body += "]}";
        JobOutcome created(m_client->send(api::Call<api::NoContent>{
            api::ApiRequest::post(u"/project-permission-definitions"_s, scope(), body)}));
        if (!created.waitFinished() || !created.succeeded())
            return false;
        m_definitions.prepend(id);
        return true;
    }

    QStringList m_definitions;

private Q_SLOTS:
    // Replaces the base's cleanup(): the definitions go too.
    void cleanup()
    {
        m_users.reset();
        for (const QString &id : std::as_const(m_definitions)) {
            JobOutcome removed(m_client->send(api::Call<api::NoContent>{
                api::ApiRequest::del(api::resourcePath(u"/project-permission-definitions"_s, {id}), scope())}));
            removed.waitFinished();
        }
        m_definitions.clear();
        m_client.reset();
    }

    void grantListRevoke()
    {
        const QString stamp = TestServer::uniqueName(u"t"_s).toLower().remove(u'-');
        const QString inner = u"hx_inner_"_s + stamp.right(12);
        const QString outer = u"hx_outer_"_s + stamp.right(12);
        QVERIFY2(createDefinition(inner, {}), "could not create a permission definition");
        QVERIFY2(createDefinition(outer, {inner}), "could not create a permission definition");

        JobOutcome definitions(m_client->send(permissions::projectDefinitions(scope())));
        HEXCLAVE_WAIT_JOB(definitions);
        QVERIFY2(definitions.succeeded(), qPrintable(definitions.error().userMessage()));
        const auto defined = std::find_if(definitions.value().items.cbegin(), definitions.value().items.cend(),
                                          [&](const api::PermissionDefinition &d) { return d.id == outer; });
        QVERIFY(defined != definitions.value().items.cend());
        QCOMPARE(defined->containedPermissionIds, QStringList{inner});

        const auto user = m_users->create(u"permissions"_s);
        QVERIFY(user);
        JobOutcome granted(m_client->send(permissions::grant(scope(), user->id, outer)));
        HEXCLAVE_WAIT_JOB(granted);
        QVERIFY2(granted.succeeded(), qPrintable(granted.error().userMessage()));
        QCOMPARE(granted.value().id, outer);
        QCOMPARE(granted.value().userId, user->id);

        bool ok = false;
        QCOMPARE(grantedTo(user->id, false, &ok), QStringList{outer});
        QVERIFY(ok);
        QCOMPARE(grantedTo(user->id, true, &ok), (QStringList{inner, outer}));
        QVERIFY(ok);

        JobOutcome revoked(m_client->send(permissions::revoke(scope(), user->id, outer)));
        HEXCLAVE_WAIT_JOB(revoked);
        QVERIFY2(revoked.succeeded(), qPrintable(revoked.error().userMessage()));
        QCOMPARE(grantedTo(user->id, true, &ok), QStringList());
        QVERIFY(ok);
    }

    void unknownPermission()
    {
        const auto user = m_users->create(u"permissions"_s);
        QVERIFY(user);
        JobOutcome granted(m_client->send(permissions::grant(scope(), user->id, u"no_such_permission"_s)));
        HEXCLAVE_WAIT_JOB(granted);
        QVERIFY(!granted.succeeded());
        QCOMPARE(granted.error().httpStatus, 404);
        QCOMPARE(granted.error().code, u"PERMISSION_NOT_FOUND"_s);
        QCOMPARE(granted.error().details.value(u"permission_id"_s).toString(), u"no_such_permission"_s);
    }

    void requestShapes()
    {
        const auto scopeP = api::ProjectScope::project(u"p"_s);
        const api::ApiRequest grant = permissions::grant(scopeP, u"u1"_s, u"support:read"_s).request;
        QCOMPARE(grant.method, api::HttpMethod::Post);
        QCOMPARE(grant.path, u"/project-permissions/u1/support%3Aread"_s);
        QCOMPARE(grant.body, QByteArray("{}"));
        const api::ApiRequest list = permissions::ofUser(scopeP, u"u1"_s, true).request;
        QCOMPARE(list.query.toString(QUrl::FullyEncoded), u"user_id=u1&recursive=true"_s);
        const api::ApiRequest team = permissions::ofTeamMember(scopeP, u"t1"_s, u"u1"_s).request;
        QCOMPARE(team.path, u"/team-permissions"_s);
        QCOMPARE(team.query.toString(QUrl::FullyEncoded), u"team_id=t1&user_id=u1"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestPermissionsEndpoints)
#include "tst_PermissionsEndpoints.moc"
