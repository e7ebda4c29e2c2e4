#include "RequestContext.h"

#include "HttpRequest.h"
#include "KnownErrors.h"

#include <nlohmann/json.hpp>

namespace hexclave::emulator {

RequestContext::RequestContext(const HttpRequest &request_, AuthContext &auth_)
    : request(request_)
    , auth(auth_)
{
    // Like URLSearchParams on the server, '+' in a query string means a space.
    QUrlQuery urlQuery(QString::fromLatin1(QByteArray(request.rawQuery).replace('+', "%20")));
    query = std::make_unique<nlohmann::ordered_json>(nlohmann::ordered_json::object());
    for (const auto &[key, value] : urlQuery.queryItems(QUrl::FullyDecoded))
        (*query)[key.toStdString()] = value.toStdString();
}

RequestContext::~RequestContext() = default;

HttpResponse RequestContext::schemaError(const QStringList &problems) const
{
    return KnownErrors::schemaError(request.method, QString::fromLatin1(request.rawPath), problems);
}

} // namespace hexclave::emulator
