#include "EmailSourceEdits.h"

#include "autosave/EditorAutosave.h"

#include <QTimer>

namespace hexclave::models {

namespace {

const QString themePrefix = QStringLiteral("theme:");

} // namespace

QString themeChoiceText(const api::EmailThemeChoice &choice)
{
    switch (choice.kind) {
    case api::EmailThemeChoice::Kind::None:
        return QStringLiteral("none");
    case api::EmailThemeChoice::Kind::Theme:
        return themePrefix + choice.themeId;
    case api::EmailThemeChoice::Kind::ProjectDefault:
        break;
    }
    return QStringLiteral("project");
}

std::optional<api::EmailThemeChoice> themeChoiceFromText(const QString &text)
{
    const QString line = text.trimmed();
    if (line == u"project")
        return api::EmailThemeChoice{};
    if (line == u"none")
        return api::EmailThemeChoice{api::EmailThemeChoice::Kind::None, {}};
    if (line.startsWith(themePrefix) && line.size() > themePrefix.size())
        return api::EmailThemeChoice{api::EmailThemeChoice::Kind::Theme, line.mid(themePrefix.size())};
    return std::nullopt;
}

EmailSourceEdits::EmailSourceEdits(EditorAutosave *autosave, const QString &keyPrefix, bool withTheme, QObject *parent)
    : QObject(parent)
    , m_autosave(autosave)
    , m_prefix(keyPrefix)
    , m_withTheme(withTheme)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(autosaveDelayMs);
    connect(m_timer, &QTimer::timeout, this, &EmailSourceEdits::flush);
}

// Closing normally writes what waited for the delay; only a crash can lose that last second.
EmailSourceEdits::~EmailSourceEdits()
{
    flush();
}

void EmailSourceEdits::setSaved(const QString &id, const EmailSourceVersion &version)
{
    m_saved.insert(id, version);
    const auto edit = m_edits.constFind(id);
    if (edit != m_edits.cend() && edit->version == version)
        discard(id);
}

std::optional<EmailSourceVersion> EmailSourceEdits::saved(const QString &id) const
{
    const auto found = m_saved.constFind(id);
    return found == m_saved.cend() ? std::nullopt : std::optional(*found);
}

void EmailSourceEdits::edit(const QString &id, const QString &title, const EmailSourceVersion &version)
{
    const std::optional<EmailSourceVersion> base = saved(id);
    if (base && *base == version) {
        if (m_edits.contains(id))
            discard(id);
        return;
    }
    const bool wasEdited = m_edits.contains(id);
    m_edits.insert(id, {title, version});
    m_unwritten.insert(id);
    m_timer->start();
    if (!wasEdited)
        Q_EMIT editsChanged(id, true);
}

std::optional<EmailSourceVersion> EmailSourceEdits::edited(const QString &id) const
{
    const auto found = m_edits.constFind(id);
    return found == m_edits.cend() ? std::nullopt : std::optional(found->version);
}

void EmailSourceEdits::discard(const QString &id)
{
    m_unwritten.remove(id);
    removeFromDisk(id);
    if (m_edits.remove(id))
        Q_EMIT editsChanged(id, false);
}

void EmailSourceEdits::markSaved(const QString &id, const EmailSourceVersion &version)
{
    m_saved.insert(id, version);
    const auto edit = m_edits.constFind(id);
    if (edit == m_edits.cend() || edit->version == version)
        discard(id);
    // else: typed on while saving; that edit stays (and its entry on disk).
}

void EmailSourceEdits::forget(const QString &id)
{
    m_saved.remove(id);
    discard(id);
}

void EmailSourceEdits::flush()
{
    m_timer->stop();
    if (!m_autosave)
        return;
    const QSet<QString> ids = std::exchange(m_unwritten, {});
    for (const QString &id : ids) {
        const auto edit = m_edits.constFind(id);
        if (edit == m_edits.cend())
            continue;
        AutosavedText entry;
        entry.key = keyFor(id);
        entry.title = edit->title;
        entry.text = edit->version.text;
        entry.baseText = m_saved.value(id).text;
        if (m_withTheme) // in the same file as the text: both are written together or not at all
            entry.extra = themeChoiceText(edit->version.theme);
        entry.savedAt = QDateTime::currentDateTime();
        const bool stored = m_autosave->store(entry);
        if (!stored) {
            m_lastError = m_autosave->lastError();
            m_unwritten.insert(id); // tried again with the next edit
            Q_EMIT autosaveFailed(m_lastError);
        }
    }
}

QList<RecoverableEdit> EmailSourceEdits::takeRecoverable(const QHash<QString, EmailSourceVersion> &server)
{
    QList<RecoverableEdit> found;
    if (!m_autosave)
        return found;
    const QList<AutosavedText> entries = m_autosave->entries(m_prefix);
    for (const AutosavedText &entry : entries) {
        const QString id = entry.key.mid(m_prefix.size());
        if (id.isEmpty() || id.contains(u'#') || id.contains(u'/') || m_edits.contains(id))
            continue;
        const auto onServer = server.constFind(id);
        if (onServer == server.cend())
            continue; // not listed (deleted elsewhere, or not loaded): left on disk
        EmailSourceVersion version{entry.text, onServer->theme};
        if (m_withTheme)
            version.theme = themeChoiceFromText(entry.extra).value_or(onServer->theme);
        if (version == *onServer) {
            removeFromDisk(id); // the server has it: nothing was lost
            continue;
        }
        found.append({id, entry.title, version, entry.savedAt, entry.baseText != onServer->text});
    }
    std::sort(found.begin(), found.end(),
              [](const RecoverableEdit &a, const RecoverableEdit &b) { return a.savedAt < b.savedAt; });
    return found;
}

QList<RecoverableEdit> EmailSourceEdits::takeUnlisted(const QSet<QString> &listedIds)
{
    QList<RecoverableEdit> found;
    if (!m_autosave)
        return found;
    const QList<AutosavedText> entries = m_autosave->entries(m_prefix);
    for (const AutosavedText &entry : entries) {
        const QString id = entry.key.mid(m_prefix.size());
        if (id.isEmpty() || id.contains(u'#') || id.contains(u'/') || m_edits.contains(id) || listedIds.contains(id))
            continue;
        EmailSourceVersion version{entry.text, {}};
        if (m_withTheme)
            version.theme = themeChoiceFromText(entry.extra).value_or(api::EmailThemeChoice{});
        found.append({id, entry.title, version, entry.savedAt, true});
    }
    return found;
}

void EmailSourceEdits::restore(const RecoverableEdit &edit)
{
    const bool wasEdited = m_edits.contains(edit.id);
    m_edits.insert(edit.id, {edit.title, edit.version});
    if (!wasEdited)
        Q_EMIT editsChanged(edit.id, true);
}

void EmailSourceEdits::removeFromDisk(const QString &id)
{
    if (!m_autosave)
        return;
    m_autosave->discard(keyFor(id));
}

void EmailSourceEdits::discardAll()
{
    m_timer->stop();
    m_unwritten.clear(); // nothing left for flush() (or the destructor) to write
    const QStringList ids = m_edits.keys();
    for (const QString &id : ids)
        discard(id);
}

} // namespace hexclave::models
