#include "CountryText.h"

#include <QLocale>

namespace hexclave::models {

QString countryName(const QString &countryCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(countryCode.trimmed().toUpper());
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(territory);
}

QString countryText(const QString &countryCode)
{
    const QString code = countryCode.trimmed().toUpper();
    const QString name = countryName(code);
    return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

} // namespace hexclave::models
