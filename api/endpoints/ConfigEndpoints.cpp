#include "ConfigEndpoints.h"

namespace hexclave::api::config {

namespace {

QString overridePath(ConfigLevel level)
{
    return QStringLiteral("/internal/config/override/") + configLevelId(level);
}

} // namespace

Call<ConfigTree> rendered(const ProjectScope &scope)
{
    return {ApiRequest::get(QStringLiteral("/internal/config"), scope)};
}

Call<ConfigTree> override(const ProjectScope &scope, ConfigLevel level)
{
    return {ApiRequest::get(overridePath(level), scope)};
}

Call<NoContent> patchOverride(const ProjectScope &scope, ConfigLevel level, const ConfigPatch &patch)
{
    return {ApiRequest::patch(overridePath(level), scope, patch.toJson())};
}

Call<NoContent> replaceOverride(const ProjectScope &scope, ConfigLevel level, const ConfigTree &config,
                                const std::optional<ConfigSource> &source)
{
    return {ApiRequest::put(overridePath(level), scope, replaceOverrideBody(config, source))};
}

Call<ConfigSource> source(const ProjectScope &scope)
{
    return {ApiRequest::get(QStringLiteral("/internal/config/source"), scope)};
}

ConfigLevel effectiveLevel(const QString &path, ConfigLevel preferred, const ConfigTree &branchOverride,
                           const ConfigTree &environmentOverride)
{
    if (preferred != ConfigLevel::Environment && environmentOverride.touches(path))
        return ConfigLevel::Environment;
    if (preferred == ConfigLevel::Project && branchOverride.touches(path))
        return ConfigLevel::Branch;
    return preferred;
}

} // namespace hexclave::api::config
