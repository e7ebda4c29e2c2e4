#pragma once

#include "UserRecord.h"
#include "Uuid.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <initializer_list>
#include <limits>
#include <optional>
#include <string>

namespace hexclave::emulator {

template<typename T>
struct Field
{
    bool present = false; // the key was given (possibly as null)
    bool null = false;
    T value{};

    bool hasValue() const { return present && !null; }
};

// Checks a request body or query object the way the server's yup schemas do and collects the
// problems with yup's wording ("body.x must be a valid UUID"), for one SCHEMA_ERROR listing all.
class InputValidator
{
public:
    // `prefix` is "body" or "query"; `input` null means no body was sent (treated as {}).
    InputValidator(const nlohmann::ordered_json *input, QString prefix, std::initializer_list<const char *> knownKeys,
                   int unknownKeyReports = 1);

    Field<std::string> string(const char *key, bool nullable = false, int maxLength = -1);
    Field<std::string> email(const char *key, bool nullable = false);
    Field<std::string> url(const char *key, bool nullable = false);
    Field<bool> boolean(const char *key, bool nullable = false);
    Field<qint64> integer(const char *key, bool nullable = false, qint64 minimum = std::numeric_limits<qint64>::min(),
                          qint64 maximum = std::numeric_limits<qint64>::max());
    Field<Uuid> uuid(const char *key, bool nullable = false);
    Field<JsonValue> anyJson(const char *key);
    // For "true"/"false" query flags and similar enumerations of strings.
    Field<std::string> oneOf(const char *key, std::initializer_list<const char *> values);
    const nlohmann::ordered_json *raw(const char *key) const; // null when absent

    void require(const char *key);
    void addProblem(const QString &problem) { m_problems.append(problem); }
    bool ok() const { return m_problems.isEmpty(); }
    const QStringList &problems() const { return m_problems; }

    static QString printValue(const nlohmann::ordered_json &value);

private:
    const nlohmann::ordered_json *lookup(const char *key, bool nullable, bool &nullOut, bool &presentOut);
    QString path(const char *key) const { return m_prefix + u'.' + QString::fromLatin1(key); }
    void typeError(const char *key, const char *type, const nlohmann::ordered_json &value);

    const nlohmann::ordered_json *m_input;
    QString m_prefix;
    QStringList m_problems;
};

// JavaScript's parseInt, as the server reads numeric query values such as `limit`: leading
// digits count, anything else is NaN (nullopt).
std::optional<qint64> parseIntPrefix(const std::string &value);

} // namespace hexclave::emulator
