#include "ReplyDrafts.h"

#include "autosave/EditorAutosave.h"

#include <QStringList>
#include <QTimer>

namespace hexclave::models {

ReplyDrafts::ReplyDrafts(EditorAutosave *autosave, const QString &projectId, QObject *parent)
    : QObject(parent)
    , m_autosave(autosave)
    , m_projectId(projectId)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(storeDelayMs);
    connect(m_timer, &QTimer::timeout, this, &ReplyDrafts::flush);
}

ReplyDrafts::~ReplyDrafts()
{
    blockSignals(true); // listeners may be going too
    flush();
}

QString ReplyDrafts::key(const QString &projectId, const QString &conversationId, Mode mode)
{
    return projectId + QStringLiteral("/support/") + conversationId
        + (mode == Mode::Reply ? QStringLiteral("/reply") : QStringLiteral("/note"));
}

QString ReplyDrafts::text(const QString &conversationId, Mode mode) const
{
    const QString draftKey = key(m_projectId, conversationId, mode);
    if (const auto pending = m_pending.constFind(draftKey); pending != m_pending.cend())
        return pending->text;
    if (!m_autosave)
        return {};
    const auto stored = m_autosave->find(draftKey);
    return stored ? stored->text : QString();
}

bool ReplyDrafts::hasDraft(const QString &conversationId) const
{
    return !text(conversationId, Mode::Reply).trimmed().isEmpty() || !text(conversationId, Mode::Note).trimmed().isEmpty();
}

QString ReplyDrafts::conversationIdOf(const QString &draftKey) const
{
    // "<projectId>/support/<conversationId>/<mode>"
    const QString prefix = m_projectId + QStringLiteral("/support/");
    const QString rest = draftKey.mid(prefix.size());
    return rest.left(rest.lastIndexOf(u'/'));
}

void ReplyDrafts::setText(const QString &conversationId, Mode mode, const QString &text, const QString &title)
{
    if (conversationId.isEmpty())
        return;
    m_pending.insert(key(m_projectId, conversationId, mode), {text, title});
    m_timer->start(); // restarts: stored a second after the last change
}

void ReplyDrafts::flush()
{
    m_timer->stop();
    if (!m_autosave) {
        m_pending.clear();
        return;
    }
    const auto pending = std::exchange(m_pending, {});
    QStringList changedIds;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const QString conversationId = conversationIdOf(it.key());
        if (it->text.trimmed().isEmpty()) {
            m_autosave->discard(it.key());
            if (!changedIds.contains(conversationId))
                changedIds.append(conversationId);
            continue;
        }
        AutosavedText entry;
        entry.key = it.key();
        entry.title = it->title;
        entry.text = it->text;
        if (!m_autosave->store(entry)) {
            m_lastError = m_autosave->lastError();
            emit storeFailed(m_lastError);
        } else if (!changedIds.contains(conversationId)) {
            changedIds.append(conversationId);
        }
    }
    for (const QString &conversationId : std::as_const(changedIds))
        emit changed(conversationId);
}

void ReplyDrafts::discard(const QString &conversationId, Mode mode)
{
    const QString draftKey = key(m_projectId, conversationId, mode);
    m_pending.remove(draftKey);
    if (m_autosave)
        m_autosave->discard(draftKey);
    emit changed(conversationId);
}

} // namespace hexclave::models
