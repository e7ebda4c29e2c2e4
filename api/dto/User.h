#pragma once

#include "JsonParse.h"
#include "Page.h"
#include "Team.h"

#include <nlohmann/json_fwd.hpp>

#include <QList>
#include <QString>

#include <optional>

namespace hexclave::api {

struct OAuthProviderLink
{
    QString id;        // provider, e.g. "github"
    QString accountId;
    std::optional<QString> email;
};

struct SignUpRiskScores
{
    int bot = 0;            // 0–100
    int freeTrialAbuse = 0; // 0–100
};

// Why a user is restricted, as the server explains it (restricted_reason.type).
enum class RestrictedReason { None, Anonymous, EmailNotVerified, RestrictedByAdministrator, Other };

// A user as /users answers it (admin-api.md "Users"). Nullable fields are optionals; JSON
// metadata is kept as compact JSON text ("null" when null).
struct User
{
    QString id;
    std::optional<QString> primaryEmail;
    bool primaryEmailVerified = false;
    bool primaryEmailAuthEnabled = false;
    std::optional<QString> displayName;
    std::optional<Team> selectedTeam;
    std::optional<QString> selectedTeamId;
    std::optional<QString> profileImageUrl;
    qint64 signedUpAtMillis = 0;
    std::optional<qint64> lastActiveAtMillis;
    bool hasPassword = false;
    bool otpAuthEnabled = false;
    bool passkeyAuthEnabled = false;
    bool authWithEmail = false;
    bool requiresTotpMfa = false;
    QString clientMetadata = QStringLiteral("null");
    QString clientReadOnlyMetadata = QStringLiteral("null");
    QString serverMetadata = QStringLiteral("null");
    bool isAnonymous = false;
    bool isRestricted = false;
    RestrictedReason restrictedReason = RestrictedReason::None;
    QString restrictedReasonType; // raw restricted_reason.type, empty when null
    bool restrictedByAdmin = false;
    std::optional<QString> restrictedByAdminReason;
    std::optional<QString> restrictedByAdminPrivateDetails;
    std::optional<QString> countryCode;
    std::optional<SignUpRiskScores> signUpRiskScores;
    QList<OAuthProviderLink> oauthProviders;

    // Display name, else primary email, else id: what a person calls this user.
    QString label() const;
};

void from_json(const nlohmann::ordered_json &j, User &user);

extern template User parseJson<User>(const QByteArray &);
extern template Page<User> parseJson<Page<User>>(const QByteArray &);

} // namespace hexclave::api
