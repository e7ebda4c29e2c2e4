// ApiClient over a scripted network: credential headers, URLs, error parsing, the refresh queue,
// proactive refresh, Retry-After, retries of idempotent methods, timeouts and cancellation.

#include "ApiTestHelpers.h"
#include "FakeNetworkAccessManager.h"
#include "Fixtures.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "endpoints/AuthEndpoints.h"
#include "endpoints/ProjectsEndpoints.h"
#include "endpoints/UsersEndpoints.h"

#include <QElapsedTimer>
#include <QMap>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using api::ApiClient;
using api::ApiError;
using api::ApiRequest;
using api::Call;
using api::CredentialKind;
using api::DashboardAuthenticator;
using api::NoContent;
using api::ProjectKeyAuthenticator;
using api::ProjectScope;
using api::User;

using HeaderMap = QMap<QByteArray, QByteArray>;

const QUrl kApiRoot(u"https://auth.example.com/api/v1"_s);
const QString kProjectId = u"6fbbf22e-f4b2-4c6e-95a1-beab6fa41063"_s;
const QString kUserId = u"e056c7e8-cc44-4e1f-a018-1e855d2d6836"_s;
const QString kAdminKey = u"sak_test_admin_key"_s;
const QString kServerKey = u"ssk_test_server_key"_s;
const QString kPublishableKey = u"pck_test_publishable_key"_s;
const QString kRefreshToken = u"rt_test_refresh_token"_s;
const QByteArray kUserBody = R"({"id":"e056c7e8-cc44-4e1f-a018-1e855d2d6836","primary_email":"a@example.com"})";

enum class Credential { AdminKey, ServerKey, Dashboard };

ProjectScope projectScope()
{
    return ProjectScope::project(kProjectId);
}

bool isRefresh(const SeenRequest &seen)
{
    return seen.url.path() == u"/api/v1/auth/sessions/current/refresh";
}

FakeResponse withHeader(FakeResponse response, const QByteArray &name, const QByteArray &value)
{
    response.headers.append({name, value});
    return response;
}

FakeResponse refreshAnswer(const QString &accessToken)
{
    return FakeResponse::json(200, R"({"access_token":")" + accessToken.toLatin1() + R"("})");
}

int countRefreshes(const FakeNetworkAccessManager &network)
{
    int count = 0;
    for (const SeenRequest &seen : network.requests())
        count += isRefresh(seen) ? 1 : 0;
    return count;
}

} // namespace

} // namespace hexclave::tests

Q_DECLARE_METATYPE(hexclave::tests::FakeResponse)
Q_DECLARE_METATYPE(hexclave::tests::Credential)
Q_DECLARE_METATYPE(hexclave::api::ApiError::Kind)

namespace hexclave::tests {


class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiClient> keyClient(FakeNetworkAccessManager *network, CredentialKind kind,
                                         const QUrl &root = kApiRoot)
    {
        const QString key = kind == CredentialKind::AdminKey ? kAdminKey : kServerKey;
        auto client = std::make_unique<ApiClient>(network, root,
                                                  std::make_unique<ProjectKeyAuthenticator>(kind, kProjectId, key));
        client->options().retryBaseDelayMs = 5;
        return client;
    }

    std::unique_ptr<ApiClient> dashboardClient(FakeNetworkAccessManager *network, const QString &accessToken,
                                               const QString &refreshToken = kRefreshToken)
    {
        auto authenticator = std::make_unique<DashboardAuthenticator>(kPublishableKey);
        authenticator->setTokens(accessToken, refreshToken);
        auto client = std::make_unique<ApiClient>(network, kApiRoot, std::move(authenticator));
        client->options().retryBaseDelayMs = 5;
        return client;
    }

    static DashboardAuthenticator &dashboard(ApiClient &client)
    {
        return static_cast<DashboardAuthenticator &>(client.authenticator());
    }

private Q_SLOTS:
    // --- headers -----------------------------------------------------------------------------

    void credentialHeaders_data()
    {
        QTest::addColumn<Credential>("credential");
        QTest::addColumn<bool>("internal");
        QTest::addColumn<HeaderMap>("expected");
        QTest::addColumn<QByteArrayList>("absent");

        const QByteArray token = makeAccessToken(3600).toLatin1();
        const QByteArrayList allSecrets = {"X-Stack-Super-Secret-Admin-Key", "X-Stack-Secret-Server-Key",
                                           "X-Stack-Admin-Access-Token", "X-Stack-Access-Token",
                                           "X-Stack-Refresh-Token", "X-Stack-Publishable-Client-Key"};
        const auto without = [&allSecrets](const QByteArrayList &present) {
            QByteArrayList absent;
            for (const QByteArray &name : allSecrets) {
                if (!present.contains(name))
                    absent << name;
            }
            return absent;
        };

        QTest::newRow("admin key")
            << Credential::AdminKey << false
            << HeaderMap{{"X-Stack-Access-Type", "admin"},
                         {"X-Stack-Super-Secret-Admin-Key", kAdminKey.toLatin1()},
                         {"X-Stack-Project-Id", kProjectId.toLatin1()}}
            << without({"X-Stack-Super-Secret-Admin-Key"});
        QTest::newRow("server key")
            << Credential::ServerKey << false
            << HeaderMap{{"X-Stack-Access-Type", "server"},
                         {"X-Stack-Secret-Server-Key", kServerKey.toLatin1()},
                         {"X-Stack-Project-Id", kProjectId.toLatin1()}}
            << without({"X-Stack-Secret-Server-Key"});
        QTest::newRow("dashboard account on a project")
            << Credential::Dashboard << false
            << HeaderMap{{"X-Stack-Access-Type", "admin"},
                         {"X-Stack-Admin-Access-Token", token},
                         {"X-Stack-Project-Id", kProjectId.toLatin1()}}
            << without({"X-Stack-Admin-Access-Token"});
        QTest::newRow("dashboard account on the internal project")
            << Credential::Dashboard << true
            << HeaderMap{{"X-Stack-Access-Type", "client"},
                         {"X-Stack-Publishable-Client-Key", kPublishableKey.toLatin1()},
                         {"X-Stack-Access-Token", token},
                         {"X-Stack-Project-Id", "internal"}}
            << without({"X-Stack-Publishable-Client-Key", "X-Stack-Access-Token"});
    }

    void credentialHeaders()
    {
        QFETCH(Credential, credential);
        QFETCH(bool, internal);
        QFETCH(HeaderMap, expected);
        QFETCH(QByteArrayList, absent);

        FakeNetworkAccessManager network;
        network.enqueue(FakeResponse::json(200, internal ? QByteArray(R"({"items":[],"is_paginated":false})") : kUserBody));
        std::unique_ptr<ApiClient> client;
        if (credential == Credential::Dashboard)
            client = dashboardClient(&network, makeAccessToken(3600));
        else
            client = keyClient(&network, credential == Credential::AdminKey ? CredentialKind::AdminKey : CredentialKind::ServerKey);

        if (internal) {
            JobOutcome outcome(client->send(api::projects::listOwned()));
            HEXCLAVE_WAIT_JOB(outcome);
            QVERIFY2(outcome.succeeded(), qPrintable(outcome.error().message));
        } else {
            JobOutcome outcome(client->send(api::users::get(projectScope(), kUserId)));
            HEXCLAVE_WAIT_JOB(outcome);
            QVERIFY2(outcome.succeeded(), qPrintable(outcome.error().message));
        }

        QCOMPARE(network.requests().size(), 1);
        const SeenRequest &seen = network.requests().first();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(seen.header(it.key().constData()), it.value());
        for (const QByteArray &name : absent)
            QVERIFY2(!seen.request.hasRawHeader(name), name.constData());
        QCOMPARE(seen.header("X-Stack-Client-Version"), QByteArray("qt hexclave-admin@" HEXCLAVE_VERSION));
        QCOMPARE(ApiClient::clientVersionHeader(), QByteArray("qt hexclave-admin@" HEXCLAVE_VERSION));
        QCOMPARE(seen.method, QByteArray("GET"));
    }

    void refreshRequestHeaders()
    {
        FakeNetworkAccessManager network;
        const QString fresh = makeAccessToken(3600, u"fresh"_s);
        network.setHandler([&](const SeenRequest &seen) {
            return isRefresh(seen) ? refreshAnswer(fresh) : FakeResponse::json(200, kUserBody);
        });
        auto client = dashboardClient(&network, QString()); // no access token yet: refresh first
        JobOutcome outcome(client->send(api::users::get(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY(outcome.succeeded());

        QCOMPARE(network.requests().size(), 2);
        const SeenRequest &refresh = network.requests().at(0);
        QVERIFY(isRefresh(refresh));
        QCOMPARE(refresh.method, QByteArray("POST"));
        QCOMPARE(refresh.header("X-Stack-Access-Type"), QByteArray("client"));
        QCOMPARE(refresh.header("X-Stack-Project-Id"), QByteArray("internal"));
        QCOMPARE(refresh.header("X-Stack-Publishable-Client-Key"), kPublishableKey.toLatin1());
        QCOMPARE(refresh.header("X-Stack-Refresh-Token"), kRefreshToken.toLatin1());
        QVERIFY(!refresh.request.hasRawHeader("X-Stack-Access-Token"));
        QVERIFY(!refresh.request.hasRawHeader("X-Stack-Admin-Access-Token"));
        QCOMPARE(network.requests().at(1).header("X-Stack-Admin-Access-Token"), fresh.toLatin1());
        QCOMPARE(dashboard(*client).accessToken(), fresh);
    }

    void signInSendsNoTokens()
    {
        FakeNetworkAccessManager network;
        network.enqueue(FakeResponse::json(200, R"({"access_token":"a","refresh_token":"r","user_id":"u"})"));
        auto client = dashboardClient(&network, makeAccessToken(3600));
        JobOutcome outcome(client->send(api::auth::passwordSignIn(u"admin@example.com"_s, u"secret"_s)));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY(outcome.succeeded());
        QCOMPARE(outcome.value().refreshToken, u"r"_s);
        const SeenRequest &seen = network.requests().first();
        QCOMPARE(seen.header("X-Stack-Access-Type"), QByteArray("client"));
        QVERIFY(!seen.request.hasRawHeader("X-Stack-Access-Token"));
        QVERIFY(!seen.request.hasRawHeader("X-Stack-Refresh-Token"));
        QCOMPARE(seen.body, QByteArray(R"({"email":"admin@example.com","password":"secret"})"));
    }

    void projectKeyCannotAddressInternalProject()
    {
        FakeNetworkAccessManager network;
        auto client = keyClient(&network, CredentialKind::AdminKey);
        JobOutcome outcome(client->send(api::projects::listOwned()));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY(!outcome.succeeded());
        QCOMPARE(outcome.error().kind, ApiError::Kind::SessionExpired);
        QVERIFY(!outcome.error().message.isEmpty());
        QCOMPARE(network.requests().size(), 0);
    }

    void signedOutDashboardCannotAddressProject()
    {
        FakeNetworkAccessManager network;
        auto client = dashboardClient(&network, QString(), QString()); // no tokens at all
        JobOutcome outcome(client->send(api::users::get(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(outcome.error().kind, ApiError::Kind::SessionExpired);
        QCOMPARE(network.requests().size(), 0);
    }

    void invalidBodyIsNeverSent()
    {
        FakeNetworkAccessManager network;
        auto client = keyClient(&network, CredentialKind::AdminKey);
        api::users::NewUser user;
        user.primaryEmail = QStringLiteral("someone@example.com");
        user.serverMetadataJson = QStringLiteral("{\"plan\": ");
        JobOutcome outcome(client->send(api::users::create(projectScope(), user)));
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(outcome.error().kind, ApiError::Kind::Parse);
        QVERIFY(outcome.error().message.contains(QStringLiteral("metadata")));
        QCOMPARE(network.requests().size(), 0);
    }

    void contentTypeOnlyWithBody_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");

        QTest::newRow("GET") << QByteArray("GET") << QByteArray() << QByteArray();
        QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray() << QByteArray();
        QTest::newRow("POST") << QByteArray("POST") << QByteArray(R"({"display_name":"x"})") << QByteArray("application/json");
        QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray(R"({"display_name":"y"})") << QByteArray("application/json");
    }

    void contentTypeOnlyWithBody()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);

        FakeNetworkAccessManager network;
        network.enqueue(FakeResponse::json(200, R"({"success":true})"));
        auto client = keyClient(&network, CredentialKind::AdminKey);
        const QString path = u"/users/"_s + kUserId;
        ApiRequest request = method == "GET"    ? ApiRequest::get(path, projectScope())
                             : method == "POST" ? ApiRequest::post(u"/users"_s, projectScope(), body)
                             : method == "PATCH" ? ApiRequest::patch(path, projectScope(), body)
                                                 : ApiRequest::del(path, projectScope());
        JobOutcome outcome(client->send(Call<NoContent>{request}));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY(outcome.succeeded());

        const SeenRequest &seen = network.requests().first();
        QCOMPARE(seen.method, method);
        QCOMPARE(seen.body, body);
        QCOMPARE(seen.request.rawHeader("Content-Type"), contentType);
        QCOMPARE(seen.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), contentType);
    }

    // --- URLs --------------------------------------------------------------------------------

    void urlBuilding_data()
    {
        QTest::addColumn<QUrl>("apiRoot");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QByteArray>("expectedUrl");

        QTest::newRow("plain") << kApiRoot << kUserId
                               << QByteArray("https://auth.example.com/api/v1/users/") + kUserId.toLatin1();
        QTest::newRow("root with trailing slash")
            << QUrl(u"https://auth.example.com/api/v1/"_s) << kUserId
            << QByteArray("https://auth.example.com/api/v1/users/") + kUserId.toLatin1();
        QTest::newRow("root below a prefix and a port")
            << QUrl(u"http://localhost:8102/stack/api/v1"_s) << kUserId
            << QByteArray("http://localhost:8102/stack/api/v1/users/") + kUserId.toLatin1();
        QTest::newRow("id with reserved characters")
            << kApiRoot << u"a/b c?d#e"_s << QByteArray("https://auth.example.com/api/v1/users/a%2Fb%20c%3Fd%23e");
    }

    void urlBuilding()
    {
        QFETCH(QUrl, apiRoot);
        QFETCH(QString, userId);
        QFETCH(QByteArray, expectedUrl);

        FakeNetworkAccessManager network;
        network.enqueue(FakeResponse::json(200, kUserBody));
        auto client = keyClient(&network, CredentialKind::AdminKey, apiRoot);
        JobOutcome outcome(client->send(api::users::get(projectScope(), userId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(network.requests().first().url.toEncoded(), expectedUrl);
    }

    void queryEncoding_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QByteArray>("encoded");

        QTest::newRow("plus") << u"a+b"_s << QByteArray("a%2Bb");
        QTest::newRow("space") << u"Amelia Chen"_s << QByteArray("Amelia%20Chen");
        QTest::newRow("ampersand and equals") << u"x&limit=1"_s << QByteArray("x%26limit%3D1");
        QTest::newRow("accent") << u"Ren\u00e9e"_s << QByteArray("Ren%C3%A9e");
        QTest::newRow("percent") << u"100%"_s << QByteArray("100%25");
        QTest::newRow("everything") << u"a+b c&d=\u00e9"_s << QByteArray("a%2Bb%20c%26d%3D%C3%A9");
    }

    void queryEncoding()
    {
        QFETCH(QString, search);
        QFETCH(QByteArray, encoded);

        FakeNetworkAccessManager network;
        network.enqueue(FakeResponse::json(200, R"({"items":[],"is_paginated":true,"pagination":{"next_cursor":null}})"));
        auto client = keyClient(&network, CredentialKind::AdminKey);
        api::users::ListQuery query;
        query.limit = 25;
        query.cursor = kUserId;
        query.search = search;
        query.descending = true;
        query.orderBy = api::users::OrderBy::SignedUpAt;
        JobOutcome outcome(client->send(api::users::list(projectScope(), query)));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY(outcome.succeeded());

        const QUrl url = network.requests().first().url;
        QCOMPARE(url.path(), u"/api/v1/users"_s);
        const QByteArray wire = url.toEncoded();
        QVERIFY2(wire.contains(QByteArray("query=" + encoded)), wire.constData());
        // What a server decodes (and '+' must not turn into a space).
        const QUrlQuery decoded(url);
        QCOMPARE(decoded.queryItemValue(u"query"_s, QUrl::FullyDecoded), search);
        QCOMPARE(decoded.queryItemValue(u"limit"_s), u"25"_s);
        QCOMPARE(decoded.queryItemValue(u"cursor"_s), kUserId);
        QCOMPARE(decoded.queryItemValue(u"desc"_s), u"true"_s);
        QCOMPARE(decoded.queryItemValue(u"order_by"_s), u"signed_up_at"_s);
        QCOMPARE(decoded.queryItems().size(), 5);
        QVERIFY(!url.query(QUrl::FullyEncoded).contains(u'+'));
    }

    // --- errors ------------------------------------------------------------------------------

    void knownErrors_data()
    {
        QTest::addColumn<FakeResponse>("response");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detailsMessage");
        QTest::addColumn<QString>("requestId");

        QTest::newRow("code in body and header, request id")
            << withHeader(FakeResponse::knownError(404, "USER_NOT_FOUND", "User not found."), "X-Stack-Request-Id", "req-1234")
            << 404 << u"USER_NOT_FOUND"_s << u"User not found."_s << QString() << u"req-1234"_s;
        QTest::newRow("code only in header")
            << withHeader(FakeResponse::json(409, "{\"error\":\"A user with email \\\"x@example.com\\\" already exists.\"}"),
                          "X-Stack-Known-Error", "USER_EMAIL_ALREADY_EXISTS")
            << 409 << u"USER_EMAIL_ALREADY_EXISTS"_s << u"A user with email \"x@example.com\" already exists."_s << QString()
            << QString();
        QTest::newRow("code only in body")
            << FakeResponse::json(400, R"({"code":"EMAIL_PASSWORD_MISMATCH","error":"Wrong e-mail or password."})") << 400
            << u"EMAIL_PASSWORD_MISMATCH"_s << u"Wrong e-mail or password."_s << QString() << QString();
        QTest::newRow("details")
            << withHeader(FakeResponse::json(400, R"({"code":"SCHEMA_ERROR","details":{"message":"body.x is bad"},"error":"Request validation failed"})"),
                          "X-Stack-Request-Id", "abc")
            << 400 << u"SCHEMA_ERROR"_s << u"Request validation failed"_s << u"body.x is bad"_s << u"abc"_s;
        QTest::newRow("plain text 403")
            << withHeader(FakeResponse::text(403, "Client can only list teams for their own user."), "X-Stack-Request-Id", "r-9")
            << 403 << QString() << u"Client can only list teams for their own user."_s << QString() << u"r-9"_s;
        QTest::newRow("empty 404") << FakeResponse::text(404, QByteArray()) << 404 << QString() << QString() << QString()
                                   << QString();
    }

    void knownErrors()
    {
        QFETCH(FakeResponse, response);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, detailsMessage);
        QFETCH(QString, requestId);

        FakeNetworkAccessManager network;
        network.enqueue(response);
        auto client = keyClient(&network, CredentialKind::AdminKey);
        JobOutcome outcome(client->send(api::users::get(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY(!outcome.succeeded());
        const ApiError &error = outcome.error();
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code, code);
        QCOMPARE(error.message, message);
        QCOMPARE(error.details.value(u"message"_s).toString(), detailsMessage);
        QCOMPARE(error.requestId, requestId);
        QCOMPARE(outcome.httpStatus(), status);
        QCOMPARE(outcome.requestId(), requestId);
        QCOMPARE(network.requests().size(), 1); // 4xx are never retried
    }

    void serverErrorFixture()
    {
        const Fixture fixture = Fixture::load(u"45-metrics-without-analytics-store"_s);
        QVERIFY(!fixture.name.isEmpty());
        FakeNetworkAccessManager network;
        FakeResponse response = FakeResponse::text(fixture.status, fixture.body);
        response.contentType = fixture.contentType;
        network.enqueue(response);
        auto client = keyClient(&network, CredentialKind::AdminKey);
        JobOutcome outcome(client->send(Call<NoContent>{ApiRequest::get(u"/internal/metrics"_s, projectScope())}));
        HEXCLAVE_WAIT_JOB(outcome);
        const ApiError &error = outcome.error();
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 500);
        QVERIFY(error.code.isEmpty());
        QVERIFY(error.message.startsWith(u"Internal Server Error. The error message follows"_s));
        QVERIFY(error.message.contains(u"STACK_CLICKHOUSE_URL"_s));
        QVERIFY2(error.message.size() <= 601, qPrintable(QString::number(error.message.size())));
        QVERIFY(fixture.body.size() > 601);
        QVERIFY(error.message.endsWith(u"\u2026"_s));
        QCOMPARE(network.requests().size(), 1); // 500 is not a transient status
    }

    void malformedSuccessBodyIsParseError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("<html>oops</html>");
        QTest::newRow("truncated") << QByteArray("{\"id\":\"e056c7e8-cc44");
        QTest::newRow("missing id") << QByteArray(R"({"primary_email":"a@example.com"})");
        QTest::newRow("wrong type") << QByteArray(R"({"id":42})");
        QTest::newRow("empty") << QByteArray();
    }

    void malformedSuccessBodyIsParseError()
    {
        QFETCH(QByteArray, body);
        FakeNetworkAccessManager network;
        network.enqueue(withHeader(FakeResponse::json(200, body), "X-Stack-Request-Id", "parse-1"));
        auto client = keyClient(&network, CredentialKind::AdminKey);
        JobOutcome outcome(client->send(api::users::get(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY(!outcome.succeeded());
        QCOMPARE(outcome.error().kind, ApiError::Kind::Parse);
        QCOMPARE(outcome.error().httpStatus, 200);
        QCOMPARE(outcome.error().requestId, u"parse-1"_s);
        QVERIFY(!outcome.error().message.isEmpty());
    }

    // --- refresh on 401 ----------------------------------------------------------------------

    void refreshQueue_data()
    {
        QTest::addColumn<bool>("internal");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("tokenHeader");

        QTest::newRow("project, ADMIN_ACCESS_TOKEN_EXPIRED") << false << QByteArray("ADMIN_ACCESS_TOKEN_EXPIRED")
                                                             << QByteArray("X-Stack-Admin-Access-Token");
        QTest::newRow("project, UNPARSABLE_ADMIN_ACCESS_TOKEN") << false << QByteArray("UNPARSABLE_ADMIN_ACCESS_TOKEN")
                                                                << QByteArray("X-Stack-Admin-Access-Token");
        QTest::newRow("internal, ACCESS_TOKEN_EXPIRED") << true << QByteArray("ACCESS_TOKEN_EXPIRED")
                                                        << QByteArray("X-Stack-Access-Token");
    }

    void refreshQueue()
    {
        QFETCH(bool, internal);
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, tokenHeader);

        const QString stale = makeAccessToken(3600, u"stale"_s);
        const QString fresh = makeAccessToken(3600, u"fresh"_s);
        FakeNetworkAccessManager network;
        network.setHandler([&](const SeenRequest &seen) {
            if (isRefresh(seen))
                return refreshAnswer(fresh);
            if (seen.header(tokenHeader.constData()) != fresh.toLatin1())
                return FakeResponse::knownError(401, code, "Access token has expired.");
            return FakeResponse::json(200, internal ? QByteArray(R"({"items":[],"is_paginated":false})") : kUserBody);
        });
        auto client = dashboardClient(&network, stale);
        QSignalSpy refreshed(client.get(), &ApiClient::accessTokenRefreshed);
        QSignalSpy expired(client.get(), &ApiClient::sessionExpired);

        constexpr int jobCount = 4;
        std::vector<std::unique_ptr<JobOutcome<User>>> users;
        std::vector<std::unique_ptr<JobOutcome<api::Page<api::Project>>>> projects;
        for (int i = 0; i < jobCount; ++i) {
            if (internal)
                projects.push_back(std::make_unique<JobOutcome<api::Page<api::Project>>>(client->send(api::projects::listOwned())));
            else
                users.push_back(std::make_unique<JobOutcome<User>>(client->send(api::users::get(projectScope(), kUserId))));
        }
        for (int i = 0; i < jobCount; ++i) {
            if (internal) {
                HEXCLAVE_WAIT_JOB(*projects[size_t(i)]);
                QVERIFY2(projects[size_t(i)]->succeeded(), qPrintable(projects[size_t(i)]->error().message));
                QCOMPARE(projects[size_t(i)]->attempts(), 2);
            } else {
                HEXCLAVE_WAIT_JOB(*users[size_t(i)]);
                QVERIFY2(users[size_t(i)]->succeeded(), qPrintable(users[size_t(i)]->error().message));
                QCOMPARE(users[size_t(i)]->value().id, kUserId);
                QCOMPARE(users[size_t(i)]->attempts(), 2);
            }
        }
        QCOMPARE(countRefreshes(network), 1);
        QCOMPARE(network.requests().size(), 2 * jobCount + 1);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(expired.count(), 0);
        QCOMPARE(dashboard(*client).accessToken(), fresh);
        // The first round used the stale token, everything after the refresh the fresh one.
        int refreshIndex = -1;
        for (int i = 0; i < network.requests().size(); ++i) {
            const SeenRequest &seen = network.requests().at(i);
            if (isRefresh(seen)) {
                refreshIndex = i;
                continue;
            }
            QCOMPARE(seen.header(tokenHeader.constData()), (refreshIndex < 0 ? stale : fresh).toLatin1());
        }
        QCOMPARE(refreshIndex, jobCount);
    }

    void refreshFailureParksWaitingJobs()
    {
        // The refresh is refused (the session was revoked): nothing fails, the requests wait for
        // a new sign-in; one sent meanwhile waits too, without going out.
        const QString fresh = makeAccessToken(3600, u"fresh"_s);
        FakeNetworkAccessManager network;
        network.setHandler([&](const SeenRequest &seen) {
            if (isRefresh(seen))
                return withHeader(FakeResponse::knownError(401, "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED",
                                                           "Refresh token not found for this project, or the session has expired/been revoked."),
                                  "X-Stack-Request-Id", "refresh-req");
            if (seen.header("X-Stack-Admin-Access-Token") == fresh.toUtf8())
                return seen.method == "POST" ? FakeResponse::json(201, "{}") : FakeResponse::json(200, kUserBody);
            return FakeResponse::knownError(401, "ADMIN_ACCESS_TOKEN_EXPIRED", "Admin access token has expired.");
        });
        auto client = dashboardClient(&network, makeAccessToken(3600));
        QSignalSpy expired(client.get(), &ApiClient::sessionExpired);
        QSignalSpy refreshed(client.get(), &ApiClient::accessTokenRefreshed);
        QSignalSpy parkedChanges(client.get(), &ApiClient::parkedJobsChanged);

        std::vector<std::unique_ptr<JobOutcome<User>>> jobs;
        for (int i = 0; i < 3; ++i)
            jobs.push_back(std::make_unique<JobOutcome<User>>(client->send(api::users::get(projectScope(), kUserId))));
        JobOutcome<NoContent> save(client->send(Call<NoContent>{ApiRequest::post(u"/teams"_s, projectScope(), R"({"display_name":"A"})")}));
        QTRY_COMPARE(client->parkedJobCount(), 4);
        QVERIFY(client->isSessionLost());
        QCOMPARE(expired.count(), 1);
        QCOMPARE(expired.first().first().value<ApiError>().kind, ApiError::Kind::SessionExpired);
        QCOMPARE(expired.first().first().value<ApiError>().code, u"REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED"_s);
        QCOMPARE(countRefreshes(network), 1);
        const qsizetype sent = network.requests().size();
        QCOMPARE(sent, 5);

        JobOutcome<User> later(client->send(api::users::get(projectScope(), kUserId)));
        QCOMPARE(client->parkedJobCount(), 5);
        // Nothing may happen while parked: no request, no finish.
        QVERIFY(!QTest::qWaitFor([&] { return network.requests().size() != sent || save.finishedCount() != 0; }, 50));
        QCOMPARE(network.requests().size(), sent);
        for (const auto &job : jobs)
            QCOMPARE(job->finishedCount(), 0);
        QCOMPARE(save.finishedCount(), 0);
        QCOMPARE(parkedChanges.last().first().toInt(), 5);

        // Signed in again (same account): each waiting request goes out once, with the new token.
        dashboard(*client).setTokens(fresh, u"rt_new"_s);
        client->resumeAfterSignIn();
        for (const auto &job : jobs) {
            HEXCLAVE_WAIT_JOB(*job);
            QVERIFY2(job->succeeded(), qPrintable(job->error().describe()));
        }
        HEXCLAVE_WAIT_JOB(later);
        QVERIFY(later.succeeded());
        HEXCLAVE_WAIT_JOB(save);
        QVERIFY2(save.succeeded(), qPrintable(save.error().describe()));
        QVERIFY(!client->isSessionLost());
        QCOMPARE(client->parkedJobCount(), 0);
        QCOMPARE(parkedChanges.last().first().toInt(), 0);
        int withFresh = 0;
        int posts = 0;
        for (const SeenRequest &seen : network.requests().mid(sent)) {
            withFresh += seen.header("X-Stack-Admin-Access-Token") == fresh.toUtf8() ? 1 : 0;
            posts += seen.method == "POST" ? 1 : 0;
        }
        QCOMPARE(network.requests().size() - sent, 5);
        QCOMPARE(withFresh, 5);
        QCOMPARE(posts, 1);
        QCOMPARE(refreshed.count(), 0);
        QCOMPARE(expired.count(), 1);
    }

    void abandonedParkedJobsFailOnce()
    {
        FakeNetworkAccessManager network;
        network.setHandler([](const SeenRequest &seen) {
            return isRefresh(seen) ? FakeResponse::knownError(401, "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED", "Gone.")
                                   : FakeResponse::knownError(401, "ADMIN_ACCESS_TOKEN_EXPIRED", "Expired.");
        });
        auto client = dashboardClient(&network, makeAccessToken(3600));
        JobOutcome<User> first(client->send(api::users::get(projectScope(), kUserId)));
        JobOutcome<User> second(client->send(api::users::get(projectScope(), kUserId)));
        QTRY_COMPARE(client->parkedJobCount(), 2);
        ApiError error;
        error.kind = ApiError::Kind::SessionExpired;
        error.message = u"You signed out."_s;
        client->abandonParkedJobs(error);
        HEXCLAVE_WAIT_JOB(first);
        HEXCLAVE_WAIT_JOB(second);
        QCOMPARE(first.error().kind, ApiError::Kind::SessionExpired);
        QCOMPARE(second.error().message, u"You signed out."_s);
        QCOMPARE(client->parkedJobCount(), 0);
        QVERIFY(!client->isSessionLost());
        const qsizetype sent = network.requests().size();
        client->resumeAfterSignIn(); // nothing left to resume
        QVERIFY(!QTest::qWaitFor([&] { return first.finishedCount() != 1 || network.requests().size() != sent; }, 50));
    }

    void abandonedInFlightJobIsNotReplayedAsTheNewAccount_data()
    {
        QTest::addColumn<bool>("retried"); // 401 to a POST in flight, or a DELETE waiting to be retried
        QTest::newRow("401 after abandon") << false;
        QTest::newRow("retry after abandon") << true;
    }

    void abandonedInFlightJobIsNotReplayedAsTheNewAccount()
    {
        QFETCH(bool, retried);
        const QString tokenB = makeAccessToken(3600, u"account-b"_s);
        FakeNetworkAccessManager network;
        network.setHandler([&](const SeenRequest &seen) {
            if (isRefresh(seen)) {
                return seen.header("X-Stack-Refresh-Token") == "rt_b"
                    ? FakeResponse::json(200, R"({"access_token":")" + tokenB.toLatin1() + R"("})")
                    : FakeResponse::knownError(401, "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED", "Gone.");
            }
            FakeResponse answer = seen.header("X-Stack-Admin-Access-Token") == tokenB.toUtf8()
                ? FakeResponse::json(200, "{}")
                : retried && seen.method == "DELETE" ? FakeResponse::text(503, "Busy")
                                                     : FakeResponse::knownError(401, "ADMIN_ACCESS_TOKEN_EXPIRED", "Expired.");
            if (seen.method != "GET")
                answer.delayMs = retried ? 0 : 200; // still in flight while the session ends
            return answer;
        });
        auto client = dashboardClient(&network, makeAccessToken(3600));
        client->options().retryBaseDelayMs = 200; // the DELETE's retry is still waiting while the session ends
        JobOutcome<NoContent> edit(client->send(Call<NoContent>{
            retried ? ApiRequest::del(u"/teams/t1"_s, projectScope()) : ApiRequest::post(u"/teams"_s, projectScope(), R"({"display_name":"A"})")}));
        JobOutcome<User> load(client->send(api::users::get(projectScope(), kUserId)));
        QTRY_VERIFY(client->isSessionLost());
        QTRY_COMPARE(client->parkedJobCount(), 1); // the GET; the edit is in flight or waits for its retry
        QCOMPARE(edit.finishedCount(), 0);

        ApiError abandoned;
        abandoned.kind = ApiError::Kind::SessionExpired;
        abandoned.message = u"Another account."_s;
        client->abandonParkedJobs(abandoned);
        dashboard(*client).setTokens(tokenB, u"rt_b"_s);
        HEXCLAVE_WAIT_JOB(load);
        HEXCLAVE_WAIT_JOB(edit);
        QCOMPARE(edit.error().kind, ApiError::Kind::SessionExpired);
        QCOMPARE(edit.error().message, u"Another account."_s);
        QCOMPARE(countRefreshes(network), 1); // A's refused one only: no refresh with B's token for A's edit
        int edits = 0;
        for (const SeenRequest &seen : network.requests()) {
            edits += seen.method != "GET" && !isRefresh(seen) ? 1 : 0;
            QVERIFY(seen.header("X-Stack-Admin-Access-Token") != tokenB.toUtf8());
        }
        QCOMPARE(edits, 1);
        QCOMPARE(edit.finishedCount(), 1);
    }

    void abortWhileParked()
    {
        const QString fresh = makeAccessToken(3600, u"fresh"_s);
        FakeNetworkAccessManager network;
        network.setHandler([&](const SeenRequest &seen) {
            if (isRefresh(seen))
                return FakeResponse::knownError(401, "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED", "Gone.");
            if (seen.header("X-Stack-Admin-Access-Token") == fresh.toUtf8())
                return FakeResponse::json(200, kUserBody);
            return FakeResponse::knownError(401, "ADMIN_ACCESS_TOKEN_EXPIRED", "Expired.");
        });
        auto client = dashboardClient(&network, makeAccessToken(3600));
        auto *closed = client->send(api::users::get(projectScope(), kUserId));
        JobOutcome<User> aborted(closed);
        JobOutcome<User> kept(client->send(api::users::get(projectScope(), kUserId)));
        QTRY_COMPARE(client->parkedJobCount(), 2);
        closed->abort(); // its page was closed
        HEXCLAVE_WAIT_JOB(aborted);
        QCOMPARE(aborted.error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(client->parkedJobCount(), 1);
        const qsizetype sent = network.requests().size();
        dashboard(*client).setTokens(fresh, u"rt_new"_s);
        client->resumeAfterSignIn();
        HEXCLAVE_WAIT_JOB(kept);
        QVERIFY(kept.succeeded());
        QCOMPARE(network.requests().size() - sent, 1);
        QCOMPARE(aborted.finishedCount(), 1);
    }

    void revokedKeyParksUntilANewKey_data()
    {
        QTest::addColumn<CredentialKind>("kind");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("admin") << CredentialKind::AdminKey << QByteArray("INVALID_SUPER_SECRET_ADMIN_KEY")
                               << QByteArray("X-Stack-Super-Secret-Admin-Key");
        QTest::newRow("server") << CredentialKind::ServerKey << QByteArray("INVALID_SECRET_SERVER_KEY")
                                << QByteArray("X-Stack-Secret-Server-Key");
    }

    void revokedKeyParksUntilANewKey()
    {
        QFETCH(CredentialKind, kind);
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, header);
        const QByteArray newKey = "sak_or_ssk_the_new_key";
        FakeNetworkAccessManager network;
        network.setHandler([&](const SeenRequest &seen) {
            if (seen.request.rawHeader(header) == newKey)
                return seen.method == "POST" ? FakeResponse::json(201, "{}") : FakeResponse::json(200, kUserBody);
            return FakeResponse::knownError(401, code, "The key is not valid for the project. Does the project and/or the key exist?");
        });
        auto client = keyClient(&network, kind);
        QSignalSpy expired(client.get(), &ApiClient::sessionExpired);
        JobOutcome<User> load(client->send(api::users::get(projectScope(), kUserId)));
        JobOutcome<NoContent> save(client->send(Call<NoContent>{ApiRequest::post(u"/teams"_s, projectScope(), "{}")}));
        QTRY_COMPARE(client->parkedJobCount(), 2);
        QCOMPARE(expired.count(), 1);
        QCOMPARE(expired.first().first().value<ApiError>().code, QString::fromLatin1(code));
        QCOMPARE(load.finishedCount(), 0);

        // The check of a new key is not parked: a refused key is its answer.
        auto check = Call<User>{ApiRequest::get(u"/projects/current"_s, projectScope())};
        check.request.waitsForSignIn = false;
        JobOutcome<User> checked(client->send(check));
        HEXCLAVE_WAIT_JOB(checked);
        QCOMPARE(checked.error().code, QString::fromLatin1(code));
        QCOMPARE(client->parkedJobCount(), 2);

        const qsizetype sent = network.requests().size();
        static_cast<ProjectKeyAuthenticator &>(client->authenticator()).setKey(QString::fromLatin1(newKey));
        client->resumeAfterSignIn();
        HEXCLAVE_WAIT_JOB(load);
        HEXCLAVE_WAIT_JOB(save);
        QVERIFY2(load.succeeded(), qPrintable(load.error().describe()));
        QVERIFY2(save.succeeded(), qPrintable(save.error().describe()));
        QCOMPARE(network.requests().size() - sent, 2);
        for (const SeenRequest &seen : network.requests().mid(sent))
            QCOMPARE(seen.request.rawHeader(header), newKey);
        QCOMPARE(expired.count(), 1);
    }

    void otherUnauthorizedKeyErrorsAreNotParked()
    {
        // API_KEY_REVOKED is the answer about a user's or team's key being checked, not ours.
        FakeNetworkAccessManager network;
        network.setHandler([](const SeenRequest &) { return FakeResponse::knownError(401, "API_KEY_REVOKED", "API key has been revoked."); });
        auto client = keyClient(&network, CredentialKind::ServerKey);
        QSignalSpy expired(client.get(), &ApiClient::sessionExpired);
        JobOutcome<User> job(client->send(api::users::get(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(job);
        QCOMPARE(job.error().code, u"API_KEY_REVOKED"_s);
        QCOMPARE(expired.count(), 0);
        QCOMPARE(client->parkedJobCount(), 0);
    }

    void destroyingTheClientCancelsParkedJobs()
    {
        FakeNetworkAccessManager network;
        network.setHandler([](const SeenRequest &) { return FakeResponse::knownError(401, "INVALID_SECRET_SERVER_KEY", "Invalid."); });
        auto client = keyClient(&network, CredentialKind::ServerKey);
        JobOutcome<User> job(client->send(api::users::get(projectScope(), kUserId)));
        QTRY_COMPARE(client->parkedJobCount(), 1);
        client.reset();
        QCOMPARE(job.finishedCount(), 1);
        QCOMPARE(job.error().kind, ApiError::Kind::Cancelled);
    }

    void rateLimitedRefreshKeepsTheSession()
    {
        // A 429 (or an outage) on the refresh is not the end of the session: the refresh is
        // sent again after Retry-After, and the waiting request goes through.
        const QString fresh = makeAccessToken(3600, u"fresh"_s);
        FakeNetworkAccessManager network;
        int refreshes = 0;
        network.setHandler([&](const SeenRequest &seen) {
            if (isRefresh(seen)) {
                if (++refreshes == 1)
                    return withHeader(FakeResponse::knownError(429, "RATE_LIMITED", "Too many requests."), "Retry-After", "0");
                return refreshAnswer(fresh);
            }
            return FakeResponse::json(200, kUserBody);
        });
        auto client = dashboardClient(&network, QString()); // no access token yet: refresh first
        QSignalSpy expired(client.get(), &ApiClient::sessionExpired);
        JobOutcome outcome(client->send(api::users::get(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error().describe()));
        QCOMPARE(refreshes, 2);
        QCOMPARE(expired.count(), 0);
    }

    void lateExpiredAnswerAfterARefreshIsReplayedWithoutAnother()
    {
        // Two requests leave with the old token; the first one's 401 triggers the refresh; the
        // second one's 401 arrives after the refresh: it is replayed with the new token, and
        // no second refresh is made.
        const QString stale = makeAccessToken(3600, u"stale"_s);
        const QString fresh = makeAccessToken(3600, u"fresh"_s);
        FakeNetworkAccessManager network;
        int staleAnswers = 0;
        network.setHandler([&](const SeenRequest &seen) {
            if (isRefresh(seen))
                return refreshAnswer(fresh);
            if (seen.header("X-Stack-Admin-Access-Token") == fresh.toLatin1())
                return FakeResponse::json(200, kUserBody);
            FakeResponse expired = FakeResponse::knownError(401, "ADMIN_ACCESS_TOKEN_EXPIRED", "Admin access token has expired.");
            expired.delayMs = staleAnswers++ == 0 ? 0 : 300;
            return expired;
        });
        auto client = dashboardClient(&network, stale);
        JobOutcome first(client->send(api::users::get(projectScope(), kUserId)));
        JobOutcome second(client->send(api::users::get(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(first);
        HEXCLAVE_WAIT_JOB(second);
        QVERIFY2(first.succeeded(), qPrintable(first.error().describe()));
        QVERIFY2(second.succeeded(), qPrintable(second.error().describe()));
        QCOMPARE(countRefreshes(network), 1);
    }

    void replayedRequestIsNotRefreshedTwice()
    {
        const QString fresh = makeAccessToken(3600, u"fresh"_s);
        FakeNetworkAccessManager network;
        network.setHandler([&](const SeenRequest &seen) {
            if (isRefresh(seen))
                return refreshAnswer(fresh);
            return FakeResponse::knownError(401, "ADMIN_ACCESS_TOKEN_EXPIRED", "Admin access token has expired.");
        });
        auto client = dashboardClient(&network, makeAccessToken(3600, u"stale"_s));
        QSignalSpy expired(client.get(), &ApiClient::sessionExpired);

        std::vector<std::unique_ptr<JobOutcome<User>>> jobs;
        for (int i = 0; i < 3; ++i)
            jobs.push_back(std::make_unique<JobOutcome<User>>(client->send(api::users::get(projectScope(), kUserId))));
        for (const auto &job : jobs) {
            HEXCLAVE_WAIT_JOB(*job);
            QCOMPARE(job->error().kind, ApiError::Kind::Http);
            QCOMPARE(job->error().httpStatus, 401);
            QCOMPARE(job->error().code, u"ADMIN_ACCESS_TOKEN_EXPIRED"_s);
            QCOMPARE(job->attempts(), 2);
        }
        QCOMPARE(countRefreshes(network), 1);
        QCOMPARE(network.requests().size(), 7);
        QCOMPARE(expired.count(), 0);
    }

    void keyCredentialNeverRefreshes()
    {
        FakeNetworkAccessManager network;
        network.setHandler([](const SeenRequest &) {
            return FakeResponse::knownError(401, "INVALID_SUPER_SECRET_ADMIN_KEY", "The super secret admin key is not valid.");
        });
        auto client = keyClient(&network, CredentialKind::AdminKey);
        QSignalSpy expired(client.get(), &ApiClient::sessionExpired);
        JobOutcome outcome(client->send(api::users::get(projectScope(), kUserId)));
        // No refresh: the refused key asks for a new one, and the request waits for it.
        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.first().first().value<ApiError>().code, u"INVALID_SUPER_SECRET_ADMIN_KEY"_s);
        QCOMPARE(client->parkedJobCount(), 1);
        QCOMPARE(network.requests().size(), 1);
        QCOMPARE(countRefreshes(network), 0);
        QCOMPARE(outcome.finishedCount(), 0);
    }

    void refreshNetworkFailureFailsWaitingJobs()
    {
        FakeNetworkAccessManager network;
        network.setHandler([&](const SeenRequest &seen) {
            if (isRefresh(seen))
                return FakeResponse::failure(QNetworkReply::ConnectionRefusedError);
            return FakeResponse::knownError(401, "ADMIN_ACCESS_TOKEN_EXPIRED", "Admin access token has expired.");
        });
        auto client = dashboardClient(&network, makeAccessToken(3600));
        QSignalSpy expired(client.get(), &ApiClient::sessionExpired);
        JobOutcome outcome(client->send(api::users::get(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(outcome.error().kind, ApiError::Kind::Network);
        QCOMPARE(expired.count(), 0); // the server did not say the session is gone
        QCOMPARE(dashboard(*client).refreshToken(), kRefreshToken);
    }

    // --- proactive refresh -------------------------------------------------------------------

    void proactiveRefresh_data()
    {
        QTest::addColumn<qint64>("expiresIn");
        QTest::addColumn<bool>("refreshFirst");

        QTest::newRow("expires in 5 s") << qint64(5) << true;
        QTest::newRow("already expired") << qint64(-30) << true;
        QTest::newRow("expires in an hour") << qint64(3600) << false;
    }

    void proactiveRefresh()
    {
        QFETCH(qint64, expiresIn);
        QFETCH(bool, refreshFirst);

        const QString current = makeAccessToken(expiresIn, u"current"_s);
        const QString fresh = makeAccessToken(3600, u"fresh"_s);
        FakeNetworkAccessManager network;
        network.setHandler([&](const SeenRequest &seen) {
            return isRefresh(seen) ? refreshAnswer(fresh) : FakeResponse::json(200, kUserBody);
        });
        auto client = dashboardClient(&network, current);
        QVERIFY(qAbs(dashboard(*client).accessTokenExpiresAtMillis() / 1000 - (QDateTime::currentSecsSinceEpoch() + expiresIn)) <= 1);
        JobOutcome outcome(client->send(api::users::get(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY(outcome.succeeded());
        QCOMPARE(outcome.attempts(), 1);

        if (refreshFirst) {
            QCOMPARE(network.requests().size(), 2);
            QVERIFY(isRefresh(network.requests().at(0)));
            QCOMPARE(network.requests().at(1).header("X-Stack-Admin-Access-Token"), fresh.toLatin1());
            QVERIFY(dashboard(*client).accessTokenExpiresAtMillis() > QDateTime::currentMSecsSinceEpoch() + 3000000);
        } else {
            QCOMPARE(network.requests().size(), 1);
            QCOMPARE(network.requests().at(0).header("X-Stack-Admin-Access-Token"), current.toLatin1());
        }
    }

    void proactiveRefreshIsSharedByConcurrentRequests()
    {
        const QString fresh = makeAccessToken(3600, u"fresh"_s);
        FakeNetworkAccessManager network;
        network.setHandler([&](const SeenRequest &seen) {
            return isRefresh(seen) ? refreshAnswer(fresh) : FakeResponse::json(200, kUserBody);
        });
        auto client = dashboardClient(&network, makeAccessToken(5));
        std::vector<std::unique_ptr<JobOutcome<User>>> jobs;
        for (int i = 0; i < 3; ++i)
            jobs.push_back(std::make_unique<JobOutcome<User>>(client->send(api::users::get(projectScope(), kUserId))));
        for (const auto &job : jobs) {
            HEXCLAVE_WAIT_JOB(*job);
            QVERIFY(job->succeeded());
        }
        QCOMPARE(countRefreshes(network), 1);
        QCOMPARE(network.requests().size(), 4);
        QVERIFY(isRefresh(network.requests().first()));
    }

    // --- 429 ---------------------------------------------------------------------------------

    void tooManyRequestsGetWaitsAndRetries()
    {
        FakeNetworkAccessManager network;
        network.enqueue(withHeader(FakeResponse::text(429, "Too many requests"), "Retry-After", "1"));
        network.enqueue(FakeResponse::json(200, kUserBody));
        auto client = keyClient(&network, CredentialKind::AdminKey);
        QElapsedTimer timer;
        timer.start();
        JobOutcome outcome(client->send(api::users::get(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(outcome);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error().message));
        QCOMPARE(outcome.attempts(), 2);
        QCOMPARE(network.requests().size(), 2);
        QVERIFY2(elapsed >= 900, qPrintable(u"retried after %1 ms"_s.arg(elapsed)));
        QVERIFY2(elapsed < 5000, qPrintable(u"retried after %1 ms"_s.arg(elapsed)));
    }

    void tooManyRequestsNotRetried_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("seconds");

        QTest::newRow("POST") << QByteArray("POST") << QByteArray("7") << 7;
        QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray("7") << 7;
        QTest::newRow("GET, longer than maxRetryAfterSeconds") << QByteArray("GET") << QByteArray("120") << 120;
    }

    void tooManyRequestsNotRetried()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, seconds);

        FakeNetworkAccessManager network;
        network.setHandler([&](const SeenRequest &) {
            return withHeader(FakeResponse::text(429, "Too many requests"), "Retry-After", retryAfter);
        });
        auto client = keyClient(&network, CredentialKind::AdminKey);
        QCOMPARE(client->options().maxRetryAfterSeconds, 30);
        const QString path = u"/users/"_s + kUserId;
        const ApiRequest request = method == "POST"    ? ApiRequest::post(u"/users"_s, projectScope(), "{}")
                                   : method == "PATCH" ? ApiRequest::patch(path, projectScope(), R"({"display_name":"x"})")
                                                       : ApiRequest::get(path, projectScope());
        JobOutcome outcome(client->send(Call<User>{request}));
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(network.requests().size(), 1);
        QCOMPARE(outcome.attempts(), 1);
        const ApiError &error = outcome.error();
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 429);
        QCOMPARE(error.retryAfterSeconds, seconds);
        QVERIFY2(error.userMessage().contains(QString::number(seconds)), qPrintable(error.userMessage()));
    }

    void tooManyRequestsGivesUpAfterMaxAttempts()
    {
        FakeNetworkAccessManager network;
        network.setHandler([](const SeenRequest &) {
            return withHeader(FakeResponse::text(429, "Too many requests"), "Retry-After", "0");
        });
        auto client = keyClient(&network, CredentialKind::AdminKey);
        JobOutcome outcome(client->send(api::users::get(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(network.requests().size(), client->options().maxAttempts);
        QCOMPARE(outcome.error().httpStatus, 429);
        QCOMPARE(outcome.error().retryAfterSeconds, 0);
    }

    // --- transient failures ------------------------------------------------------------------

    void transientFailures_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<FakeResponse>("failure");
        QTest::addColumn<int>("failuresBeforeSuccess"); // -1: fails forever
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<ApiError::Kind>("kind");

        const FakeResponse badGateway = FakeResponse::text(502, "Bad Gateway");
        const FakeResponse unavailable = FakeResponse::text(503, "Service Unavailable");
        const FakeResponse dropped = FakeResponse::failure(QNetworkReply::RemoteHostClosedError);

        QTest::newRow("GET 502 then 200") << QByteArray("GET") << badGateway << 1 << 3 << 2 << true << ApiError::Kind::None;
        QTest::newRow("GET 503 twice then 200") << QByteArray("GET") << unavailable << 2 << 3 << 3 << true << ApiError::Kind::None;
        QTest::newRow("GET 503 forever") << QByteArray("GET") << unavailable << -1 << 3 << 3 << false << ApiError::Kind::Http;
        QTest::newRow("GET 503 forever, 5 attempts") << QByteArray("GET") << unavailable << -1 << 5 << 5 << false << ApiError::Kind::Http;
        QTest::newRow("GET dropped then 200") << QByteArray("GET") << dropped << 1 << 3 << 2 << true << ApiError::Kind::None;
        QTest::newRow("GET dropped forever") << QByteArray("GET") << dropped << -1 << 3 << 3 << false << ApiError::Kind::Network;
        QTest::newRow("DELETE 503 then 200") << QByteArray("DELETE") << unavailable << 1 << 3 << 2 << true << ApiError::Kind::None;
        QTest::newRow("POST 503") << QByteArray("POST") << unavailable << -1 << 3 << 1 << false << ApiError::Kind::Http;
        QTest::newRow("POST 502") << QByteArray("POST") << badGateway << -1 << 3 << 1 << false << ApiError::Kind::Http;
        QTest::newRow("POST dropped") << QByteArray("POST") << dropped << -1 << 3 << 1 << false << ApiError::Kind::Network;
        QTest::newRow("PATCH dropped") << QByteArray("PATCH") << dropped << -1 << 3 << 1 << false << ApiError::Kind::Network;
        QTest::newRow("GET refused is not retried")
            << QByteArray("GET") << FakeResponse::failure(QNetworkReply::ConnectionRefusedError) << -1 << 3 << 1 << false
            << ApiError::Kind::Network;
    }

    void transientFailures()
    {
        QFETCH(QByteArray, method);
        QFETCH(FakeResponse, failure);
        QFETCH(int, failuresBeforeSuccess);
        QFETCH(int, maxAttempts);
        QFETCH(int, expectedRequests);
        QFETCH(bool, succeeds);
        QFETCH(ApiError::Kind, kind);

        FakeNetworkAccessManager network;
        int seen = 0;
        network.setHandler([&](const SeenRequest &) {
            ++seen;
            if (failuresBeforeSuccess < 0 || seen <= failuresBeforeSuccess)
                return failure;
            return FakeResponse::json(200, method == "DELETE" ? QByteArray(R"({"success":true})") : kUserBody);
        });
        auto client = keyClient(&network, CredentialKind::AdminKey);
        client->options().maxAttempts = maxAttempts;
        const QString path = u"/users/"_s + kUserId;
        const ApiRequest request = method == "POST"     ? ApiRequest::post(u"/users"_s, projectScope(), "{}")
                                   : method == "PATCH"  ? ApiRequest::patch(path, projectScope(), R"({"display_name":"x"})")
                                   : method == "DELETE" ? ApiRequest::del(path, projectScope())
                                                        : ApiRequest::get(path, projectScope());
        JobOutcome outcome(client->send(Call<NoContent>{request}));
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(network.requests().size(), expectedRequests);
        QCOMPARE(outcome.attempts(), expectedRequests);
        QCOMPARE(outcome.succeeded(), succeeds);
        QCOMPARE(outcome.error().kind, kind);
        for (const SeenRequest &sent : network.requests())
            QCOMPARE(sent.method, method);
    }

    // --- timeout and cancellation ------------------------------------------------------------

    void timeout()
    {
        FakeNetworkAccessManager network;
        network.setHandler([](const SeenRequest &) { return FakeResponse::hanging(); });
        auto client = keyClient(&network, CredentialKind::AdminKey);
        client->options().transferTimeoutMs = 150;
        QElapsedTimer timer;
        timer.start();
        JobOutcome outcome(client->send(api::users::get(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(outcome.error().kind, ApiError::Kind::Timeout);
        QVERIFY(!outcome.error().message.isEmpty());
        QVERIFY(!outcome.error().userMessage().isEmpty());
        QVERIFY(timer.elapsed() >= 100);
        QCOMPARE(network.requests().first().request.transferTimeout(), 150);
    }

    void abortInFlight()
    {
        FakeNetworkAccessManager network;
        network.setHandler([](const SeenRequest &) { return FakeResponse::hanging(); });
        auto client = keyClient(&network, CredentialKind::AdminKey);
        auto *job = client->send(api::users::get(projectScope(), kUserId));
        JobOutcome outcome(job);
        job->abort();
        job->abort(); // a second abort changes nothing
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(outcome.error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(network.requests().size(), 1);
    }

    void abortWhileWaitingForRetry()
    {
        FakeNetworkAccessManager network;
        network.setHandler([](const SeenRequest &) {
            return withHeader(FakeResponse::text(429, "Too many requests"), "Retry-After", "5");
        });
        auto client = keyClient(&network, CredentialKind::AdminKey);
        auto *job = client->send(api::users::get(projectScope(), kUserId));
        JobOutcome outcome(job);
        const QList<QNetworkReply *> replies = network.findChildren<QNetworkReply *>();
        QCOMPARE(replies.size(), 1);
        const QPointer<QNetworkReply> reply = replies.first();
        QTRY_VERIFY(reply.isNull() || reply->isFinished()); // the 429 arrived; the job waits 5 s
        QCOMPARE(outcome.finishedCount(), 0);
        job->abort();
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(outcome.error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(network.requests().size(), 1);
    }

    void abortWhileWaitingForRefresh()
    {
        FakeNetworkAccessManager network;
        network.setHandler([](const SeenRequest &seen) {
            return isRefresh(seen) ? FakeResponse::hanging() : FakeResponse::json(200, kUserBody);
        });
        auto client = dashboardClient(&network, makeAccessToken(5)); // refresh first, which hangs
        auto *job = client->send(api::users::get(projectScope(), kUserId));
        JobOutcome outcome(job);
        QCOMPARE(network.requests().size(), 1);
        QVERIFY(isRefresh(network.requests().first()));
        job->abort();
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(outcome.error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(network.requests().size(), 1);
    }

    void retriedDeleteThatWasDoneIsASuccess()
    {
        // The first DELETE's answer is lost on the way back; the retry finds nothing to delete.
        FakeNetworkAccessManager network;
        int deletes = 0;
        network.setHandler([&](const SeenRequest &) {
            if (++deletes == 1)
                return FakeResponse::failure(QNetworkReply::RemoteHostClosedError);
            return FakeResponse::knownError(404, "USER_NOT_FOUND", "User not found.");
        });
        auto client = keyClient(&network, CredentialKind::AdminKey);
        JobOutcome outcome(client->send(api::users::remove(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error().describe()));
        QCOMPARE(deletes, 2);
    }

    void firstDeleteOfAMissingUserIsNotFound()
    {
        FakeNetworkAccessManager network;
        network.enqueue(FakeResponse::knownError(404, "USER_NOT_FOUND", "User not found."));
        auto client = keyClient(&network, CredentialKind::AdminKey);
        JobOutcome outcome(client->send(api::users::remove(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(outcome.error().code, u"USER_NOT_FOUND"_s);
    }

    void redirectsStayOnTheSameOrigin()
    {
        FakeNetworkAccessManager network;
        network.enqueue(FakeResponse::json(200, kUserBody));
        auto client = keyClient(&network, CredentialKind::AdminKey);
        JobOutcome outcome(client->send(api::users::get(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(network.requests().first().request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::SameOriginRedirectPolicy));
    }

    void tokenLifetimeIsMeasuredOnOurClock()
    {
        // The server's clock is an hour behind ours: by `exp` alone the token looks expired,
        // but it was issued just now and lives ten minutes.
        const qint64 serverNow = QDateTime::currentSecsSinceEpoch() - 3600;
        QJsonObject payload;
        payload.insert(u"sub"_s, u"user-1"_s);
        payload.insert(u"iat"_s, serverNow);
        payload.insert(u"exp"_s, serverNow + 600);
        FakeNetworkAccessManager network;
        network.setHandler([](const SeenRequest &) { return FakeResponse::json(200, kUserBody); });
        auto client = dashboardClient(&network, makeJwt(payload));
        JobOutcome outcome(client->send(api::users::get(projectScope(), kUserId)));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY(outcome.succeeded());
        QCOMPARE(countRefreshes(network), 0);
    }

    void destroyingTheClientDropsItsJobs()
    {
        FakeNetworkAccessManager network;
        network.setHandler([](const SeenRequest &) { return FakeResponse::hanging(); });
        auto client = keyClient(&network, CredentialKind::AdminKey);
        auto outcome = std::make_unique<JobOutcome<User>>(client->send(api::users::get(projectScope(), kUserId)));
        const QList<QNetworkReply *> replies = network.findChildren<QNetworkReply *>();
        QCOMPARE(replies.size(), 1);
        const QPointer<QNetworkReply> reply = replies.first();
        client.reset();
        // Every job finishes exactly once, also when its client goes away: as cancelled.
        QCOMPARE(outcome->finishedCount(), 1);
        QCOMPARE(outcome->error().kind, ApiError::Kind::Cancelled);
        QVERIFY(outcome->waitDeleted());
        QVERIFY(reply.isNull() || reply->isFinished());
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestApiClient)
#include "tst_ApiClient.moc"
