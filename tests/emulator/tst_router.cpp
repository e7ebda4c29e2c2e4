// Router: whatever a route handler throws becomes a 500 answer worded like a development build of
// the server (fixture 45), never an exception on the emulator's thread (which would terminate the
// application in --demo).
#include "emulator/DataStore.h"
#include "emulator/HttpRequest.h"
#include "emulator/RequestContext.h"
#include "emulator/Router.h"
#include "emulator/TokenIssuer.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;

namespace {

const QString kPrefix = u"Internal Server Error. The error message follows, but will be stripped in production. "_s;

HttpRequest get(const QByteArray &path, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    HttpRequest request;
    request.method = "GET";
    request.path = QString::fromLatin1(path);
    request.rawPath = path;
    request.host = "127.0.0.1:1";
    request.headers = std::move(headers);
    return request;
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private:
    DataStore m_store;
    TokenIssuer m_tokens{600};
    Router m_router{m_store, m_tokens};
    int m_hookCalls = 0;

private slots:
    void initTestCase()
    {
        m_router.add("GET", u"/ok"_s, 0, [](RequestContext &) { return HttpResponse::text(200, u"fine"_s); });
        m_router.add("GET", u"/std-exception"_s, 0, [](RequestContext &) -> HttpResponse {
            throw std::runtime_error("Something broke in a handler");
        });
        m_router.add("GET", u"/other-exception"_s, 0, [](RequestContext &) -> HttpResponse { throw 42; });
        // What the country_code bug did: a string that is not UTF-8 reaching nlohmann's dump().
        m_router.add("GET", u"/invalid-utf8"_s, 0, [](RequestContext &) {
            return HttpResponse::json(200, nlohmann::ordered_json{{"country_code", std::string("\xE6\x97")}});
        });
        m_router.addPage("GET", u"/page"_s, [](RequestContext &) -> HttpResponse { throw std::logic_error("page bug"); });
        m_router.setBeforeEachRequest([this] { ++m_hookCalls; });
    }

    void handlerExceptionBecomes500()
    {
        const HttpResponse response = m_router.handle(get("/api/v1/std-exception"));
        QCOMPARE(response.status, 500);
        QCOMPARE(response.contentType, QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(QString::fromUtf8(response.body), kPrefix + u"Something broke in a handler"_s);
        QVERIFY(response.header("x-stack-known-error").isEmpty());
    }

    void anyExceptionBecomes500()
    {
        const HttpResponse response = m_router.handle(get("/api/v1/other-exception"));
        QCOMPARE(response.status, 500);
        QCOMPARE(QString::fromUtf8(response.body), kPrefix + u"Unknown exception"_s);
        QCOMPARE(m_router.handle(get("/page")).status, 500); // pages outside the API too
    }

    void invalidUtf8InAnswerBecomes500()
    {
        const HttpResponse response = m_router.handle(get("/api/v1/invalid-utf8"));
        QCOMPARE(response.status, 500);
        const QString body = QString::fromUtf8(response.body);
        QVERIFY2(body.startsWith(kPrefix), qPrintable(body));
        QVERIFY2(body.contains(u"[json.exception.type_error.316]"_s), qPrintable(body)); // nlohmann's UTF-8 error
        QCOMPARE(response.body, QString::fromUtf8(response.body).toUtf8()); // the answer itself is valid UTF-8
    }

    void keepsWorkingAfterAnException()
    {
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_router.handle(get("/api/v1/std-exception")).status, 500);
            const HttpResponse ok = m_router.handle(get("/api/v1/ok")); // the store lock was released
            QCOMPARE(ok.status, 200);
            QCOMPARE(ok.body, QByteArray("fine"));
        }
        auto lock = m_store.lock(); // not left locked either
        QVERIFY(lock.owns_lock());
    }

    void overrideErrorStatusLeaves500Alone()
    {
        const HttpResponse response = m_router.handle(get("/api/v1/std-exception", {{"x-stack-override-error-status", "true"}}));
        QCOMPARE(response.status, 500);
        QVERIFY(response.header("x-stack-actual-status").isEmpty());
    }

    void hookRunsBeforeEveryRequest()
    {
        const int before = m_hookCalls;
        m_router.handle(get("/api/v1/ok"));
        m_router.handle(get("/api/v1/std-exception"));
        m_router.handle(get("/api/v1/no-such-route"));
        QCOMPARE(m_hookCalls, before + 3);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
