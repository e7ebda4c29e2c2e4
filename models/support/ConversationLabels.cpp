#include "ConversationLabels.h"

#include <QCoreApplication>

namespace hexclave::models {

QString conversationStatusLabel(const QString &status)
{
    if (status == u"open")
        return QCoreApplication::translate("hexclave::models::ConversationLabels", "Needs support");
    if (status == u"pending")
        return QCoreApplication::translate("hexclave::models::ConversationLabels", "Waiting on user");
    if (status == u"closed")
        return QCoreApplication::translate("hexclave::models::ConversationLabels", "Resolved");
    return status;
}

QString conversationPriorityLabel(const QString &priority)
{
    if (priority == u"low")
        return QCoreApplication::translate("hexclave::models::ConversationLabels", "Low");
    if (priority == u"normal")
        return QCoreApplication::translate("hexclave::models::ConversationLabels", "Normal");
    if (priority == u"high")
        return QCoreApplication::translate("hexclave::models::ConversationLabels", "High");
    if (priority == u"urgent")
        return QCoreApplication::translate("hexclave::models::ConversationLabels", "Urgent");
    return priority;
}

QString conversationSourceLabel(const QString &source)
{
    if (source == u"manual")
        return QCoreApplication::translate("hexclave::models::ConversationLabels", "Started by support");
    if (source == u"chat")
        return QCoreApplication::translate("hexclave::models::ConversationLabels", "Chat");
    if (source == u"email")
        return QCoreApplication::translate("hexclave::models::ConversationLabels", "Email");
    if (source == u"api")
        return QCoreApplication::translate("hexclave::models::ConversationLabels", "API");
    return source;
}

QString internalNoteLabel()
{
    return QCoreApplication::translate("hexclave::models::ConversationLabels", "Internal note · only your team sees this");
}

} // namespace hexclave::models
