#include "ApiRequest.h"

#include <QUrl>

namespace hexclave::api {

QByteArray methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get: return "GET";
    case HttpMethod::Post: return "POST";
    case HttpMethod::Patch: return "PATCH";
    case HttpMethod::Put: return "PUT";
    case HttpMethod::Delete: return "DELETE";
    }
    return "GET";
}

bool isIdempotent(HttpMethod method)
{
    return method == HttpMethod::Get || method == HttpMethod::Put || method == HttpMethod::Delete;
}

ApiRequest ApiRequest::make(HttpMethod method, const QString &path, const ProjectScope &scope,
                            const QUrlQuery &query, const QByteArray &body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.query = query;
    request.body = body;
    request.scope = scope;
    return request;
}

ApiRequest ApiRequest::get(const QString &path, const ProjectScope &scope, const QUrlQuery &query)
{
    return make(HttpMethod::Get, path, scope, query, {});
}

ApiRequest ApiRequest::post(const QString &path, const ProjectScope &scope, const QByteArray &body)
{
    return make(HttpMethod::Post, path, scope, {}, body);
}

ApiRequest ApiRequest::patch(const QString &path, const ProjectScope &scope, const QByteArray &body)
{
    return make(HttpMethod::Patch, path, scope, {}, body);
}

ApiRequest ApiRequest::put(const QString &path, const ProjectScope &scope, const QByteArray &body)
{
    return make(HttpMethod::Put, path, scope, {}, body);
}

ApiRequest ApiRequest::del(const QString &path, const ProjectScope &scope, const QUrlQuery &query)
{
    return make(HttpMethod::Delete, path, scope, query, {});
}

QString urlComponent(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString resourcePath(const QString &base, std::initializer_list<QString> ids)
{
    QString path = base;
    for (const QString &id : ids)
        path += u'/' + urlComponent(id);
    return path;
}

QUrlQuery encodedQuery(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery query;
    for (const auto &[key, value] : items)
        query.addQueryItem(key, urlComponent(value));
    return query;
}

} // namespace hexclave::api
