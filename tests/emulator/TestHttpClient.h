#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <optional>

// QCOMPARE cannot take nlohmann::json (its conversion operators confuse QTest's overloads).
#define COMPARE_JSON(actual, expected)                                                                     \
    do {                                                                                                   \
        const nlohmann::ordered_json actualJson_ = (actual);                                               \
        const nlohmann::ordered_json expectedJson_ = (expected);                                           \
        QVERIFY2(actualJson_ == expectedJson_,                                                             \
                 qPrintable(QString::fromStdString("\n   actual: " + actualJson_.dump() + "\n expected: "   \
                                                   + expectedJson_.dump())));                              \
    } while (false)

// Declares `variable` with the response body of a recorded answer; when the fixture cannot be
// read the test has already failed (see Fixtures) and this returns from the test function.
#define FIXTURE_BODY(variable, fixtureName)                                                         \
    nlohmann::ordered_json variable = hexclave::emulator::test::Fixtures::responseBody(fixtureName); \
    if (variable.is_discarded())                                                                   \
    return

namespace hexclave::emulator::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

inline Headers withHeader(Headers headers, const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return headers;
}

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;
    bool finished = false;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    nlohmann::ordered_json json() const; // discarded value when the body is not JSON
    QString text() const { return QString::fromUtf8(body); }
};

// A bare QNetworkAccessManager driven synchronously (a local event loop per request), the way
// the emulator's client would talk to it, without the client library.
class TestHttpClient
{
public:
    explicit TestHttpClient(QUrl apiRoot);

    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const Headers &headers = {},
                    const QByteArray &body = {}, int transferTimeoutMs = 0);
    HttpResult get(const QString &pathAndQuery, const Headers &headers = {}) { return send("GET", pathAndQuery, headers); }
    HttpResult postJson(const QString &path, const Headers &headers, const nlohmann::ordered_json &body);
    HttpResult patchJson(const QString &path, const Headers &headers, const nlohmann::ordered_json &body);
    // A URL outside /api/v1 (the dashboard's confirm page).
    HttpResult sendRaw(const QByteArray &method, const QUrl &url, const Headers &headers = {}, const QByteArray &body = {});

    QNetworkAccessManager &manager() { return m_manager; }
    QUrl apiRoot() const { return m_apiRoot; }

    static Headers client(const QString &projectId, const QString &publishableKey, const QString &accessToken = {});
    static Headers server(const QString &projectId, const QString &serverKey);
    static Headers admin(const QString &projectId, const QString &adminKey);
    static Headers adminToken(const QString &projectId, const QString &adminAccessToken);

private:
    HttpResult run(QNetworkReply *reply, const QElapsedTimer &timer);

    QUrl m_apiRoot;
    QNetworkAccessManager m_manager;
};

// The recorded real-server exchanges, read through the shared hexclave::tests::Fixture (from
// HEXCLAVE_FIXTURES_DIR, which hexclave_add_test sets). A fixture that cannot be read FAILS the
// current test (QTest::qFail) and yields a discarded value, so a comparison with it can neither
// pass nor be skipped when the fixtures are missing.
class Fixtures
{
public:
    static nlohmann::ordered_json load(const QString &name); // e.g. "01-users-list-page1"
    static nlohmann::ordered_json responseBody(const QString &name);
    static QString responseText(const QString &name); // a text/plain body; empty on failure

    // The keys (in order) and value kinds of `value`, recursively; arrays by their first element.
    // Two JSON values have the same shape when they have the same keys in the same order and,
    // where both are non-null, the same kind. Returns the first difference, or an empty string.
    static QString shapeDifference(const nlohmann::ordered_json &expected, const nlohmann::ordered_json &actual,
                                   const QString &path = QStringLiteral("$"));
};

} // namespace hexclave::emulator::test
