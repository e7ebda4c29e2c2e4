#include "ProjectConfig.h"

#include "JsonSupport.h"

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
        const QStringList segments = QString::fromStdString(key).split(u'.');
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
        const QStringList keySegments = QString::fromStdString(key).split(u'.');
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

} // namespace

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

ConfigTree ConfigTree::fromJsonText(const QString &jsonText)
{
    auto document = std::make_shared<Document>();
    document->root = json::Json::parse(json::toStd(jsonText));
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
            keys.append(QString::fromStdString(key));
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
                keys.append(QString::fromStdString(key));
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
    m_entries.emplace_back(path, json::Json::parse(json::toStd(jsonText)).dump());
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

template ConfigTree parseJson<ConfigTree>(const QByteArray &);

} // namespace hexclave::api
