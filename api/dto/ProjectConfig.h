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

// A project configuration (rendered, or one override level) read from its {config_string}.
// Paths are dotted ("rbac.defaultPermissions.teamMember"); an override may store a value under
// a dotted key or nested, and both are read the same way. Copies share the parsed document.
class ConfigTree
{
public:
    ConfigTree();
    static ConfigTree fromJsonText(const QString &jsonText); // throws on malformed JSON

    bool isEmpty() const;
    bool contains(const QString &path) const;
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

extern template ConfigTree parseJson<ConfigTree>(const QByteArray &);

} // namespace hexclave::api
