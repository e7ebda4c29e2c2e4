#pragma once

#include <QObject>
#include <QVariant>

class QSettings;

namespace hexclave::ui {

// The application's own preferences (never secrets): one place, named keys, typed defaults.
class AppSettings : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    enum class Key {
        Language,          // "" follows the system
        LastConnectionId,
        LastProjectId,
        LastProjectName,   // shown while the project list is loading
        LastArea,          // area id, e.g. "users"
        WindowGeometry,
    };
    Q_ENUM(Key)

    // `settings` may be null: values then live in memory only (demo mode, tests).
    explicit AppSettings(QSettings *settings, QObject *parent = nullptr);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QString language() const { return value(Key::Language).toString(); }
    QString lastArea() const { return value(Key::LastArea).toString(); }

Q_SIGNALS:
    void changed(hexclave::ui::AppSettings::Key key);

private:
    QSettings *m_settings;
    QHash<Key, QVariant> m_memory;
};

} // namespace hexclave::ui
