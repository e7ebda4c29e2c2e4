#include "ConversationAttributesChange.h"

#include <QSet>

namespace hexclave::models {

namespace {

api::support::ConversationAttributes attributesOf(const api::ConversationSummary &summary)
{
    api::support::ConversationAttributes attributes;
    attributes.assignedToUserId = summary.metadata.assignedToUserId;
    attributes.assignedToDisplayName = summary.metadata.assignedToDisplayName;
    // The server always has a priority; an empty one would be refused, "normal" is its default.
    attributes.priority = summary.priority.isEmpty() ? QStringLiteral("normal") : summary.priority;
    attributes.tags = normalizedTags(summary.metadata.tags);
    return attributes;
}

bool sameAttributes(const api::support::ConversationAttributes &a, const api::support::ConversationAttributes &b)
{
    return a.assignedToUserId == b.assignedToUserId && a.assignedToDisplayName == b.assignedToDisplayName
        && a.priority == b.priority && a.tags == b.tags;
}

} // namespace

ConversationAttributesChange::ConversationAttributesChange(const api::ConversationSummary &current)
    : m_current(attributesOf(current))
    , m_next(m_current)
{
}

ConversationAttributesChange ConversationAttributesChange::assignedTo(const SupportAgent &agent) const
{
    ConversationAttributesChange change = *this;
    change.m_next.assignedToUserId = agent.userId.trimmed();
    change.m_next.assignedToDisplayName = agent.displayName.trimmed();
    return change;
}

ConversationAttributesChange ConversationAttributesChange::unassigned() const
{
    return assignedTo({});
}

ConversationAttributesChange ConversationAttributesChange::withPriority(const QString &priority) const
{
    ConversationAttributesChange change = *this;
    change.m_next.priority = priority;
    return change;
}

ConversationAttributesChange ConversationAttributesChange::withTags(const QStringList &tags) const
{
    ConversationAttributesChange change = *this;
    change.m_next.tags = normalizedTags(tags);
    return change;
}

ConversationAttributesChange ConversationAttributesChange::withTagAdded(const QString &tag) const
{
    return withTags(m_next.tags + parseTags(tag));
}

ConversationAttributesChange ConversationAttributesChange::withTagRemoved(const QString &tag) const
{
    QStringList tags = m_next.tags;
    tags.removeAll(tag.trimmed());
    return withTags(tags);
}

bool ConversationAttributesChange::changesAnything() const
{
    return !sameAttributes(m_current, m_next);
}

QStringList normalizedTags(const QStringList &tags)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed))
            continue;
        seen.insert(trimmed);
        result << trimmed;
    }
    return result;
}

QStringList parseTags(const QString &text)
{
    return normalizedTags(text.split(u','));
}

bool isAssigned(const api::ConversationMetadata &metadata)
{
    return !metadata.assignedToUserId.trimmed().isEmpty() || !metadata.assignedToDisplayName.trimmed().isEmpty();
}

bool isAssignedTo(const api::ConversationMetadata &metadata, const SupportAgent &agent)
{
    return !agent.userId.isEmpty() && metadata.assignedToUserId == agent.userId;
}

} // namespace hexclave::models
