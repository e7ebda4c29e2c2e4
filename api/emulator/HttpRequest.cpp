#include "HttpRequest.h"

using namespace Qt::StringLiterals;

namespace hexclave::emulator {

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView lowerCaseName) const
{
    for (const auto &entry : headers) {
        if (entry.first == lowerCaseName)
            return true;
    }
    return false;
}

QByteArray HttpRequest::stackHeader(QByteArrayView name) const
{
    const QByteArray stackName = QByteArray("x-stack-") + name.toByteArray();
    if (hasHeader(stackName))
        return header(stackName);
    return header(QByteArray(QByteArray("x-hexclave-") + name.toByteArray()));
}

bool HttpRequest::hasStackHeader(QByteArrayView name) const
{
    return hasHeader(QByteArray(QByteArray("x-stack-") + name.toByteArray()))
        || hasHeader(QByteArray(QByteArray("x-hexclave-") + name.toByteArray()));
}

QString HttpRequest::fullUrl() const
{
    QString url = u"http://"_s + QString::fromLatin1(host) + QString::fromLatin1(rawPath);
    if (!rawQuery.isEmpty())
        url += u'?' + QString::fromLatin1(rawQuery);
    return url;
}

} // namespace hexclave::emulator
