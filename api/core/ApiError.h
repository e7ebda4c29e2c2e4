#pragma once

#include <QString>
#include <QVariantMap>

namespace hexclave::api {

// Everything a failed call can tell the user: what happened, the server's known-error code,
// and the request id to quote in a support ticket.
struct ApiError
{
    enum class Kind {
        None,
        Network,        // DNS failure, connection refused or reset
        Timeout,        // the transfer timeout ran out
        Tls,            // certificate or handshake failure
        Http,           // the server answered with an error status
        Parse,          // the body was not what the API promises
        SessionExpired, // refresh failed: the user has to sign in again
        Keychain,       // the OS keychain refused or is unavailable
        Cancelled,      // aborted by the caller
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;      // known-error code, e.g. USER_NOT_FOUND; empty for plain-text errors
    QString message;   // the server's sentence or our own explanation
    QVariantMap details;
    QString requestId;
    int retryAfterSeconds = -1; // from Retry-After on 429, -1 when absent

    bool isError() const { return kind != Kind::None; }
    bool is(QStringView knownErrorCode) const { return code == knownErrorCode; }

    // A one-paragraph explanation for people: what happened and what to do next.
    QString userMessage() const;
    // "HTTP 404 · USER_NOT_FOUND · request 1234" for the details line of an error banner.
    QString technicalSummary() const;
    // Both: the message, then the technical summary in parentheses on a line of its own.
    QString describe() const;

    // Our own code for a POST or PATCH whose connection closed before the answer (see SingleSendBody).
    static constexpr QStringView kAnswerLostCode = u"ANSWER_LOST";

    static ApiError cancelled();
    // The request may or may not have been carried out: the user has to check before trying again.
    static ApiError answerLost();
    static ApiError parse(const QString &what);
    static ApiError keychain(const QString &what);
};

} // namespace hexclave::api
