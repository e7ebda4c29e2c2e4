// Authenticators: the headers each credential puts on a request, when a dashboard account
// refreshes its access token, and the credential kind ids saved in settings.

#include "ApiTestHelpers.h"

#include "auth/Authenticator.h"

#include <QNetworkRequest>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hexclave::api::CredentialKind)

namespace hexclave::tests {

namespace {

using api::ApiRequest;
using api::CredentialKind;
using api::DashboardAuthenticator;
using api::ProjectKeyAuthenticator;
using api::ProjectScope;

const QString kProjectId = u"6fbbf22e-f4b2-4c6e-95a1-beab6fa41063"_s;

ApiRequest projectGet()
{
    return ApiRequest::get(u"/users"_s, ProjectScope::project(kProjectId));
}

ApiRequest internalGet(ApiRequest::Tokens tokens = ApiRequest::Tokens::AccessToken)
{
    ApiRequest request = ApiRequest::get(u"/internal/projects"_s, ProjectScope::internal());
    request.tokens = tokens;
    return request;
}

} // namespace

class TestAuthenticator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindIds_data()
    {
        QTest::addColumn<CredentialKind>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");

        QTest::newRow("dashboard") << CredentialKind::DashboardAccount << u"dashboard"_s << u"Dashboard account"_s;
        QTest::newRow("admin key") << CredentialKind::AdminKey << u"admin-key"_s << u"Admin key"_s;
        QTest::newRow("server key") << CredentialKind::ServerKey << u"server-key"_s << u"Server key"_s;
    }

    void kindIds()
    {
        QFETCH(CredentialKind, kind);
        QFETCH(QString, id);
        QFETCH(QString, name);

        QCOMPARE(api::credentialKindId(kind), id);
        QCOMPARE(api::credentialKindName(kind), name);
        CredentialKind parsed = kind == CredentialKind::AdminKey ? CredentialKind::ServerKey : CredentialKind::AdminKey;
        QVERIFY(api::credentialKindFromId(id, &parsed));
        QCOMPARE(parsed, kind);
    }

    void unknownKindId()
    {
        CredentialKind kind = CredentialKind::ServerKey;
        QVERIFY(!api::credentialKindFromId(u"password"_s, &kind));
        QVERIFY(!api::credentialKindFromId(QString(), &kind));
        QVERIFY(!api::credentialKindFromId(u"Dashboard"_s, &kind));
        QCOMPARE(kind, CredentialKind::ServerKey);
    }

    void projectKeys_data()
    {
        QTest::addColumn<CredentialKind>("kind");
        QTest::addColumn<QByteArray>("accessType");
        QTest::addColumn<QByteArray>("keyHeader");
        QTest::addColumn<QByteArray>("otherKeyHeader");

        QTest::newRow("admin key") << CredentialKind::AdminKey << QByteArray("admin")
                                   << QByteArray("X-Stack-Super-Secret-Admin-Key") << QByteArray("X-Stack-Secret-Server-Key");
        QTest::newRow("server key") << CredentialKind::ServerKey << QByteArray("server")
                                    << QByteArray("X-Stack-Secret-Server-Key") << QByteArray("X-Stack-Super-Secret-Admin-Key");
    }

    void projectKeys()
    {
        QFETCH(CredentialKind, kind);
        QFETCH(QByteArray, accessType);
        QFETCH(QByteArray, keyHeader);
        QFETCH(QByteArray, otherKeyHeader);

        ProjectKeyAuthenticator authenticator(kind, kProjectId, u"key-\u00e9"_s);
        QCOMPARE(authenticator.kind(), kind);
        QCOMPARE(authenticator.projectId(), kProjectId);
        QVERIFY(authenticator.hasKey());
        QNetworkRequest request;
        QVERIFY(authenticator.addHeaders(request, projectGet()));
        QCOMPARE(request.rawHeader("X-Stack-Access-Type"), accessType);
        QCOMPARE(request.rawHeader(keyHeader), QByteArray("key-\xc3\xa9"));
        QVERIFY(!request.hasRawHeader(otherKeyHeader));
        QVERIFY(!request.hasRawHeader("X-Stack-Admin-Access-Token"));

        // Keys never refresh, and cannot address the dashboard's own project.
        QVERIFY(!authenticator.refreshRequest().has_value());
        QVERIFY(!authenticator.accessTokenExpiresWithin(1000000));
        QNetworkRequest internal;
        QVERIFY(!authenticator.addHeaders(internal, internalGet()));

        authenticator.setKey(QString());
        QVERIFY(!authenticator.hasKey());
    }

    void dashboardHeaders_data()
    {
        QTest::addColumn<bool>("internal");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<QByteArray>("accessType");
        QTest::addColumn<QByteArrayList>("present");
        QTest::addColumn<QByteArrayList>("absent");

        const auto access = int(ApiRequest::Tokens::AccessToken);
        QTest::newRow("project") << false << access << QByteArray("admin") << QByteArrayList{"X-Stack-Admin-Access-Token"}
                                 << QByteArrayList{"X-Stack-Access-Token", "X-Stack-Refresh-Token",
                                                   "X-Stack-Publishable-Client-Key"};
        QTest::newRow("internal, access token")
            << true << access << QByteArray("client")
            << QByteArrayList{"X-Stack-Access-Token", "X-Stack-Publishable-Client-Key"}
            << QByteArrayList{"X-Stack-Admin-Access-Token", "X-Stack-Refresh-Token"};
        QTest::newRow("internal, refresh token")
            << true << int(ApiRequest::Tokens::RefreshToken) << QByteArray("client")
            << QByteArrayList{"X-Stack-Refresh-Token", "X-Stack-Publishable-Client-Key"}
            << QByteArrayList{"X-Stack-Admin-Access-Token", "X-Stack-Access-Token"};
        QTest::newRow("internal, no tokens")
            << true << int(ApiRequest::Tokens::None) << QByteArray("client")
            << QByteArrayList{"X-Stack-Publishable-Client-Key"}
            << QByteArrayList{"X-Stack-Admin-Access-Token", "X-Stack-Access-Token", "X-Stack-Refresh-Token"};
    }

    void dashboardHeaders()
    {
        QFETCH(bool, internal);
        QFETCH(int, tokens);
        QFETCH(QByteArray, accessType);
        QFETCH(QByteArrayList, present);
        QFETCH(QByteArrayList, absent);

        DashboardAuthenticator authenticator(u"pck_x"_s);
        QCOMPARE(authenticator.kind(), CredentialKind::DashboardAccount);
        authenticator.setTokens(makeAccessToken(600), u"rt_x"_s);
        QNetworkRequest request;
        QVERIFY(authenticator.addHeaders(request, internal ? internalGet(ApiRequest::Tokens(tokens)) : projectGet()));
        QCOMPARE(request.rawHeader("X-Stack-Access-Type"), accessType);
        for (const QByteArray &name : present)
            QVERIFY2(!request.rawHeader(name).isEmpty(), name.constData());
        for (const QByteArray &name : absent)
            QVERIFY2(!request.hasRawHeader(name), name.constData());
        QVERIFY(!request.hasRawHeader("X-Stack-Super-Secret-Admin-Key"));
        if (present.contains("X-Stack-Refresh-Token"))
            QCOMPARE(request.rawHeader("X-Stack-Refresh-Token"), QByteArray("rt_x"));
        if (present.contains("X-Stack-Publishable-Client-Key"))
            QCOMPARE(request.rawHeader("X-Stack-Publishable-Client-Key"), QByteArray("pck_x"));
    }

    void signedOutDashboard()
    {
        DashboardAuthenticator authenticator(u"pck_x"_s);
        QVERIFY(!authenticator.hasRefreshToken());
        QVERIFY(!authenticator.refreshRequest().has_value());
        QVERIFY(!authenticator.accessTokenExpiresWithin(1000000)); // nothing to refresh with
        QNetworkRequest project;
        QVERIFY(!authenticator.addHeaders(project, projectGet()));
        QNetworkRequest internal; // signing in still works
        QVERIFY(authenticator.addHeaders(internal, internalGet(ApiRequest::Tokens::None)));

        authenticator.setTokens(makeAccessToken(600), u"rt"_s);
        QVERIFY(authenticator.hasRefreshToken());
        authenticator.clearTokens();
        QVERIFY(!authenticator.hasRefreshToken());
        QVERIFY(authenticator.accessToken().isEmpty());
        QCOMPARE(authenticator.accessTokenExpiresAtMillis(), 0);
        QNetworkRequest after;
        QVERIFY(!authenticator.addHeaders(after, projectGet()));
    }

    void refreshRequest()
    {
        DashboardAuthenticator authenticator(u"pck_x"_s);
        authenticator.setTokens(QString(), u"rt"_s);
        const auto request = authenticator.refreshRequest();
        QVERIFY(request.has_value());
        QCOMPARE(request->method, api::HttpMethod::Post);
        QCOMPARE(request->path, u"/auth/sessions/current/refresh"_s);
        QVERIFY(request->scope.isInternal());
        QCOMPARE(request->tokens, ApiRequest::Tokens::RefreshToken);
        QCOMPARE(request->body, QByteArray("{}"));
    }

    void expiresWithin_data()
    {
        QTest::addColumn<QString>("accessToken");
        QTest::addColumn<qint64>("margin");
        QTest::addColumn<bool>("expected");

        QTest::newRow("no access token yet") << QString() << qint64(15000) << true;
        QTest::newRow("5 s left, 15 s margin") << makeAccessToken(5) << qint64(15000) << true;
        QTest::newRow("expired") << makeAccessToken(-60) << qint64(0) << true;
        QTest::newRow("an hour left") << makeAccessToken(3600) << qint64(15000) << false;
        QTest::newRow("60 s left, 15 s margin") << makeAccessToken(60) << qint64(15000) << false;
        QTest::newRow("60 s left, 90 s margin") << makeAccessToken(60) << qint64(90000) << true;
        QTest::newRow("opaque token") << u"opaque-token"_s << qint64(15000) << false;
    }

    void expiresWithin()
    {
        QFETCH(QString, accessToken);
        QFETCH(qint64, margin);
        QFETCH(bool, expected);

        DashboardAuthenticator authenticator(u"pck_x"_s);
        authenticator.setTokens(accessToken, u"rt"_s);
        QCOMPARE(authenticator.accessTokenExpiresWithin(margin), expected);
    }

    void acceptRefreshedToken()
    {
        DashboardAuthenticator authenticator(u"pck_x"_s);
        authenticator.setTokens(makeAccessToken(2), u"rt"_s);
        QVERIFY(authenticator.accessTokenExpiresWithin(15000));
        const QString fresh = makeAccessToken(600, u"fresh"_s);
        authenticator.acceptRefreshedAccessToken(fresh);
        QCOMPARE(authenticator.accessToken(), fresh);
        QCOMPARE(authenticator.refreshToken(), u"rt"_s); // the server does not rotate it
        QVERIFY(!authenticator.accessTokenExpiresWithin(15000));
        QVERIFY(qAbs(authenticator.accessTokenExpiresAtMillis() - (QDateTime::currentMSecsSinceEpoch() + 600000)) < 2000);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestAuthenticator)
#include "tst_Authenticator.moc"
