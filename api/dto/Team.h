#pragma once

#include "JsonParse.h"
#include "Page.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

#include <optional>

namespace hexclave::api {

struct Team
{
    QString id;
    QString displayName;
    std::optional<QString> profileImageUrl;
    qint64 createdAtMillis = 0;
    QString clientMetadata = QStringLiteral("null");         // JSON text
    QString clientReadOnlyMetadata = QStringLiteral("null"); // JSON text
    QString serverMetadata = QStringLiteral("null");         // JSON text
};

void from_json(const nlohmann::ordered_json &j, Team &team);

extern template Team parseJson<Team>(const QByteArray &);
extern template Page<Team> parseJson<Page<Team>>(const QByteArray &);

} // namespace hexclave::api
