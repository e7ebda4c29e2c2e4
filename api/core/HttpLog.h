#pragma once

#include <QLoggingCategory>

namespace hexclave::api {

// Method, path, status and timing of each request. Never headers, bodies or tokens.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)

} // namespace hexclave::api
