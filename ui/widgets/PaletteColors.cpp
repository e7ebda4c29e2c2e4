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

QColor syntaxColor(const QPalette &palette, SyntaxColor role)
{
    const bool dark = isDarkPalette(palette);
    switch (role) {
    case SyntaxColor::Key: return dark ? QColor(130, 177, 255) : QColor(0, 80, 170);
    case SyntaxColor::String: return dark ? QColor(152, 214, 130) : QColor(20, 110, 40);
    case SyntaxColor::Number: return dark ? QColor(247, 176, 112) : QColor(160, 70, 0);
    case SyntaxColor::Keyword: return dark ? QColor(203, 166, 247) : QColor(130, 40, 170);
    case SyntaxColor::Attribute: return dark ? QColor(110, 205, 215) : QColor(0, 110, 125);
    case SyntaxColor::Comment: return dark ? QColor(150, 158, 168) : QColor(100, 108, 118);
    }
    return palette.color(QPalette::Text);
}

} // namespace hexclave::ui
