#pragma once

#include "AuthContext.h"
#include "HttpResponse.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <optional>

namespace hexclave::emulator {

struct HttpRequest;

// One request on its way to a route handler.
struct RequestContext
{
    RequestContext(const HttpRequest &request, AuthContext &auth);
    ~RequestContext();
    Q_DISABLE_COPY_MOVE(RequestContext)

    const HttpRequest &request;
    AuthContext &auth;
    QHash<QString, QString> params;           // path parameters, e.g. {"user_id": "…"}
    std::unique_ptr<nlohmann::ordered_json> body; // null: no body
    std::unique_ptr<nlohmann::ordered_json> query; // the query string as an object of strings

    QString param(const QString &name) const { return params.value(name); }
    HttpResponse schemaError(const QStringList &problems) const;

    // The server's userIdOrMeSchema: "me" or a UUID ("<path> must be a valid UUID" otherwise).
    static bool isUserIdOrMe(const QString &text);
    // The id a valid "me"-or-UUID value names; "me" needs a signed-in user
    // (CANNOT_GET_OWN_USER_WITHOUT_USER).
    std::optional<HttpResponse> resolveUserId(const QString &meOrUuid, Uuid &userId) const;
    // With client access, routes may only touch the signed-in user (CANNOT_GET_OWN_USER_WITHOUT_USER
    // without one, else the route's plain `status` text); server and admin access pass.
    // A list's optional user_id filter ("me" or a UUID, validated before): `userId` is left empty
    // when none was given; client access may only list its own user's items (`clientRefusal`).
    std::optional<HttpResponse> resolveListedUser(const std::optional<QString> &meOrUuid, std::optional<Uuid> &userId,
                                                  const QString &clientRefusal) const;
    std::optional<HttpResponse> requireOwnUserForClient(const Uuid &userId, const QString &refusal, int status = 403) const;
    // The signed-in user's id (null when there is none).
    Uuid signedInUserId() const;
};

} // namespace hexclave::emulator
