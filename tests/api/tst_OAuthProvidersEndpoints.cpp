// The OAuth-provider endpoints against the TestServer with an admin key: a scratch user gets a
// linked GitHub account (created with the raw POST route, which the console does not offer),
// then list, change its flags, remove it.

#include "ApiTestHelpers.h"
#include "ScratchUsers.h"
#include "TestServer.h"

#include "core/ApiClient.h"
#include "endpoints/OAuthProvidersEndpoints.h"
#include "endpoints/UsersEndpoints.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace providers = api::oauthProviders;
using api::OAuthProvider;

class TestOAuthProvidersEndpoints : public ScratchUserTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void lifecycle()
    {
        const auto user = m_users->create(u"oauth"_s);
        QVERIFY(user);
        const QByteArray link = "{\"user_id\":\"" + user->id.toUtf8()
                              + "\",\"provider_config_id\":\"github\",\"account_id\":\"gh-4242\","
                                "\"email\":\"octo@example.com\",\"allow_sign_in\":false,\"allow_connected_accounts\":true}";
        JobOutcome created(m_client->send(
            api::Call<OAuthProvider>{api::ApiRequest::post(u"/oauth-providers"_s, scope(), link)}));
        HEXCLAVE_WAIT_JOB(created);
        QVERIFY2(created.succeeded(), qPrintable(created.error().technicalSummary()));
        QCOMPARE(created.httpStatus(), 201);

        JobOutcome listed(m_client->send(providers::list(scope(), user->id)));
        HEXCLAVE_WAIT_JOB(listed);
        QVERIFY2(listed.succeeded(), qPrintable(listed.error().userMessage()));
        QCOMPARE(listed.value().items.size(), 1);
        const OAuthProvider provider = listed.value().items.first();
        QCOMPARE(provider.id, created.value().id);
        QCOMPARE(provider.userId, user->id);
        QCOMPARE(provider.type, u"github"_s);
        QCOMPARE(provider.accountId, u"gh-4242"_s);
        QCOMPARE(provider.email, std::optional<QString>(u"octo@example.com"_s));
        QVERIFY(!provider.allowSignIn);
        QVERIFY(provider.allowConnectedAccounts);

        providers::OAuthProviderPatch patch;
        patch.allowSignIn = true;
        patch.allowConnectedAccounts = false;
        JobOutcome updated(m_client->send(providers::update(scope(), user->id, provider.id, patch)));
        HEXCLAVE_WAIT_JOB(updated);
        QVERIFY2(updated.succeeded(), qPrintable(updated.error().userMessage()));
        QVERIFY(updated.value().allowSignIn);
        QVERIFY(!updated.value().allowConnectedAccounts);

        JobOutcome withLink(m_client->send(api::users::get(scope(), user->id)));
        HEXCLAVE_WAIT_JOB(withLink);
        QCOMPARE(withLink.value().oauthProviders.size(), 1);
        QCOMPARE(withLink.value().oauthProviders.first().accountId, u"gh-4242"_s);

        JobOutcome removed(m_client->send(providers::remove(scope(), user->id, provider.id)));
        HEXCLAVE_WAIT_JOB(removed);
        QVERIFY2(removed.succeeded(), qPrintable(removed.error().userMessage()));
        JobOutcome after(m_client->send(providers::list(scope(), user->id)));
        HEXCLAVE_WAIT_JOB(after);
        QVERIFY(after.value().items.isEmpty());
    }

    void requestShapes()
    {
        providers::OAuthProviderPatch patch;
        patch.allowConnectedAccounts = true;
        const api::ApiRequest update = providers::update(api::ProjectScope::project(u"p"_s), u"u1"_s, u"p1"_s, patch).request;
        QCOMPARE(update.method, api::HttpMethod::Patch);
        QCOMPARE(update.path, u"/oauth-providers/u1/p1"_s);
        QCOMPARE(update.body, QByteArray(R"({"allow_connected_accounts":true})"));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestOAuthProvidersEndpoints)
#include "tst_OAuthProvidersEndpoints.moc"
