#pragma once

#include <initializer_list>
#include <utility>

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace hexclave::api {

enum class HttpMethod { Get, Post, Patch, Put, Delete };

QByteArray methodName(HttpMethod method);
bool isIdempotent(HttpMethod method);

// Which project a request is addressed to. Requests to the dashboard's own project
// ("internal") use client access with the signed-in user's token; everything else uses the
// connection's project credential.
struct ProjectScope
{
    static inline const QString internalProjectId = QStringLiteral("internal");

    QString projectId;

    bool isInternal() const { return projectId == internalProjectId; }
    static ProjectScope internal() { return {internalProjectId}; }
    static ProjectScope project(const QString &id) { return {id}; }
};

// One call to the REST API, relative to the connection's API root (".../api/v1").
struct ApiRequest
{
    HttpMethod method = HttpMethod::Get;
    QString path;              // e.g. "/users/abc"; path segments already percent-encoded
    QUrlQuery query;
    QByteArray body;           // JSON; empty for GET and DELETE
    ProjectScope scope;
    // Which of the signed-in user's tokens go with the request (dashboard accounts only; key
    // credentials always send their key). Only AccessToken requests are replayed after a refresh.
    enum class Tokens { AccessToken, RefreshToken, None };
    Tokens tokens = Tokens::AccessToken;
    // Set by a request builder that could not make a valid body (e.g. metadata that is not
    // JSON): the call then fails with this message instead of being sent.
    QString invalidBody;
    // May be sent again after a dropped connection, a 5xx or a 429: idempotent methods, and
    // requests marked so because repeating them is harmless (a token refresh).
    bool repeatable = false;
    // Refused because the session or key is gone, the request waits for a new sign-in (see
    // ApiClient::resumeAfterSignIn). False for the calls that check a new credential.
    bool waitsForSignIn = true;
    bool safeToRetry() const { return repeatable || isIdempotent(method); }

    static ApiRequest make(HttpMethod method, const QString &path, const ProjectScope &scope, const QUrlQuery &query,
                           const QByteArray &body);
    static ApiRequest get(const QString &path, const ProjectScope &scope, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, const ProjectScope &scope, const QByteArray &body = "{}");
    static ApiRequest patch(const QString &path, const ProjectScope &scope, const QByteArray &body);
    static ApiRequest put(const QString &path, const ProjectScope &scope, const QByteArray &body);
    static ApiRequest del(const QString &path, const ProjectScope &scope, const QUrlQuery &query = {});
};

// Percent-encodes one path segment or query value: everything but unreserved characters, so
// that '/', '+', '&' and '=' in ids or search text arrive as they were typed.
QString urlComponent(const QString &value);

// `base` followed by each id as its own encoded segment: resourcePath("/users", {id}) → "/users/<id>".
QString resourcePath(const QString &base, std::initializer_list<QString> ids);
// A query of one or more key/value pairs, values encoded with urlComponent().
QUrlQuery encodedQuery(std::initializer_list<std::pair<QString, QString>> items);

} // namespace hexclave::api
