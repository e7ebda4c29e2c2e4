#pragma once

#include "ApiError.h"

class QNetworkReply;

namespace hexclave::api {

// An error status with its body: known errors ({code, error, details} and X-Stack-Known-Error)
// or plain text.
ApiError errorFromResponse(int httpStatus, const QByteArray &knownErrorHeader, const QByteArray &retryAfterHeader,
                           const QString &contentType, const QByteArray &body);

// A reply that never got an HTTP status: DNS, refused, reset, TLS, timeout.
ApiError networkError(const QNetworkReply &reply, int transferTimeoutMs);

// Seconds from a Retry-After header (delta-seconds or an HTTP date); -1 when absent or invalid.
int parseRetryAfter(const QByteArray &value);

} // namespace hexclave::api
