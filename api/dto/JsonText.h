#pragma once

#include <QString>

namespace hexclave::api {

// Indented JSON for people to read; returns the input unchanged when it is not valid JSON.
QString prettyJson(const QString &compactJson);

} // namespace hexclave::api
