#pragma once

// Shared by the secrets tests (issue 10): a fresh HOME tree for every location the app writes to,
// every log line captured, and a search of files and log for every form of a secret. Secrets are
// named in findings, never printed.

#include "Branding.h"

#include <QApplication>
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QMutex>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

namespace hexclave::tests {

using namespace Qt::StringLiterals;

// Every message of every category, captured from before QApplication exists. Never destroyed:
// Qt still logs from its own exit handlers, after this header's globals would be gone.
inline QMutex *const g_logMutex = new QMutex;
inline QStringList *const g_log = new QStringList;
inline QtMessageHandler g_previousHandler = nullptr;

inline void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(g_logMutex);
        *g_log << QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message;
    }
    if (type != QtDebugMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

inline QStringList capturedLog()
{
    const QMutexLocker lock(g_logMutex);
    return *g_log;
}

struct Secret
{
    QString name; // what it is, printed instead of the value
    QString value;
};

// The byte forms a secret could take in a file or a log line.
inline QList<std::pair<QString, QByteArray>> formsOf(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<std::pair<QString, QByteArray>> forms;
    const auto add = [&forms](const QString &name, const QByteArray &bytes) {
        if (bytes.size() < 8)
            return;
        for (const auto &form : std::as_const(forms)) {
            if (form.second == bytes)
                return;
        }
        forms.append({name, bytes});
    };
    add(u"raw"_s, utf8);
    add(u"percent-encoded"_s, utf8.toPercentEncoding());
    const QByteArray json = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    add(u"JSON-escaped"_s, json.mid(2, json.size() - 4));
    // Base64 of the whole groups of three bytes: found wherever the secret starts a group.
    const QByteArray whole = utf8.left(utf8.size() - utf8.size() % 3);
    add(u"base64"_s, whole.toBase64());
    add(u"base64url"_s, whole.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QByteArray utf16le;
    QByteArray utf16be;
    for (const QChar c : secret) {
        utf16le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    add(u"UTF-16LE"_s, utf16le);
    add(u"UTF-16BE"_s, utf16be);
    // A truncated copy: the last 16 characters (the random part of a key, a JWT's signature).
    if (utf8.size() >= 24)
        add(u"last 16 characters"_s, utf8.right(16));
    return forms;
}

struct Figures
{
    int secrets = 0;
    int forms = 0;
    int files = 0;
    qint64 bytes = 0;
    int logLines = 0;
    qint64 logBytes = 0;
};

// Where any form of any secret occurs: "<secret name> (<form>) in <file or log line n>".
inline QStringList findSecrets(const QString &root, const QList<Secret> &secrets, Figures *figures)
{
    QList<std::pair<QString, QByteArray>> needles; // (description, bytes)
    for (const Secret &secret : secrets) {
        const auto forms = formsOf(secret.value);
        for (const auto &form : forms)
            needles.append({secret.name + u" ("_s + form.first + u')', form.second});
    }
    *figures = {};
    figures->secrets = int(secrets.size());
    figures->forms = int(needles.size());

    QStringList found;
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << u"unreadable file "_s + path; // cannot be searched: counts as a finding
            continue;
        }
        const QByteArray content = file.readAll();
        ++figures->files;
        figures->bytes += content.size();
        for (const auto &needle : std::as_const(needles)) {
            if (content.contains(needle.second))
                found << needle.first + u" in "_s + QDir(root).relativeFilePath(path);
        }
    }
    const QStringList log = capturedLog();
    figures->logLines = int(log.size());
    for (int line = 0; line < log.size(); ++line) {
        const QByteArray text = log.at(line).toUtf8();
        figures->logBytes += text.size();
        for (const auto &needle : std::as_const(needles)) {
            if (text.contains(needle.second))
                found << needle.first + u" in log line "_s + QString::number(line + 1) + u" ("_s
                             + log.at(line).section(u':', 0, 0) + u')';
        }
    }
    return found;
}

// Locks the default collection of the session's secret service (GNOME Keyring).
inline bool lockKeychain(QString *output)
{
    QProcess gdbus;
    gdbus.start(u"gdbus"_s, {u"call"_s, u"--session"_s, u"--dest"_s, u"org.freedesktop.secrets"_s, u"--object-path"_s,
                             u"/org/freedesktop/secrets"_s, u"--method"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                             u"['/org/freedesktop/secrets/aliases/default']"_s});
    if (!gdbus.waitForFinished(10000))
        return false;
    *output = QString::fromUtf8(gdbus.readAllStandardOutput() + gdbus.readAllStandardError());
    return gdbus.exitCode() == 0;
}

// Points HOME, the XDG directories and TMPDIR into `root` (before QApplication exists), turns on
// every logging category at debug level (QT_LOGGING_RULES wins over other rules) and captures
// every message. Returns the tree's canonical path, or an empty string.
inline QString useFreshHome(const QTemporaryDir &root)
{
    if (!root.isValid())
        return {};
    const QString path = QDir(root.path()).canonicalPath();
    for (const char *dir : {"config", "cache", "data", "state", "tmp"})
        QDir(path).mkpath(QString::fromLatin1(dir));
    qputenv("HOME", QFile::encodeName(path));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(path + u"/config"_s));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(path + u"/cache"_s));
    qputenv("XDG_DATA_HOME", QFile::encodeName(path + u"/data"_s));
    qputenv("XDG_STATE_HOME", QFile::encodeName(path + u"/state"_s));
    qputenv("TMPDIR", QFile::encodeName(path + u"/tmp"_s));
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    g_previousHandler = qInstallMessageHandler(captureMessage);
    return path;
}

// QTest::qExec installs its own handler: call this in initTestCase to keep capturing (messages
// other than debug still reach Qt Test's log).
inline void keepCapturingLog()
{
    const QtMessageHandler current = qInstallMessageHandler(captureMessage);
    if (current != captureMessage)
        g_previousHandler = current;
}

// main() of a test that runs the app in a fresh temporary HOME (see useFreshHome): Test is
// constructed with that HOME's path.
template <class Test>
int runInFreshHome(int argc, char *argv[])
{
    QTemporaryDir root;
    const QString path = useFreshHome(root);
    if (path.isEmpty())
        return 1;
    QApplication::setApplicationName(QStringLiteral(HEXCLAVE_EXECUTABLE));
    QApplication::setOrganizationName(QStringLiteral(HEXCLAVE_ORGANIZATION));
    QApplication::setOrganizationDomain(QStringLiteral(HEXCLAVE_ORGANIZATION_DOMAIN));
    QApplication app(argc, argv);
    Test test(path);
    return QTest::qExec(&test, argc, argv);
}

} // namespace hexclave::tests
