#include "RequestContext.h"

#include "HttpRequest.h"
#include "KnownErrors.h"
#include "ProjectRecord.h"

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

bool RequestContext::isUserIdOrMe(const QString &text)
{
    return text == QStringLiteral("me") || Uuid::parse(text).has_value();
}

Uuid RequestContext::signedInUserId() const
{
    if (!auth.user || !auth.project)
        return {};
    return auth.project->users.at(*auth.user).id;
}

std::optional<HttpResponse> RequestContext::resolveUserId(const QString &meOrUuid, Uuid &userId) const
{
    if (meOrUuid == QStringLiteral("me")) {
        if (!auth.user)
            return KnownErrors::cannotGetOwnUserWithoutUser();
        userId = signedInUserId();
        return std::nullopt;
    }
    userId = Uuid::parse(meOrUuid).value_or(Uuid());
    return std::nullopt;
}

std::optional<HttpResponse> RequestContext::resolveListedUser(const std::optional<QString> &meOrUuid,
                                                              std::optional<Uuid> &userId,
                                                              const QString &clientRefusal) const
{
    userId.reset();
    if (meOrUuid) {
        userId.emplace();
        if (auto refusal = resolveUserId(*meOrUuid, *userId))
            return refusal;
    }
    return requireOwnUserForClient(userId.value_or(Uuid()), clientRefusal);
}

std::optional<HttpResponse> RequestContext::requireOwnUserForClient(const Uuid &userId, const QString &refusal, int status) const
{
    if (auth.type != AccessType::Client)
        return std::nullopt;
    if (!auth.user)
        return KnownErrors::cannotGetOwnUserWithoutUser();
    if (signedInUserId() != userId)
        return HttpResponse::text(status, refusal);
    return std::nullopt;
}

} // namespace hexclave::emulator
