#pragma once

#include <QPalette>
#include <QString>

namespace hexclave::ui {

// The app's light or dark look. System follows the desktop's palette (and its changes while the
// app runs); Light and Dark force Qt's Fusion style with a palette of their own.
enum class ColorScheme { System, Light, Dark };

// Applies the scheme to the whole application; widgets that draw with palette colours (icons,
// charts, delegates) follow through the palette-change events.
void applyColorScheme(ColorScheme scheme);
// The palette a scheme applies (System: the one the platform gave at start-up).
QPalette schemePalette(ColorScheme scheme);
// True when the application's current palette is a dark one (PaletteColors' rule).
bool isDarkPalette();

// "system", "light", "dark" (settings and --color-scheme); unknown names give System.
ColorScheme colorSchemeFromName(const QString &name);
QString colorSchemeName(ColorScheme scheme);

} // namespace hexclave::ui
