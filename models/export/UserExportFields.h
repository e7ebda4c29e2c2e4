#pragma once

#include "dto/User.h"
#include "dto/UserJson.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hexclave::models {

enum class ExportFormat { Csv, Json };

// The user fields an export can hold, named as the server names them ("primary_email", …):
// those names are the JSON keys, what the settings remember, and what a field list is made of.
// The fields themselves and their order are the API's (api::UserField); this adds what people
// read: the column titles, and which fields a first export holds.
class UserExportFields
{
    Q_DECLARE_TR_FUNCTIONS(hexclave::models::UserExportFields)

public:
    static QStringList all();      // every field, in the server's order (admin-api.md "Users")
    static QStringList defaults(); // what a first export holds
    static bool isKnown(const QString &key) { return api::UserJsonEncoder::isKnownField(key); }
    // The column title people read ("Primary email"); the key itself for an unknown field.
    static QString title(const QString &key);
    static QString title(api::UserField field);
    // Keeps the known fields of `keys`, in the order given, once each.
    static QStringList known(const QStringList &keys);
};

// One user's fields as CSV cell texts (before quoting): ISO 8601 UTC timestamps with
// milliseconds, true/false, nested values (metadata, risk scores, OAuth providers) as compact
// JSON, the selected team by name, restricted_reason by its type, and null as an empty cell.
class UserCsvCells
{
public:
    explicit UserCsvCells(const QStringList &keys); // unknown keys are left out

    QStringList cells(const api::User &user) const;

private:
    QList<api::UserField> m_fields;
};

} // namespace hexclave::models
