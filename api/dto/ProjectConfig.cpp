#include "ProjectConfig.h"

#include "JsonSupport.h"

#include <algorithm>
#include <stdexcept>

namespace hexclave::api {

struct ConfigTree::Document
{
    json::Json root = json::Json::object();   // as stored: dotted keys and nested objects mixed
    json::Json nested = json::Json::object(); // the same with every dotted key expanded
};

namespace {

// Copies `source` into `target` as nested objects: {"a.b": 1} and {"a": {"b": 1}} read the same.
// Later keys win over earlier ones, as when the server applies an override.
void mergeNested(json::Json &target, const json::Json &source)
{
    for (const auto &[key, value] : source.items()) {
        const QStringList segments = json::fromUtf8(key).split(u'.');
        json::Json *node = &target;
        for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
            json::Json &child = (*node)[json::toStd(segments[i])];
            if (!child.is_object())
                child = json::Json::object();
            node = &child;
        }
        json::Json &slot = (*node)[json::toStd(segments.last())];
        if (value.is_object()) {
            if (!slot.is_object())
                slot = json::Json::object();
            mergeNested(slot, value);
        } else {
            slot = value;
        }
    }
}

const json::Json *valueAt(const json::Json &root, const QString &path)
{
    const json::Json *node = &root;
    if (path.isEmpty())
        return node;
    for (const QString &segment : path.split(u'.')) {
        if (!node->is_object())
            return nullptr;
        const auto child = node->find(json::toStd(segment));
        if (child == node->end())
            return nullptr;
        node = &*child;
    }
    return node;
}

bool touchesPath(const json::Json &node, const QStringList &segments, qsizetype from)
{
    if (from == segments.size() || !node.is_object())
        return true; // the override sets the path itself, or a parent with a plain value
    for (const auto &[key, value] : node.items()) {
        const QStringList keySegments = json::fromUtf8(key).split(u'.');
        const qsizetype common = std::min(keySegments.size(), segments.size() - from);
        bool matches = true;
        for (qsizetype i = 0; i < common && matches; ++i)
            matches = keySegments[i] == segments[from + i];
        if (!matches)
            continue;
        if (keySegments.size() >= segments.size() - from || keySegments.size() > 1)
            return true; // the key is the path, lies inside it, or sets a parent as a whole
        if (touchesPath(value, segments, from + keySegments.size()))
            return true;
    }
    return false;
}

// The slot for `path` in `root`, creating objects on the way (a non-object parent becomes one).
json::Json &slotAt(json::Json &root, const QString &path)
{
    json::Json *node = &root;
    for (const QString &segment : path.split(u'.')) {
        if (!node->is_object())
            *node = json::Json::object();
        node = &(*node)[json::toStd(segment)];
    }
    return *node;
}

void removeNulls(json::Json &node)
{
    if (!node.is_object())
        return;
    for (auto it = node.begin(); it != node.end();) {
        if (it->is_null()) {
            it = node.erase(it);
        } else {
            removeNulls(*it);
            ++it;
        }
    }
}

void collectLeaves(const json::Json &node, const QString &prefix, QStringList &paths)
{
    if (!node.is_object() || node.empty()) {
        if (!prefix.isEmpty())
            paths.append(prefix);
        return;
    }
    for (const auto &[key, value] : node.items()) {
        const QString name = json::fromUtf8(key);
        collectLeaves(value, prefix.isEmpty() ? name : prefix + u'.' + name, paths);
    }
}

// Equal values, ignoring the order of object keys.
bool sameJson(const json::Json &a, const json::Json &b)
{
    if (a.is_object() && b.is_object()) {
        if (a.size() != b.size())
            return false;
        for (const auto &[key, value] : a.items()) {
            const auto other = b.find(key);
            if (other == b.end() || !sameJson(value, *other))
                return false;
        }
        return true;
    }
    if (a.is_array() && b.is_array()) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!sameJson(a[i], b[i]))
                return false;
        }
        return true;
    }
    return a == b;
}

} // namespace

QString jsonStringLiteral(const QString &text)
{
    return QString::fromStdString(json::Json(text.toStdString()).dump());
}

bool sameJsonText(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty();
    // Texts nested too deeply to compare without exhausting the stack count as malformed; storing
    // one (ConfigTree, ConfigPatch) fails with an error that says so.
    const std::string leftText = a.toStdString();
    const std::string rightText = b.toStdString();
    if (json::tooDeepAt(leftText) >= 0 || json::tooDeepAt(rightText) >= 0)
        return false;
    const json::Json left = json::Json::parse(leftText, nullptr, false);
    const json::Json right = json::Json::parse(rightText, nullptr, false);
    return !left.is_discarded() && !right.is_discarded() && sameJson(left, right);
}

QString configLevelId(ConfigLevel level)
{
    switch (level) {
    case ConfigLevel::Project:
        return QStringLiteral("project");
    case ConfigLevel::Branch:
        return QStringLiteral("branch");
    case ConfigLevel::Environment:
        break;
    }
    return QStringLiteral("environment");
}

ConfigTree::ConfigTree()
    : m_document(std::make_shared<Document>())
{
}

namespace {
// The helpers above recurse; parsing refuses what would nest deeper than this (dotted keys count
// one level per part), so that no input can exhaust the stack.
constexpr int kMaxConfigDepth = 100;

json::Json parseDepthLimited(const QString &jsonText)
{
    const auto limitDepth = [](int depth, json::Json::parse_event_t event, json::Json &parsed) {
        const bool tooDeep = event == json::Json::parse_event_t::key
            ? depth + std::count(parsed.get_ref<const std::string &>().begin(),
                                 parsed.get_ref<const std::string &>().end(), '.') > kMaxConfigDepth
            : (event == json::Json::parse_event_t::object_start || event == json::Json::parse_event_t::array_start)
                && depth >= kMaxConfigDepth;
        if (tooDeep)
            throw std::runtime_error("the configuration is nested more than 100 levels deep");
        return true;
    };
    return json::Json::parse(json::toStd(jsonText), limitDepth);
}
} // namespace

ConfigTree ConfigTree::fromJsonText(const QString &jsonText)
{
    auto document = std::make_shared<Document>();
    document->root = parseDepthLimited(jsonText);
    if (!document->root.is_object())
        throw std::runtime_error("the configuration is not a JSON object");
    mergeNested(document->nested, document->root);
    ConfigTree tree;
    tree.m_document = std::move(document);
    return tree;
}

bool ConfigTree::isEmpty() const
{
    return m_document->root.empty();
}

bool ConfigTree::contains(const QString &path) const
{
    return valueAt(m_document->nested, path) != nullptr;
}

ConfigValueKind ConfigTree::kindAt(const QString &path) const
{
    const json::Json *value = valueAt(m_document->nested, path);
    if (!value)
        return ConfigValueKind::Missing;
    switch (value->type()) {
    case json::Json::value_t::null:
        return ConfigValueKind::Null;
    case json::Json::value_t::boolean:
        return ConfigValueKind::Bool;
    case json::Json::value_t::string:
        return ConfigValueKind::String;
    case json::Json::value_t::array:
        return ConfigValueKind::Array;
    case json::Json::value_t::object:
        return ConfigValueKind::Object;
    default:
        return ConfigValueKind::Number;
    }
}

namespace {
ConfigTree treeOf(json::Json nested)
{
    return ConfigTree::fromJsonText(QString::fromStdString(nested.dump()));
}
} // namespace

ConfigTree ConfigTree::withValue(const QString &path, const QString &jsonText) const
{
    json::Json nested = m_document->nested;
    slotAt(nested, path) = parseDepthLimited(jsonText);
    return treeOf(std::move(nested));
}

ConfigTree ConfigTree::without(const QString &path) const
{
    json::Json nested = m_document->nested;
    const qsizetype dot = path.lastIndexOf(u'.');
    json::Json *parent = &nested;
    if (dot >= 0) {
        for (const QString &segment : path.left(dot).split(u'.')) {
            if (!parent->is_object() || !parent->contains(json::toStd(segment)))
                return treeOf(std::move(nested));
            parent = &(*parent)[json::toStd(segment)];
        }
    }
    if (parent->is_object())
        parent->erase(json::toStd(dot < 0 ? path : path.mid(dot + 1)));
    return treeOf(std::move(nested));
}

ConfigTree ConfigTree::overriddenBy(const ConfigTree &patch) const
{
    json::Json nested = m_document->nested;
    for (const auto &[key, value] : patch.m_document->root.items())
        slotAt(nested, json::fromUtf8(key)) = value;
    return treeOf(std::move(nested));
}

ConfigTree ConfigTree::nestedTree() const
{
    return treeOf(m_document->nested);
}

ConfigTree ConfigTree::normalized() const
{
    json::Json nested = m_document->nested;
    removeNulls(nested);
    return treeOf(std::move(nested));
}

QStringList ConfigTree::leafPaths() const
{
    QStringList paths;
    collectLeaves(m_document->nested, QString(), paths);
    return paths;
}

bool ConfigTree::sameContent(const ConfigTree &other) const
{
    return sameJson(m_document->nested, other.m_document->nested);
}

std::optional<bool> ConfigTree::boolAt(const QString &path) const
{
    const json::Json *value = valueAt(m_document->nested, path);
    if (!value || !value->is_boolean())
        return std::nullopt;
    return value->get<bool>();
}

std::optional<QString> ConfigTree::stringAt(const QString &path) const
{
    const json::Json *value = valueAt(m_document->nested, path);
    if (!value || !value->is_string())
        return std::nullopt;
    return json::toQString(*value);
}

QStringList ConfigTree::keysAt(const QString &path) const
{
    QStringList keys;
    const json::Json *value = valueAt(m_document->nested, path);
    if (value && value->is_object()) {
        for (const auto &[key, ignored] : value->items())
            keys.append(json::fromUtf8(key));
    }
    return keys;
}

QStringList ConfigTree::enabledKeysAt(const QString &path) const
{
    QStringList keys;
    const json::Json *value = valueAt(m_document->nested, path);
    if (value && value->is_object()) {
        for (const auto &[key, enabled] : value->items()) {
            if (enabled.is_boolean() && enabled.get<bool>())
                keys.append(json::fromUtf8(key));
        }
    }
    return keys;
}

bool ConfigTree::touches(const QString &path) const
{
    return !m_document->root.empty() && touchesPath(m_document->root, path.split(u'.'), 0);
}

QString ConfigTree::jsonAt(const QString &path, bool pretty) const
{
    const json::Json *value = valueAt(m_document->nested, path);
    return value ? QString::fromStdString(value->dump(pretty ? 2 : -1)) : QString();
}

QString ConfigTree::toJsonText(bool pretty) const
{
    return QString::fromStdString(m_document->root.dump(pretty ? 2 : -1));
}

void from_json(const nlohmann::ordered_json &j, ConfigTree &tree)
{
    tree = ConfigTree::fromJsonText(json::requiredString(j, "config_string"));
}

ConfigPatch &ConfigPatch::setBool(const QString &path, bool value)
{
    m_entries.emplace_back(path, value ? "true" : "false");
    return *this;
}

ConfigPatch &ConfigPatch::setString(const QString &path, const QString &value)
{
    m_entries.emplace_back(path, json::Json(json::toStd(value)).dump());
    return *this;
}

ConfigPatch &ConfigPatch::setIdSet(const QString &path, const QStringList &ids)
{
    json::Json set = json::Json::object();
    for (const QString &id : ids)
        set[json::toStd(id)] = true;
    m_entries.emplace_back(path, set.dump());
    return *this;
}

ConfigPatch &ConfigPatch::setJson(const QString &path, const QString &jsonText)
{
    m_entries.emplace_back(path, parseDepthLimited(jsonText).dump());
    return *this;
}

ConfigPatch &ConfigPatch::remove(const QString &path)
{
    m_entries.emplace_back(path, "null");
    return *this;
}

QStringList ConfigPatch::paths() const
{
    QStringList result;
    for (const auto &[path, ignored] : m_entries)
        result.append(path);
    return result;
}

QByteArray ConfigPatch::toJson() const
{
    json::Json patch = json::Json::object();
    for (const auto &[path, value] : m_entries)
        patch[json::toStd(path)] = json::Json::parse(value);
    json::Json body = json::Json::object();
    body["config_override_string"] = patch.dump();
    return json::compact(body);
}

ConfigSource ConfigSource::pushedFromDesktop()
{
    ConfigSource source;
    source.type = Type::PushedFromUnknown;
    source.typeId = QStringLiteral("pushed-from-unknown");
    return source;
}

namespace {
json::Json sourceJson(const ConfigSource &source)
{
    json::Json object = json::Json::object();
    object["type"] = json::toStd(source.typeId.isEmpty() ? QStringLiteral("pushed-from-unknown") : source.typeId);
    if (source.type == ConfigSource::Type::PushedFromGithub) {
        object["owner"] = json::toStd(source.owner);
        object["repo"] = json::toStd(source.repo);
        object["branch"] = json::toStd(source.branch);
        object["commit_hash"] = json::toStd(source.commitHash);
        object["config_file_path"] = json::toStd(source.configFilePath);
        if (source.workflowPath)
            object["workflow_path"] = json::toStd(*source.workflowPath);
    }
    return object;
}
} // namespace

QByteArray ConfigSource::toJson() const
{
    return json::compact(sourceJson(*this));
}

void from_json(const nlohmann::ordered_json &j, ConfigSource &source)
{
    const json::Json &object = j.contains("source") && j.at("source").is_object() ? j.at("source") : j;
    source = ConfigSource();
    source.typeId = json::requiredString(object, "type");
    if (source.typeId == u"pushed-from-unknown")
        source.type = ConfigSource::Type::PushedFromUnknown;
    else if (source.typeId == u"pushed-from-github")
        source.type = ConfigSource::Type::PushedFromGithub;
    else if (source.typeId == u"unlinked")
        source.type = ConfigSource::Type::Unlinked;
    else
        source.type = ConfigSource::Type::Other;
    source.owner = json::stringOrEmpty(object, "owner");
    source.repo = json::stringOrEmpty(object, "repo");
    source.branch = json::stringOrEmpty(object, "branch");
    source.commitHash = json::stringOrEmpty(object, "commit_hash");
    source.configFilePath = json::stringOrEmpty(object, "config_file_path");
    source.workflowPath = json::optionalString(object, "workflow_path");
}

QByteArray replaceOverrideBody(const ConfigTree &config, const std::optional<ConfigSource> &source)
{
    json::Json body = json::Json::object();
    body["config_string"] = json::toStd(config.toJsonText());
    if (source)
        body["source"] = sourceJson(*source);
    return json::compact(body);
}

template ConfigTree parseJson<ConfigTree>(const QByteArray &);
template ConfigSource parseJson<ConfigSource>(const QByteArray &);

} // namespace hexclave::api
