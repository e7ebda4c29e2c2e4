#include "SchemaErrorLines.h"

#include <QRegularExpression>
#include <QStringList>

namespace hexclave::ui {

namespace {

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// "body.email must be a valid email" → field "email", message "Must be a valid email".
SchemaErrorLine parsed(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(?:body|query|params)\\.)?([a-z_][a-z0-9_]*(?:\\.[a-z0-9_]+)*)(?:\\s+(.*))?$"));
    SchemaErrorLine line{text, {}, text};
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return line;
    const QString field = match.captured(1);
    // "body contains unknown properties: x" is about the request as a whole.
    if (field == u"body" || field == u"query" || field == u"params")
        return line;
    line.field = field;
    const QString rest = match.captured(2).trimmed();
    if (!rest.isEmpty())
        line.message = capitalized(rest);
    return line;
}

} // namespace

bool SchemaErrorLine::isAbout(QStringView name) const
{
    return !name.isEmpty() && field.startsWith(name) && (field.size() == name.size() || field.at(name.size()) == u'.');
}

QList<SchemaErrorLine> schemaErrorLines(const api::ApiError &error)
{
    QList<SchemaErrorLine> lines;
    if (error.kind != api::ApiError::Kind::Http || !error.is(u"SCHEMA_ERROR"))
        return lines;
    const QString message = error.details.value(QStringLiteral("message"), error.message).toString();
    QStringList texts;
    const QStringList rawLines = message.split(u'\n');
    for (const QString &rawLine : rawLines) {
        const QString trimmed = rawLine.trimmed();
        if (trimmed.startsWith(u"- "))
            texts << trimmed.mid(2).trimmed();
    }
    // Without the list form the message itself is the one complaint.
    if (texts.isEmpty() && rawLines.size() == 1 && !message.trimmed().isEmpty())
        texts << message.trimmed();
    QStringList seen;
    for (const QString &text : std::as_const(texts)) {
        if (text.isEmpty() || seen.contains(text))
            continue;
        seen << text;
        lines << parsed(text);
    }
    return lines;
}

QString schemaErrorAbout(const api::ApiError &error, QStringView name)
{
    QStringList messages;
    const QList<SchemaErrorLine> lines = schemaErrorLines(error);
    for (const SchemaErrorLine &line : lines) {
        if (line.isAbout(name)) // something inside the field: the whole line says what
            messages << (line.field.size() == name.size() ? line.message : line.text);
    }
    return messages.join(u'\n');
}

} // namespace hexclave::ui
