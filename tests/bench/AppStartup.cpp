#include "AppStartup.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>

namespace hexclave::bench {

namespace {

constexpr int runTimeoutMs = 90'000;

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

AppStartupRun runOnce(const QString &binary, const QString &screenshot, const QProcessEnvironment &environment)
{
    AppStartupRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QByteArray pending;
    QByteArray everything;
    QElapsedTimer clock;
    QEventLoop loop;

    QObject::connect(&process, &QProcess::readyReadStandardError, &loop, [&] {
        const QByteArray chunk = process.readAllStandardError();
        everything += chunk;
        pending += chunk;
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline).trimmed();
            pending.remove(0, newline + 1);
            const auto value = [&line](const char *prefix) { return line.mid(qsizetype(qstrlen(prefix))).toDouble(); };
            if (line.startsWith("timing: first-paint-ms=")) {
                run.firstPaintMs = value("timing: first-paint-ms=");
            } else if (line.startsWith("timing: first-data-ms=")) {
                run.parentFirstDataMs = elapsedMs(clock);
                run.firstDataMs = value("timing: first-data-ms=");
            } else if (line.startsWith("timing: requests=")) {
                run.requests = int(value("timing: requests="));
            }
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, [&] {
        run.parentExitMs = elapsedMs(clock);
        loop.quit();
    });
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            run.error = QStringLiteral("could not start %1: %2").arg(binary, process.errorString());
            loop.quit();
        }
    });
    QTimer::singleShot(runTimeoutMs, &loop, [&] {
        run.error = QStringLiteral("no exit within %1 s").arg(runTimeoutMs / 1000);
        process.kill();
        loop.quit();
    });

    clock.start();
    process.start(binary, {QStringLiteral("--demo"), QStringLiteral("--page"), QStringLiteral("users"),
                           QStringLiteral("--screenshot"), screenshot, QStringLiteral("--timings")});
    loop.exec();
    if (process.state() != QProcess::NotRunning)
        process.waitForFinished(5'000);

    if (run.error.isEmpty() && (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0))
        run.error = QStringLiteral("exit code %1").arg(process.exitCode());
    if (run.error.isEmpty() && (run.firstPaintMs < 0 || run.firstDataMs < 0))
        run.error = QStringLiteral("no timing lines");
    if (run.error.isEmpty() && QFileInfo(screenshot).size() <= 0)
        run.error = QStringLiteral("no screenshot written");
    if (!run.error.isEmpty())
        run.error += QStringLiteral("; stderr: ") + QString::fromUtf8(everything.right(600));
    return run;
}

} // namespace

QList<AppStartupRun> runAppStartups(const QString &binary, int runs)
{
    QTemporaryDir scratch; // screenshots, and a private XDG_RUNTIME_DIR (mode 0700)
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), scratch.path());
    QList<AppStartupRun> results;
    for (int i = 0; i < runs; ++i)
        results.append(runOnce(binary, scratch.filePath(QStringLiteral("users-%1.png").arg(i)), environment));
    return results;
}

} // namespace hexclave::bench
