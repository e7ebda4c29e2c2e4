#include "ColorScheme.h"

#include "PaletteColors.h"

#include <QApplication>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace hexclave::ui {

namespace {

// What the platform gave at start-up, for System; taken before the first scheme is applied.
struct PlatformLook
{
    QString styleName;
    QPalette palette;
};

PlatformLook &platformLook()
{
    static PlatformLook look = [] {
        PlatformLook initial;
        if (QStyle *style = QApplication::style())
            initial.styleName = style->name();
        initial.palette = QApplication::palette();
        return initial;
    }();
    return look;
}

void setDisabled(QPalette &palette, QPalette::ColorRole role, const QColor &color)
{
    palette.setColor(QPalette::Disabled, role, color);
}

QPalette lightSchemePalette()
{
    const QColor window(239, 240, 241);
    const QColor base(255, 255, 255);
    const QColor text(30, 32, 36);
    const QColor disabledText(150, 153, 158);
    QPalette palette(text, window, QColor(255, 255, 255), QColor(160, 163, 168), QColor(200, 202, 206), text, text,
                     base, window);
    palette.setColor(QPalette::Midlight, QColor(227, 229, 232));
    palette.setColor(QPalette::Shadow, QColor(118, 120, 124));
    palette.setColor(QPalette::AlternateBase, QColor(246, 247, 248));
    palette.setColor(QPalette::ToolTipBase, QColor(255, 255, 220));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(112, 116, 122));
    palette.setColor(QPalette::Highlight, QColor(37, 99, 235));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(29, 78, 216));
    palette.setColor(QPalette::LinkVisited, QColor(109, 40, 217));
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::BrightText, Qt::white);

    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        setDisabled(palette, role, disabledText);
    setDisabled(palette, QPalette::Base, window);
    setDisabled(palette, QPalette::Highlight, QColor(180, 183, 188));
    setDisabled(palette, QPalette::HighlightedText, QColor(245, 245, 245));
    setDisabled(palette, QPalette::PlaceholderText, QColor(175, 178, 182));
    setDisabled(palette, QPalette::Link, QColor(125, 150, 210));
    return palette;
}

QPalette darkSchemePalette()
{
    const QColor window(37, 39, 43);
    const QColor base(28, 30, 33);
    const QColor text(230, 232, 235);
    const QColor disabledText(120, 124, 130);
    // Light = the bright edge Fusion draws check box and frame outlines with: it must stand out
    // from Base, or unticked check boxes vanish on dark rows.
    QPalette palette(text, QColor(52, 55, 61), QColor(120, 125, 134), QColor(18, 19, 21), QColor(78, 82, 90), text,
                     text, base, window);
    palette.setColor(QPalette::Midlight, QColor(90, 94, 102));
    palette.setColor(QPalette::Shadow, QColor(8, 8, 10));
    palette.setColor(QPalette::AlternateBase, QColor(34, 36, 40));
    palette.setColor(QPalette::ToolTipBase, QColor(52, 55, 61));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(150, 154, 160));
    palette.setColor(QPalette::Highlight, QColor(37, 99, 235));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(125, 180, 255));
    palette.setColor(QPalette::LinkVisited, QColor(190, 160, 255));
    palette.setColor(QPalette::BrightText, Qt::white);

    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        setDisabled(palette, role, disabledText);
    setDisabled(palette, QPalette::Base, window);
    setDisabled(palette, QPalette::Button, QColor(45, 47, 52));
    setDisabled(palette, QPalette::Highlight, QColor(70, 74, 82));
    setDisabled(palette, QPalette::HighlightedText, QColor(160, 164, 170));
    setDisabled(palette, QPalette::PlaceholderText, QColor(95, 99, 105));
    setDisabled(palette, QPalette::Link, QColor(90, 120, 160));
    return palette;
}

// Fusion outlines check boxes and radio buttons with the window colour made darker, which on a
// dark palette is as dark as the rows and fields beneath: unticked boxes all but vanished.
class SchemeStyle final : public QProxyStyle
{
public:
    SchemeStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if ((element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) && option
            && isDarkPalette(option->palette)) {
            if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option)) {
                QStyleOptionButton copy(*button);
                copy.palette = withVisibleItemCheckBoxes(copy.palette);
                QProxyStyle::drawPrimitive(element, &copy, painter, widget);
                return;
            }
            if (const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option)) {
                QStyleOptionViewItem copy(*item);
                copy.palette = withVisibleItemCheckBoxes(copy.palette);
                QProxyStyle::drawPrimitive(element, &copy, painter, widget);
                return;
            }
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

void setSchemeStyle()
{
    if (!dynamic_cast<SchemeStyle *>(QApplication::style()))
        QApplication::setStyle(new SchemeStyle);
}

void setPlatformStyle(const QString &name)
{
    QStyle *current = QApplication::style();
    if (current && !dynamic_cast<SchemeStyle *>(current) && current->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

void applyColorScheme(ColorScheme scheme)
{
    const PlatformLook &platform = platformLook();
    switch (scheme) {
    case ColorScheme::System:
        if (!platform.styleName.isEmpty())
            setPlatformStyle(platform.styleName);
        // A palette nobody set explicitly is resolved against the platform theme's: setting an
        // empty one again keeps following the desktop when it switches between light and dark.
        QApplication::setPalette(platform.palette.resolveMask() == 0 ? QPalette() : platform.palette);
        break;
    case ColorScheme::Light:
        setSchemeStyle();
        QApplication::setPalette(lightSchemePalette());
        break;
    case ColorScheme::Dark:
        setSchemeStyle();
        QApplication::setPalette(darkSchemePalette());
        break;
    }
}

QPalette schemePalette(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light: return lightSchemePalette();
    case ColorScheme::Dark: return darkSchemePalette();
    case ColorScheme::System: break;
    }
    return platformLook().palette;
}

bool isDarkPalette()
{
    return isDarkPalette(QApplication::palette());
}

ColorScheme colorSchemeFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("light"))
        return ColorScheme::Light;
    if (lower == QLatin1String("dark"))
        return ColorScheme::Dark;
    return ColorScheme::System;
}

QString colorSchemeName(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light: return QStringLiteral("light");
    case ColorScheme::Dark: return QStringLiteral("dark");
    case ColorScheme::System: break;
    }
    return QStringLiteral("system");
}

} // namespace hexclave::ui
