#pragma once

#include <QString>

#include <optional>

namespace hexclave::api {

// Indented JSON for people to read; returns the input unchanged when it is not valid JSON.
QString prettyJson(const QString &compactJson);

// Where a JSON text stops being JSON, in terms a person can find in an editor.
struct JsonSyntaxError
{
    int line = 1;         // 1-based
    int column = 1;       // 1-based, counted in characters (code points) of that line
    qsizetype offset = 0; // the same place as an index into the QString (UTF-16), for a cursor
    QString message;      // the parser's description (English), e.g. "unexpected ','; expected '}'"
};

// Nothing when `text` is one valid JSON value; else the first error. Empty text is an error
// (unexpected end of input): callers that treat "empty" as null decide that themselves.
std::optional<JsonSyntaxError> checkJsonSyntax(const QString &text);

} // namespace hexclave::api
