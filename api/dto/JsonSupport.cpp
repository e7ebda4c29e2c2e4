#include "JsonSupport.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QVariantMap>

#include <stdexcept>

namespace hexclave::api::json {

namespace {

bool putMetadata(Json &body, const char *key, const std::optional<QString> &text, const QString &invalidMessage,
                 QString *error)
{
    if (!text)
        return true;
    auto value = Json::parse(toStd(*text), nullptr, false);
    if (value.is_discarded()) {
        *error = invalidMessage;
        return false;
    }
    body[key] = std::move(value);
    return true;
}

} // namespace

QString otherFields(const Json &object, const std::set<std::string> &known)
{
    Json others = Json::object();
    for (const auto &[key, value] : object.items()) {
        if (!known.contains(key))
            others[key] = value;
    }
    return others.empty() ? QString() : QString::fromStdString(others.dump());
}

void mergeOtherFields(Json &object, const QString &otherFieldsJson)
{
    if (otherFieldsJson.isEmpty())
        return;
    const Json others = Json::parse(toStd(otherFieldsJson));
    for (const auto &[key, value] : others.items()) {
        if (!object.contains(key))
            object[key] = value;
    }
}

bool putAllMetadata(Json &body, const std::optional<QString> &client, const std::optional<QString> &clientReadOnly,
                    const std::optional<QString> &server, QString *error)
{
    return putMetadata(body, "client_metadata", client,
                       QCoreApplication::translate("hexclave::api::JsonSupport",
                                                   "The client metadata is not valid JSON."),
                       error)
        && putMetadata(body, "client_read_only_metadata", clientReadOnly,
                       QCoreApplication::translate("hexclave::api::JsonSupport",
                                                   "The client read-only metadata is not valid JSON."),
                       error)
        && putMetadata(body, "server_metadata", server,
                       QCoreApplication::translate("hexclave::api::JsonSupport",
                                                   "The server metadata is not valid JSON."),
                       error);
}

void putNullable(Json &body, const char *key, const Nullable<QString> &value)
{
    if (!value)
        return;
    if (*value)
        body[key] = toStd(**value);
    else
        body[key] = nullptr;
}

QVariant toVariant(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
    case Json::value_t::discarded:
        return {};
    case Json::value_t::boolean:
        return value.get<bool>();
    case Json::value_t::number_integer:
        return QVariant::fromValue(value.get<qint64>());
    case Json::value_t::number_unsigned:
        return QVariant::fromValue(value.get<quint64>());
    case Json::value_t::number_float:
        return value.get<double>();
    case Json::value_t::string:
        return toQString(value);
    case Json::value_t::array: {
        QVariantList list;
        for (const auto &item : value)
            list.append(toVariant(item));
        return list;
    }
    case Json::value_t::object: {
        QVariantMap map;
        for (auto it = value.begin(); it != value.end(); ++it)
            map.insert(fromUtf8(it.key()), toVariant(it.value()));
        return map;
    }
    case Json::value_t::binary:
        return {};
    }
    return {};
}

qsizetype tooDeepAt(std::string_view text)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth)
                return qsizetype(i);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return -1;
}

Json parseBody(const QByteArray &body)
{
    if (tooDeepAt(std::string_view(body.constData(), std::size_t(body.size()))) >= 0)
        throw std::runtime_error("the answer is nested more than 512 levels deep");
    return Json::parse(body.cbegin(), body.cend());
}

} // namespace hexclave::api::json

namespace hexclave::api {

template <>
NoContent parseJson<NoContent>(const QByteArray &body)
{
    // Nothing is read, but a 2xx whose body is not JSON (a proxy's error page) says nothing about
    // whether the server did it: a failure, not a success.
    if (!body.trimmed().isEmpty())
        json::parseBody(body);
    return {};
}

} // namespace hexclave::api

#include "JsonText.h"

namespace hexclave::api {

QString prettyJson(const QString &compactJson)
{
    const std::string text = compactJson.toStdString();
    if (json::tooDeepAt(text) >= 0)
        return compactJson;
    const auto parsed = nlohmann::ordered_json::parse(text, nullptr, false);
    if (parsed.is_discarded())
        return compactJson;
    return QString::fromStdString(parsed.dump(2));
}

namespace {

int utf8Length(char32_t codePoint)
{
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

// The parser's sentence without its "[json.exception…] parse error at line…: syntax error
// while parsing value - " preamble, whose line and column count bytes.
QString parserProblem(const char *what)
{
    QString message = QString::fromUtf8(what);
    const qsizetype afterColumn = message.indexOf(QStringLiteral(": "), message.indexOf(QStringLiteral(" column ")));
    if (afterColumn >= 0)
        message = message.mid(afterColumn + 2);
    const qsizetype dash = message.indexOf(QStringLiteral(" - "));
    if (message.startsWith(QStringLiteral("syntax error while parsing")) && dash >= 0)
        message = message.mid(dash + 3);
    // "; last read: '<everything since the previous token, escaped>'" repeats what the
    // position already shows, in a form that is hard to read: leave it out.
    const qsizetype lastRead = message.indexOf(QStringLiteral("; last read: '"));
    if (lastRead >= 0) {
        const qsizetype expected = message.indexOf(QStringLiteral("'; expected "), lastRead);
        message = message.left(lastRead) + (expected >= 0 ? message.mid(expected + 1) : QString());
    }
    return message;
}

// Line, column and QString index of the 0-based byte `errorByte` of `utf8` (the UTF-8 of `text`),
// so that "ä" or an emoji counts as one column.
JsonSyntaxError errorAtByte(const QString &text, qsizetype errorByte)
{
    JsonSyntaxError result;
    qsizetype byte = 0;
    qsizetype index = 0;
    while (index < text.size() && byte < errorByte) {
        char32_t codePoint = text.at(index).unicode();
        qsizetype units = 1;
        if (text.at(index).isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(index), text.at(index + 1));
            units = 2;
        }
        byte += utf8Length(codePoint);
        index += units;
        if (codePoint == U'\n') {
            ++result.line;
            result.column = 1;
        } else {
            ++result.column;
        }
    }
    result.offset = index;
    return result;
}

} // namespace

std::optional<JsonSyntaxError> checkJsonSyntax(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (const qsizetype tooDeep = json::tooDeepAt(std::string_view(utf8.constData(), std::size_t(utf8.size()))); tooDeep >= 0) {
        JsonSyntaxError result = errorAtByte(text, tooDeep);
        result.message = QStringLiteral("nested more than %1 levels deep").arg(json::kMaxJsonDepth);
        return result;
    }
    try {
        [[maybe_unused]] const auto parsed = nlohmann::ordered_json::parse(utf8.cbegin(), utf8.cend());
        return std::nullopt;
    } catch (const nlohmann::json::parse_error &error) {
        // `byte` is the 1-based position of the last byte read: the one that broke the grammar
        // (or one past the end).
        JsonSyntaxError result = errorAtByte(text, qBound<qsizetype>(0, qsizetype(error.byte) - 1, utf8.size()));
        result.message = parserProblem(error.what());
        return result;
    } catch (const nlohmann::json::exception &error) {
        // A number too large for a double ("number overflow parsing '1e999'") has no position of
        // its own: point at the number it names.
        QString message = parserProblem(error.what());
        if (message.startsWith(u'['))
            message = message.mid(message.indexOf(QStringLiteral("] ")) + 2);
        const qsizetype quote = message.indexOf(QStringLiteral(" parsing '"));
        const QByteArray number = quote >= 0 ? message.mid(quote + 10).chopped(message.endsWith(u'\'') ? 1 : 0).toUtf8() : QByteArray();
        JsonSyntaxError result = errorAtByte(text, number.isEmpty() ? 0 : qMax<qsizetype>(0, utf8.indexOf(number)));
        result.message = message;
        return result;
    }
}

} // namespace hexclave::api
