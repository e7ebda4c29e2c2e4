// Project, user and team API keys over the recorded real-server answers (fixtures 25, 32–34),
// and the request bodies that create them.

#include "Fixtures.h"

#include "dto/ApiKey.h"
#include "endpoints/ApiKeysEndpoints.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ApiKeyOwnerKind;
using api::OwnedApiKey;
using api::Page;
using api::ProjectApiKey;

class TestApiKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projectKeysShowOnlyTheirLastFour()
    {
        const auto page = api::parseJson<Page<ProjectApiKey>>(Fixture::load(u"32-project-api-keys"_s).body);
        QCOMPARE(page.items.size(), 2);
        const ProjectApiKey &key = page.items.first();
        QCOMPARE(key.id, u"f8093fda-9601-49eb-9abb-b75392544e3e"_s);
        QCOMPARE(key.description, u"automation key"_s);
        QCOMPARE(key.createdAtMillis, 1795459632393);
        QCOMPARE(key.expiresAtMillis, 4102444800000);
        QVERIFY(!key.isRevoked());
        QCOMPARE(key.publishableClientKeyLastFour, std::optional<QString>(u"b1g0"_s));
        QCOMPARE(key.secretServerKeyLastFour, std::optional<QString>(u"hear"_s));
        QCOMPARE(key.superSecretAdminKeyLastFour, std::optional<QString>(u"0jf0"_s));
    }

    void projectKeySetWithoutSomeKinds()
    {
        const auto key = api::parseJson<ProjectApiKey>(
            R"({"id":"k","description":"ci","created_at_millis":1,"expires_at_millis":2,)"
            R"("manually_revoked_at_millis":3,"secret_server_key":{"last_four":"abcd"}})");
        QVERIFY(key.isRevoked());
        QCOMPARE(key.manuallyRevokedAtMillis, std::optional<qint64>(3));
        QCOMPARE(key.publishableClientKeyLastFour, std::nullopt);
        QCOMPARE(key.secretServerKeyLastFour, std::optional<QString>(u"abcd"_s));
        QCOMPARE(key.superSecretAdminKeyLastFour, std::nullopt);
    }

    void newProjectKeysAreReadInFull()
    {
        const auto secrets = api::parseJson<api::NewProjectApiKeySecrets>(
            R"({"id":"k","description":"ci","created_at_millis":1,"expires_at_millis":2,)"
            R"("secret_server_key":"ssk_0123456789wxyz","super_secret_admin_key":"sak_9876543210abcd"})");
        QCOMPARE(secrets.secretServerKey, std::optional<QString>(u"ssk_0123456789wxyz"_s));
        QCOMPARE(secrets.superSecretAdminKey, std::optional<QString>(u"sak_9876543210abcd"_s));
        QCOMPARE(secrets.publishableClientKey, std::nullopt);
        QCOMPARE(secrets.key.secretServerKeyLastFour, std::optional<QString>(u"wxyz"_s));
        QCOMPARE(secrets.key.superSecretAdminKeyLastFour, std::optional<QString>(u"abcd"_s));
    }

    void ownedKeyLists()
    {
        QVERIFY(api::parseJson<Page<OwnedApiKey>>(Fixture::load(u"25-team-api-keys"_s).body).items.isEmpty());
        QVERIFY(api::parseJson<Page<OwnedApiKey>>(Fixture::load(u"33-user-api-keys"_s).body).items.isEmpty());
        const auto key = api::parseJson<OwnedApiKey>(
            R"({"id":"k","type":"team","team_id":"t1","description":"deploy","created_at_millis":5,)"
            R"("expires_at_millis":null,"is_public":true,"value":{"last_four":"9z9z"}})");
        QCOMPARE(key.ownerKind, ApiKeyOwnerKind::Team);
        QCOMPARE(key.ownerId, u"t1"_s);
        QCOMPARE(key.expiresAtMillis, std::nullopt);
        QVERIFY(key.isPublic);
        QCOMPARE(key.lastFour, u"9z9z"_s);
    }

    void createdUserKeyHasItsValueOnce()
    {
        const Fixture created = Fixture::load(u"34-user-api-key-create"_s);
        const auto secret = api::parseJson<api::NewOwnedApiKeySecret>(created.body);
        QCOMPARE(secret.key.ownerKind, ApiKeyOwnerKind::User);
        QCOMPARE(secret.key.ownerId, u"1d3d90c7-78cf-48f7-bd78-393efd417cd1"_s);
        QCOMPARE(secret.key.description, u"fixture key"_s);
        QCOMPARE(secret.key.expiresAtMillis, std::nullopt); // absent: never expires
        QVERIFY(!secret.key.isPublic);
        QCOMPARE(secret.value, u"<redacted>"_s);
        QCOMPARE(secret.key.lastFour, u"ted>"_s);
    }

    void requestBodies()
    {
        // The recorded request of fixture 34, field by field.
        api::apiKeys::NewOwnedApiKey key;
        key.owner = {ApiKeyOwnerKind::User, u"1d3d90c7-78cf-48f7-bd78-393efd417cd1"_s};
        key.description = u"fixture key"_s;
        const QJsonObject recorded = QJsonDocument::fromJson(Fixture::rawJson(u"34-user-api-key-create"_s))
                                         .object()[u"request"_s].toObject()[u"body"_s].toObject();
        QCOMPARE(QJsonDocument::fromJson(key.toJson()).object(), recorded);

        key.owner = {ApiKeyOwnerKind::Team, u"t"_s};
        key.expiresAtMillis = 42;
        key.isPublic = true;
        const QJsonObject team = QJsonDocument::fromJson(key.toJson()).object();
        QCOMPARE(team[u"team_id"_s].toString(), u"t"_s);
        QVERIFY(!team.contains(u"user_id"_s));
        QCOMPARE(team[u"expires_at_millis"_s].toInteger(), 42);
        QCOMPARE(team[u"is_public"_s].toBool(), true);

        api::apiKeys::NewProjectApiKeys keys;
        keys.description = u"ci"_s;
        keys.expiresAtMillis = 4102444800000;
        keys.publishableClientKey = true;
        const QJsonObject project = QJsonDocument::fromJson(keys.toJson()).object();
        QCOMPARE(project.size(), 5);
        QCOMPARE(project[u"expires_at_millis"_s].toInteger(), 4102444800000);
        QCOMPARE(project[u"has_publishable_client_key"_s].toBool(), true);
        QCOMPARE(project[u"has_secret_server_key"_s].toBool(), true);
        QCOMPARE(project[u"has_super_secret_admin_key"_s].toBool(), false);
    }

    void missingIdsAreErrors()
    {
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<ProjectApiKey>(R"({"description":"x"})"));
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<api::NewOwnedApiKeySecret>(R"({"id":"k"})"));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestApiKey)
#include "tst_ApiKey.moc"
