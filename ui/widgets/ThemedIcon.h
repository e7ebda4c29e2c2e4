#pragma once

#include <QIcon>
#include <QString>

namespace hexclave::ui {

// A monochrome SVG from resources/icons, drawn at whatever size and pixel ratio is asked for
// and coloured with the current palette, so it stays crisp on HiDPI screens and readable on
// dark palettes.
QIcon themedIcon(const QString &name);
// The same icon in a fixed colour (status marks such as a green check).
QIcon tintedIcon(const QString &name, const QColor &color);

} // namespace hexclave::ui
