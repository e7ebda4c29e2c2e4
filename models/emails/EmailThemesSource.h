#pragma once

#include "ConfigSettingsWriter.h"
#include "dto/Email.h"

#include <QObject>
#include <QPointer>

namespace hexclave::models {

// The project's email themes (GET /internal/email-themes) and which one it uses
// (emails.selectedThemeId of the configuration). One per Emails page: the drafts, templates and
// themes tabs share it, so a new theme or another project theme shows in all three.
class EmailThemesSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailThemesSource)

public:
    EmailThemesSource(api::ApiClient *client, api::ProjectScope scope, QObject *parent = nullptr);

    // Reads the list and the configuration again; themesChanged() or loadFailed() follows.
    // Nothing is read before the first call (whoever needs the themes first makes it); a call
    // while a load is under way does nothing more.
    void load();
    bool isLoaded() const { return m_listLoaded && m_writer->isLoaded(); }
    bool isLoading() const;
    bool isWriting() const { return m_writer->isWriting(); }

    // Sorted by name.
    const QList<api::EmailTheme> &themes() const { return m_themes; }
    QString selectedThemeId() const;
    // The theme's name; empty when the project has no theme with that id.
    QString themeName(const QString &id) const;

    // Makes `id` the project's theme (environment level, checked by reading it back);
    // selectedThemeWritten() follows. False (nothing done) while a write is under way.
    bool setSelectedTheme(const QString &id);

    ConfigSettingsWriter *writer() const { return m_writer; }

Q_SIGNALS:
    void themesChanged();
    void loadFailed(const hexclave::api::ApiError &error);
    void selectedThemeWritten(bool ok, const hexclave::api::ApiError &error);

private:
    void loadList();

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    ConfigSettingsWriter *m_writer;
    QList<api::EmailTheme> m_themes;
    bool m_listLoaded = false;
    bool m_listLoading = false;
    int m_listGeneration = 0;
};

} // namespace hexclave::models
