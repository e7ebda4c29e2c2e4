// The sign-in DTOs (password sign-in, refresh, CLI sign-in and its poll) and the access-token
// claims the client reads to schedule refreshes.

#include "ApiTestHelpers.h"
#include "Fixtures.h"

#include "dto/AuthTokens.h"

#include <QJsonArray>
#include <QTest>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using api::AccessTokenClaims;
using api::CliAuthPoll;
using api::CliAuthSession;
using api::RefreshedAccessToken;
using api::SignInTokens;

QString tokenWithPayload(const QByteArray &payload)
{
    constexpr auto encoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return QString::fromLatin1(QByteArray("eyJhbGciOiJFUzI1NiJ9.") + payload.toBase64(encoding) + ".c2ln");
}

} // namespace

} // namespace hexclave::tests

Q_DECLARE_METATYPE(hexclave::api::CliAuthPoll::Status)

namespace hexclave::tests {

class TestAuthTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signIn()
    {
        const SignInTokens tokens = api::parseJson<SignInTokens>(
            QByteArray(R"({"access_token":"eyJ.a.b","refresh_token":"rt-1","user_id":"5b2f1e8a-0000-4000-8000-000000000001"})"));
        QCOMPARE(tokens.accessToken, u"eyJ.a.b"_s);
        QCOMPARE(tokens.refreshToken, u"rt-1"_s);
        QCOMPARE(tokens.userId, u"5b2f1e8a-0000-4000-8000-000000000001"_s);
    }

    void impersonationSessionFixture()
    {
        // Fixture 13 (POST /auth/sessions) has the same two tokens, without user_id.
        const Fixture recorded = Fixture::load(u"13-sessions-create-impersonation"_s);
        QVERIFY(!recorded.name.isEmpty());
        const SignInTokens tokens = api::parseJson<SignInTokens>(recorded.body);
        QCOMPARE(tokens.accessToken, u"<redacted>"_s);
        QCOMPARE(tokens.refreshToken, u"<redacted>"_s);
        QVERIFY(tokens.userId.isEmpty());
    }

    void refreshFixture()
    {
        const Fixture recorded = Fixture::load(u"53-refresh"_s);
        QVERIFY(!recorded.name.isEmpty());
        QCOMPARE(recorded.status, 200);
        QCOMPARE(api::parseJson<RefreshedAccessToken>(recorded.body).accessToken, u"<redacted>"_s);
    }

    void cliAuthStartFixture()
    {
        const Fixture recorded = Fixture::load(u"49-cli-auth-start"_s);
        QVERIFY(!recorded.name.isEmpty());
        const CliAuthSession session = api::parseJson<CliAuthSession>(recorded.body);
        QCOMPARE(session.pollingCode, u"<redacted>"_s);
        QCOMPARE(session.loginCode, u"<redacted>"_s);
        QVERIFY(session.expiresAt.isValid());
        QCOMPARE(session.expiresAt.toMSecsSinceEpoch(), Q_INT64_C(1795467046445)); // 2026-11-23T20:50:46.445Z
    }

    void cliAuthPoll_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<CliAuthPoll::Status>("status");
        QTest::addColumn<QString>("refreshToken");

        QTest::newRow("waiting") << QByteArray(R"({"status":"waiting"})") << CliAuthPoll::Status::Waiting << QString();
        QTest::newRow("expired") << QByteArray(R"({"status":"expired"})") << CliAuthPoll::Status::Expired << QString();
        QTest::newRow("used") << QByteArray(R"({"status":"used"})") << CliAuthPoll::Status::Used << QString();
        QTest::newRow("success") << QByteArray(R"({"status":"success","refresh_token":"rt-9"})")
                                 << CliAuthPoll::Status::Success << u"rt-9"_s;
        QTest::newRow("a newer status") << QByteArray(R"({"status":"denied"})") << CliAuthPoll::Status::Unknown << QString();
    }

    void cliAuthPoll()
    {
        QFETCH(QByteArray, body);
        QFETCH(CliAuthPoll::Status, status);
        QFETCH(QString, refreshToken);

        const CliAuthPoll poll = api::parseJson<CliAuthPoll>(body);
        QCOMPARE(poll.status, status);
        QCOMPARE(poll.refreshToken, refreshToken);
    }

    void malformed_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("sign-in without refresh token") << 0 << QByteArray(R"({"access_token":"a"})");
        QTest::newRow("sign-in with a numeric token") << 0 << QByteArray(R"({"access_token":1,"refresh_token":"r"})");
        QTest::newRow("refresh without token") << 1 << QByteArray(R"({"success":true})");
        QTest::newRow("refresh, not JSON") << 1 << QByteArray("Unauthorized");
        QTest::newRow("CLI start without login code") << 2 << QByteArray(R"({"polling_code":"p"})");
        QTest::newRow("poll without status") << 3 << QByteArray(R"({"refresh_token":"r"})");
        QTest::newRow("poll success without token") << 3 << QByteArray(R"({"status":"success"})");
        QTest::newRow("poll, empty") << 3 << QByteArray();
    }

    void malformed()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, body);
        switch (type) {
        case 0: QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<SignInTokens>(body)); break;
        case 1: QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<RefreshedAccessToken>(body)); break;
        case 2: QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<CliAuthSession>(body)); break;
        default: QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<CliAuthPoll>(body)); break;
        }
    }

    void decodeClaims_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("email"); // empty: absent or null
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("expiresAtMillis");

        // Payload lengths that need 0, 1 and 2 '=' of padding (which JWTs leave out).
        for (const QString &email : {u"a@x.io"_s, u"ab@x.io"_s, u"abc@x.io"_s}) {
            QJsonObject payload{{u"sub"_s, u"user-1"_s}, {u"email"_s, email}, {u"exp"_s, 1795458767}};
            QTest::addRow("email %s", qPrintable(email)) << makeJwt(payload) << u"user-1"_s << email << QString()
                                                         << Q_INT64_C(1795458767000);
        }
        const QString unusual = u"\u00ff\u00fe\u00fd \u263a?>"_s; // bytes that encode to '-' and '_'
        QTest::newRow("base64url alphabet")
            << makeJwt({{u"sub"_s, u"u"_s}, {u"name"_s, unusual}, {u"exp"_s, 10}, {u"email"_s, QJsonValue::Null}})
            << u"u"_s << QString() << unusual << Q_INT64_C(10000);
        QTest::newRow("fractional exp") << tokenWithPayload(R"({"sub":"u","exp":1795458767.5})") << u"u"_s << QString()
                                        << QString() << Q_INT64_C(1795458767500);
        QTest::newRow("no exp") << tokenWithPayload(R"({"sub":"u"})") << u"u"_s << QString() << QString() << Q_INT64_C(0);
        QTest::newRow("exp as text") << tokenWithPayload(R"({"sub":"u","exp":"tomorrow"})") << u"u"_s << QString()
                                     << QString() << Q_INT64_C(0);
        QTest::newRow("server claims") << makeAccessToken(0, u"5b2f1e8a"_s) << u"5b2f1e8a"_s << u"admin@example.com"_s
                                       << QString() << QDateTime::currentSecsSinceEpoch() * 1000;
    }

    void decodeClaims()
    {
        QFETCH(QString, token);
        QFETCH(QString, userId);
        QFETCH(QString, email);
        QFETCH(QString, name);
        QFETCH(qint64, expiresAtMillis);

        const auto claims = AccessTokenClaims::decode(token);
        QVERIFY(claims.has_value());
        QCOMPARE(claims->userId, userId);
        QCOMPARE(claims->email, email.isEmpty() ? std::nullopt : std::optional<QString>(email));
        QCOMPARE(claims->name, name.isEmpty() ? std::nullopt : std::optional<QString>(name));
        QVERIFY2(qAbs(claims->expiresAtMillis - expiresAtMillis) <= 1000, qPrintable(QString::number(claims->expiresAtMillis)));
    }

    void decodeGarbage_data()
    {
        QTest::addColumn<QString>("token");

        QTest::newRow("empty") << QString();
        QTest::newRow("opaque") << u"rt_9bbqvqsbh0gdb6smk11d71qg4k"_s;
        QTest::newRow("two parts") << u"eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1In0"_s;
        QTest::newRow("four parts") << u"a.eyJzdWIiOiJ1In0.c.d"_s;
        QTest::newRow("not base64") << u"a.!!!.c"_s;
        QTest::newRow("not JSON") << tokenWithPayload("not json at all");
        QTest::newRow("a JSON array") << tokenWithPayload("[1,2,3]");
        QTest::newRow("sub is a number") << tokenWithPayload(R"({"sub":42,"exp":1})");
        QTest::newRow("email is an object") << tokenWithPayload(R"({"sub":"u","email":{"a":1}})");
        QTest::newRow("empty payload") << u"a..c"_s;
    }

    void decodeGarbage()
    {
        QFETCH(QString, token);
        QVERIFY(!AccessTokenClaims::decode(token).has_value());
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestAuthTokens)
#include "tst_AuthTokens.moc"
