#include "JsonSupport.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QVariantMap>

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
            map.insert(QString::fromStdString(it.key()), toVariant(it.value()));
        return map;
    }
    case Json::value_t::binary:
        return {};
    }
    return {};
}

Json parseBody(const QByteArray &body)
{
    return Json::parse(body.cbegin(), body.cend());
}

} // namespace hexclave::api::json

namespace hexclave::api {

template <>
NoContent parseJson<NoContent>(const QByteArray &)
{
    return {};
}

} // namespace hexclave::api

#include "JsonText.h"

namespace hexclave::api {

QString prettyJson(const QString &compactJson)
{
    const std::string text = compactJson.toStdString();
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

} // namespace

std::optional<JsonSyntaxError> checkJsonSyntax(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    try {
        [[maybe_unused]] const auto parsed = nlohmann::ordered_json::parse(utf8.cbegin(), utf8.cend());
        return std::nullopt;
    } catch (const nlohmann::json::parse_error &error) {
        // `byte` is the 1-based position of the last byte read: the one that broke the grammar
        // (or one past the end). Walk the text to turn that byte count into line, column and
        // QString index, so that "ä" or an emoji counts as one column.
        const qsizetype errorByte = qBound<qsizetype>(0, qsizetype(error.byte) - 1, utf8.size());
        JsonSyntaxError result;
        result.message = parserProblem(error.what());
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
}

} // namespace hexclave::api
