#pragma once

#include "dto/Support.h"
#include "endpoints/SupportEndpoints.h"
#include "support/SupportAgent.h"

#include <QString>
#include <QStringList>

namespace hexclave::models {

// The attributes to send for one change of a conversation's assignee, priority or tags. The
// server clears an assignee or tags that a metadata PATCH leaves out, so every change carries
// all four fields: the conversation's current values with only the one change applied.
class ConversationAttributesChange
{
public:
    // No change yet: the conversation's current attributes.
    explicit ConversationAttributesChange(const api::ConversationSummary &current);

    ConversationAttributesChange assignedTo(const SupportAgent &agent) const;
    ConversationAttributesChange unassigned() const;
    ConversationAttributesChange withPriority(const QString &priority) const;
    ConversationAttributesChange withTags(const QStringList &tags) const;
    ConversationAttributesChange withTagAdded(const QString &tag) const;
    ConversationAttributesChange withTagRemoved(const QString &tag) const;

    const api::support::ConversationAttributes &attributes() const { return m_next; }
    // False when the change would send what the conversation already has.
    bool changesAnything() const;

private:
    api::support::ConversationAttributes m_current;
    api::support::ConversationAttributes m_next;
};

// Tags as the server keeps them: trimmed, empty ones dropped, duplicates removed (the first
// spelling wins), order kept.
QStringList normalizedTags(const QStringList &tags);
// What someone typed into a tag field: one or more tags separated by commas.
QStringList parseTags(const QString &text);

// Whether the conversation is assigned to someone (by user id or only by name).
bool isAssigned(const api::ConversationMetadata &metadata);
// Whether it is assigned to `agent` (by user id).
bool isAssignedTo(const api::ConversationMetadata &metadata, const SupportAgent &agent);

} // namespace hexclave::models
