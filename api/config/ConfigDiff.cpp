#include "ConfigDiff.h"

#include <QSet>

namespace hexclave::api {

ConfigChange::Kind ConfigChange::kind() const
{
    if (before.isEmpty())
        return Kind::Added;
    if (after.isEmpty())
        return Kind::Removed;
    return Kind::Changed;
}

namespace {

// The shortest prefix of `path` (or the path itself) that is a leaf in `tree`, or empty when
// the path lies in a part of the tree that does not exist.
QString leafPrefixIn(const ConfigTree &tree, const QString &path)
{
    const QStringList segments = path.split(u'.');
    QString prefix;
    for (const QString &segment : segments) {
        prefix = prefix.isEmpty() ? segment : prefix + u'.' + segment;
        const ConfigValueKind kind = tree.kindAt(prefix);
        if (kind == ConfigValueKind::Missing)
            return {};
        if (kind != ConfigValueKind::Object || tree.keysAt(prefix).isEmpty())
            return prefix;
    }
    return path;
}

// Both absent, or the same JSON value (key order does not matter).
bool sameValue(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty();
    if (a == b)
        return true;
    const auto wrap = [](const QString &value) {
        return ConfigTree::fromJsonText(QStringLiteral("{\"v\":") + value + u'}');
    };
    return wrap(a).sameContent(wrap(b));
}

} // namespace

QList<ConfigChange> diffConfigs(const ConfigTree &before, const ConfigTree &after)
{
    QList<ConfigChange> changes;
    QSet<QString> seen;
    const auto compare = [&](const QString &leaf, const ConfigTree &other, bool leafIsAfter) {
        // A leaf of one tree compared at the matching place of the other: where the other tree
        // has an object, the whole value differs at the leaf's path (or the other's leaf above it).
        QString path = leaf;
        const QString otherLeaf = leafPrefixIn(other, leaf);
        if (!otherLeaf.isEmpty() && otherLeaf.size() < leaf.size())
            path = otherLeaf;
        if (seen.contains(path))
            return;
        seen.insert(path);
        const QString mine = (leafIsAfter ? after : before).jsonAt(path);
        const QString theirs = other.jsonAt(path);
        if (sameValue(mine, theirs))
            return;
        changes.append(leafIsAfter ? ConfigChange{path, theirs, mine} : ConfigChange{path, mine, theirs});
    };
    for (const QString &leaf : after.leafPaths())
        compare(leaf, before, true);
    for (const QString &leaf : before.leafPaths())
        compare(leaf, after, false);
    return changes;
}

} // namespace hexclave::api
