#pragma once

// Private to api/: the only headers that include the full nlohmann/json.hpp are .cpp files
// and this one, which is included by .cpp files only.

#include "JsonParse.h"
#include "core/Nullable.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QVariant>

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace hexclave::api::json {

using Json = nlohmann::ordered_json;

// UTF-8 from a JSON document as a QString. QString::fromUtf8 takes a leading U+FEFF for a byte order
// mark and drops it; inside a JSON string (a value or an object key) it is a character to keep.
inline QString fromUtf8(const std::string &s)
{
    qsizetype marks = 0;
    while (s.compare(std::size_t(3 * marks), 3, "\xEF\xBB\xBF") == 0)
        ++marks;
    if (marks == 0)
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    return QString(marks, QChar(0xFEFF)) + QString::fromUtf8(s.data() + 3 * marks, qsizetype(s.size()) - 3 * marks);
}

inline QString toQString(const Json &value)
{
    return fromUtf8(value.get_ref<const std::string &>());
}

inline std::string toStd(const QString &value)
{
    return value.toStdString();
}

// Required string field: throws when missing or not a string.
inline QString requiredString(const Json &object, const char *key)
{
    return toQString(object.at(key));
}

// Optional, nullable string field: missing and null both give nullopt.
inline std::optional<QString> optionalString(const Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    return toQString(*it);
}

inline QString stringOrEmpty(const Json &object, const char *key)
{
    return optionalString(object, key).value_or(QString());
}

inline bool boolOr(const Json &object, const char *key, bool fallback = false)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return fallback;
    return it->get<bool>();
}

inline int intOr(const Json &object, const char *key, int fallback = 0)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return fallback;
    return it->get<int>();
}

inline std::optional<qint64> optionalMillis(const Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    return it->get<qint64>();
}

// Arbitrary JSON (metadata) kept as compact JSON text; "null" when absent or null.
inline QString jsonText(const Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return QStringLiteral("null");
    return QString::fromStdString(it->dump());
}

// A request body as compact JSON text.
inline QByteArray compact(const Json &body)
{
    return QByteArray::fromStdString(body.dump());
}

// Sets `key` only when the optional holds a value: fields left unset are not sent.
template <class T>
void putIfSet(Json &body, const char *key, const std::optional<T> &value)
{
    if (value)
        body[key] = *value;
}

// Puts the three metadata fields given as JSON text into a request body (unset ones are left
// out); false, with `error` naming the field, when a text is not JSON.
bool putAllMetadata(Json &body, const std::optional<QString> &client, const std::optional<QString> &clientReadOnly,
                    const std::optional<QString> &server, QString *error);

// Leaves the field out, sets the string, or sets null.
void putNullable(Json &body, const char *key, const Nullable<QString> &value);

// The keys of `object` outside `known`, as compact JSON text (empty when none): what a client
// that edits only some keys of a config entry keeps to write back.
QString otherFields(const Json &object, const std::set<std::string> &known);
// Adds those kept keys back to `object`, never over a key it already has.
void mergeOtherFields(Json &object, const QString &otherFieldsJson);

QVariant toVariant(const Json &value);

// Nesting deeper than this is refused before parsing: what reads a document (dump(), toVariant(),
// comparisons) recurses, and no answer of the API comes anywhere near it.
constexpr int kMaxJsonDepth = 512;
// The byte offset of the bracket that opens level kMaxJsonDepth + 1 of `text`, or -1 when it nests
// no deeper (brackets inside strings do not count; the text need not be valid JSON).
qsizetype tooDeepAt(std::string_view text);

// Throws std::exception when the body is not JSON or nests deeper than kMaxJsonDepth.
Json parseBody(const QByteArray &body);

} // namespace hexclave::api::json

namespace hexclave::api {

template <class T>
T parseJson(const QByteArray &body)
{
    return json::parseBody(body).template get<T>();
}

} // namespace hexclave::api
