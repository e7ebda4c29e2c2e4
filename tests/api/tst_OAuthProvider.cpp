// OAuthProvider over the recorded (empty) real-server list (fixture 16) and the spec's shape.

#include "Fixtures.h"

#include "dto/OAuthProvider.h"

#include <QTest>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::OAuthProvider;
using api::Page;

class TestOAuthProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedEmptyList()
    {
        const Fixture recorded = Fixture::load(u"16-oauth-providers-list"_s);
        QVERIFY(!recorded.name.isEmpty());
        const auto page = api::parseJson<Page<OAuthProvider>>(recorded.body);
        QVERIFY(page.items.isEmpty());
        QVERIFY(!page.hasMore());
    }

    void specShape()
    {
        const auto provider = api::parseJson<OAuthProvider>(
            R"({"account_id":"gh-42","user_id":"u1","id":"p1","email":null,"provider_config_id":"github",
                "type":"github","allow_sign_in":true,"allow_connected_accounts":false})");
        QCOMPARE(provider.id, u"p1"_s);
        QCOMPARE(provider.userId, u"u1"_s);
        QCOMPARE(provider.type, u"github"_s);
        QCOMPARE(provider.providerConfigId, u"github"_s);
        QCOMPARE(provider.accountId, u"gh-42"_s);
        QCOMPARE(provider.email, std::nullopt);
        QVERIFY(provider.allowSignIn);
        QVERIFY(!provider.allowConnectedAccounts);
    }

    void withoutIdIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<OAuthProvider>(R"({"type":"github"})"));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestOAuthProvider)
#include "tst_OAuthProvider.moc"
