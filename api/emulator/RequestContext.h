#pragma once

#include "AuthContext.h"
#include "HttpResponse.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <nlohmann/json_fwd.hpp>

#include <memory>

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
};

} // namespace hexclave::emulator
