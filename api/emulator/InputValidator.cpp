#include "InputValidator.h"

#include <QUrl>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

InputValidator::InputValidator(const ordered_json *input, QString prefix, std::initializer_list<const char *> knownKeys,
                               int unknownKeyReports)
    : m_input(input)
    , m_prefix(std::move(prefix))
{
    if (!m_input)
        return;
    if (!m_input->is_object()) {
        m_problems.append(m_prefix + u" must be a `object` type, but the final value was: `"_s + printValue(*m_input) + u"`."_s);
        m_input = nullptr;
        return;
    }
    QStringList unknown;
    for (const auto &item : m_input->items()) {
        const bool known = std::any_of(knownKeys.begin(), knownKeys.end(), [&](const char *k) { return item.key() == k; });
        if (!known)
            unknown.append(QString::fromStdString(item.key()));
    }
    if (!unknown.isEmpty()) {
        // The server reports this line twice for some routes (fixture 09: POST /users).
        for (int i = 0; i < unknownKeyReports; ++i)
            m_problems.append(m_prefix + u" contains unknown properties: "_s + unknown.join(u", "_s));
    }
}

QString InputValidator::printValue(const ordered_json &value)
{
    // A text/plain body is any bytes: print invalid UTF-8 as U+FFFD instead of throwing.
    return QString::fromStdString(value.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
}

const ordered_json *InputValidator::raw(const char *key) const
{
    if (!m_input)
        return nullptr;
    const auto it = m_input->find(key);
    return it == m_input->end() ? nullptr : &*it;
}

const ordered_json *InputValidator::lookup(const char *key, bool nullable, bool &nullOut, bool &presentOut)
{
    const ordered_json *value = raw(key);
    presentOut = value != nullptr;
    nullOut = false;
    if (!value)
        return nullptr;
    if (value->is_null()) {
        nullOut = true;
        if (!nullable)
            m_problems.append(path(key) + u" cannot be null"_s);
        return nullptr;
    }
    return value;
}

void InputValidator::typeError(const char *key, const char *type, const ordered_json &value)
{
    m_problems.append(path(key) + u" must be a `"_s + QString::fromLatin1(type) + u"` type, but the final value was: `"_s
                      + printValue(value) + u"`."_s);
}

void InputValidator::require(const char *key)
{
    const ordered_json *value = raw(key);
    if (!value)
        m_problems.append(path(key) + u" must be defined"_s);
}

Field<std::string> InputValidator::string(const char *key, bool nullable, int maxLength)
{
    Field<std::string> field;
    const ordered_json *value = lookup(key, nullable, field.null, field.present);
    if (!value)
        return field;
    if (!value->is_string()) {
        typeError(key, "string", *value);
        field.present = false; // like yup: a type error is the field's only problem (no "must be a valid …")
        return field;
    }
    field.value = value->get<std::string>();
    if (maxLength >= 0 && QString::fromStdString(field.value).size() > maxLength)
        m_problems.append(path(key) + u" must be at most "_s + QString::number(maxLength) + u" characters"_s);
    return field;
}

Field<std::string> InputValidator::email(const char *key, bool nullable)
{
    Field<std::string> field = string(key, nullable);
    if (!field.hasValue())
        return field;
    const std::string &text = field.value;
    if (text.empty()) {
        m_problems.append(path(key) + u" must not be empty"_s);
        return field;
    }
    const auto at = text.find('@');
    const bool valid = at != std::string::npos && at > 0 && at + 1 < text.size() && text.find('@', at + 1) == std::string::npos
        && text.find(' ') == std::string::npos; // lenient like yup's .email(): "a@gmai" passes
    if (!valid)
        m_problems.append(path(key) + u" must be a valid email"_s);
    return field;
}

Field<std::string> InputValidator::url(const char *key, bool nullable)
{
    Field<std::string> field = string(key, nullable);
    if (!field.hasValue())
        return field;
    const QUrl parsed(QString::fromStdString(field.value), QUrl::StrictMode);
    const bool dataUrl = field.value.rfind("data:", 0) == 0;
    if (!dataUrl && (!parsed.isValid() || parsed.scheme().isEmpty() || field.value.empty()))
        m_problems.append(path(key) + u" is not a valid URL"_s);
    return field;
}

Field<bool> InputValidator::boolean(const char *key, bool nullable)
{
    Field<bool> field;
    const ordered_json *value = lookup(key, nullable, field.null, field.present);
    if (!value)
        return field;
    if (value->is_boolean())
        field.value = value->get<bool>();
    else
        typeError(key, "boolean", *value);
    return field;
}

Field<qint64> InputValidator::integer(const char *key, bool nullable, qint64 minimum, qint64 maximum)
{
    Field<qint64> field;
    const ordered_json *value = lookup(key, nullable, field.null, field.present);
    if (!value)
        return field;
    if (!value->is_number()) {
        typeError(key, "number", *value);
        return field;
    }
    if (!value->is_number_integer()) {
        m_problems.append(path(key) + u" must be an integer"_s);
        return field;
    }
    field.value = value->get<qint64>();
    if (field.value < minimum)
        m_problems.append(path(key) + u" must be greater than or equal to "_s + QString::number(minimum));
    if (field.value > maximum)
        m_problems.append(path(key) + u" must be less than or equal to "_s + QString::number(maximum));
    return field;
}

Field<Uuid> InputValidator::uuid(const char *key, bool nullable)
{
    Field<Uuid> field;
    const Field<std::string> text = string(key, nullable);
    field.present = text.present;
    field.null = text.null;
    if (!text.hasValue())
        return field;
    const auto parsed = Uuid::parse(text.value);
    if (parsed)
        field.value = *parsed;
    else
        m_problems.append(path(key) + u" must be a valid UUID"_s);
    return field;
}

Field<JsonValue> InputValidator::anyJson(const char *key)
{
    Field<JsonValue> field;
    const ordered_json *value = raw(key);
    field.present = value != nullptr;
    if (!value)
        return field;
    field.null = value->is_null();
    if (!field.null)
        field.value = std::make_shared<const ordered_json>(*value);
    return field;
}

Field<std::string> InputValidator::oneOf(const char *key, std::initializer_list<const char *> values)
{
    Field<std::string> field = string(key);
    if (!field.hasValue())
        return field;
    const bool allowed = std::any_of(values.begin(), values.end(), [&](const char *v) { return field.value == v; });
    if (!allowed) {
        QStringList names;
        for (const char *v : values)
            names.append(QString::fromLatin1(v));
        m_problems.append(path(key) + u" must be one of the following values: "_s + names.join(u", "_s));
        field.present = false;
    }
    return field;
}

std::optional<qint64> parseIntPrefix(const std::string &value)
{
    std::size_t i = 0;
    while (i < value.size() && (value[i] == ' ' || value[i] == '\t' || value[i] == '\n'))
        ++i;
    bool negative = false;
    if (i < value.size() && (value[i] == '-' || value[i] == '+'))
        negative = value[i++] == '-';
    const std::size_t digitsStart = i;
    qint64 number = 0;
    while (i < value.size() && value[i] >= '0' && value[i] <= '9' && i - digitsStart < 15)
        number = number * 10 + (value[i++] - '0');
    if (i == digitsStart)
        return std::nullopt;
    return negative ? -number : number;
}

} // namespace hexclave::emulator
