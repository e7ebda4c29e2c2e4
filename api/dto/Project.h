#pragma once

#include "JsonParse.h"
#include "Page.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

#include <optional>

namespace hexclave::api {

// A project as /internal/projects and /internal/projects/current answer it.
struct Project
{
    QString id;
    QString displayName;
    QString description;
    std::optional<QString> logoUrl;
    qint64 createdAtMillis = 0;
    bool isProductionMode = false;
    std::optional<QString> ownerTeamId;
    // Newer servers only (absent on older ones):
    std::optional<bool> isDevelopmentEnvironment;
    std::optional<QString> onboardingStatus;
};

void from_json(const nlohmann::ordered_json &j, Project &project);

// Body of POST /internal/projects.
struct NewProject
{
    QString displayName;
    QString ownerTeamId;
    std::optional<QString> description;
    std::optional<bool> isProductionMode;

    QByteArray toJson() const;
};

// Body of PATCH /internal/projects/current: only the fields that are set are sent.
struct ProjectUpdate
{
    std::optional<QString> displayName;
    std::optional<QString> description;
    std::optional<bool> isProductionMode;

    bool isEmpty() const { return !displayName && !description && !isProductionMode; }
    QByteArray toJson() const;
};

extern template Project parseJson<Project>(const QByteArray &);
extern template Page<Project> parseJson<Page<Project>>(const QByteArray &);

} // namespace hexclave::api
