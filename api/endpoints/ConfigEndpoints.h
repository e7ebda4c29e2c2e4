#pragma once

#include "core/Call.h"
#include "dto/ProjectConfig.h"

namespace hexclave::api::config {

// GET /internal/config: the rendered configuration (defaults and every level merged).
Call<ConfigTree> rendered(const ProjectScope &scope);
// GET /internal/config/override/{level}
Call<ConfigTree> override(const ProjectScope &scope, ConfigLevel level);
// PATCH /internal/config/override/{level} {config_override_string}: merges the dotted paths.
Call<NoContent> patchOverride(const ProjectScope &scope, ConfigLevel level, const ConfigPatch &patch);
// PUT /internal/config/override/{level} {config_string, source?}: replaces the level whole.
// The branch level needs a source (servers refuse it without); the others are sent without.
Call<NoContent> replaceOverride(const ProjectScope &scope, ConfigLevel level, const ConfigTree &config,
                                const std::optional<ConfigSource> &source = std::nullopt);
// GET /internal/config/source (admin): where the branch configuration comes from.
Call<ConfigSource> source(const ProjectScope &scope);

// The level a setting must be written at to take effect: `preferred`, unless a higher level's
// override already sets the path (then that one, since it would shadow the write).
ConfigLevel effectiveLevel(const QString &path, ConfigLevel preferred, const ConfigTree &branchOverride,
                           const ConfigTree &environmentOverride);

} // namespace hexclave::api::config
