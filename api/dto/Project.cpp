#include "Project.h"

#include "PageJson.h"

namespace hexclave::api {

void from_json(const nlohmann::ordered_json &j, Project &project)
{
    project.id = json::requiredString(j, "id");
    project.displayName = json::stringOrEmpty(j, "display_name");
    project.description = json::stringOrEmpty(j, "description");
    project.logoUrl = json::optionalString(j, "logo_url");
    project.createdAtMillis = json::optionalMillis(j, "created_at_millis").value_or(0);
    project.isProductionMode = json::boolOr(j, "is_production_mode");
    project.ownerTeamId = json::optionalString(j, "owner_team_id");
    if (const auto it = j.find("is_development_environment"); it != j.end() && it->is_boolean())
        project.isDevelopmentEnvironment = it->get<bool>();
    project.onboardingStatus = json::optionalString(j, "onboarding_status");
}

QByteArray ProjectUpdate::toJson() const
{
    nlohmann::ordered_json body = nlohmann::ordered_json::object();
    if (displayName)
        body["display_name"] = json::toStd(*displayName);
    if (description)
        body["description"] = json::toStd(*description);
    if (isProductionMode)
        body["is_production_mode"] = *isProductionMode;
    return json::compact(body);
}

QByteArray NewProject::toJson() const
{
    nlohmann::ordered_json body{{"display_name", json::toStd(displayName)}, {"owner_team_id", json::toStd(ownerTeamId)}};
    if (description)
        body["description"] = json::toStd(*description);
    if (isProductionMode)
        body["is_production_mode"] = *isProductionMode;
    return json::compact(body);
}

template Project parseJson<Project>(const QByteArray &);
template Page<Project> parseJson<Page<Project>>(const QByteArray &);

} // namespace hexclave::api
