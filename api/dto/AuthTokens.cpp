#include "AuthTokens.h"

#include "JsonSupport.h"

namespace hexclave::api {

void from_json(const nlohmann::ordered_json &j, SignInTokens &tokens)
{
    tokens.accessToken = json::requiredString(j, "access_token");
    tokens.refreshToken = json::requiredString(j, "refresh_token");
    tokens.userId = json::stringOrEmpty(j, "user_id");
}

void from_json(const nlohmann::ordered_json &j, RefreshedAccessToken &token)
{
    token.accessToken = json::requiredString(j, "access_token");
}

void from_json(const nlohmann::ordered_json &j, CliAuthSession &session)
{
    session.pollingCode = json::requiredString(j, "polling_code");
    session.loginCode = json::requiredString(j, "login_code");
    session.expiresAt = QDateTime::fromString(json::stringOrEmpty(j, "expires_at"), Qt::ISODateWithMs);
}

void from_json(const nlohmann::ordered_json &j, CliAuthPoll &poll)
{
    const QString status = json::requiredString(j, "status");
    if (status == u"waiting")
        poll.status = CliAuthPoll::Status::Waiting;
    else if (status == u"expired")
        poll.status = CliAuthPoll::Status::Expired;
    else if (status == u"used")
        poll.status = CliAuthPoll::Status::Used;
    else if (status == u"success")
        poll.status = CliAuthPoll::Status::Success;
    else
        poll.status = CliAuthPoll::Status::Unknown;
    poll.refreshToken = json::stringOrEmpty(j, "refresh_token");
    if (poll.status == CliAuthPoll::Status::Success && poll.refreshToken.isEmpty())
        throw std::runtime_error("CLI sign-in succeeded without a refresh_token");
}

std::optional<AccessTokenClaims> AccessTokenClaims::decode(const QString &accessToken)
{
    const QStringList parts = accessToken.split(u'.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &bytes = decoded.decoded;
    const auto payload = nlohmann::ordered_json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
    if (!payload.is_object())
        return std::nullopt;
    AccessTokenClaims claims;
    try {
        claims.userId = json::stringOrEmpty(payload, "sub");
        claims.email = json::optionalString(payload, "email");
        claims.name = json::optionalString(payload, "name");
        if (const auto expiry = payload.find("exp"); expiry != payload.end() && expiry->is_number())
            claims.expiresAtMillis = qint64(expiry->template get<double>() * 1000.0);
        if (const auto issued = payload.find("iat"); issued != payload.end() && issued->is_number())
            claims.issuedAtMillis = qint64(issued->template get<double>() * 1000.0);
    } catch (const std::exception &) {
        return std::nullopt;
    }
    return claims;
}

template SignInTokens parseJson<SignInTokens>(const QByteArray &);
template RefreshedAccessToken parseJson<RefreshedAccessToken>(const QByteArray &);
template CliAuthSession parseJson<CliAuthSession>(const QByteArray &);
template CliAuthPoll parseJson<CliAuthPoll>(const QByteArray &);

} // namespace hexclave::api
