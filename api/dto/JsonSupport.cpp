#include "JsonSupport.h"

#include <QVariantList>
#include <QVariantMap>

namespace hexclave::api::json {

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

} // namespace hexclave::api
