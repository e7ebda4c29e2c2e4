#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace hexclave::models {

// A support agent: someone a conversation can be assigned to. The server stores the assignee as
// free strings (id and display name), so an agent is just that pair.
struct SupportAgent
{
    QString userId;
    QString displayName;

    bool operator==(const SupportAgent &) const = default;
};

} // namespace hexclave::models

Q_DECLARE_METATYPE(hexclave::models::SupportAgent)
