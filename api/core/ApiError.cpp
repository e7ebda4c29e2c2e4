#include "ApiError.h"

#include <QCoreApplication>
#include <QStringList>

namespace hexclave::api {

namespace {

// What to do next for the known errors a person is likely to meet.
QString hintForCode(const QString &code)
{
    if (code == u"INVALID_SUPER_SECRET_ADMIN_KEY" || code == u"INVALID_SECRET_SERVER_KEY"
        || code == u"INVALID_PUBLISHABLE_CLIENT_KEY" || code == u"API_KEY_NOT_VALID")
        return QCoreApplication::translate("hexclave::api::ApiError", "Check that the key belongs to this project and has not been revoked.");
    if (code == u"API_KEY_REVOKED" || code == u"API_KEY_EXPIRED")
        return QCoreApplication::translate("hexclave::api::ApiError", "Create a new key in the project's API keys page.");
    if (code == u"EMAIL_PASSWORD_MISMATCH")
        return QCoreApplication::translate("hexclave::api::ApiError", "Check the email address and password.");
    if (code == u"PROJECT_NOT_FOUND" || code == u"CURRENT_PROJECT_NOT_FOUND")
        return QCoreApplication::translate("hexclave::api::ApiError", "Check the project id.");
    if (code.contains(u"ACCESS_TOKEN"))
        return QCoreApplication::translate("hexclave::api::ApiError", "Sign in again.");
    return {};
}

} // namespace

QString ApiError::userMessage() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        if (code == kAnswerLostCode) { // a complete message: the server was reached
            text = message;
            break;
        }
        text = QCoreApplication::translate("hexclave::api::ApiError", "The server could not be reached: %1. Check the address and your network connection.").arg(message);
        break;
    case Kind::Timeout:
        text = message + u' ' + QCoreApplication::translate("hexclave::api::ApiError", "Try again; if it keeps happening the server may be overloaded.");
        break;
    case Kind::Tls:
        // A refused certificate (details["certificate"]) comes with complete sentences.
        text = details.contains(QStringLiteral("certificate"))
            ? message
            : QCoreApplication::translate("hexclave::api::ApiError", "The secure connection was refused: %1. The server's certificate is not trusted.").arg(message);
        break;
    case Kind::Parse:
        text = QCoreApplication::translate("hexclave::api::ApiError", "The server answered with something this app does not understand (%1).").arg(message);
        break;
    case Kind::SessionExpired:
        // details["complete"]: the message already says what to do (or that nothing is left to do).
        if (details.value(QStringLiteral("complete")).toBool())
            text = message;
        else
            text = message.isEmpty() ? QCoreApplication::translate("hexclave::api::ApiError", "Your session has expired. Sign in again to continue.")
                                     : message + u' ' + QCoreApplication::translate("hexclave::api::ApiError", "Sign in again to continue.");
        break;
    case Kind::Keychain:
        text = message;
        break;
    case Kind::Cancelled:
        text = QCoreApplication::translate("hexclave::api::ApiError", "Cancelled.");
        break;
    case Kind::Http:
        if (httpStatus == 429) {
            text = retryAfterSeconds > 0
                ? QCoreApplication::translate("hexclave::api::ApiError", "The server is limiting requests. Try again in %1 seconds.").arg(retryAfterSeconds)
                : QCoreApplication::translate("hexclave::api::ApiError", "The server is limiting requests. Try again in a moment.");
        } else if (!message.isEmpty()) {
            text = message;
        } else if (httpStatus >= 500) {
            text = QCoreApplication::translate("hexclave::api::ApiError", "The server had an internal error (HTTP %1).").arg(httpStatus);
        } else {
            text = QCoreApplication::translate("hexclave::api::ApiError", "The request failed with HTTP %1.").arg(httpStatus);
        }
        if (const QString hint = hintForCode(code); !hint.isEmpty())
            text += u' ' + hint;
        break;
    }
    return text;
}

QString ApiError::technicalSummary() const
{
    QStringList parts;
    if (httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!code.isEmpty())
        parts << code;
    if (!requestId.isEmpty())
        parts << QCoreApplication::translate("hexclave::api::ApiError", "request %1").arg(requestId);
    return parts.join(QStringLiteral(" · "));
}

QString ApiError::describe() const
{
    const QString summary = technicalSummary();
    return summary.isEmpty() ? userMessage() : userMessage() + QStringLiteral("\n(%1)").arg(summary);
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    error.message = QCoreApplication::translate("hexclave::api::ApiError", "Cancelled.");
    return error;
}

ApiError ApiError::answerLost()
{
    ApiError error;
    error.kind = Kind::Network;
    error.code = kAnswerLostCode.toString();
    error.message = QCoreApplication::translate("hexclave::api::ApiError",
                                                "The connection closed before the server answered, so the change may or may not "
                                                "have been made. Reload to check before you try again.");
    return error;
}

ApiError ApiError::parse(const QString &what)
{
    ApiError error;
    error.kind = Kind::Parse;
    error.message = what;
    return error;
}

ApiError ApiError::keychain(const QString &what)
{
    ApiError error;
    error.kind = Kind::Keychain;
    error.message = what;
    return error;
}

} // namespace hexclave::api
