#include "AppStartup.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>
#else
#include <QProcess>
#endif

namespace hexclave::bench {

namespace {

constexpr int runTimeoutMs = 90'000;

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

QStringList appArguments(const QString &page, const QString &screenshot)
{
    return {QStringLiteral("--demo"), QStringLiteral("--page"), page, QStringLiteral("--screenshot"), screenshot,
            QStringLiteral("--timings")};
}

// Reads the app's stderr as it arrives: the "timing:" lines fill the run, the rest is kept for
// the error message of a failed run.
class TimingLines
{
public:
    TimingLines(AppStartupRun *run, const QElapsedTimer *clock)
        : m_run(run)
        , m_clock(clock)
    {
    }

    void add(const QByteArray &chunk)
    {
        m_everything += chunk;
        m_pending += chunk;
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            const QByteArray line = m_pending.left(newline).trimmed();
            m_pending.remove(0, newline + 1);
            const auto value = [&line](const char *prefix) { return line.mid(qsizetype(qstrlen(prefix))).toDouble(); };
            if (line.startsWith("timing: first-paint-ms=")) {
                m_run->firstPaintMs = value("timing: first-paint-ms=");
            } else if (line.startsWith("timing: first-data-ms=")) {
                m_run->parentFirstDataMs = elapsedMs(*m_clock);
                m_run->firstDataMs = value("timing: first-data-ms=");
            } else if (line.startsWith("timing: requests=")) {
                m_run->requests = int(value("timing: requests="));
            }
        }
    }

    QString tail() const { return QString::fromUtf8(m_everything.right(600)); }

private:
    AppStartupRun *m_run;
    const QElapsedTimer *m_clock;
    QByteArray m_pending;
    QByteArray m_everything;
};

void checkRun(AppStartupRun &run, bool exitedCleanly, int exitCode, const QString &screenshot, const TimingLines &lines)
{
    if (run.error.isEmpty() && !exitedCleanly)
        run.error = QStringLiteral("exit code %1").arg(exitCode);
    if (run.error.isEmpty() && (run.firstPaintMs < 0 || run.firstDataMs < 0))
        run.error = QStringLiteral("no timing lines");
    if (run.error.isEmpty() && QFileInfo(screenshot).size() <= 0)
        run.error = QStringLiteral("no screenshot written");
    if (!run.error.isEmpty())
        run.error += QStringLiteral("; stderr: ") + lines.tail();
}

#ifdef Q_OS_UNIX

// argv / envp for posix_spawn: the strings and the null-terminated pointer array over them.
class CStrings
{
public:
    explicit CStrings(const QStringList &strings)
    {
        for (const QString &string : strings)
            m_strings.push_back(QFile::encodeName(string).toStdString());
        for (std::string &string : m_strings)
            m_pointers.push_back(string.data());
        m_pointers.push_back(nullptr);
    }

    char *const *data() { return m_pointers.data(); }

private:
    std::vector<std::string> m_strings;
    std::vector<char *> m_pointers;
};

AppStartupRun runOnce(const QString &binary, const QString &page, const QString &screenshot,
                      const QProcessEnvironment &environment)
{
    AppStartupRun run;
    QElapsedTimer clock;
    TimingLines lines(&run, &clock);

    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        run.error = QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return run;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDERR_FILENO); // the copy loses O_CLOEXEC

    CStrings arguments(QStringList{binary} + appArguments(page, screenshot));
    CStrings variables(environment.toStringList());
    pid_t pid = 0;
    clock.start();
    const int spawnError = ::posix_spawn(&pid, QFile::encodeName(binary).constData(), &actions, nullptr,
                                         arguments.data(), variables.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    if (spawnError != 0) {
        ::close(pipeFds[0]);
        run.error = QStringLiteral("could not start %1: %2").arg(binary, QString::fromLocal8Bit(std::strerror(spawnError)));
        return run;
    }

    // Its stderr until the end of file (the app has exited or is about to), then reap it.
    const int readFd = pipeFds[0];
    ::fcntl(readFd, F_SETFL, ::fcntl(readFd, F_GETFL) | O_NONBLOCK);
    QEventLoop loop;
    QSocketNotifier notifier(readFd, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        char buffer[4096];
        for (;;) {
            const ssize_t count = ::read(readFd, buffer, sizeof buffer);
            if (count > 0) {
                lines.add(QByteArray(buffer, qsizetype(count)));
                continue;
            }
            if (count < 0 && errno == EINTR)
                continue;
            if (count == 0 || errno != EAGAIN) {
                notifier.setEnabled(false);
                loop.quit();
            }
            return;
        }
    });
    QTimer::singleShot(runTimeoutMs, &loop, [&] {
        run.error = QStringLiteral("no exit within %1 s").arg(runTimeoutMs / 1000);
        ::kill(pid, SIGKILL);
        loop.quit();
    });
    loop.exec();
    notifier.setEnabled(false);

    int status = 0;
    rusage usage{};
    pid_t reaped;
    do {
        reaped = ::wait4(pid, &status, 0, &usage);
    } while (reaped < 0 && errno == EINTR);
    run.parentExitMs = elapsedMs(clock);
    ::close(readFd);
    if (reaped == pid) {
#ifdef Q_OS_MACOS
        run.peakKb = qint64(usage.ru_maxrss) / 1024; // bytes there
#else
        run.peakKb = qint64(usage.ru_maxrss); // kB on Linux
#endif
    }
    const bool exitedCleanly = reaped == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    checkRun(run, exitedCleanly, reaped == pid && WIFEXITED(status) ? WEXITSTATUS(status) : -1, screenshot, lines);
    return run;
}

#else // no wait4: QProcess, without the peak memory

AppStartupRun runOnce(const QString &binary, const QString &page, const QString &screenshot,
                      const QProcessEnvironment &environment)
{
    AppStartupRun run;
    QElapsedTimer clock;
    TimingLines lines(&run, &clock);
    QProcess process;
    process.setProcessEnvironment(environment);
    QEventLoop loop;

    QObject::connect(&process, &QProcess::readyReadStandardError, &loop,
                     [&] { lines.add(process.readAllStandardError()); });
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
    process.start(binary, appArguments(page, screenshot));
    loop.exec();
    if (process.state() != QProcess::NotRunning)
        process.waitForFinished(5'000);
    checkRun(run, process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, process.exitCode(), screenshot,
             lines);
    return run;
}

#endif

} // namespace

AppStarter::AppStarter(QString binary)
    : m_binary(std::move(binary))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_scratch.path());
}

AppStartupRun AppStarter::run(const QString &page)
{
    const QString screenshot = m_scratch.filePath(QStringLiteral("%1-%2.png").arg(page).arg(++m_runs));
    return runOnce(m_binary, page, screenshot, m_environment);
}

} // namespace hexclave::bench
