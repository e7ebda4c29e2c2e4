#pragma once

#include "dto/Permission.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hexclave::models {

// Which permission definition contains which (one scope): to refuse a containment that would
// make a loop before it is sent, to list everything a permission brings with it, and to say
// which definitions lose a permission when it is deleted.
class PermissionContainment
{
public:
    PermissionContainment() = default;
    explicit PermissionContainment(const QList<api::PermissionDefinition> &definitions);

    bool isDefined(const QString &id) const { return m_contained.contains(id); }
    // What `id` contains directly, as defined (unknown ids: nothing).
    QStringList directlyContained(const QString &id) const { return m_contained.value(id); }
    // Everything `id` contains, directly or through another contained permission; sorted,
    // without `id` itself. Safe on looping data.
    QStringList allContained(const QString &id) const;
    // The definitions that contain `id` directly, sorted.
    QStringList containersOf(const QString &id) const;
    // The loop that giving `id` exactly `contained` would make, as the ids along it from `id`
    // back to `id` ({"a", "b", "a"}: a contains b, which contains a); empty when there is none.
    // The shortest such loop is reported.
    QStringList cycleIfContaining(const QString &id, const QStringList &contained) const;

private:
    QStringList pathBetween(const QString &from, const QString &to) const; // shortest, or empty

    QHash<QString, QStringList> m_contained;
};

} // namespace hexclave::models
