#include "ErrorResponse.h"

#include "CertificateTrust.h"
#include "dto/JsonSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QNetworkReply>

namespace hexclave::api {

namespace {

constexpr qsizetype maxPlainTextLength = 600;

QString plainText(const QByteArray &body)
{
    QString text = QString::fromUtf8(body).trimmed();
    if (text.size() > maxPlainTextLength)
        text = text.left(maxPlainTextLength) + QStringLiteral("…");
    return text;
}

} // namespace

int parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // An HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT") always says GMT, which Qt's RFC 2822
    // parser does not accept before Qt 6.5: spell the zone as an offset.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(u" GMT") || text.endsWith(u" UTC"))
        text = text.chopped(3) + u"+0000";
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

ApiError errorFromResponse(int httpStatus, const QByteArray &knownErrorHeader, const QByteArray &retryAfterHeader,
                           const QString &contentType, const QByteArray &body)
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = httpStatus;
    error.code = QString::fromUtf8(knownErrorHeader.trimmed());
    error.retryAfterSeconds = parseRetryAfter(retryAfterHeader);

    // A body nested too deeply to read safely is shown as text.
    const bool looksLikeJson = (contentType.contains(u"json") || body.trimmed().startsWith('{'))
        && json::tooDeepAt(std::string_view(body.constData(), std::size_t(body.size()))) < 0;
    if (looksLikeJson) {
        const auto parsed = nlohmann::ordered_json::parse(body.cbegin(), body.cend(), nullptr, false);
        if (parsed.is_object()) {
            try {
                if (const auto code = json::optionalString(parsed, "code"))
                    error.code = *code;
                error.message = json::stringOrEmpty(parsed, "error");
                if (const auto details = parsed.find("details"); details != parsed.end() && details->is_object())
                    error.details = json::toVariant(*details).toMap();
            } catch (const std::exception &) {
                // A JSON body of an unexpected shape: fall back to showing its text.
                error.message.clear();
            }
            if (error.message.isEmpty())
                error.message = plainText(body);
            return error;
        }
    }
    error.message = plainText(body);
    return error;
}

ApiError networkError(const QNetworkReply &reply, int transferTimeoutMs)
{
    ApiError error;
    error.message = reply.errorString();
    switch (reply.error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        error.message = QCoreApplication::translate("hexclave::api::ApiError", "The server did not answer within %n second(s).", nullptr,
                                                    transferTimeoutMs / 1000);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        return CertificateTrust::refusal(reply);
    case QNetworkReply::ContentReSendError: // a POST or PATCH whose answer was lost (see SingleSendBody)
        return ApiError::answerLost();
    default:
        error.kind = ApiError::Kind::Network;
        break;
    }
    return error;
}

} // namespace hexclave::api
