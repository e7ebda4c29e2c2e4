#pragma once

#include <QString>

namespace hexclave::models {

// How well `text` matches what was typed in the command palette: every word of `query` must
// occur in `text` (case-insensitive, in any order). A word at the start of the text scores
// most, then one at the start of a word, then one inside a word; the whole text typed out
// scores above all. -1: no match; 0: an empty query (everything matches equally).
int paletteMatchScore(const QString &query, const QString &text);

} // namespace hexclave::models
