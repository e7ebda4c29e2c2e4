#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace hexclave::tests {

// What Prism logged about one request it received: the upstream's status and each line that
// reports a violation or an error.
struct PrismLogEntry
{
    QString method; // empty for lines logged before the first request
    QString path;
    int upstreamStatus = 0; // 0 when Prism answered itself (422) or did not say
    QStringList findings;
};

// Stoplight Prism as a validating proxy in front of a server, started through
// ../shared/contract/prism-proxy.sh (which installs Prism from npm on first use). The proxy
// listens on a free loopback port; point a client's API root at apiRoot() (no /api/v1: Prism
// appends the request path to the upstream API root).
class PrismProxy : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrismProxy)

public:
    // `script`: prism-proxy.sh; `spec` and `access`: admin | server | client.
    PrismProxy(QString script, QUrl upstream, QString spec, QString access, QObject *parent = nullptr);
    ~PrismProxy() override;

    // Starts the script and waits until the proxy accepts connections (the first run installs
    // Prism, hence the long default). False with errorString() when it exited or timed out.
    bool start(int timeoutMs = 90'000);
    void stop();

    QUrl apiRoot() const;
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

    // Waits until the proxy has printed nothing new for `quietMs`, then returns every line it
    // printed on stdout so far (where Prism reports violations).
    QStringList drainOutput(int quietMs = 400);
    // Splits Prism's stdout into one entry per request received.
    static QList<PrismLogEntry> parseLog(const QStringList &lines);
    // What it printed on stderr (npm, engine warnings, the spec patch scripts), the last lines.
    QString stderrTail(int lines = 25) const;

private:
    static quint16 freePort();
    bool acceptsConnections() const;
    void readStdout();

    QString m_script;
    QUrl m_upstream;
    QString m_spec;
    QString m_access;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    QByteArray m_partialLine;
    QStringList m_lines;
    QByteArray m_stderr;
};

} // namespace hexclave::tests
