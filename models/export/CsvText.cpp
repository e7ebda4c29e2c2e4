#include "CsvText.h"

#include <QDateTime>

namespace hexclave::models {

QString csvField(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString value = text;
    const QChar first = value.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        value.prepend(u'\'');
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
    if (!needsQuotes)
        return value;
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

QString isoUtc(qint64 millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace hexclave::models
