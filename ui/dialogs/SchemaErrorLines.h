#pragma once

#include "core/ApiError.h"

#include <QList>
#include <QString>

namespace hexclave::ui {

// One complaint of a SCHEMA_ERROR answer. The server lists them one a line below a heading:
// "Request validation failed on POST /api/v1/team-invitations/send-code:\n  - body.email must be a valid email".
struct SchemaErrorLine
{
    QString text;    // the line without its "  - "
    QString field;   // the request field it names, without "body." / "query." / "params.": "email",
                     // "client_metadata.theme"; empty when it names none ("Only lowercase letters, … are allowed")
    QString message; // what it says about the field, capitalized ("Must be a valid email"); else the text

    // The line names `name` or something inside it ("client_metadata" for "client_metadata.theme").
    bool isAbout(QStringView name) const;
};

// The lines of a SCHEMA_ERROR, each once (the server repeats some), in the server's order; none
// for any other error.
QList<SchemaErrorLine> schemaErrorLines(const api::ApiError &error);

// What the lines about the request field `name` say (their messages, one a line); empty when
// none is about it.
QString schemaErrorAbout(const api::ApiError &error, QStringView name);

} // namespace hexclave::ui
