#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hexclave::models {

// One line of a line-based diff: kept, added (only in the new text) or removed (only in the old).
struct DiffLine
{
    enum class Kind { Same, Added, Removed };

    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// The lines of `after` against those of `before` (a longest common subsequence): every line of
// both, in order, each marked kept, added or removed; where a stretch changed, its removed lines
// come before the added ones.
QList<DiffLine> diffLines(const QStringList &before, const QStringList &after);
// The same for two texts split at '\n'; an empty text has no lines (so a new entry is all added).
QList<DiffLine> diffTexts(const QString &before, const QString &after);
// True when some line was added or removed.
bool hasDifferences(const QList<DiffLine> &diff);

} // namespace hexclave::models
