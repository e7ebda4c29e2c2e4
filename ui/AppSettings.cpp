#include "AppSettings.h"

#include <QSettings>
#include <QUrl>

namespace hexclave::ui {

namespace {

struct KeyInfo
{
    AppSettings::Key key;
    const char *name;
    QVariant defaultValue;
};

const KeyInfo &info(AppSettings::Key key)
{
    using Key = AppSettings::Key;
    static const KeyInfo table[] = {
        {Key::Language, "ui/language", QString()},
        {Key::ColorScheme, "ui/colorScheme", QStringLiteral("system")},
        {Key::LastConnectionId, "session/lastConnectionId", QString()},
        {Key::LastProjectId, "session/lastProjectId", QString()},
        {Key::LastProjectName, "session/lastProjectName", QString()},
        {Key::LastArea, "session/lastArea", QStringLiteral("users")},
        {Key::WindowGeometry, "ui/windowGeometry", QByteArray()},
        {Key::UsersTableHeader, "ui/usersTableHeader", QByteArray()},
        {Key::CallbackBaseUrl, "callbackBaseUrl", QString()},
        {Key::ExportFormat, "export/format", QStringLiteral("csv")},
        {Key::ExportColumns, "export/columns", QStringList()},
        {Key::ExportFolder, "export/folder", QString()},
        {Key::ExportCsvByteOrderMark, "export/csvByteOrderMark", true},
        {Key::PaymentsTab, "payments/tab", QString()},
        {Key::EmailsTab, "emails/tab", QString()},
        {Key::EmailEditorSplitters, "emails/editorSplitters", QVariantMap()},
        {Key::SupportSplitter, "support/splitter", QByteArray()},
    };
    for (const KeyInfo &entry : table) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

AppSettings::AppSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QVariant AppSettings::value(Key key) const
{
    return storedValue(QString::fromLatin1(info(key).name), info(key).defaultValue);
}

void AppSettings::sync()
{
    if (m_settings)
        m_settings->sync();
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    if (store(QString::fromLatin1(info(key).name), value))
        Q_EMIT changed(key);
}

QVariant AppSettings::projectValue(const QString &projectId, Key key) const
{
    return storedValue(projectName(projectId, key), info(key).defaultValue);
}

void AppSettings::setProjectValue(const QString &projectId, Key key, const QVariant &value)
{
    if (store(projectName(projectId, key), value))
        Q_EMIT changed(key);
}

QString AppSettings::handlerPath(CallbackPage page)
{
    // The defaults of the SDK's getUrls() (handler "/handler").
    switch (page) {
    case CallbackPage::PasswordReset: return QStringLiteral("/handler/password-reset");
    case CallbackPage::SignIn: return QStringLiteral("/handler/sign-in");
    case CallbackPage::EmailVerification: return QStringLiteral("/handler/email-verification");
    case CallbackPage::TeamInvitation: return QStringLiteral("/handler/team-invitation");
    }
    Q_UNREACHABLE();
}

QString AppSettings::callbackUrl(const QString &projectId, CallbackPage page) const
{
    const QString base = projectValue(projectId, Key::CallbackBaseUrl).toString();
    return base.isEmpty() ? QString() : base + handlerPath(page);
}

void AppSettings::rememberCallbackUrl(const QString &projectId, const QString &url)
{
    QUrl base(url.trimmed());
    if (!base.isValid() || base.host().isEmpty())
        return;
    const QString path = base.path();
    const qsizetype handler = path.lastIndexOf(u"/handler/");
    base.setPath(handler >= 0 ? path.left(handler) : QString());
    base.setQuery(QString());
    base.setFragment(QString());
    QString text = base.toString();
    while (text.endsWith(u'/'))
        text.chop(1);
    setProjectValue(projectId, Key::CallbackBaseUrl, text);
}

QString AppSettings::projectName(const QString &projectId, Key key)
{
    // Project ids are UUIDs (or "internal"); percent-encoding keeps any other id a single key.
    return QStringLiteral("projects/") + QString::fromLatin1(QUrl::toPercentEncoding(projectId)) + u'/'
         + QString::fromLatin1(info(key).name);
}

QVariant AppSettings::storedValue(const QString &name, const QVariant &defaultValue) const
{
    if (!m_settings)
        return m_memory.value(name, defaultValue);
    return m_settings->value(name, defaultValue);
}

bool AppSettings::store(const QString &name, const QVariant &value)
{
    if (m_settings ? m_settings->value(name) == value : m_memory.value(name) == value)
        return false;
    if (m_settings)
        m_settings->setValue(name, value);
    else
        m_memory.insert(name, value);
    return true;
}

} // namespace hexclave::ui
