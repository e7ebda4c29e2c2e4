#include "PaletteMatch.h"

#include <QStringList>

namespace hexclave::models {

namespace {

bool isWordStart(const QString &text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

// The best place of `word` in `text`: 3 at its start, 2 at the start of one of its words, 1
// inside a word, 0 nowhere.
int wordScore(const QString &word, const QString &text)
{
    int best = 0;
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        best = std::max(best, at == 0 ? 3 : isWordStart(text, at) ? 2 : 1);
        if (best == 3)
            break;
    }
    return best;
}

} // namespace

int paletteMatchScore(const QString &query, const QString &text)
{
    const QString typed = query.simplified();
    if (typed.isEmpty())
        return 0;
    int score = 0;
    for (const QString &word : typed.split(u' ', Qt::SkipEmptyParts)) {
        const int each = wordScore(word, text);
        if (each == 0)
            return -1;
        score += each * 10;
    }
    const QString whole = text.simplified();
    if (whole.compare(typed, Qt::CaseInsensitive) == 0)
        score += 100;
    else if (whole.startsWith(typed, Qt::CaseInsensitive))
        score += 40;
    return score;
}

} // namespace hexclave::models
