#include "UsersExportFormat.h"

#include "CsvText.h"

namespace hexclave::models {

std::unique_ptr<UsersExportFormatter> UsersExportFormatter::create(const UsersExportOptions &options)
{
    const QStringList fields = UserExportFields::known(options.fields);
    if (options.format == ExportFormat::Json)
        return std::make_unique<JsonUsersFormatter>(fields);
    return std::make_unique<CsvUsersFormatter>(fields, options.csvByteOrderMark);
}

// ---- CSV --------------------------------------------------------------------------------

CsvUsersFormatter::CsvUsersFormatter(const QStringList &fields, bool byteOrderMark)
    : m_fields(fields)
    , m_cells(fields)
    , m_byteOrderMark(byteOrderMark)
{
}

void CsvUsersFormatter::appendRecord(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += u',';
        out += csvField(fields.at(i));
    }
    out += QStringLiteral("\r\n");
}

QByteArray CsvUsersFormatter::begin()
{
    QStringList titles;
    for (const QString &key : std::as_const(m_fields))
        titles.append(UserExportFields::title(key));
    QString header;
    appendRecord(header, titles);
    QByteArray bytes = m_byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
    return bytes + header.toUtf8();
}

QByteArray CsvUsersFormatter::page(const QList<api::User> &users)
{
    QString out;
    out.reserve(users.size() * 160);
    for (const api::User &user : users)
        appendRecord(out, m_cells.cells(user));
    return out.toUtf8();
}

QByteArray CsvUsersFormatter::end()
{
    return {};
}

// ---- JSON -------------------------------------------------------------------------------

JsonUsersFormatter::JsonUsersFormatter(const QStringList &fields)
    : m_encoder(fields)
{
}

QByteArray JsonUsersFormatter::begin()
{
    return QByteArrayLiteral("[");
}

QByteArray JsonUsersFormatter::page(const QList<api::User> &users)
{
    QByteArray out;
    out.reserve(users.size() * 300);
    for (const api::User &user : users) {
        out += m_empty ? "\n" : ",\n";
        out += m_encoder.encode(user);
        m_empty = false;
    }
    return out;
}

QByteArray JsonUsersFormatter::end()
{
    return m_empty ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n");
}

} // namespace hexclave::models
