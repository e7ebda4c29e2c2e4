#pragma once

#include "CredentialKind.h"

#include <QList>
#include <QString>

namespace hexclave::api {

// The areas of the console, in navigation order.
enum class Area { Overview, Users, Teams, Permissions, ApiKeys, Payments, Emails, Support, Config };

QList<Area> allAreas();
QString areaId(Area area);    // stable id used by --page: "overview", "users", …
QString areaTitle(Area area); // for people
bool areaFromId(const QString &id, Area *area);

// What a credential may do in an area (admin-api.md §1): server keys cannot use the
// /internal/* admin routes nor permission definitions; support needs a dashboard account.
struct Capability
{
    enum class Level { Full, Partial, None };
    Level level = Level::Full;
    QString explanation; // why something is limited or unavailable, and what would unlock it

    bool available() const { return level != Level::None; }
};

Capability capabilityFor(CredentialKind kind, Area area);

} // namespace hexclave::api
