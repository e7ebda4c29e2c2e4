// errorFromResponse, parseRetryAfter and networkError: every recorded known error of the real
// server, its plain-text errors, Retry-After in both forms, and replies without an HTTP status.

#include "FakeNetworkAccessManager.h"
#include "Fixtures.h"

#include "core/ErrorResponse.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkReply>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using api::ApiError;

// An HTTP-date (RFC 9110 IMF-fixdate) `seconds` from now, as servers send it in Retry-After.
QByteArray httpDate(qint64 seconds, const QString &zone = u"GMT"_s)
{
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(seconds);
    return QLocale::c().toString(when, u"ddd, dd MMM yyyy hh:mm:ss "_s).toLatin1() + zone.toLatin1();
}

} // namespace

} // namespace hexclave::tests

Q_DECLARE_METATYPE(hexclave::api::ApiError::Kind)

namespace hexclave::tests {

class TestErrorResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<int>("maximum");

        QTest::newRow("seconds") << QByteArray("120") << 120 << 120;
        QTest::newRow("zero") << QByteArray("0") << 0 << 0;
        QTest::newRow("padded") << QByteArray("  7 ") << 7 << 7;
        QTest::newRow("absent") << QByteArray() << -1 << -1;
        QTest::newRow("blank") << QByteArray("   ") << -1 << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1 << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1 << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1 << -1;
        QTest::newRow("half a date") << QByteArray("Wed, 21 Oct") << -1 << -1;
        QTest::newRow("HTTP date in 90 s (GMT)") << httpDate(90) << 88 << 90;
        QTest::newRow("HTTP date in 90 s (+0000)") << httpDate(90, u"+0000"_s) << 88 << 90;
        QTest::newRow("HTTP date in an hour (GMT)") << httpDate(3600) << 3598 << 3600;
        QTest::newRow("HTTP date in the past (GMT)") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 0 << 0;
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, minimum);
        QFETCH(int, maximum);
        const int seconds = api::parseRetryAfter(value);
        QVERIFY2(seconds >= minimum && seconds <= maximum,
                 qPrintable(u"%1 gave %2, expected %3…%4"_s.arg(QString::fromLatin1(value)).arg(seconds).arg(minimum).arg(maximum)));
    }

    void knownErrorFixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QVariantMap>("details");

        const QString userNotFound = u"User not found."_s;
        QTest::newRow("06") << u"06-user-get-missing"_s << 404 << u"USER_NOT_FOUND"_s << userNotFound << QVariantMap();
        const QString notUuid = u"Request validation failed on GET /api/v1/users/not-a-uuid:\n  - params.user_id must be a valid UUID"_s;
        QTest::newRow("07") << u"07-user-get-not-uuid"_s << 400 << u"SCHEMA_ERROR"_s << notUuid
                            << QVariantMap{{u"message"_s, notUuid}};
        const QString unknownField = u"Request validation failed on POST /api/v1/users:\n  - body contains unknown properties: "
                                     "bogus_field\n  - body contains unknown properties: bogus_field"_s;
        QTest::newRow("09") << u"09-user-create-unknown-field"_s << 400 << u"SCHEMA_ERROR"_s << unknownField
                            << QVariantMap{{u"message"_s, unknownField}};
        QTest::newRow("10") << u"10-user-create-duplicate-email"_s << 409 << u"USER_EMAIL_ALREADY_EXISTS"_s
                            << u"A user with email \"fixture.user@example.com\" already exists."_s
                            << QVariantMap{{u"email"_s, u"fixture.user@example.com"_s},
                                           {u"would_work_if_email_was_verified"_s, false}};
        const QString restrict = u"Request validation failed on PATCH /api/v1/users/1d3d90c7-78cf-48f7-bd78-393efd417cd1:\n"
                                 "  - restricted_by_admin_reason must be null when restricted_by_admin is not true"_s;
        QTest::newRow("12") << u"12-user-patch-restrict-invalid"_s << 400 << u"SCHEMA_ERROR"_s << restrict
                            << QVariantMap{{u"message"_s, restrict}};
        QTest::newRow("24") << u"24-team-permission-grant-missing"_s << 404 << u"PERMISSION_NOT_FOUND"_s
                            << u"Permission \"no_such_permission\" not found. Make sure you created it on the dashboard."_s
                            << QVariantMap{{u"permission_id"_s, u"no_such_permission"_s}};
        const QString badId = u"Request validation failed on POST /api/v1/project-permission-definitions:\n"
                              "  - Only lowercase letters, numbers, \":\", \"_\" are allowed"_s;
        QTest::newRow("30") << u"30-project-permission-definition-bad-id"_s << 400 << u"SCHEMA_ERROR"_s << badId
                            << QVariantMap{{u"message"_s, badId}};
        QTest::newRow("50") << u"50-sign-in-wrong-password"_s << 400 << u"EMAIL_PASSWORD_MISMATCH"_s
                            << u"Wrong e-mail or password."_s << QVariantMap();
        QTest::newRow("51") << u"51-no-access-type"_s << 400 << u"ACCESS_TYPE_REQUIRED"_s
                            << u"You must specify an access level for this Stack project. Make sure project API keys are "
                               "provided (eg. x-stack-publishable-client-key) and you set the x-stack-access-type header to "
                               "'client', 'server', or 'admin'.\n\nFor more information, see the docs on REST API "
                               "authentication: https://docs.stack-auth.com/rest-api/overview#authentication"_s
                            << QVariantMap();
        QTest::newRow("52") << u"52-expired-or-bad-admin-token"_s << 401 << u"UNPARSABLE_ADMIN_ACCESS_TOKEN"_s
                            << u"Admin access token is not parsable."_s << QVariantMap();
        QTest::newRow("55") << u"55-user-get-after-delete"_s << 404 << u"USER_NOT_FOUND"_s << userNotFound << QVariantMap();
    }

    void knownErrorFixtures()
    {
        QFETCH(QString, fixture);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QVariantMap, details);

        const Fixture recorded = Fixture::load(fixture);
        QVERIFY2(!recorded.name.isEmpty(), qPrintable(fixture));
        QCOMPARE(recorded.status, status);
        QCOMPARE(QString::fromLatin1(recorded.knownError), code);

        // As recorded: the code in the header and in the body.
        const ApiError error = api::errorFromResponse(recorded.status, recorded.knownError, QByteArray(),
                                                      QString::fromLatin1(recorded.contentType), recorded.body);
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code, code);
        QCOMPARE(error.message, message);
        QCOMPARE(error.details, details);
        QCOMPARE(error.retryAfterSeconds, -1);
        QVERIFY(error.is(code));
        QVERIFY(error.userMessage().startsWith(message));

        // A proxy that drops the X-Stack-Known-Error header: the body still names the code.
        const ApiError bodyOnly = api::errorFromResponse(recorded.status, QByteArray(), QByteArray(),
                                                         QString::fromLatin1(recorded.contentType), recorded.body);
        QCOMPARE(bodyOnly.code, code);
        QCOMPARE(bodyOnly.message, message);
        QCOMPARE(bodyOnly.details, details);
    }

    void plainTextFixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("truncated");

        QTest::newRow("45: 500 with a stack trace") << u"45-metrics-without-analytics-store"_s << 500 << true;
        QTest::newRow("46: unknown route") << u"46-conversations-list"_s << 404 << false;
    }

    void plainTextFixtures()
    {
        QFETCH(QString, fixture);
        QFETCH(int, status);
        QFETCH(bool, truncated);

        const Fixture recorded = Fixture::load(fixture);
        QVERIFY2(!recorded.name.isEmpty(), qPrintable(fixture));
        QCOMPARE(recorded.status, status);
        QVERIFY(recorded.knownError.isEmpty());
        QVERIFY(recorded.contentType.startsWith("text/plain"));

        const ApiError error = api::errorFromResponse(recorded.status, QByteArray(), QByteArray(),
                                                      QString::fromLatin1(recorded.contentType), recorded.body);
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, status);
        QVERIFY(error.code.isEmpty());
        QVERIFY(error.details.isEmpty());
        const QString full = QString::fromUtf8(recorded.body).trimmed();
        if (truncated) {
            QVERIFY(full.size() > 600);
            QVERIFY2(error.message.size() <= 601, qPrintable(QString::number(error.message.size())));
            QVERIFY(error.message.size() >= 200); // still says what went wrong
            QVERIFY(error.message.startsWith(u"Internal Server Error. The error message follows, but will be stripped "
                                             "in production. StackAssertionError: Missing environment variable: "
                                             "STACK_CLICKHOUSE_URL"_s));
            QVERIFY(error.message.endsWith(u"\u2026"_s));
            QVERIFY(full.startsWith(error.message.chopped(1)));
        } else {
            QCOMPARE(error.message, full);
            QVERIFY(error.message.startsWith(u"404 \u2014 this page does not exist in Stack Auth's API."_s));
            QVERIFY(error.message.endsWith(
                u"URL: http://localhost:8102/api/v1/internal/conversations?projectId=6fbbf22e-f4b2-4c6e-95a1-beab6fa41063"_s));
        }
        QVERIFY(!error.userMessage().isEmpty());
    }

    void unusualBodies_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        QTest::newRow("JSON that is not an object") << u"application/json"_s << QByteArray(R"(["a","b"])") << QString()
                                                    << u"[\"a\",\"b\"]"_s;
        QTest::newRow("JSON with a numeric error") << u"application/json"_s << QByteArray(R"({"code":"X","error":5})")
                                                   << u"X"_s << u"{\"code\":\"X\",\"error\":5}"_s;
        QTest::newRow("JSON without error text") << u"application/json"_s << QByteArray(R"({"code":"SOME_CODE"})")
                                                 << u"SOME_CODE"_s << u"{\"code\":\"SOME_CODE\"}"_s;
        QTest::newRow("broken JSON") << u"application/json; charset=utf-8"_s << QByteArray("{\"code\":")
                                     << QString() << u"{\"code\":"_s;
        QTest::newRow("JSON sent as text/plain") << u"text/plain"_s << QByteArray(R"({"code":"USER_NOT_FOUND","error":"User not found."})")
                                                 << u"USER_NOT_FOUND"_s << u"User not found."_s;
        QTest::newRow("HTML from a proxy") << u"text/html"_s << QByteArray("<html><body>502 Bad Gateway</body></html>\n")
                                           << QString() << u"<html><body>502 Bad Gateway</body></html>"_s;
        QTest::newRow("UTF-8 text") << u"text/plain; charset=utf-8"_s << QByteArray("Caf\xc3\xa9 ferm\xc3\xa9")
                                    << QString() << u"Caf\u00e9 ferm\u00e9"_s;
    }

    void unusualBodies()
    {
        QFETCH(QString, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);

        const ApiError error = api::errorFromResponse(400, QByteArray(), QByteArray(), contentType, body);
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.code, code);
        QCOMPARE(error.message, message);
    }

    void retryAfterHeaderIsRead()
    {
        const ApiError error = api::errorFromResponse(429, QByteArray(), QByteArray("12"), u"text/plain"_s,
                                                      QByteArray("Too many requests"));
        QCOMPARE(error.httpStatus, 429);
        QCOMPARE(error.retryAfterSeconds, 12);
        QCOMPARE(error.message, u"Too many requests"_s);
        QVERIFY(error.userMessage().contains(u"12 seconds"_s));
    }

    void headerCodeIsTrimmed()
    {
        const ApiError error = api::errorFromResponse(404, QByteArray(" USER_NOT_FOUND "), QByteArray(), u"text/plain"_s,
                                                      QByteArray("gone"));
        QCOMPARE(error.code, u"USER_NOT_FOUND"_s);
        QCOMPARE(error.message, u"gone"_s);
    }

    void networkErrors_data()
    {
        QTest::addColumn<QNetworkReply::NetworkError>("networkError");
        QTest::addColumn<ApiError::Kind>("kind");

        QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << ApiError::Kind::Network;
        QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << ApiError::Kind::Network;
        QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << ApiError::Kind::Network;
        QTest::newRow("TLS") << QNetworkReply::SslHandshakeFailedError << ApiError::Kind::Tls;
        QTest::newRow("timeout") << QNetworkReply::TimeoutError << ApiError::Kind::Timeout;
        QTest::newRow("transfer timeout") << QNetworkReply::OperationCanceledError << ApiError::Kind::Timeout;
    }

    void networkErrors()
    {
        QFETCH(QNetworkReply::NetworkError, networkError);
        QFETCH(ApiError::Kind, kind);

        FakeNetworkAccessManager network;
        network.enqueue(FakeResponse::failure(networkError));
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(QUrl(u"https://auth.example.com/api/v1/users"_s))));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), networkError);

        const ApiError error = api::networkError(*reply, 30000);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, 0);
        QVERIFY(!error.message.isEmpty());
        if (kind == ApiError::Kind::Timeout)
            QVERIFY2(error.message.contains(u"30 second"_s), qPrintable(error.message));
        QVERIFY(!error.userMessage().isEmpty());
        QVERIFY(error.technicalSummary().isEmpty()); // no status, no code, no request id
    }

    // A POST whose body refused Qt's silent resend (SingleSendBody): its own code and one
    // complete message, without the "could not be reached … Check the address" wrapper.
    void lostAnswerHasItsOwnCode()
    {
        FakeNetworkAccessManager network;
        network.enqueue(FakeResponse::failure(QNetworkReply::ContentReSendError));
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(QUrl(u"https://auth.example.com/api/v1/teams"_s))));
        QTRY_VERIFY(reply->isFinished());

        const ApiError error = api::networkError(*reply, 30000);
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QCOMPARE(error.code, u"ANSWER_LOST"_s);
        const QString text = error.userMessage();
        QCOMPARE(text, error.message);
        QVERIFY2(text.contains(u"may or may not have been made"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"could not be reached"_s) && !text.contains(u"Check the address"_s), qPrintable(text));
        QVERIFY2(!text.contains(u".."_s), qPrintable(text));
        QCOMPARE(error.technicalSummary(), u"ANSWER_LOST"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestErrorResponse)
#include "tst_ErrorResponse.moc"
