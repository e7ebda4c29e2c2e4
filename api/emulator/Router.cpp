#include "Router.h"

#include "DataStore.h"
#include "HttpRequest.h"
#include "KnownErrors.h"
#include "RequestContext.h"

#include <QUrl>

#include <exception>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace hexclave::emulator {

namespace {

const QString kApiPrefix = u"/api/v1"_s;

QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

} // namespace

Router::Router(DataStore &store, TokenIssuer &tokens)
    : m_store(store)
    , m_authenticator(store, tokens)
{
}

void Router::add(const QByteArray &method, const QString &pattern, quint8 allowedAccess, Handler handler)
{
    m_routes.push_back({method, splitPath(pattern), allowedAccess, false, std::move(handler)});
}

void Router::addPage(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.push_back({method, splitPath(path), 0, true, std::move(handler)});
}

QString Router::apiPathOf(const QString &path)
{
    if (path == kApiPrefix)
        return u"/"_s;
    if (path.startsWith(kApiPrefix + u'/'))
        return path.mid(kApiPrefix.size());
    return path;
}

HttpResponse Router::notFound(const HttpRequest &request)
{
    return HttpResponse::text(404, u"404 \u2014 this page does not exist in Stack Auth's API.\n\nPlease see the API "
                                   "documentation at https://docs.stack-auth.com, or visit the Stack Auth dashboard at "
                                   "https://app.stack-auth.com.\n\nURL: "_s
                                       + request.fullUrl());
}

bool Router::match(const Route &route, const QStringList &segments, QHash<QString, QString> &params)
{
    if (route.segments.size() != segments.size())
        return false;
    params.clear();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (expected.startsWith(u'{') && expected.endsWith(u'}'))
            params.insert(expected.mid(1, expected.size() - 2), segments.at(i));
        else if (expected != segments.at(i))
            return false;
    }
    return true;
}

std::optional<HttpResponse> Router::parseBody(const HttpRequest &request, RequestContext &context)
{
    if (request.method == "GET")
        return std::nullopt;
    const QByteArray contentType = request.header("content-type").split(';').first().trimmed().toLower();
    if (contentType.isEmpty())
        return std::nullopt;
    if (contentType == "application/json") {
        auto parsed = nlohmann::ordered_json::parse(request.body.toStdString(), nullptr, false);
        if (parsed.is_discarded())
            return KnownErrors::bodyParsingError(u"Invalid JSON in request body"_s);
        context.body = std::make_unique<nlohmann::ordered_json>(std::move(parsed));
        return std::nullopt;
    }
    if (contentType == "application/x-www-form-urlencoded") {
        auto form = nlohmann::ordered_json::object();
        const QUrlQuery fields(QString::fromUtf8(request.body));
        for (const auto &[key, value] : fields.queryItems(QUrl::FullyDecoded))
            form[key.toStdString()] = value.toStdString();
        context.body = std::make_unique<nlohmann::ordered_json>(std::move(form));
        return std::nullopt;
    }
    if (contentType == "text/plain" || contentType == "application/octet-stream") {
        context.body = std::make_unique<nlohmann::ordered_json>(request.body.toStdString());
        return std::nullopt;
    }
    return KnownErrors::bodyParsingError(u"Unknown content type in request body: "_s + QString::fromLatin1(contentType));
}

HttpResponse Router::internalError(const QString &what)
{
    return HttpResponse::text(500, u"Internal Server Error. The error message follows, but will be stripped in production. "_s + what);
}

HttpResponse Router::handle(const HttpRequest &request)
{
    if (m_beforeEachRequest)
        m_beforeEachRequest();
    const auto lock = m_store.lock();
    HttpResponse response;
    try {
        response = dispatch(request);
    } catch (const std::exception &error) {
        response = internalError(QString::fromUtf8(error.what())); // invalid UTF-8 becomes U+FFFD
    } catch (...) {
        response = internalError(u"Unknown exception"_s);
    }
    if (request.hasStackHeader("override-error-status") && response.status >= 400 && response.status < 500) {
        const QByteArray actual = QByteArray::number(response.status);
        response.setHeader("X-Stack-Actual-Status", actual);
        response.setHeader("X-Hexclave-Actual-Status", actual);
        response.status = 200;
    }
    return response;
}

HttpResponse Router::dispatch(const HttpRequest &request)
{
    static const QList<QByteArray> knownMethods = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    if (!knownMethods.contains(request.method))
        return HttpResponse::text(405, u"Method not allowed"_s);

    const bool api = request.path == kApiPrefix || request.path.startsWith(kApiPrefix + u'/');
    // Segments are split before decoding, so an encoded '/' inside an id stays in its segment.
    QStringList segments;
    for (const QByteArray &part : request.rawPath.split('/')) {
        if (!part.isEmpty())
            segments << QUrl::fromPercentEncoding(part);
    }
    if (api)
        segments = segments.mid(splitPath(kApiPrefix).size());
    AuthContext auth;
    QHash<QString, QString> params;

    if (!api) {
        for (const Route &route : m_routes) {
            if (route.page && route.method == request.method && match(route, segments, params)) {
                RequestContext context(request, auth);
                context.params = params;
                if (auto error = parseBody(request, context))
                    return *error;
                return route.handler(context);
            }
        }
        return notFound(request);
    }

    auto authResult = m_authenticator.authenticate(request);
    if (auto *error = std::get_if<HttpResponse>(&authResult))
        return *error;
    auth = std::get<AuthContext>(authResult);

    for (const Route &route : m_routes) {
        if (route.page || route.method != request.method || !match(route, segments, params))
            continue;
        if (route.allowedAccess != 0) {
            if (!auth.present)
                return KnownErrors::accessTypeRequired();
            if (!(route.allowedAccess & quint8(auth.type))) {
                QStringList allowed;
                for (AccessType type : {AccessType::Client, AccessType::Server, AccessType::Admin}) {
                    if (route.allowedAccess & quint8(type))
                        allowed.append(AuthContext::name(type));
                }
                return KnownErrors::insufficientAccessType(AuthContext::name(auth.type), allowed);
            }
        }
        RequestContext context(request, auth);
        context.params = params;
        if (auto error = parseBody(request, context))
            return *error;
        return route.handler(context);
    }
    return notFound(request);
}

} // namespace hexclave::emulator
