#include "ProjectConfigStore.h"

#include "EmailBuiltins.h"
#include "InputValidator.h"

#include <algorithm>
#include <atomic>
#include <regex>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace hexclave::emulator {

namespace {

using Json = ProjectConfigStore::Json;

constexpr char kRecordEntry[] = "*"; // per-entry defaults (schemaDefaults) or schema (kSchema) of a record
constexpr char kDefaultThemeId[] = "1df07ae6-abf3-4a40-83a5-a1a2cbe336ac";

std::vector<std::string> splitPath(const std::string &path)
{
    std::vector<std::string> segments;
    std::string::size_type start = 0;
    while (true) {
        const auto dot = path.find('.', start);
        segments.push_back(path.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos)
            return segments;
        start = dot + 1;
    }
}

std::size_t dotCount(const std::string &key)
{
    return std::size_t(std::count(key.begin(), key.end(), '.'));
}

quint64 nextRevision()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

// The defaults for `key` inside `defaults`: its own, or a record's per-entry ones.
const Json *defaultsOf(const Json &defaults, const std::string &key)
{
    if (!defaults.is_object())
        return nullptr;
    auto it = defaults.find(key);
    if (it == defaults.end())
        it = defaults.find(kRecordEntry);
    return it == defaults.end() ? nullptr : &*it;
}

// Defaults as values: records start empty.
Json withoutTemplates(const Json &defaults)
{
    if (!defaults.is_object())
        return defaults;
    Json result = Json::object();
    for (const auto &[key, value] : defaults.items()) {
        if (key != kRecordEntry)
            result[key] = withoutTemplates(value);
    }
    return result;
}

Json normalizeValue(const Json &value)
{
    if (value.is_object())
        return ProjectConfigStore::normalize(value);
    if (value.is_array()) {
        Json items = Json::array();
        for (const Json &item : value)
            items.push_back(normalizeValue(item));
        return items;
    }
    return value;
}

// What the emulator knows of the server's config schema (newest, HX schema.ts), for
// overrideProblem(): an object lists its keys ("*": any key of a record, or any other key of a
// section the emulator keeps open), "any" takes anything, and leaves name their type ("boolean",
// "string", or "enum:a,b"). A leaf or "any" prefixed with "env:" belongs to the environment
// schema only: the branch and project levels do not know it (domains, OAuth secrets, the e-mail
// server, payments.testMode).
const Json &configSchema()
{
    static const Json schema = [] {
        const Json permission = {{"description", "string"}, {"scope", "enum:team,project"}, {"containedPermissionIds", {{kRecordEntry, "boolean"}}}};
        const Json grantSet = {{kRecordEntry, "boolean"}};
        const Json signIn = {{"allowSignIn", "boolean"}};
        const Json provider = {
            {"type", "enum:google,github,microsoft,spotify,facebook,discord,gitlab,bitbucket,linkedin,apple,x,twitch"},
            {"allowSignIn", "boolean"},
            {"allowConnectedAccounts", "boolean"},
            {"isShared", "env:boolean"},
            {"clientId", "env:string"},
            {"clientSecret", "env:string"},
            {"customCallbackUrl", "env:string"},
            {"facebookConfigId", "env:string"},
            {"microsoftTenantId", "env:string"},
            {"appleTeamId", "env:string"},
            {"appleKeyId", "env:string"},
            {"applePrivateKey", "env:string"},
            {"appleBundles", "env:any"},
            {"issuerUrl", "env:string"},
            {"scope", "env:string"},
            {"displayName", "env:string"},
        };
        return Json{
            {"rbac", {{"permissions", {{kRecordEntry, permission}}},
                      {"defaultPermissions", {{"teamCreator", grantSet}, {"teamMember", grantSet}, {"signUp", grantSet}}}}},
            {"apiKeys", {{"enabled", {{"team", "boolean"}, {"user", "boolean"}}}}},
            {"apps", "any"},
            {"teams", {{"createPersonalTeamOnSignUp", "boolean"}, {"allowClientTeamCreation", "boolean"}}},
            {"users", {{"allowClientUserDeletion", "boolean"}}},
            {"onboarding", {{"requireEmailVerification", "boolean"}}},
            {"domains", {{"allowLocalhost", "env:boolean"}, {"trustedDomains", "env:any"}}},
            {"auth", {{"allowSignUp", "boolean"}, {"password", signIn}, {"otp", signIn}, {"passkey", signIn},
                      {"oauth", {{"accountMergeStrategy", "enum:link_method,raise_error,allow_duplicates"}, {"providers", {{kRecordEntry, provider}}}}},
                      {"signUpRules", "any"}, {"signUpRulesDefaultAction", "string"}}},
            {"emails", {{"selectedThemeId", "string"}, {"themes", "any"}, {"templates", "any"}, {"server", "env:any"}}},
            {"payments", {{"testMode", "env:boolean"}, {kRecordEntry, "any"}}},
            {"support", "any"},
            {"dbSync", "any"},
            {"dataVault", "any"},
            {"analytics", "env:any"},
            {"customDashboards", "env:any"},
            {"clerk-integration", "any"},
            {"better-auth-integration", "any"},
            {"workos-integration", "any"},
            {"sourceOfTruth", "any"},
            {"project", "any"},
        };
    }();
    return schema;
}

constexpr std::string_view kEnvironmentOnly = "env:";

bool environmentOnly(const Json &schema)
{
    return schema.is_string() && schema.get_ref<const std::string &>().starts_with(kEnvironmentOnly);
}

// `schema` as `level` sees it: nothing when only the environment knows it, else without the marker.
std::optional<std::string> leafAtLevel(const Json &schema, ConfigLevel level)
{
    const std::string &type = schema.get_ref<const std::string &>();
    if (!type.starts_with(kEnvironmentOnly))
        return type;
    if (level != ConfigLevel::Environment)
        return std::nullopt;
    return type.substr(kEnvironmentOnly.size());
}

// The part of the schema a level may set: the project level only the source of truth and the
// project-wide switches.
bool levelAllows(ConfigLevel level, const std::vector<std::string> &segments)
{
    const std::string &section = segments.front();
    if (level == ConfigLevel::Project)
        return section == "sourceOfTruth" || section == "project";
    return true;
}

struct SchemaLookup
{
    const Json *schema = nullptr; // null: not in `level`'s schema
    std::size_t failedSegment = 0; // then: the first segment the schema does not have
};

SchemaLookup schemaAt(const std::vector<std::string> &segments, ConfigLevel level)
{
    if (!levelAllows(level, segments))
        return {};
    const Json *node = &configSchema();
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (node->is_string()) {
            const auto type = leafAtLevel(*node, level);
            if (type && *type == "any")
                return {node, 0};
            return {nullptr, i};
        }
        const auto child = node->find(segments[i]);
        if (child != node->end())
            node = &*child;
        else if (const auto entry = node->find(kRecordEntry); entry != node->end())
            node = &*entry;
        else
            return {nullptr, i};
        if (environmentOnly(*node) && level != ConfigLevel::Environment)
            return {nullptr, i};
    }
    return {node, 0};
}

QString typeProblem(const QString &path, const char *type, const Json &value)
{
    return path + u" must be a `"_s + QLatin1String(type) + u"` type, but the final value was: `"_s
        + InputValidator::printValue(value) + u"`."_s;
}

// yup's strict validation of `value` against the restricted schema (every value nullable).
std::optional<QString> valueProblem(const QString &path, const Json &value, const Json &schema, ConfigLevel level)
{
    if (value.is_null())
        return std::nullopt;
    if (schema.is_string()) {
        const std::string type = leafAtLevel(schema, level).value_or(std::string());
        if (type == "any")
            return std::nullopt;
        if (type == "boolean")
            return value.is_boolean() ? std::nullopt : std::optional(typeProblem(path, "boolean", value));
        if (type == "string")
            return value.is_string() ? std::nullopt : std::optional(typeProblem(path, "string", value));
        const QStringList allowed = QString::fromStdString(type.substr(5)).split(u',');
        if (!value.is_string() || !allowed.contains(QString::fromStdString(value.get<std::string>())))
            return path + u" must be one of the following values: "_s + allowed.join(u", "_s);
        return std::nullopt;
    }
    if (!value.is_object())
        return typeProblem(path, "object", value);
    const auto entry = schema.find(kRecordEntry);
    QStringList unknown;
    for (const auto &[key, child] : value.items()) {
        const auto field = schema.find(key);
        const Json *childSchema = field != schema.end() ? &*field : entry != schema.end() ? &*entry : nullptr;
        if (childSchema && environmentOnly(*childSchema) && level != ConfigLevel::Environment)
            childSchema = nullptr;
        if (!childSchema) {
            unknown.append(QString::fromStdString(key));
            continue;
        }
        if (auto problem = valueProblem(path + u'.' + QString::fromStdString(key), child, *childSchema, level))
            return problem;
    }
    if (!unknown.isEmpty())
        return path + u" contains unknown properties: "_s + unknown.join(u", "_s);
    return std::nullopt;
}

// format.ts getInvalidConfigReason: every key (at any depth) must be a dotted path of names.
std::optional<QString> formatProblem(const Json &config, const QString &name)
{
    static const std::regex keyPattern(R"(^[a-zA-Z0-9_:$][a-zA-Z_:$0-9\-]*(?:\.[a-zA-Z0-9_:$][a-zA-Z_:$0-9\-]*)*$)");
    if (!config.is_object())
        return name + u" must be a non-null object"_s;
    for (const auto &[key, value] : config.items()) {
        if (!std::regex_match(key, keyPattern)) {
            return u"All keys of "_s + name
                + u" must consist of only alphanumeric characters, dots, underscores, dollar signs, or hyphens and start "
                  "with a character other than a hyphen (found: "_s
                + QString::fromStdString(key) + u')';
        }
        const QString entryName = name + u'.' + QString::fromStdString(key);
        if (value.is_object()) {
            if (auto problem = formatProblem(value, entryName))
                return problem;
        } else if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (value[i].is_object()) {
                    if (auto problem = formatProblem(value[i], entryName + u'[' + QString::number(i) + u']'))
                        return problem;
                }
            }
        }
    }
    return std::nullopt;
}

bool storageKeyLess(const std::string &a, const std::string &b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

// The built-in themes and templates (EmailBuiltins), as the rendered config lists them.
Json builtinEmailSources(std::span<const BuiltinEmailSource> sources)
{
    Json entries = Json::object();
    for (const BuiltinEmailSource &source : sources)
        entries[source.id] = Json{{"displayName", source.displayName}, {"tsxSource", source.tsxSource}};
    return entries;
}

Json installedApps()
{
    Json apps = Json::object();
    for (const char *app : {"authentication", "fraud-protection", "onboarding", "teams", "rbac", "api-keys", "payments",
                            "emails", "email-api", "data-vault", "webhooks", "tv-mode", "launch-checklist", "catalyst",
                            "neon", "convex", "vercel", "analytics"})
        apps[app] = Json{{"enabled", false}};
    return apps;
}


// Newest servers: dotted keys only at the top level of an override.
std::optional<QString> nestedDotProblem(const Json &value)
{
    if (value.is_array()) {
        for (const Json &item : value) {
            if (auto problem = nestedDotProblem(item))
                return problem;
        }
    }
    if (!value.is_object())
        return std::nullopt;
    for (const auto &[key, child] : value.items()) {
        if (key.find('.') != std::string::npos)
            return u"Key "_s + QString::fromStdString(key) + u" contains a dot, which is not allowed in config override."_s;
        if (auto problem = nestedDotProblem(child))
            return problem;
    }
    return std::nullopt;
}
} // namespace

std::optional<ConfigLevel> configLevelFromId(const std::string &id)
{
    if (id == "project")
        return ConfigLevel::Project;
    if (id == "branch")
        return ConfigLevel::Branch;
    if (id == "environment")
        return ConfigLevel::Environment;
    return std::nullopt;
}

const Json &ProjectConfigStore::schemaDefaults()
{
    static const Json defaults = [] {
        const Json signInOff = {{"allowSignIn", false}};
        // A default without a value that still takes its place in the key order (JavaScript's
        // `undefined`); rendering drops it.
        const Json unset(Json::value_t::discarded);
        Json d = Json::object();
        d["rbac"] = {{"permissions", {{kRecordEntry, {{"containedPermissionIds", Json::object()}, {"description", unset}, {"scope", unset}}}}},
                     {"defaultPermissions", {{"teamCreator", Json::object()}, {"teamMember", Json::object()}, {"signUp", Json::object()}}}};
        d["apiKeys"] = {{"enabled", {{"team", false}, {"user", false}}}};
        d["apps"] = {{"installed", installedApps()}};
        d["teams"] = {{"createPersonalTeamOnSignUp", false}, {"allowClientTeamCreation", false}};
        d["users"] = {{"allowClientUserDeletion", false}};
        d["onboarding"] = {{"requireEmailVerification", false}};
        d["domains"] = {{"allowLocalhost", false}, {"trustedDomains", {{kRecordEntry, {{"handlerPath", "/handler"}}}}}};
        d["auth"] = {{"allowSignUp", true},
                     {"password", signInOff},
                     {"otp", signInOff},
                     {"passkey", signInOff},
                     {"oauth",
                      {{"accountMergeStrategy", "link_method"},
                       {"providers", {{kRecordEntry, {{"type", unset}, {"isShared", true}, {"allowSignIn", false}, {"allowConnectedAccounts", false}}}}}}},
                     {"signUpRules", Json::object()},
                     {"signUpRulesDefaultAction", "allow"}};
        d["emails"] = {{"server", {{"isShared", true}, {"provider", "smtp"}}},
                       {"selectedThemeId", kDefaultThemeId},
                       {"themes", builtinEmailSources(EmailBuiltins::themes())},
                       {"templates", builtinEmailSources(EmailBuiltins::templates())}};
        // payments: the entries' defaults in the rendered order of fixture 35 (unset ones keep
        // their place); testMode's schema default is true.
        const Json product = {{"displayName", unset}, {"productLineId", unset}, {"customerType", "user"},
                              {"freeTrial", unset}, {"serverOnly", false}, {"stackable", unset}, {"isAddOnTo", false},
                              {"prices", {{kRecordEntry, {{"serverOnly", false}}}}},
                              {"includedItems", {{kRecordEntry, {{"quantity", 0}, {"repeat", "never"}, {"expires", "when-repeated"}}}}}};
        d["payments"] = {{"blockNewPurchases", false},
                         {"testMode", true},
                         {"productLines", {{kRecordEntry, {{"displayName", unset}, {"customerType", unset}}}}},
                         {"products", {{kRecordEntry, product}}},
                         {"items", {{kRecordEntry, {{"displayName", unset}, {"customerType", "user"}}}}}};
        d["dbSync"] = {{"externalDatabases", Json::object()}};
        d["dataVault"] = {{"stores", Json::object()}};
        d["analytics"] = {{"queryFolders", Json::object()}};
        d["customDashboards"] = Json::object();
        d["sourceOfTruth"] = {{"type", "hosted"}};
        d["project"] = {{"requirePublishableClientKey", false}};
        return d;
    }();
    return defaults;
}

Json ProjectConfigStore::newProjectOverride()
{
    // backend lib/projects.tsx, creating a project with the legacy settings' defaults
    // (fixture 47's new project) — written as dotted keys, as the server writes them.
    Json o = Json::object();
    o["auth.allowSignUp"] = true;
    o["auth.password.allowSignIn"] = true;
    o["auth.otp.allowSignIn"] = false;
    o["auth.passkey.allowSignIn"] = false;
    o["auth.oauth.accountMergeStrategy"] = "link_method";
    o["users.allowClientUserDeletion"] = false;
    o["teams.allowClientTeamCreation"] = false;
    o["teams.createPersonalTeamOnSignUp"] = false;
    o["domains.allowLocalhost"] = true;
    o["domains.trustedDomains"] = Json::object();
    o["apiKeys.enabled.user"] = false;
    o["apiKeys.enabled.team"] = false;
    o["emails.server"] = {{"isShared", true}, {"provider", "smtp"}};
    o["emails.selectedThemeId"] = kDefaultThemeId;
    o["rbac.defaultPermissions.teamMember"] = {{"team_member", true}};
    o["rbac.defaultPermissions.teamCreator"] = {{"team_admin", true}};
    o["rbac.defaultPermissions.signUp"] = Json::object();
    o["onboarding.requireEmailVerification"] = false;
    o["rbac.permissions.team_member"] = {{"description", "Default permission for team members"},
                                         {"scope", "team"},
                                         {"containedPermissionIds", {{"$read_members", true}, {"$invite_members", true}}}};
    o["rbac.permissions.team_admin"] = {{"description", "Default permission for team admins"},
                                        {"scope", "team"},
                                        {"containedPermissionIds",
                                         {{"$update_team", true}, {"$delete_team", true}, {"$read_members", true},
                                          {"$remove_members", true}, {"$invite_members", true}, {"$manage_api_keys", true}}}};
    o["payments.testMode"] = true; // fixture 37
    o["apps.installed.authentication.enabled"] = true;
    o["apps.installed.emails.enabled"] = true;
    return o;
}

ProjectConfigStore::ProjectConfigStore()
    : ProjectConfigStore(schemaDefaults())
{
    m_overrides[std::size_t(ConfigLevel::Environment)] = inStorageOrder(newProjectOverride());
}

ProjectConfigStore::ProjectConfigStore(Json defaults)
    : m_defaults(std::move(defaults))
    , m_overrides{Json::object(), Json::object(), Json::object()}
    , m_revision(nextRevision())
{
}

Json ProjectConfigStore::override(const Json &base, const Json &over)
{
    Json result = Json::object();
    for (const auto &[key, value] : base.items()) {
        const bool replaced = std::any_of(over.items().begin(), over.items().end(), [&](const auto &item) {
            const std::string &k = item.key();
            return key == k || (key.size() > k.size() && key.compare(0, k.size(), k) == 0 && key[k.size()] == '.');
        });
        if (!replaced)
            result[key] = value;
    }
    for (const auto &[key, value] : over.items())
        result[key] = value;
    return result;
}

Json ProjectConfigStore::withDefaults(const Json &defaults, const Json &config)
{
    Json result = withoutTemplates(defaults);
    for (const auto &[key, value] : config.items()) {
        // Walk the key's path through the defaults, creating the entries it passes (a record's
        // entry gets its defaults); where the defaults end, the key is kept as given.
        const Json *base = &defaults;
        Json *node = &result;
        bool literal = false;
        for (const std::string &part : splitPath(key)) {
            base = defaultsOf(*base, part);
            if (!base || !base->is_object() || !node->is_object()) {
                literal = true;
                break;
            }
            if (!node->contains(part))
                (*node)[part] = withoutTemplates(*base);
            node = &(*node)[part];
        }
        result[key] = !literal && value.is_object() ? withDefaults(*base, value) : value;
    }
    return result;
}

Json ProjectConfigStore::normalize(const Json &config)
{
    std::vector<std::string> keys;
    for (const auto &item : config.items())
        keys.push_back(item.key());
    std::stable_sort(keys.begin(), keys.end(), [](const std::string &a, const std::string &b) { return dotCount(a) < dotCount(b); });

    Json result = Json::object();
    for (const std::string &key : keys) {
        const std::vector<std::string> segments = splitPath(key);
        Json *current = &result;
        for (std::size_t i = 0; i + 1 < segments.size() && current; ++i) {
            const auto child = current->find(segments[i]);
            current = child != current->end() && child->is_object() ? &*child : nullptr; // else: ignored
        }
        const Json &value = config.at(key);
        if (!current || value.is_discarded()) // a key into nothing, or an unset default
            continue;
        if (value.is_null())
            current->erase(segments.back());
        else
            (*current)[segments.back()] = normalizeValue(value);
    }
    return result;
}

const Json &ProjectConfigStore::rendered() const
{
    if (!m_rendered) {
        Json combined = Json::object();
        for (const Json &level : m_overrides)
            combined = override(combined, level);
        m_rendered = normalize(withDefaults(m_defaults, combined));
    }
    return *m_rendered;
}

const std::string &ProjectConfigStore::renderedText() const
{
    if (!m_renderedText)
        m_renderedText = rendered().dump();
    return *m_renderedText;
}

const Json &ProjectConfigStore::overrideAt(ConfigLevel level) const
{
    return m_overrides[std::size_t(level)];
}

void ProjectConfigStore::replace(ConfigLevel level, Json override)
{
    m_overrides[std::size_t(level)] = inStorageOrder(override);
    changed();
}

void ProjectConfigStore::patch(ConfigLevel level, const Json &dottedPatch)
{
    Json &stored = m_overrides[std::size_t(level)];
    stored = inStorageOrder(override(stored, dottedPatch));
    changed();
}

void ProjectConfigStore::changed()
{
    m_rendered.reset();
    m_renderedText.reset();
    m_revision = nextRevision();
}

const Json *ProjectConfigStore::valueAt(const std::string &dottedPath) const
{
    const Json *node = &rendered();
    for (const std::string &segment : splitPath(dottedPath)) {
        if (!node->is_object())
            return nullptr;
        const auto child = node->find(segment);
        if (child == node->end())
            return nullptr;
        node = &*child;
    }
    return node;
}

bool ProjectConfigStore::boolAt(const std::string &dottedPath, bool fallback) const
{
    const Json *value = valueAt(dottedPath);
    return value && value->is_boolean() ? value->get<bool>() : fallback;
}

std::optional<QString> ProjectConfigStore::overrideProblem(ConfigLevel level, const Json &override)
{
    if (!override.is_object())
        return u"Config override must be a non-null object."_s;
    for (const auto &item : override.items()) {
        if (auto problem = nestedDotProblem(item.value()))
            return problem;
    }
    if (auto problem = formatProblem(override, u"override"_s))
        return u"Invalid config format: "_s + *problem;
    for (const auto &[key, value] : override.items()) {
        const std::vector<std::string> segments = splitPath(key);
        const SchemaLookup found = schemaAt(segments, level);
        if (!found.schema) {
            std::string prefix;
            for (std::size_t i = 0; i <= found.failedSegment && i < segments.size(); ++i)
                prefix += (i ? "." : "") + segments[i];
            // The newest server's wording (HX schema.ts); older ones said `… is not valid for the schema.`
            return u"The key \""_s + QString::fromStdString(key) + u"\" is not valid (nested object not found in schema: \""_s
                + QString::fromStdString(prefix) + u"\")."_s;
        }
        if (auto problem = valueProblem(QString::fromStdString(key), value, *found.schema, level))
            return problem;
    }
    return std::nullopt;
}

Json ProjectConfigStore::inStorageOrder(const Json &override)
{
    if (override.is_array()) {
        Json items = Json::array();
        for (const Json &item : override)
            items.push_back(inStorageOrder(item));
        return items;
    }
    if (!override.is_object())
        return override;
    std::vector<std::string> keys;
    for (const auto &item : override.items())
        keys.push_back(item.key());
    std::sort(keys.begin(), keys.end(), storageKeyLess);
    Json result = Json::object();
    for (const std::string &key : keys)
        result[key] = inStorageOrder(override.at(key));
    return result;
}

} // namespace hexclave::emulator
