#pragma once

#include <QIcon>
#include <QString>

class QLabel;

namespace hexclave::ui {

// A monochrome SVG from resources/icons, drawn at whatever size and pixel ratio is asked for
// and coloured with the current palette, so it stays crisp on HiDPI screens and readable on
// dark palettes.
QIcon themedIcon(const QString &name);
// The same icon in a fixed colour (status marks such as a green check).
QIcon tintedIcon(const QString &name, const QColor &color);
// Shows `icon` as the picture of `label`, `size` pixels square at the label's pixel ratio, and
// draws it again when the palette, style or screen changes (a set pixmap would keep its colour).
void setIconPixmap(QLabel *label, const QIcon &icon, int size, QIcon::Mode mode = QIcon::Normal);

} // namespace hexclave::ui
