#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace hexclave::bench {

// One start of the built app: hexclave-admin --demo --page PAGE --screenshot FILE --timings,
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
    qint64 peakKb = -1;            // the app process's peak resident memory (-1: not known here)
};

// Starts the app, one run at a time, with a private XDG_RUNTIME_DIR and the screenshots in a
// scratch folder. On Unix the process is spawned and reaped here (wait4), which gives each run's
// own peak memory; elsewhere it runs through QProcess and the peak stays unknown.
class AppStarter
{
public:
    explicit AppStarter(QString binary);

    AppStartupRun run(const QString &page);

private:
    QString m_binary;
    QTemporaryDir m_scratch; // screenshots, and the XDG_RUNTIME_DIR (mode 0700)
    QProcessEnvironment m_environment;
    int m_runs = 0;
};

} // namespace hexclave::bench
