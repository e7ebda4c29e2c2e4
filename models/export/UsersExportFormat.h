#pragma once

#include "UserExportFields.h"

#include "dto/UserJson.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace hexclave::models {

// What an export writes: the format, the fields (server names, see UserExportFields) and how
// many users each request asks for.
struct UsersExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    QStringList fields = UserExportFields::defaults();
    // UTF-8 with a byte-order mark: Excel needs it to read UTF-8 CSV (without, names in other
    // scripts come out garbled); LibreOffice, pandas (utf-8-sig) and csvkit accept it.
    bool csvByteOrderMark = true;
    int pageSize = 1000; // the server's maximum
};

// Turns pages of users into the bytes of an export file: a beginning, a chunk per page, an end.
// Formatting a page is independent of the pages before it, so the file streams.
class UsersExportFormatter
{
public:
    virtual ~UsersExportFormatter() = default;

    virtual QByteArray begin() = 0;
    virtual QByteArray page(const QList<api::User> &users) = 0;
    virtual QByteArray end() = 0;

    static std::unique_ptr<UsersExportFormatter> create(const UsersExportOptions &options);
};

// RFC 4180: fields separated by commas, records by CRLF, a header row of column titles. A field
// is quoted when it holds a comma, a quote or a line break, with quotes doubled. A field that
// a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets
// a leading apostrophe (OWASP "CSV injection"), which spreadsheets show as text.
class CsvUsersFormatter final : public UsersExportFormatter
{
public:
    CsvUsersFormatter(const QStringList &fields, bool byteOrderMark);

    QByteArray begin() override;
    QByteArray page(const QList<api::User> &users) override;
    QByteArray end() override;

    static void appendRecord(QString &out, const QStringList &fields);

private:
    QStringList m_fields;
    UserCsvCells m_cells;
    bool m_byteOrderMark;
};

// A JSON array of objects with the server's field names, one user per line.
class JsonUsersFormatter final : public UsersExportFormatter
{
public:
    explicit JsonUsersFormatter(const QStringList &fields);

    QByteArray begin() override;
    QByteArray page(const QList<api::User> &users) override;
    QByteArray end() override;

private:
    api::UserJsonEncoder m_encoder;
    bool m_empty = true;
};

} // namespace hexclave::models
