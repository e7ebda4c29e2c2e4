#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace hexclave::app {

// What the command line asked for (see README "Command-line flags").
struct CommandLine
{
    bool demo = false;
    int demoUsers = 120;
    QString page;            // area id; empty: the last one used
    QString screenshotFile;  // grab the window once the page's first data is shown, then exit
    QString language;        // e.g. "de", "zh_CN"; empty: settings, then the system
    bool timings = false;    // print start-up timings on stderr (for the benchmark)

    // Parses `arguments` (argv); on a usage error returns nullopt and sets `error`.
    static std::optional<CommandLine> parse(const QStringList &arguments, QString *error, QString *helpText);
};

} // namespace hexclave::app
