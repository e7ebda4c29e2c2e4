#pragma once

#include <QColor>
#include <QPalette>

namespace hexclave::ui {

bool isDarkPalette(const QPalette &palette);
// Text colour for errors that reads well on the palette's window colour.
QColor errorTextColor(const QPalette &palette);
// The window colour moved a little towards `accent`, for banners.
QColor tintedWindow(const QPalette &palette, const QColor &accent, qreal amount = 0.18);
// For item views with check boxes: Fusion draws their frame from the window colour, which on a
// dark palette is as dark as the rows, so unticked boxes would vanish. Light palettes stay as they are.
QPalette withVisibleItemCheckBoxes(QPalette palette);
// Backgrounds of added and removed lines in a diff, on the palette's base colour (light or dark).
QColor diffAddedBackground(const QPalette &palette);
QColor diffRemovedBackground(const QPalette &palette);

// Foreground colours for syntax highlighting (JSON, TSX), one set for every highlighter: dark,
// saturated colours on light palettes and light, softer ones on dark palettes, each with a
// contrast of at least 4.5:1 against the usual base colours.
enum class SyntaxColor { Key, String, Number, Keyword, Attribute, Comment };
QColor syntaxColor(const QPalette &palette, SyntaxColor role);

} // namespace hexclave::ui
