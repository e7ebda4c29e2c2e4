#include "Fixtures.h"

#include <QDir>
#include <QFile>

#include <nlohmann/json.hpp>

namespace hexclave::tests {

QString Fixture::directory()
{
    return qEnvironmentVariable("HEXCLAVE_FIXTURES_DIR", QStringLiteral(HEXCLAVE_DEFAULT_FIXTURES_DIR));
}

QStringList Fixture::names()
{
    QStringList names;
    const QStringList files = QDir(directory()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << file.chopped(5);
    return names;
}

QByteArray Fixture::rawJson(const QString &name)
{
    QFile file(QDir(directory()).filePath(name + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Fixture Fixture::load(const QString &name)
{
    const QByteArray text = rawJson(name);
    if (text.isEmpty())
        return {};
    const auto root = nlohmann::ordered_json::parse(text.cbegin(), text.cend(), nullptr, false);
    if (!root.is_object())
        return {};
    const auto &request = root.at("request");
    const auto &response = root.at("response");
    const auto &headers = response.at("headers");
    const auto str = [](const nlohmann::ordered_json &object, const char *key) {
        const auto it = object.find(key);
        return it != object.end() && it->is_string() ? QByteArray::fromStdString(it->get<std::string>()) : QByteArray();
    };
    Fixture fixture;
    fixture.name = name;
    fixture.method = str(request, "method");
    fixture.path = QString::fromUtf8(str(request, "path"));
    fixture.status = response.at("status").get<int>();
    fixture.contentType = str(headers, "content-type");
    fixture.knownError = str(headers, "x-stack-known-error");
    const auto &body = response.at("body");
    fixture.body = body.is_string() ? QByteArray::fromStdString(body.get<std::string>())
                                    : QByteArray::fromStdString(body.dump());
    return fixture;
}

} // namespace hexclave::tests
