#include "PrismProxy.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace hexclave::tests {

namespace {

constexpr int pollIntervalMs = 250;
constexpr int stopTimeoutMs = 5'000;

// Prism colours its log when it thinks it has a terminal; the lines are matched as plain text.
QString withoutAnsiEscapes(const QString &line)
{
    static const QRegularExpression escape(QStringLiteral("\x1b\\[[0-9;]*[A-Za-z]"));
    QString plain = line;
    return plain.remove(escape);
}

} // namespace

PrismProxy::PrismProxy(QString script, QUrl upstream, QString spec, QString access, QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
    , m_upstream(std::move(upstream))
    , m_spec(std::move(spec))
    , m_access(std::move(access))
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &PrismProxy::readStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process.readAllStandardError();
        if (m_stderr.size() > 256 * 1024)
            m_stderr = m_stderr.right(128 * 1024);
    });
}

PrismProxy::~PrismProxy()
{
    stop();
}

quint16 PrismProxy::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool PrismProxy::acceptsConnections() const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    const bool connected = socket.waitForConnected(pollIntervalMs);
    socket.abort();
    return connected;
}

bool PrismProxy::start(int timeoutMs)
{
    m_port = freePort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free loopback port for the proxy");
        return false;
    }
#ifdef Q_OS_UNIX
    // Its own process group (so stop() also ends an npm install still running under the
    // script), and on Linux a SIGTERM when this test dies without stopping it.
    m_process.setChildProcessModifier([] {
        ::setpgid(0, 0);
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
    });
#endif
    m_process.start(m_script, {m_upstream.toString(), QString::number(m_port), m_spec, m_access});
    if (!m_process.waitForStarted()) {
        m_error = QStringLiteral("could not run %1: %2").arg(m_script, m_process.errorString());
        return false;
    }

    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            m_stderr += m_process.readAllStandardError();
            m_error = QStringLiteral("prism-proxy.sh exited with code %1 before listening:\n%2")
                          .arg(m_process.exitCode())
                          .arg(stderrTail());
            return false;
        }
        if (acceptsConnections())
            return true;
        QTest::qWait(pollIntervalMs); // keeps reading the script's output meanwhile
    }
    m_error = QStringLiteral("Prism did not listen on port %1 within %2 s:\n%3")
                  .arg(m_port)
                  .arg(timeoutMs / 1000)
                  .arg(stderrTail());
    stop();
    return false;
}

void PrismProxy::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
#ifdef Q_OS_UNIX
    const auto group = static_cast<pid_t>(m_process.processId());
    if (group > 0)
        ::kill(-group, SIGTERM);
#else
    m_process.terminate();
#endif
    if (!m_process.waitForFinished(stopTimeoutMs)) {
#ifdef Q_OS_UNIX
        if (group > 0)
            ::kill(-group, SIGKILL);
#endif
        m_process.kill();
        m_process.waitForFinished(stopTimeoutMs);
    }
    readStdout();
}

QUrl PrismProxy::apiRoot() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void PrismProxy::readStdout()
{
    m_partialLine += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_partialLine.indexOf('\n')) >= 0) {
        const QString line = withoutAnsiEscapes(QString::fromUtf8(m_partialLine.left(newline))).trimmed();
        m_partialLine.remove(0, newline + 1);
        if (!line.isEmpty())
            m_lines.append(line);
    }
}

QStringList PrismProxy::drainOutput(int quietMs)
{
    QElapsedTimer quiet;
    quiet.start();
    qsizetype seen = m_lines.size();
    while (quiet.elapsed() < quietMs) {
        QTest::qWait(50);
        readStdout();
        if (m_lines.size() != seen) {
            seen = m_lines.size();
            quiet.restart();
        }
    }
    return m_lines;
}

QList<PrismLogEntry> PrismProxy::parseLog(const QStringList &lines)
{
    // [HTTP SERVER] get /users/abc ℹ  info      Request received
    static const QRegularExpression received(QStringLiteral("\\[HTTP SERVER\\] (\\w+) (\\S+) .*Request received"));
    // [PROXY] ℹ  info      The upstream call to /users/abc has returned 404
    static const QRegularExpression upstream(QStringLiteral("The upstream call to \\S+ has returned (\\d+)"));
    QList<PrismLogEntry> entries(1); // lines before the first request
    for (const QString &line : lines) {
        if (const auto match = received.match(line); match.hasMatch()) {
            entries.append({match.captured(1).toUpper(), match.captured(2), 0, {}});
        } else if (const auto status = upstream.match(line); status.hasMatch()) {
            entries.last().upstreamStatus = status.captured(1).toInt();
        } else if (line.contains(QLatin1String("violation"), Qt::CaseInsensitive) || line.contains(QStringLiteral("✖  error"))) {
            entries.last().findings.append(line);
        }
    }
    if (entries.constFirst().findings.isEmpty())
        entries.removeFirst();
    return entries;
}

QString PrismProxy::stderrTail(int lines) const
{
    const QStringList all = QString::fromUtf8(m_stderr).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

} // namespace hexclave::tests
