#pragma once

#include "JsonParse.h"
#include "Page.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

namespace hexclave::api {

// GET /team-invitations?team_id= item: a pending invitation (accepted ones disappear).
struct TeamInvitation
{
    QString id;
    QString teamId;
    QString teamDisplayName;
    QString recipientEmail;
    qint64 expiresAtMillis = 0;
};

void from_json(const nlohmann::ordered_json &j, TeamInvitation &invitation);

extern template Page<TeamInvitation> parseJson<Page<TeamInvitation>>(const QByteArray &);

} // namespace hexclave::api
