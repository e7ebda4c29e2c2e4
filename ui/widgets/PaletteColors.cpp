#include "PaletteColors.h"

namespace hexclave::ui {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorTextColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(255, 138, 128) : QColor(185, 28, 28);
}

QColor tintedWindow(const QPalette &palette, const QColor &accent, qreal amount)
{
    const QColor window = palette.color(QPalette::Window);
    return QColor::fromRgbF(window.redF() * (1 - amount) + accent.redF() * amount,
                            window.greenF() * (1 - amount) + accent.greenF() * amount,
                            window.blueF() * (1 - amount) + accent.blueF() * amount);
}

QPalette withVisibleItemCheckBoxes(QPalette palette)
{
    if (isDarkPalette(palette))
        palette.setColor(QPalette::Window, palette.color(QPalette::PlaceholderText).lighter(130));
    return palette;
}

namespace {

QColor blendedBase(const QPalette &palette, const QColor &accent, qreal amount)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(base.redF() * (1 - amount) + accent.redF() * amount,
                            base.greenF() * (1 - amount) + accent.greenF() * amount,
                            base.blueF() * (1 - amount) + accent.blueF() * amount);
}

} // namespace

QColor diffAddedBackground(const QPalette &palette)
{
    return isDarkPalette(palette) ? blendedBase(palette, QColor(46, 160, 67), 0.30)
                                  : blendedBase(palette, QColor(46, 160, 67), 0.22);
}

QColor diffRemovedBackground(const QPalette &palette)
{
    return isDarkPalette(palette) ? blendedBase(palette, QColor(218, 54, 51), 0.30)
                                  : blendedBase(palette, QColor(218, 54, 51), 0.20);
}

} // namespace hexclave::ui
