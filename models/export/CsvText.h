#pragma once

#include <QString>

namespace hexclave::models {

// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, with quotes
// doubled. Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a
// carriage return) gets a leading apostrophe (OWASP "CSV injection"), which spreadsheets show
// as text.
QString csvField(const QString &text);
// A moment as exports write it: ISO 8601 in UTC with milliseconds, 2026-11-23T18:50:46.445Z.
QString isoUtc(qint64 millis);

} // namespace hexclave::models
