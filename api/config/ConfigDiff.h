#pragma once

#include "dto/ProjectConfig.h"

#include <QList>
#include <QString>

namespace hexclave::api {

// One difference between two configurations, at a leaf path of either (see ConfigTree::leafPaths).
struct ConfigChange
{
    enum class Kind { Added, Removed, Changed };

    QString path;
    QString before; // compact JSON text; empty when added
    QString after;  // compact JSON text; empty when removed

    Kind kind() const;
    friend bool operator==(const ConfigChange &, const ConfigChange &) = default;
};

// What differs between `before` and `after` (both read nested), in the order of `after`'s paths
// followed by the paths only `before` has. A value that turns from an object into a plain value
// (or back) is one change at the object's path.
QList<ConfigChange> diffConfigs(const ConfigTree &before, const ConfigTree &after);

} // namespace hexclave::api
