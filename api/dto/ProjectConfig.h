#pragma once

#include "JsonParse.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace hexclave::api {

// The levels a project's configuration is written at; the rendered config merges them in this
// order (later wins) over the server's defaults.
enum class ConfigLevel { Project, Branch, Environment };
QString configLevelId(ConfigLevel level); // "project", "branch", "environment"

// `text` as a JSON string literal, quotes and escapes included: "a\"b" for a"b.
QString jsonStringLiteral(const QString &text);
// Whether two JSON texts hold the same value (object member order and 1 vs 1.0 do not matter).
// Two empty texts (absent values) are the same; malformed text is never the same as anything.
bool sameJsonText(const QString &a, const QString &b);

// What a path of a ConfigTree holds.
enum class ConfigValueKind { Missing, Null, Bool, Number, String, Array, Object };

// A project configuration (rendered, or one override level) read from its {config_string}.
// Paths are dotted ("rbac.defaultPermissions.teamMember"); an override may store a value under
// a dotted key or nested, and both are read the same way. Copies share the parsed document.
class ConfigTree
{
public:
    ConfigTree();
    static ConfigTree fromJsonText(const QString &jsonText); // throws on malformed JSON

    bool isEmpty() const;
    // An empty path means the whole tree (for kindAt, keysAt, jsonAt).
    bool contains(const QString &path) const;
    ConfigValueKind kindAt(const QString &path) const;
    std::optional<bool> boolAt(const QString &path) const;
    std::optional<QString> stringAt(const QString &path) const;
    // The keys of the object at `path` (in document order); empty when absent or not an object.
    QStringList keysAt(const QString &path) const;
    // The keys whose value is `true` in an `{id: true}` map (the config's way to write a set).
    QStringList enabledKeysAt(const QString &path) const;
    // Whether this override sets `path`, something inside it, or one of its parents — i.e.
    // whether writing `path` at a lower level would be shadowed by this one.
    bool touches(const QString &path) const;
    // The value at `path` as JSON text (dotted keys expanded); empty when absent.
    QString jsonAt(const QString &path, bool pretty = false) const;
    QString toJsonText(bool pretty = false) const;

    // Copies with one change, for editing (the tree itself never changes; copies are cheap
    // until changed). Each returns a nested tree (dotted keys expanded, as nestedTree()).
    // withValue sets `path` to the JSON value `jsonText` (throws on malformed JSON), replacing
    // whatever was there and creating missing parents (a parent that is not an object becomes
    // one); without removes `path` (and leaves empty parents in place).
    ConfigTree withValue(const QString &path, const QString &jsonText) const;
    ConfigTree without(const QString &path) const;
    // What the server's override() makes of this tree when `patch` (dotted keys, as a PATCH
    // body) is applied: each patch key replaces the value at its path; null is stored as null.
    ConfigTree overriddenBy(const ConfigTree &patch) const;
    // The tree with every dotted key expanded into nested objects (later keys win).
    ConfigTree nestedTree() const;
    // The same as nestedTree() with null values removed: the shape a config file holds.
    ConfigTree normalized() const;
    // Dotted paths of every leaf of nestedTree() in document order: values that are not
    // objects, and empty objects.
    QStringList leafPaths() const;
    // Same content once nested (key order does not matter).
    bool sameContent(const ConfigTree &other) const;

    friend void from_json(const nlohmann::ordered_json &j, ConfigTree &tree);

private:
    struct Document;
    std::shared_ptr<const Document> m_document;
};

// PATCH /internal/config/override/{level} body: values keyed by dotted paths; null deletes.
class ConfigPatch
{
public:
    ConfigPatch &setBool(const QString &path, bool value);
    ConfigPatch &setString(const QString &path, const QString &value);
    ConfigPatch &setIdSet(const QString &path, const QStringList &ids); // {id: true, …}
    ConfigPatch &setJson(const QString &path, const QString &jsonText); // throws on malformed JSON
    ConfigPatch &remove(const QString &path);                          // null

    bool isEmpty() const { return m_entries.empty(); }
    QStringList paths() const;
    // {"config_override_string": "<the patch as JSON text>"}
    QByteArray toJson() const;

private:
    std::vector<std::pair<QString, std::string>> m_entries; // path, value as JSON text
};

// Where a project's branch configuration comes from (GET /internal/config/source, and sent
// with a PUT of the branch override): snake_case tagged object on the wire.
struct ConfigSource
{
    enum class Type { PushedFromUnknown, PushedFromGithub, Unlinked, Other };

    Type type = Type::PushedFromUnknown;
    QString typeId; // as sent: "pushed-from-unknown", "pushed-from-github", "unlinked", or another
    // pushed-from-github only:
    QString owner;
    QString repo;
    QString branch;
    QString commitHash;
    QString configFilePath;
    std::optional<QString> workflowPath;

    // What this app sends when it pushes a file: {"type": "pushed-from-unknown"}.
    static ConfigSource pushedFromDesktop();
    QByteArray toJson() const; // the object alone
};
void from_json(const nlohmann::ordered_json &j, ConfigSource &source); // {"source": {...}} or the object

// {"config_string": "<config as JSON text>", "source": {...}} (source only when given).
QByteArray replaceOverrideBody(const ConfigTree &config, const std::optional<ConfigSource> &source);

extern template ConfigTree parseJson<ConfigTree>(const QByteArray &);
extern template ConfigSource parseJson<ConfigSource>(const QByteArray &);

} // namespace hexclave::api
