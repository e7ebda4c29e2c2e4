#include "EmailThemesSource.h"

#include "core/ApiClient.h"
#include "endpoints/EmailsEndpoints.h"

#include <QCollator>

#include <algorithm>

namespace hexclave::models {

EmailThemesSource::EmailThemesSource(api::ApiClient *client, api::ProjectScope scope, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(scope)
    , m_writer(new ConfigSettingsWriter(client, std::move(scope), this))
{
    connect(m_writer, &ConfigSettingsWriter::loaded, this, &EmailThemesSource::themesChanged);
    connect(m_writer, &ConfigSettingsWriter::written, this, [this] {
        Q_EMIT themesChanged();
        Q_EMIT selectedThemeWritten(true, {});
    });
    connect(m_writer, &ConfigSettingsWriter::failed, this,
            [this](ConfigSettingsWriter::Stage stage, const api::ApiError &error) {
                if (stage == ConfigSettingsWriter::Stage::Loading && !m_writer->isLoaded()) {
                    Q_EMIT loadFailed(error);
                    return;
                }
                // A failed or unverified write: show what the server holds now.
                Q_EMIT themesChanged();
                Q_EMIT selectedThemeWritten(false, error);
            });
}

void EmailThemesSource::load()
{
    if (isLoading())
        return; // the answers under way serve this call too
    loadList();
    if (!m_writer->isBusy())
        m_writer->load();
}

bool EmailThemesSource::isLoading() const
{
    return m_listLoading || (m_writer->isBusy() && !m_writer->isWriting());
}

void EmailThemesSource::loadList()
{
    if (!m_client)
        return;
    const int generation = ++m_listGeneration;
    m_listLoading = true;
    auto *job = m_client->send(api::emails::themes(m_scope));
    connect(job, &api::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_listGeneration)
            return; // a newer load is under way
        m_listLoading = false;
        if (!job->succeeded()) {
            Q_EMIT loadFailed(job->error());
            return;
        }
        m_themes = job->takeValue().themes;
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(m_themes.begin(), m_themes.end(),
                         [&collator](const api::EmailTheme &a, const api::EmailTheme &b) {
                             return collator.compare(a.displayName, b.displayName) < 0;
                         });
        m_listLoaded = true;
        Q_EMIT themesChanged();
    });
}

QString EmailThemesSource::selectedThemeId() const
{
    return m_writer->rendered().stringAt(api::emails::selectedThemePath).value_or(QString());
}

QString EmailThemesSource::themeName(const QString &id) const
{
    const auto found = std::find_if(m_themes.cbegin(), m_themes.cend(),
                                    [&id](const api::EmailTheme &theme) { return theme.id == id; });
    return found == m_themes.cend() ? QString() : found->displayName;
}

bool EmailThemesSource::setSelectedTheme(const QString &id)
{
    return m_writer->write({ConfigSetting::string(api::emails::selectedThemePath, id).atEnvironment()});
}

} // namespace hexclave::models
