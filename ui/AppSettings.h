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
        ColorScheme,       // "system", "light" or "dark" (see ColorScheme.h)
        LastConnectionId,
        LastProjectId,
        LastProjectName,   // shown while the project list is loading
        LastArea,          // area id, e.g. "users"
        WindowGeometry,
        UsersTableHeader,  // column order, widths and hidden columns of the users table
        CallbackBaseUrl,   // per project: the app's address that links in mails lead to (see callbackUrl)
        ExportFormat,      // last users export: "csv" or "json"
        ExportColumns,     // last users export: field names (QStringList), empty for the defaults
        ExportFolder,      // last users export: the folder it was saved in
        ExportCsvByteOrderMark, // last users export: CSV with a UTF-8 byte-order mark (for Excel)
        PaymentsTab,       // per project: the payments page's last tab ("products", "revenue", …)
        EmailsTab,         // per project: the emails page's last tab ("drafts", "outbox", "server", …)
        EmailEditorSplitters, // the email source editors' splitters: {"list": state, "preview": state}
        SupportSplitter,   // the support page's splitter between the inbox and the conversation
    };
    Q_ENUM(Key)

    // The pages of the app that links in mails open.
    enum class CallbackPage { PasswordReset, SignIn, EmailVerification, TeamInvitation };
    Q_ENUM(CallbackPage)

    // `settings` may be null: values then live in memory only (demo mode, tests).
    explicit AppSettings(QSettings *settings, QObject *parent = nullptr);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    // Values kept for each project separately (e.g. its callback URL).
    QVariant projectValue(const QString &projectId, Key key) const;
    void setProjectValue(const QString &projectId, Key key, const QVariant &value);
    // Writes what was set to disk now (before another process reads it).
    void sync();

    // Where a mail's link leads: the app's address remembered for the project, followed by the
    // page's default handler path (https://app.example.com/handler/password-reset); empty while
    // no address is remembered. One address serves every kind of mail.
    QString callbackUrl(const QString &projectId, CallbackPage page) const;
    // Remembers the app's address from a callback URL the person confirmed: what comes before
    // its "/handler/…" path, or its scheme, host and port for a page elsewhere.
    void rememberCallbackUrl(const QString &projectId, const QString &url);
    // The Stack Auth SDK's default path of the page ("/handler/password-reset", …).
    static QString handlerPath(CallbackPage page);

    QString language() const { return value(Key::Language).toString(); }
    QString lastArea() const { return value(Key::LastArea).toString(); }

Q_SIGNALS:
    void changed(hexclave::ui::AppSettings::Key key);

private:
    static QString projectName(const QString &projectId, Key key);
    QVariant storedValue(const QString &name, const QVariant &defaultValue) const;
    bool store(const QString &name, const QVariant &value); // false when nothing changed

    QSettings *m_settings;
    QHash<QString, QVariant> m_memory; // by settings name, when there is no QSettings
};

} // namespace hexclave::ui
