#include "HttpLog.h"

namespace hexclave::api {

Q_LOGGING_CATEGORY(lcHttp, "hexclave.api.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "hexclave.api.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "hexclave.api.keychain", QtInfoMsg)

} // namespace hexclave::api
