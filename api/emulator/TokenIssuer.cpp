#include "TokenIssuer.h"

#include "Clock.h"
#include "ProjectRecord.h"

#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>

using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

ordered_json nullable(const std::string &text)
{
    return text.empty() ? ordered_json(nullptr) : ordered_json(text);
}

} // namespace

TokenIssuer::TokenIssuer(int lifetimeSeconds)
    : m_lifetimeSeconds(std::max(1, lifetimeSeconds))
{
    m_secret.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_secret.data()), 8);
}

QByteArray TokenIssuer::sign(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

std::string TokenIssuer::issue(const ProjectRecord &project, const UserRecord &user, const Uuid &refreshTokenId)
{
    const qint64 issuedAt = Clock::nowMillis() / 1000;
    const qint64 serial = ++m_issued;
    const RestrictedReason reason = user.restrictedReason(project.requireEmailVerification);
    const std::string audienceSuffix = reason == RestrictedReason::Anonymous ? ":anon"
        : reason != RestrictedReason::None                                  ? ":restricted"
                                                                             : "";
    const std::string issuerKind = reason == RestrictedReason::Anonymous ? "projects-anonymous-users"
        : reason != RestrictedReason::None                                ? "projects-restricted-users"
                                                                           : "projects";

    ordered_json payload = ordered_json::object();
    payload["sub"] = user.id.toString();
    payload["project_id"] = project.id;
    payload["branch_id"] = "main";
    payload["refresh_token_id"] = refreshTokenId.toString();
    payload["role"] = "authenticated";
    payload["name"] = nullable(user.displayName);
    payload["email"] = nullable(user.primaryEmail);
    payload["email_verified"] = bool(user.emailVerified);
    payload["selected_team_id"] = user.selectedTeam >= 0 && std::size_t(user.selectedTeam) < project.teams.size()
        ? ordered_json(project.teams[std::size_t(user.selectedTeam)].id.toString())
        : ordered_json(nullptr);
    payload["is_anonymous"] = bool(user.anonymous);
    payload["is_restricted"] = reason != RestrictedReason::None;
    payload["requires_totp_mfa"] = bool(user.requiresTotpMfa);
    payload["iss"] = m_apiRoot.toStdString() + "/" + issuerKind + "/" + project.id;
    payload["iat"] = issuedAt;
    payload["aud"] = project.id + audienceSuffix;
    payload["exp"] = issuedAt + m_lifetimeSeconds;
    payload["jti"] = std::to_string(serial); // lets expireAll() tell old tokens from new ones

    const QByteArray header = QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(kBase64Url);
    const QByteArray body = QByteArray::fromStdString(payload.dump()).toBase64(kBase64Url);
    const QByteArray signingInput = header + '.' + body;
    const QByteArray token = signingInput + '.' + sign(signingInput);
    return token.toStdString();
}

TokenVerdict TokenIssuer::verify(std::string_view token) const
{
    TokenVerdict verdict;
    const QByteArray text = QByteArray(token.data(), qsizetype(token.size()));
    const QList<QByteArray> parts = text.split('.');
    if (parts.size() != 3)
        return verdict;
    if (sign(parts[0] + '.' + parts[1]) != parts[2])
        return verdict;
    const auto decoded = QByteArray::fromBase64Encoding(parts[1], kBase64Url);
    if (!decoded)
        return verdict;
    const ordered_json payload = ordered_json::parse(decoded.decoded.toStdString(), nullptr, false);
    if (!payload.is_object() || !payload.contains("aud") || !payload.contains("sub") || !payload.contains("exp")
        || !payload.contains("iat"))
        return verdict;
    const auto userId = Uuid::parse(payload.value("sub", std::string()));
    if (!userId)
        return verdict;

    std::string audience = payload.value("aud", std::string());
    verdict.claims.projectId = audience.substr(0, audience.find(':'));
    verdict.claims.userId = *userId;
    verdict.claims.refreshTokenId = Uuid::parse(payload.value("refresh_token_id", std::string()));
    verdict.claims.expiresAtSeconds = payload.value("exp", qint64(0));
    const qint64 serial = std::atoll(payload.value("jti", std::string("0")).c_str());

    if (verdict.claims.expiresAtSeconds * 1000 <= Clock::nowMillis()) {
        verdict.status = TokenVerdict::Status::Expired;
        verdict.expiredAtMillis = verdict.claims.expiresAtSeconds * 1000;
    } else if (serial <= m_expiredUpToSerial) {
        verdict.status = TokenVerdict::Status::Expired;
        verdict.expiredAtMillis = m_expiredAtMillis;
    } else {
        verdict.status = TokenVerdict::Status::Valid;
    }
    return verdict;
}

void TokenIssuer::expireAll()
{
    m_expiredAtMillis = Clock::nowMillis();
    m_expiredUpToSerial = m_issued;
}

} // namespace hexclave::emulator
