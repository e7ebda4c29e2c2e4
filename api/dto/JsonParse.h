#pragma once

#include <QByteArray>

namespace hexclave::api {

// Parses a response body into a DTO. Throws std::exception (with a message naming the bad
// field) when the body is not valid JSON or lacks a required field. Each DTO header declares
// its instantiations `extern`; the definitions live next to the DTO's from_json.
template <class T>
T parseJson(const QByteArray &body);

// For calls whose answer carries nothing we need (e.g. {"success": true}); a body that is there
// must still be JSON.
struct NoContent
{
};

template <>
NoContent parseJson<NoContent>(const QByteArray &body);

} // namespace hexclave::api
