#include "ConfigFileFormat.h"
#include "ConfigFileJavaScript.h"
#include "ConfigFileTokenizer.h"

#include <cmath>

// write(): the CLI's plain form, JSON.stringify(config, null, 2).

namespace hexclave::api {

namespace {

using namespace configfile::detail;

void appendJson(QString &out, const Json &value, int indent)
{
    switch (value.type()) {
    case Json::value_t::object:
    case Json::value_t::array: {
        const bool object = value.is_object();
        if (value.empty()) {
            out += object ? QStringLiteral("{}") : QStringLiteral("[]");
            return;
        }
        out += object ? u'{' : u'[';
        bool first = true;
        for (const auto &[key, child] : value.items()) {
            out += first ? QStringLiteral("\n") : QStringLiteral(",\n");
            first = false;
            out += QString(2 * (indent + 1), u' ');
            if (object)
                out += QString::fromStdString(Json(key).dump(-1, ' ', false, Json::error_handler_t::replace))
                    + QStringLiteral(": ");
            appendJson(out, child, indent + 1);
        }
        out += u'\n' + QString(2 * indent, u' ') + (object ? u'}' : u']');
        return;
    }
    case Json::value_t::number_float:
        out += jsNumber(value.get<double>());
        return;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: {
        // Beyond 2^53 JavaScript holds the nearest double and prints that.
        const double asDouble = value.get<double>();
        if (std::abs(asDouble) > 9007199254740992.0) {
            out += jsNumber(asDouble);
            return;
        }
        out += QString::fromStdString(value.dump());
        return;
    }
    default:
        out += QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
        return;
    }
}

} // namespace

ConfigFile ConfigFile::empty()
{
    ConfigFile file;
    file.preamble = QStringLiteral("import type { HexclaveConfig } from \"@hexclave/js/config\";\n\n");
    file.typeName = QStringLiteral("HexclaveConfig");
    return file;
}

QString ConfigFileError::toString() const
{
    return Text::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

namespace configfile {

QString write(const ConfigFile &file)
{
    QString out = file.preamble + QStringLiteral("export const config");
    if (!file.typeName.isEmpty())
        out += QStringLiteral(": ") + file.typeName;
    out += QStringLiteral(" = ");
    QString body;
    Json config = Json::parse(json::toStd(file.config.normalized().toJsonText()));
    if (file.showOnboarding && config.empty()) {
        body = QStringLiteral("\"show-onboarding\"");
    } else {
        orderKeysLikeJavaScript(config);
        appendJson(body, config, 0);
    }
    const bool crlf = file.preamble.contains(QStringLiteral("\r\n")) || file.epilogue.contains(QStringLiteral("\r\n"));
    if (crlf)
        body.replace(u'\n', QStringLiteral("\r\n"));
    out += body + u';';
    if (file.epilogue.isEmpty())
        out += crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    else
        out += file.epilogue;
    return out;
}

} // namespace configfile
} // namespace hexclave::api
