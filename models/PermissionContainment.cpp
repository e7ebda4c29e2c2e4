#include "PermissionContainment.h"

#include <QQueue>
#include <QSet>

namespace hexclave::models {

PermissionContainment::PermissionContainment(const QList<api::PermissionDefinition> &definitions)
{
    for (const api::PermissionDefinition &definition : definitions)
        m_contained.insert(definition.id, definition.containedPermissionIds);
}

QStringList PermissionContainment::allContained(const QString &id) const
{
    QSet<QString> seen;
    QQueue<QString> queue;
    queue.enqueue(id);
    while (!queue.isEmpty()) {
        const QStringList contained = m_contained.value(queue.dequeue());
        for (const QString &inner : contained) {
            if (inner != id && !seen.contains(inner)) {
                seen.insert(inner);
                queue.enqueue(inner);
            }
        }
    }
    QStringList result(seen.cbegin(), seen.cend());
    result.sort();
    return result;
}

QStringList PermissionContainment::containersOf(const QString &id) const
{
    QStringList containers;
    for (auto it = m_contained.cbegin(); it != m_contained.cend(); ++it) {
        if (it.key() != id && it.value().contains(id))
            containers << it.key();
    }
    containers.sort();
    return containers;
}

QStringList PermissionContainment::pathBetween(const QString &from, const QString &to) const
{
    // Breadth first, so that the loop reported is the shortest one.
    QHash<QString, QString> reachedFrom;
    QQueue<QString> queue;
    queue.enqueue(from);
    reachedFrom.insert(from, QString());
    while (!queue.isEmpty()) {
        const QString current = queue.dequeue();
        if (current == to) {
            QStringList path;
            for (QString step = to; !step.isEmpty(); step = reachedFrom.value(step))
                path.prepend(step);
            return path;
        }
        const QStringList contained = m_contained.value(current);
        for (const QString &inner : contained) {
            if (!reachedFrom.contains(inner)) {
                reachedFrom.insert(inner, current);
                queue.enqueue(inner);
            }
        }
    }
    return {};
}

QStringList PermissionContainment::cycleIfContaining(const QString &id, const QStringList &contained) const
{
    // With the new list in place, a loop through `id` runs from one of its contained
    // permissions back to it; the other definitions stay as they are.
    PermissionContainment changed = *this;
    changed.m_contained.insert(id, contained);
    QStringList shortest;
    for (const QString &inner : contained) {
        if (inner == id)
            return {id, id};
        const QStringList back = changed.pathBetween(inner, id);
        if (!back.isEmpty() && (shortest.isEmpty() || back.size() + 1 < shortest.size()))
            shortest = QStringList{id} + back;
    }
    return shortest;
}

} // namespace hexclave::models
