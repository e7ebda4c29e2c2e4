#pragma once

#include <QList>
#include <QString>

namespace hexclave::bench {

// One start of the built app: hexclave-admin --demo --page users --screenshot FILE --timings,
// offscreen. The in-app figures come from its "timing:" lines (measured from main()); the
// parent's from the moment it started the process.
struct AppStartupRun
{
    QString error;              // empty when the run worked
    double firstPaintMs = -1;   // timing: first-paint-ms
    double firstDataMs = -1;    // timing: first-data-ms
    int requests = -1;          // timing: requests
    double parentFirstDataMs = -1; // process start -> the first-data line arrived
    double parentExitMs = -1;      // process start -> exit (after the screenshot)
};

QList<AppStartupRun> runAppStartups(const QString &binary, int runs);

} // namespace hexclave::bench
