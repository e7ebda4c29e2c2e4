#pragma once

#include <QString>

namespace hexclave::models {

// "DE" → "Germany"; empty when the code names no country Qt knows.
QString countryName(const QString &countryCode);
// "DE" → "Germany (DE)": the name for people and the code to search for; the code alone when
// it names no known country.
QString countryText(const QString &countryCode);

} // namespace hexclave::models
