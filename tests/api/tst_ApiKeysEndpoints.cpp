// The API-key endpoints against the TestServer with an admin key: a project key set that works
// until it is revoked, and user and team keys created, listed (last four only), checked and
// revoked. Every key made here is revoked and its scratch owner deleted, so it is safe against a
// live server.

#include "ApiTestHelpers.h"
#include "ScratchTeams.h"
#include "ScratchUsers.h"
#include "TestServer.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "endpoints/ApiKeysEndpoints.h"
#include "endpoints/UsersEndpoints.h"

#include <QDateTime>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ApiKeyOwnerKind;
namespace apiKeys = api::apiKeys;

class TestApiKeysEndpoints : public ScratchUserTestCase
{
    Q_OBJECT

private:
    static qint64 inOneDay() { return QDateTime::currentMSecsSinceEpoch() + 24 * 3600 * 1000; }

    // GET /users?limit=1 with `serverKey`: whether the server accepts that key.
    bool serverKeyWorks(const QString &serverKey, QString *errorCode)
    {
        api::ApiClient client(&m_network, m_server->apiRoot(),
                              std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::ServerKey,
                                                                             m_server->projectId(), serverKey));
        api::users::ListQuery query;
        query.limit = 1;
        // A key the server refuses as gone makes the client wait for a new one (sessionExpired)
        // instead of failing the request.
        std::optional<api::ApiError> refused;
        connect(&client, &api::ApiClient::sessionExpired, this, [&refused](const api::ApiError &error) { refused = error; });
        JobOutcome listed(client.send(api::users::list(scope(), query)));
        [[maybe_unused]] const bool answered
            = QTest::qWaitFor([&] { return refused.has_value() || listed.finishedCount() > 0; }, 10000);
        *errorCode = refused ? refused->code : listed.error().code;
        return !refused && listed.succeeded();
    }

    void checkOwnedKeys(const apiKeys::ApiKeyOwner &owner)
    {
        apiKeys::NewOwnedApiKey draft;
        draft.owner = owner;
        draft.description = TestServer::uniqueName(u"key"_s);
        JobOutcome created(m_client->send(apiKeys::createOwnedKey(scope(), draft)));
        HEXCLAVE_WAIT_JOB(created);
        QVERIFY2(created.succeeded(), qPrintable(created.error().userMessage()));
        const api::NewOwnedApiKeySecret secret = created.value();
        QCOMPARE(secret.key.ownerKind, owner.kind);
        QCOMPARE(secret.key.ownerId, owner.id);
        QCOMPARE(secret.key.expiresAtMillis, std::nullopt);
        QVERIFY(secret.value.size() > 16);
        QCOMPARE(secret.key.lastFour, secret.value.right(4));

        JobOutcome listed(m_client->send(apiKeys::ownedKeys(scope(), owner)));
        HEXCLAVE_WAIT_JOB(listed);
        QVERIFY2(listed.succeeded(), qPrintable(listed.error().userMessage()));
        QCOMPARE(listed.value().items.size(), 1);
        QCOMPARE(listed.value().items.first().id, secret.key.id);
        QCOMPARE(listed.value().items.first().lastFour, secret.value.right(4));
        QVERIFY(!listed.value().items.first().isRevoked());

        JobOutcome valid(m_client->send(apiKeys::checkOwnedKey(scope(), owner.kind, secret.value)));
        HEXCLAVE_WAIT_JOB(valid);
        QVERIFY2(valid.succeeded(), qPrintable(valid.error().userMessage()));
        QCOMPARE(valid.value().id, secret.key.id);

        JobOutcome revoked(m_client->send(apiKeys::revokeOwnedKey(scope(), owner, secret.key.id)));
        HEXCLAVE_WAIT_JOB(revoked);
        QVERIFY2(revoked.succeeded(), qPrintable(revoked.error().userMessage()));
        QVERIFY(revoked.value().isRevoked());

        JobOutcome checkRevoked(m_client->send(apiKeys::checkOwnedKey(scope(), owner.kind, secret.value)));
        HEXCLAVE_WAIT_JOB(checkRevoked);
        QVERIFY(!checkRevoked.succeeded());
        QCOMPARE(checkRevoked.error().code, u"API_KEY_REVOKED"_s);

        QString unknownKey = secret.value;
        unknownKey.chop(4);
        unknownKey += secret.value.endsWith(u"aaaa"_s) ? u"bbbb"_s : u"aaaa"_s;
        JobOutcome unknown(m_client->send(apiKeys::checkOwnedKey(scope(), owner.kind, unknownKey)));
        HEXCLAVE_WAIT_JOB(unknown);
        QVERIFY(!unknown.succeeded());
        QVERIFY2(unknown.error().code.startsWith(u"API_KEY_"_s) || unknown.error().code == u"SCHEMA_ERROR"_s,
                 qPrintable(unknown.error().code));
    }

private Q_SLOTS:
    void projectKeySetWorksUntilRevoked()
    {
        apiKeys::NewProjectApiKeys draft;
        draft.description = TestServer::uniqueName(u"ci"_s);
        draft.expiresAtMillis = inOneDay();
        draft.secretServerKey = true;
        JobOutcome created(m_client->send(apiKeys::createProjectKeys(scope(), draft)));
        HEXCLAVE_WAIT_JOB(created);
        QVERIFY2(created.succeeded(), qPrintable(created.error().userMessage()));
        const api::NewProjectApiKeySecrets secrets = created.value();
        QVERIFY(secrets.secretServerKey);
        QCOMPARE(secrets.publishableClientKey, std::nullopt);
        QCOMPARE(secrets.superSecretAdminKey, std::nullopt);
        QCOMPARE(secrets.key.description, draft.description);
        QCOMPARE(secrets.key.expiresAtMillis, draft.expiresAtMillis);
        struct Revoke // revoke it should a check below fail
        {
            TestApiKeysEndpoints *test;
            QString id;
            ~Revoke()
            {
                JobOutcome revoked(test->m_client->send(apiKeys::revokeProjectKeys(test->scope(), id)));
                revoked.waitFinished();
            }
        } revokeLater{this, secrets.key.id};

        JobOutcome listed(m_client->send(apiKeys::projectKeys(scope())));
        HEXCLAVE_WAIT_JOB(listed);
        QVERIFY2(listed.succeeded(), qPrintable(listed.error().userMessage()));
        const auto found = std::find_if(listed.value().items.cbegin(), listed.value().items.cend(),
                                        [&](const api::ProjectApiKey &key) { return key.id == secrets.key.id; });
        QVERIFY(found != listed.value().items.cend());
        QCOMPARE(found->secretServerKeyLastFour, std::optional<QString>(secrets.secretServerKey->right(4)));
        QCOMPARE(found->publishableClientKeyLastFour, std::nullopt);

        QString errorCode;
        QVERIFY2(serverKeyWorks(*secrets.secretServerKey, &errorCode), qPrintable(errorCode));

        JobOutcome revoked(m_client->send(apiKeys::revokeProjectKeys(scope(), secrets.key.id)));
        HEXCLAVE_WAIT_JOB(revoked);
        QVERIFY2(revoked.succeeded(), qPrintable(revoked.error().userMessage()));
        QVERIFY(revoked.value().isRevoked());
        QVERIFY(!serverKeyWorks(*secrets.secretServerKey, &errorCode));
        QVERIFY2(!errorCode.isEmpty(), "a revoked key must be refused with a known error");
    }

    void userKeys()
    {
        const auto user = m_users->create(u"keys"_s);
        QVERIFY(user);
        checkOwnedKeys({ApiKeyOwnerKind::User, user->id});
    }

    void teamKeys()
    {
        ScratchTeams teams(m_client.get(), scope());
        const auto team = teams.create(u"Keys"_s);
        QVERIFY(team);
        checkOwnedKeys({ApiKeyOwnerKind::Team, team->id});
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestApiKeysEndpoints)
#include "tst_ApiKeysEndpoints.moc"
