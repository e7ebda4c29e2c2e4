#include "AppSettings.h"

#include <QSettings>

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
        {Key::LastConnectionId, "session/lastConnectionId", QString()},
        {Key::LastProjectId, "session/lastProjectId", QString()},
        {Key::LastProjectName, "session/lastProjectName", QString()},
        {Key::LastArea, "session/lastArea", QStringLiteral("users")},
        {Key::WindowGeometry, "ui/windowGeometry", QByteArray()},
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
    const KeyInfo &entry = info(key);
    if (!m_settings)
        return m_memory.value(key, entry.defaultValue);
    return m_settings->value(QString::fromLatin1(entry.name), entry.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return;
    if (m_settings)
        m_settings->setValue(QString::fromLatin1(info(key).name), value);
    else
        m_memory.insert(key, value);
    Q_EMIT changed(key);
}

} // namespace hexclave::ui
