#include "TextDiff.h"

#include <algorithm>
#include <vector>

namespace hexclave::models {

QList<DiffLine> diffLines(const QStringList &before, const QStringList &after)
{
    // The lines both texts start and end with need no table: config texts mostly differ in a
    // few lines, and the table is (changed before) × (changed after).
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
           && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    const qsizetype rows = before.size() - prefix - suffix;
    const qsizetype columns = after.size() - prefix - suffix;

    // common[i][j]: length of the longest common subsequence of the middle parts from i and j on.
    std::vector<int> common(std::size_t((rows + 1) * (columns + 1)), 0);
    const auto at = [columns](qsizetype i, qsizetype j) { return std::size_t(i * (columns + 1) + j); };
    for (qsizetype i = rows - 1; i >= 0; --i) {
        for (qsizetype j = columns - 1; j >= 0; --j) {
            common[at(i, j)] = before[prefix + i] == after[prefix + j]
                ? common[at(i + 1, j + 1)] + 1
                : std::max(common[at(i + 1, j)], common[at(i, j + 1)]);
        }
    }

    QList<DiffLine> diff;
    diff.reserve(before.size() + after.size() - prefix - suffix);
    for (qsizetype k = 0; k < prefix; ++k)
        diff.append({DiffLine::Kind::Same, before[k]});
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < rows || j < columns) {
        if (i < rows && j < columns && before[prefix + i] == after[prefix + j]) {
            diff.append({DiffLine::Kind::Same, before[prefix + i]});
            ++i;
            ++j;
        } else if (i < rows && (j == columns || common[at(i + 1, j)] >= common[at(i, j + 1)])) {
            diff.append({DiffLine::Kind::Removed, before[prefix + i]});
            ++i;
        } else {
            diff.append({DiffLine::Kind::Added, after[prefix + j]});
            ++j;
        }
    }
    for (qsizetype k = before.size() - suffix; k < before.size(); ++k)
        diff.append({DiffLine::Kind::Same, before[k]});
    return diff;
}

QList<DiffLine> diffTexts(const QString &before, const QString &after)
{
    const auto lines = [](const QString &text) {
        return text.isEmpty() ? QStringList() : text.split(u'\n');
    };
    return diffLines(lines(before), lines(after));
}

bool hasDifferences(const QList<DiffLine> &diff)
{
    return std::any_of(diff.cbegin(), diff.cend(), [](const DiffLine &line) { return line.kind != DiffLine::Kind::Same; });
}

} // namespace hexclave::models
