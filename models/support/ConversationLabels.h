#pragma once

#include <QString>

namespace hexclave::models {

// The words the web dashboard uses for a conversation's values; values this app does not know
// are shown as sent.
// "open" → "Needs support", "pending" → "Waiting on user", "closed" → "Resolved".
QString conversationStatusLabel(const QString &status);
// "low" → "Low", … "urgent" → "Urgent".
QString conversationPriorityLabel(const QString &priority);
// "manual" → "Started by support", "chat" → "Chat", "email" → "Email", "api" → "API".
QString conversationSourceLabel(const QString &source);
// The label of an internal note, the same in the thread and in the composer.
QString internalNoteLabel();

} // namespace hexclave::models
