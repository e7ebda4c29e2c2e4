// OAuthProviderRoutes: GET /oauth-providers (fixture 16, the spec's fields) and
// GET|PATCH|DELETE /oauth-providers/{user_id}/{provider_id}, kept consistent with the user's
// oauth_providers.
#include "EmulatorTestCase.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

class TestOAuthProviderRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    ordered_json providersOf(const QString &userId, const Headers &headers)
    {
        const auto result = m_http->get(u"/oauth-providers?user_id="_s + userId, headers);
        if (result.status != 200)
            qWarning("GET /oauth-providers answered %d: %s", result.status, result.body.constData());
        return result.json()["items"];
    }

    QString itemPath(const QString &userId, const ordered_json &provider) const
    {
        return u"/oauth-providers/"_s + userId + u'/' + idOf(provider);
    }

    QString userWithGitHub(const std::string &accountId, const std::string &password = {})
    {
        ordered_json body = {{"display_name", "OAuth user"},
                             {"oauth_providers", {{{"id", "github"}, {"account_id", accountId}, {"email", "octo@example.com"}}}}};
        if (!password.empty()) {
            body["primary_email"] = "oauth." + accountId + "@example.com";
            body["primary_email_auth_enabled"] = true;
            body["password"] = password;
        }
        return createUser(body);
    }

private slots:
    void initTestCase() { QVERIFY2(startEmulator(), qPrintable(startError())); }

    void listMatchesFixture16()
    {
        const QString userId = createUser({{"display_name", "No providers"}});
        const auto result = m_http->get(u"/oauth-providers?user_id="_s + userId, admin());
        QCOMPARE(result.status, 200);
        COMPARE_JSON(result.json(), Fixtures::responseBody(u"16-oauth-providers-list"_s));
    }

    void itemsHaveTheSpecsFields()
    {
        const QString userId = userWithGitHub("4242");
        const ordered_json items = providersOf(userId, admin());
        QCOMPARE(items.size(), std::size_t(1));
        const ordered_json &provider = items[0];
        const ordered_json expected = {{"user_id", userId.toStdString()}, {"id", provider["id"]}, {"email", "octo@example.com"},
                                       {"provider_config_id", "github"}, {"type", "github"}, {"allow_sign_in", true},
                                       {"allow_connected_accounts", true}, {"account_id", "4242"}};
        COMPARE_JSON(provider, expected);
        QVERIFY(!QUuid::fromString(idOf(provider)).isNull());
        COMPARE_JSON(m_http->get(itemPath(userId, provider), admin()).json(), provider);
    }

    void generatedUsersAgreeWithTheirUserObject()
    {
        const ordered_json users = m_http->get(u"/users?limit=80"_s, admin()).json()["items"];
        int linked = 0, signInOff = 0;
        for (const auto &user : users) {
            const ordered_json items = providersOf(idOf(user), admin());
            QCOMPARE(items.size(), user["oauth_providers"].size());
            for (std::size_t i = 0; i < items.size(); ++i) {
                COMPARE_JSON(items[i]["provider_config_id"], user["oauth_providers"][i]["id"]);
                COMPARE_JSON(items[i]["account_id"], user["oauth_providers"][i]["account_id"]);
                ++linked;
                signInOff += !items[i]["allow_sign_in"].get<bool>();
            }
        }
        QVERIFY(linked > 20);
        Q_UNUSED(signInOff) // about one in ten; not every seed gives one among 80 users
    }

    void updateAndRemove()
    {
        const QString userId = userWithGitHub("1001");
        const ordered_json provider = providersOf(userId, admin())[0];
        const auto result = m_http->patchJson(itemPath(userId, provider), admin(),
                                              {{"allow_sign_in", false}, {"allow_connected_accounts", false}, {"account_id", "2002"},
                                               {"email", "new@example.com"}});
        QCOMPARE(result.status, 200);
        const ordered_json body = result.json();
        QVERIFY(!body["allow_sign_in"].get<bool>());
        QVERIFY(!body["allow_connected_accounts"].get<bool>());
        QCOMPARE(body["account_id"].get<std::string>(), "2002");
        COMPARE_JSON(providersOf(userId, admin())[0], body);
        const ordered_json user = m_http->get(u"/users/"_s + userId, admin()).json();
        COMPARE_JSON(user["oauth_providers"], ordered_json::array({{{"id", "github"}, {"account_id", "2002"}, {"email", "new@example.com"}}}));

        const auto removed = m_http->send("DELETE", itemPath(userId, provider), admin());
        QCOMPARE(removed.status, 200);
        COMPARE_JSON(removed.json(), ordered_json({{"success", true}}));
        QVERIFY(providersOf(userId, admin()).empty());
        QVERIFY(m_http->get(u"/users/"_s + userId, admin()).json()["oauth_providers"].empty());
        const auto again = m_http->send("DELETE", itemPath(userId, provider), admin());
        QCOMPARE(again.status, 404);
        QCOMPARE(again.text(), u"OAuth provider "_s + idOf(provider) + u" for user "_s + userId + u" not found"_s);
    }

    void signInRules()
    {
        const QString userId = createUser({{"display_name", "Two GitHub accounts"},
                                           {"oauth_providers", {{{"id", "github"}, {"account_id", "31"}}, {{"id", "github"}, {"account_id", "32"}}}}});
        const ordered_json items = providersOf(userId, admin());
        QCOMPARE(items.size(), std::size_t(2));
        QVERIFY(!items[0].contains("email")); // left out, not null, when there is none
        QCOMPARE(m_http->patchJson(itemPath(userId, items[1]), admin(), {{"allow_sign_in", false}}).status, 200);
        const auto twoSignIns = m_http->patchJson(itemPath(userId, items[1]), admin(), {{"allow_sign_in", true}});
        QCOMPARE(twoSignIns.status, 400);
        QCOMPARE(twoSignIns.text(), u"The same provider type with sign-in enabled already exists for this user."_s);
        const auto sameAccount = m_http->patchJson(itemPath(userId, items[1]), admin(), {{"account_id", "31"}});
        QCOMPARE(sameAccount.status, 400);
        QCOMPARE(sameAccount.text(), u"The same provider type with the same account ID already exists for this user."_s);

        // Another user signs in with that GitHub account already.
        const QString other = userWithGitHub("31");
        const ordered_json otherProvider = providersOf(other, admin())[0];
        QCOMPARE(m_http->patchJson(itemPath(other, otherProvider), admin(), {{"allow_sign_in", false}}).status, 200);
        const auto used = m_http->patchJson(itemPath(other, otherProvider), admin(), {{"allow_sign_in", true}});
        QCOMPARE(used.status, 400);
        COMPARE_JSON(used.json(), ordered_json({{"code", "OAUTH_PROVIDER_ACCOUNT_ID_ALREADY_USED_FOR_SIGN_IN"},
                                                {"error", "A provider with the same account ID is already used for signing in."}}));
    }

    void create()
    {
        const QString userId = createUser({{"display_name", "Linked later"}});
        const ordered_json link = {{"user_id", userId.toStdString()}, {"provider_config_id", "google"}, {"account_id", "g-77"},
                                   {"email", "g@example.com"}, {"allow_sign_in", false}, {"allow_connected_accounts", true}};
        const auto created = m_http->postJson(u"/oauth-providers"_s, admin(), link);
        QCOMPARE(created.status, 201);
        const ordered_json body = created.json();
        COMPARE_JSON(body, ordered_json({{"user_id", userId.toStdString()}, {"id", body["id"]}, {"email", "g@example.com"},
                                         {"provider_config_id", "google"}, {"type", "google"}, {"allow_sign_in", false},
                                         {"allow_connected_accounts", true}, {"account_id", "g-77"}}));
        COMPARE_JSON(providersOf(userId, admin()), ordered_json::array({body}));
        COMPARE_JSON(m_http->get(u"/users/"_s + userId, admin()).json()["oauth_providers"],
                     ordered_json::array({{{"id", "google"}, {"account_id", "g-77"}, {"email", "g@example.com"}}}));

        ordered_json twice = link;
        twice["allow_sign_in"] = false;
        const auto sameAccount = m_http->postJson(u"/oauth-providers"_s, admin(), twice);
        QCOMPARE(sameAccount.status, 400);
        QCOMPARE(sameAccount.text(), u"The same provider type with the same account ID already exists for this user."_s);
        ordered_json unknownProvider = link;
        unknownProvider["provider_config_id"] = "myspace";
        const auto notConfigured = m_http->postJson(u"/oauth-providers"_s, admin(), unknownProvider);
        QCOMPARE(notConfigured.status, 404);
        QCOMPARE(notConfigured.text(), u"OAuth provider myspace not found or not configured"_s);
        const auto missing = m_http->postJson(u"/oauth-providers"_s, admin(), {{"user_id", userId.toStdString()}});
        QCOMPARE(missing.status, 400);
        QCOMPARE(errorText(missing), u"Request validation failed on POST /api/v1/oauth-providers:\n"
                                     "  - body.provider_config_id must be defined\n  - body.allow_sign_in must be defined\n"
                                     "  - body.allow_connected_accounts must be defined\n  - body.account_id must be defined"_s);
        QCOMPARE(m_http->postJson(u"/oauth-providers"_s, projectClient(), link).header("x-stack-known-error"),
                 QByteArray("INSUFFICIENT_ACCESS_TYPE"));
    }

    void refusals()
    {
        const QString unknown = u"3241a285-8329-4d69-8f3d-316e08cf140c"_s;
        const auto unknownUser = m_http->get(u"/oauth-providers?user_id="_s + unknown, admin());
        QCOMPARE(unknownUser.status, 404);
        QCOMPARE(unknownUser.header("x-stack-known-error"), QByteArray("USER_NOT_FOUND"));
        const auto badId = m_http->get(u"/oauth-providers/"_s + unknown + u"/github"_s, admin());
        QCOMPARE(badId.status, 400);
        QCOMPARE(errorText(badId), u"Request validation failed on GET /api/v1/oauth-providers/"_s + unknown
                                       + u"/github:\n  - params.provider_id must be a valid UUID"_s);
        const auto unknownInPath = m_http->get(u"/oauth-providers/"_s + unknown + u'/' + unknown, admin());
        QCOMPARE(unknownInPath.header("x-stack-known-error"), QByteArray("USER_NOT_FOUND"));
    }

    void clientAccess()
    {
        const QString userId = userWithGitHub("555", "oauth-password");
        const ordered_json tokens = signInToProject(u"oauth.555@example.com"_s, u"oauth-password"_s);
        QVERIFY(tokens.is_object());
        const Headers headers = projectClient(QString::fromStdString(tokens["access_token"].get<std::string>()));
        const ordered_json items = providersOf(u"me"_s, headers);
        QCOMPARE(items.size(), std::size_t(1));
        QVERIFY(!items[0].contains("account_id")); // server-only
        const auto serverField = m_http->patchJson(itemPath(userId, items[0]), headers, {{"account_id", "9"}});
        QCOMPARE(serverField.status, 400);
        QVERIFY(errorText(serverField).endsWith(u"body contains unknown properties: account_id"_s));
        QCOMPARE(m_http->patchJson(itemPath(userId, items[0]), headers, {{"allow_connected_accounts", false}}).status, 200);
        const auto foreign = m_http->get(u"/oauth-providers?user_id="_s + createUser({{"display_name", "x"}}), headers);
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.text(), u"Client can only list OAuth providers for their own user."_s);
    }
};

QTEST_GUILESS_MAIN(TestOAuthProviderRoutes)
#include "tst_oauthproviderroutes.moc"
