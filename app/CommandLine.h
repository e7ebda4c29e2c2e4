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
    bool demoMetrics = true; // false (--demo-no-metrics): the demo server answers metrics like one without ClickHouse
    double demoFaultRate = 0; // --demo-faults: share (0..1) of the demo server's answers hit by injected faults
    QString page;            // area id; empty: the last one used
    QString screenshotFile;  // grab the window once the page's first data is shown, then exit
    QString language;        // e.g. "de", "zh_CN" (ui/Languages.h); empty: settings, then the system
    QString colorScheme;     // "system", "light" or "dark" for this run; empty: settings
    bool timings = false;    // print start-up timings on stderr (for the benchmark)
    QString configFile;      // a hexclave.config.ts to open in a config file window

    // Parses `arguments` (argv); on a usage error returns nullopt and sets `error`.
    static std::optional<CommandLine> parse(const QStringList &arguments, QString *error, QString *helpText);
};

} // namespace hexclave::app
