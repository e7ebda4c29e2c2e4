#include "TestHttpClient.h"

#include "Fixtures.h"

#include <QEventLoop>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator::test {

ordered_json HttpResult::json() const
{
    return ordered_json::parse(body.toStdString(), nullptr, false);
}

TestHttpClient::TestHttpClient(QUrl apiRoot)
    : m_apiRoot(std::move(apiRoot))
{
}

HttpResult TestHttpClient::run(QNetworkReply *reply, const QElapsedTimer &timer)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(30000);
    if (!reply->isFinished())
        loop.exec();

    HttpResult result;
    result.finished = reply->isFinished();
    if (!result.finished)
        reply->abort();
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->isOpen() ? reply->readAll() : QByteArray();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

HttpResult TestHttpClient::send(const QByteArray &method, const QString &pathAndQuery, const Headers &headers,
                                const QByteArray &body, int transferTimeoutMs)
{
    QUrl url(m_apiRoot.toString() + pathAndQuery);
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = body.isNull() && method != "POST" && method != "PATCH"
        ? m_manager.sendCustomRequest(request, method)
        : m_manager.sendCustomRequest(request, method, body);
    return run(reply, timer);
}

HttpResult TestHttpClient::postJson(const QString &path, const Headers &headers, const ordered_json &body)
{
    Headers all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send("POST", path, all, QByteArray::fromStdString(body.dump()));
}

HttpResult TestHttpClient::patchJson(const QString &path, const Headers &headers, const ordered_json &body)
{
    Headers all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send("PATCH", path, all, QByteArray::fromStdString(body.dump()));
}

HttpResult TestHttpClient::sendRaw(const QByteArray &method, const QUrl &url, const Headers &headers, const QByteArray &body)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer timer;
    timer.start();
    return run(m_manager.sendCustomRequest(request, method, body), timer);
}

Headers TestHttpClient::client(const QString &projectId, const QString &publishableKey, const QString &accessToken)
{
    Headers headers{{"X-Stack-Access-Type", "client"},
                    {"X-Stack-Project-Id", projectId.toUtf8()},
                    {"X-Stack-Publishable-Client-Key", publishableKey.toUtf8()}};
    if (!accessToken.isEmpty())
        headers.append({"X-Stack-Access-Token", accessToken.toUtf8()});
    return headers;
}

Headers TestHttpClient::server(const QString &projectId, const QString &serverKey)
{
    return {{"X-Stack-Access-Type", "server"},
            {"X-Stack-Project-Id", projectId.toUtf8()},
            {"X-Stack-Secret-Server-Key", serverKey.toUtf8()}};
}

Headers TestHttpClient::admin(const QString &projectId, const QString &adminKey)
{
    return {{"X-Stack-Access-Type", "admin"},
            {"X-Stack-Project-Id", projectId.toUtf8()},
            {"X-Stack-Super-Secret-Admin-Key", adminKey.toUtf8()}};
}

Headers TestHttpClient::adminToken(const QString &projectId, const QString &adminAccessToken)
{
    return {{"X-Stack-Access-Type", "admin"},
            {"X-Stack-Project-Id", projectId.toUtf8()},
            {"X-Stack-Admin-Access-Token", adminAccessToken.toUtf8()}};
}

ordered_json Fixtures::load(const QString &name)
{
    const QByteArray text = hexclave::tests::Fixture::rawJson(name);
    ordered_json root = ordered_json::parse(text.cbegin(), text.cend(), nullptr, false);
    if (!root.is_object() || !root.contains("response")) {
        const QString message = u"fixture %1 not found or not readable in %2 (set HEXCLAVE_FIXTURES_DIR)"_s.arg(
            name, hexclave::tests::Fixture::directory());
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
        return ordered_json(ordered_json::value_t::discarded);
    }
    return root;
}

ordered_json Fixtures::responseBody(const QString &name)
{
    const ordered_json root = load(name);
    if (root.is_discarded())
        return root;
    const auto &response = root.at("response");
    return response.contains("body") ? response.at("body") : ordered_json();
}

QString Fixtures::responseText(const QString &name)
{
    const ordered_json body = responseBody(name);
    if (body.is_discarded())
        return {};
    if (!body.is_string()) {
        QTest::qFail(qPrintable(u"fixture %1 has no text body"_s.arg(name)), __FILE__, __LINE__);
        return {};
    }
    return QString::fromStdString(body.get<std::string>());
}

QString Fixtures::shapeDifference(const ordered_json &expected, const ordered_json &actual, const QString &path)
{
    if (expected.is_null() || actual.is_null())
        return {};
    if (expected.is_number() && actual.is_number())
        return {};
    if (expected.type() != actual.type())
        return path + u": expected "_s + QString::fromLatin1(expected.type_name()) + u", got "_s
            + QString::fromLatin1(actual.type_name());
    if (expected.is_object()) {
        QStringList expectedKeys, actualKeys;
        for (const auto &item : expected.items())
            expectedKeys.append(QString::fromStdString(item.key()));
        for (const auto &item : actual.items())
            actualKeys.append(QString::fromStdString(item.key()));
        if (expectedKeys != actualKeys)
            return path + u": keys differ\n  expected: "_s + expectedKeys.join(u", "_s) + u"\n  actual:   "_s
                + actualKeys.join(u", "_s);
        for (const auto &item : expected.items()) {
            const QString difference = shapeDifference(item.value(), actual.at(item.key()),
                                                       path + u'.' + QString::fromStdString(item.key()));
            if (!difference.isEmpty())
                return difference;
        }
    }
    if (expected.is_array() && !expected.empty() && !actual.empty())
        return shapeDifference(expected.front(), actual.front(), path + u"[0]"_s);
    return {};
}

} // namespace hexclave::emulator::test
