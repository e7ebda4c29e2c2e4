#pragma once

#include <QString>
#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <string>
#include <utility>

namespace hexclave::emulator {

enum class ConfigLevel { Project, Branch, Environment };
std::optional<ConfigLevel> configLevelFromId(const std::string &id); // "project", "branch", "environment"

// A project's configuration as the server keeps it (stack-shared config/format.ts, backend
// lib/config.tsx): the schema's defaults and three override levels, each stored as written —
// dotted keys and nested objects mixed, nulls kept — in the key order of the server's jsonb
// column (fixtures 36, 37), which is also the order rendering meets them in (fixture 35).
// - Writing (PATCH) replaces, for each key K of the patch, every stored key that is K or starts
//   with "K.", then stores K as given, null included. Objects are NOT merged: {"teams": {…}}
//   replaces all of `teams` in that level, {"teams.x": …} only `teams.x`.
// - Rendering combines project, branch and environment the same way, lays the result over the
//   defaults (there objects merge deeply, and a key into a record such as
//   "rbac.permissions.<id>…" creates the entry with its defaults), then resolves dotted keys
//   shallowest first: a dotted key replaces the value at its path, a null removes it (default
//   included), and a dotted key whose parent is missing or not an object is ignored.
class ProjectConfigStore
{
public:
    using Json = nlohmann::ordered_json;

    // A project as POST /internal/projects creates it: the defaults plus the environment
    // override the server writes then (team_admin and team_member with their default grants,
    // password sign-in, localhost allowed; everything optional off).
    ProjectConfigStore();
    // Just `defaults`, no overrides (tests of the merge rules).
    explicit ProjectConfigStore(Json defaults);

    // What an unset value means (the schema's defaults), in the rendered config's key order.
    // Records (rbac.permissions, auth.oauth.providers, …) carry their per-entry defaults
    // under the key "*"; a discarded value is a key without a default (rendering drops it).
    static const Json &schemaDefaults();
    static Json newProjectOverride();

    const Json &rendered() const; // cached until the next write
    const std::string &renderedText() const; // rendered() as compact JSON, cached the same way
    const Json &overrideAt(ConfigLevel level) const; // as GET /internal/config/override/{level} prints it
    void replace(ConfigLevel level, Json override); // PUT
    void patch(ConfigLevel level, const Json &dottedPatch); // PATCH
    // Where the branch level comes from (GET /internal/config/source): the `source` of the last
    // PUT of the branch level, {"type": "unlinked"} for a new project or after DELETE. PATCH keeps it.
    const Json &branchSource() const { return m_branchSource; }
    void setBranchSource(Json source) { m_branchSource = std::move(source); }
    // Different after every write, and unique across stores: indexes derived from the rendered
    // config (PermissionCatalog) compare it to know when to rebuild.
    quint64 revision() const { return m_revision; }

    // Reads of the rendered config by dotted path.
    const Json *valueAt(const std::string &dottedPath) const;
    bool boolAt(const std::string &dottedPath, bool fallback) const;

    // The server's check of an override before it stores one (getConfigOverrideErrors): the
    // text of its plain 400 answer, or nothing when `override` is acceptable at `level`.
    static std::optional<QString> overrideProblem(ConfigLevel level, const Json &override);
    // `override` with its keys ordered the way the server's jsonb column returns them (shorter
    // keys first, then bytewise), recursively.
    static Json inStorageOrder(const Json &override);

    // The steps of rendering (format.ts `override`, backend `applyDefaults`, format.ts
    // `normalize`), public for tests.
    static Json override(const Json &base, const Json &over);
    static Json withDefaults(const Json &defaults, const Json &config);
    static Json normalize(const Json &config);

private:
    void changed();

    Json m_defaults;
    std::array<Json, 3> m_overrides;
    Json m_branchSource = Json{{"type", "unlinked"}};
    quint64 m_revision = 0;
    mutable std::optional<Json> m_rendered;
    mutable std::optional<std::string> m_renderedText;
};

} // namespace hexclave::emulator
