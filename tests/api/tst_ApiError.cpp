// ApiError: what people read (userMessage) and what goes into a support ticket
// (technicalSummary), for every kind of failure.

#include "core/ApiError.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hexclave::api::ApiError)

namespace hexclave::tests {

namespace {

using api::ApiError;

ApiError make(ApiError::Kind kind, int status = 0, const QString &code = {}, const QString &message = {},
              const QString &requestId = {}, int retryAfter = -1)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = status;
    error.code = code;
    error.message = message;
    error.requestId = requestId;
    error.retryAfterSeconds = retryAfter;
    return error;
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userMessage_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QString>("expected"); // exact text, or empty with `contains`
        QTest::addColumn<QStringList>("contains");

        using Kind = ApiError::Kind;
        QTest::newRow("none") << make(Kind::None) << QString() << QStringList();
        QTest::newRow("network") << make(Kind::Network, 0, {}, u"Connection refused"_s) << QString()
                                 << QStringList{u"Connection refused"_s, u"Check the address and your network connection."_s};
        // Reached but unanswered: one complete message, not wrapped in "could not be reached".
        QTest::newRow("answer lost") << ApiError::answerLost()
                                     << u"The connection closed before the server answered, so the change may or may not "
                                        "have been made. Reload to check before you try again."_s
                                     << QStringList();
        QTest::newRow("timeout") << make(Kind::Timeout, 0, {}, u"The server did not answer within 30 seconds."_s)
                                 << u"The server did not answer within 30 seconds. Try again; if it keeps happening the "
                                    "server may be overloaded."_s
                                 << QStringList();
        QTest::newRow("tls") << make(Kind::Tls, 0, {}, u"SSL handshake failed"_s) << QString()
                             << QStringList{u"SSL handshake failed"_s, u"certificate"_s};
        QTest::newRow("http known error")
            << make(Kind::Http, 404, u"USER_NOT_FOUND"_s, u"User not found."_s, u"req-1"_s) << u"User not found."_s
            << QStringList();
        QTest::newRow("http wrong admin key")
            << make(Kind::Http, 401, u"INVALID_SUPER_SECRET_ADMIN_KEY"_s, u"The super secret admin key is not valid."_s)
            << u"The super secret admin key is not valid. Check that the key belongs to this project and has not been "
               "revoked."_s
            << QStringList();
        QTest::newRow("http revoked key") << make(Kind::Http, 401, u"API_KEY_REVOKED"_s, u"API key has been revoked."_s)
                                          << QString() << QStringList{u"API key has been revoked."_s, u"Create a new key"_s};
        QTest::newRow("http wrong password")
            << make(Kind::Http, 400, u"EMAIL_PASSWORD_MISMATCH"_s, u"Wrong e-mail or password."_s)
            << u"Wrong e-mail or password. Check the email address and password."_s << QStringList();
        QTest::newRow("http expired admin token")
            << make(Kind::Http, 401, u"ADMIN_ACCESS_TOKEN_EXPIRED"_s, u"Admin access token has expired."_s)
            << u"Admin access token has expired. Sign in again."_s << QStringList();
        QTest::newRow("http unknown project")
            << make(Kind::Http, 400, u"CURRENT_PROJECT_NOT_FOUND"_s, u"The current project was not found."_s)
            << u"The current project was not found. Check the project id."_s << QStringList();
        QTest::newRow("http plain text") << make(Kind::Http, 403, {}, u"Client can only list teams for their own user."_s)
                                         << u"Client can only list teams for their own user."_s << QStringList();
        QTest::newRow("http 429 with Retry-After")
            << make(Kind::Http, 429, {}, u"Too many requests"_s, {}, 12)
            << u"The server is limiting requests. Try again in 12 seconds."_s << QStringList();
        QTest::newRow("http 429 without Retry-After") << make(Kind::Http, 429, {}, u"Too many requests"_s)
                                                      << u"The server is limiting requests. Try again in a moment."_s
                                                      << QStringList();
        QTest::newRow("http 500 without text") << make(Kind::Http, 500)
                                               << u"The server had an internal error (HTTP 500)."_s << QStringList();
        QTest::newRow("http 418 without text") << make(Kind::Http, 418) << u"The request failed with HTTP 418."_s
                                               << QStringList();
        QTest::newRow("parse") << make(Kind::Parse, 200, {}, u"key 'id' not found"_s) << QString()
                               << QStringList{u"key 'id' not found"_s, u"does not understand"_s};
        QTest::newRow("session expired, no text") << make(Kind::SessionExpired)
                                                  << u"Your session has expired. Sign in again to continue."_s
                                                  << QStringList();
        QTest::newRow("session expired, server text")
            << make(Kind::SessionExpired, 401, u"REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED"_s, u"The session has expired."_s)
            << u"The session has expired. Sign in again to continue."_s << QStringList();
        QTest::newRow("keychain") << make(Kind::Keychain, 0, {}, u"No system keychain is available."_s)
                                  << u"No system keychain is available."_s << QStringList();
        QTest::newRow("cancelled") << make(Kind::Cancelled) << u"Cancelled."_s << QStringList();
    }

    void userMessage()
    {
        QFETCH(ApiError, error);
        QFETCH(QString, expected);
        QFETCH(QStringList, contains);

        const QString text = error.userMessage();
        if (contains.isEmpty()) {
            QCOMPARE(text, expected);
        } else {
            for (const QString &part : std::as_const(contains))
                QVERIFY2(text.contains(part), qPrintable(text));
        }
        QCOMPARE(error.isError(), error.kind != ApiError::Kind::None);
    }

    void technicalSummary_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QString>("expected");

        using Kind = ApiError::Kind;
        QTest::newRow("everything") << make(Kind::Http, 404, u"USER_NOT_FOUND"_s, u"User not found."_s, u"1234"_s)
                                    << u"HTTP 404 \u00b7 USER_NOT_FOUND \u00b7 request 1234"_s;
        QTest::newRow("status only") << make(Kind::Http, 500, {}, u"boom"_s) << u"HTTP 500"_s;
        QTest::newRow("status and request id") << make(Kind::Http, 403, {}, u"no"_s, u"abc"_s)
                                               << u"HTTP 403 \u00b7 request abc"_s;
        QTest::newRow("network") << make(Kind::Network, 0, {}, u"Connection refused"_s) << QString();
        QTest::newRow("parse of a 200") << make(Kind::Parse, 200, {}, u"bad"_s, u"r"_s) << u"HTTP 200 \u00b7 request r"_s;
        QTest::newRow("none") << make(Kind::None) << QString();
    }

    void technicalSummary()
    {
        QFETCH(ApiError, error);
        QFETCH(QString, expected);
        QCOMPARE(error.technicalSummary(), expected);
    }

    void factories()
    {
        const ApiError cancelled = ApiError::cancelled();
        QCOMPARE(cancelled.kind, ApiError::Kind::Cancelled);
        QVERIFY(cancelled.isError());
        QCOMPARE(cancelled.userMessage(), u"Cancelled."_s);

        const ApiError parse = ApiError::parse(u"missing id"_s);
        QCOMPARE(parse.kind, ApiError::Kind::Parse);
        QCOMPARE(parse.message, u"missing id"_s);

        const ApiError keychain = ApiError::keychain(u"locked"_s);
        QCOMPARE(keychain.kind, ApiError::Kind::Keychain);
        QCOMPARE(keychain.userMessage(), u"locked"_s);

        ApiError none;
        QVERIFY(!none.isError());
        QCOMPARE(none.retryAfterSeconds, -1);
        QVERIFY(none.userMessage().isEmpty());

        ApiError known = make(ApiError::Kind::Http, 404, u"USER_NOT_FOUND"_s);
        QVERIFY(known.is(u"USER_NOT_FOUND"));
        QVERIFY(!known.is(u"TEAM_NOT_FOUND"));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestApiError)
#include "tst_ApiError.moc"
