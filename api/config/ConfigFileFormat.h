#pragma once

#include "dto/ProjectConfig.h"

#include <QString>

#include <optional>

namespace hexclave::api {

// A project's hexclave.config.ts, as the official CLI writes it:
//     import type { HexclaveConfig } from "@hexclave/js/config";
//
//     export const config: HexclaveConfig = { …nested JSON… };
// Files written by hand are accepted too: comments, unquoted keys, single quotes, trailing
// commas, dotted keys ("auth.allowSignUp": true), `as const` / `satisfies HexclaveConfig`,
// a defineHexclaveConfig({ … }) / defineStackConfig({ … }) wrapper, the older StackConfig type,
// no import line, and export const config = "show-onboarding" (an empty configuration).
// Real code — function calls, spreads, variables, computed keys, methods, template literals —
// is refused with the line and column where it starts. Duplicate keys: the later one wins (as in
// JavaScript); dotted keys are expanded as the CLI's normalize() does (fewer dots first), and one
// that would go into a non-object value is an error. Values nested more than 100 levels deep are
// refused (the parser never recurses without a limit). Only comments and
// `export default config;` may follow the statement (kept in `epilogue`). Comments inside the
// value, a wrapper, `as const` or `satisfies X` are not written back: write() always produces the
// CLI's plain form (JSON.stringify(config, null, 2)), with CRLF line ends when the preamble has them.
struct ConfigFile
{
    // Everything before `export const config` (import lines, comments) exactly as written; a
    // new file gets the CLI's import line followed by an empty line.
    QString preamble;
    // The type annotation after `config:` ("HexclaveConfig"), empty when there was none.
    QString typeName;
    // The value: nested (dotted keys expanded), never null-valued keys (those are dropped).
    ConfigTree config;
    // What follows the statement's `;`, verbatim, when it is more than white space: comments and
    // `export default config;` (the only statement accepted there). Empty for the CLI's files;
    // write() puts it right after the `;` (and ends the file with a line break when it is empty).
    QString epilogue = {};
    // The file said `export const config = "show-onboarding"` (the CLI's marker for a project still
    // to be onboarded, read as an empty configuration). write() writes the marker back while this
    // is set and `config` is still empty; once `config` has values it writes the object instead.
    bool showOnboarding = false;

    // A new file: the CLI's import line, `HexclaveConfig`, an empty configuration.
    static ConfigFile empty();
};

struct ConfigFileError
{
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters
    QString message;

    // "line 3, column 7: <message>"
    QString toString() const;
};

namespace configfile {

// Reads the text of a hexclave.config.ts. On error `error` (if given) says where and why, and
// nullopt is returned. Never throws.
std::optional<ConfigFile> parse(const QString &text, ConfigFileError *error = nullptr);
// The file's text: the preamble kept as it was, then
// `export const config: <typeName> = <config as nested JSON, 2-space indent>;\n`
// (without a type annotation when typeName is empty); `"show-onboarding"` instead of the object when
// showOnboarding is set and the configuration is empty. parse(write(f)) gives f back.
QString write(const ConfigFile &file);

} // namespace configfile

} // namespace hexclave::api
