// The light and dark schemes: complete, readable palettes with the Fusion style, System giving back
// what the platform had, themed icons following a switch while widgets are on screen, and icons
// drawn at the device pixel ratio instead of scaled up.

#include "widgets/ColorScheme.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleOption>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// WCAG contrast ratio, 1 … 21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString describe(QPalette::ColorGroup group, QPalette::ColorRole role)
{
    return u"group %1 role %2"_s.arg(int(group)).arg(int(role));
}

// The pixel of `image` that stands out most from `background`: the icon's ink.
QColor inkColor(const QImage &image, const QColor &background)
{
    QColor best = background;
    double bestContrast = 1.0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 200)
                continue;
            if (const double value = contrast(pixel, background); value > bestContrast) {
                bestContrast = value;
                best = pixel;
            }
        }
    }
    return best;
}

// True when every 2x2 block of `image` has one colour: a copy scaled up without detail.
bool onlyDoubledPixels(const QImage &image)
{
    for (int y = 0; y + 1 < image.height(); y += 2) {
        for (int x = 0; x + 1 < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            if (image.pixel(x + 1, y) != pixel || image.pixel(x, y + 1) != pixel || image.pixel(x + 1, y + 1) != pixel)
                return false;
        }
    }
    return true;
}

constexpr QPalette::ColorRole kRoles[] = {
    QPalette::WindowText, QPalette::Button, QPalette::Light, QPalette::Midlight, QPalette::Dark,
    QPalette::Mid, QPalette::Text, QPalette::BrightText, QPalette::ButtonText, QPalette::Base,
    QPalette::Window, QPalette::Shadow, QPalette::Highlight, QPalette::HighlightedText, QPalette::Link,
    QPalette::LinkVisited, QPalette::AlternateBase, QPalette::ToolTipBase, QPalette::ToolTipText,
    QPalette::PlaceholderText,
};

} // namespace

class TestColorScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // What the platform gave, before any scheme is applied.
        m_startStyle = QApplication::style()->name();
        m_startPalette = QApplication::palette();
    }

    void names()
    {
        using ui::ColorScheme;
        for (ColorScheme scheme : {ColorScheme::System, ColorScheme::Light, ColorScheme::Dark})
            QCOMPARE(ui::colorSchemeFromName(ui::colorSchemeName(scheme)), scheme);
        QCOMPARE(ui::colorSchemeName(ColorScheme::Dark), u"dark"_s);
        QCOMPARE(ui::colorSchemeFromName(u"Light"_s), ColorScheme::Light);
        QCOMPARE(ui::colorSchemeFromName(u"purple"_s), ColorScheme::System);
        QCOMPARE(ui::colorSchemeFromName(QString()), ColorScheme::System);
    }

    void palettes_data()
    {
        QTest::addColumn<ui::ColorScheme>("scheme");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << ui::ColorScheme::Light << false;
        QTest::newRow("dark") << ui::ColorScheme::Dark << true;
    }

    void palettes()
    {
        QFETCH(ui::ColorScheme, scheme);
        QFETCH(bool, dark);
        ui::applyColorScheme(scheme);
        const auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
        QCOMPARE((proxy ? proxy->baseStyle() : QApplication::style())->name().toLower(), u"fusion"_s);
        QCOMPARE(ui::isDarkPalette(), dark);
        const QPalette palette = QApplication::palette();

        // Every role is the scheme's own, in the active and the disabled group.
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            for (QPalette::ColorRole role : kRoles)
                QVERIFY2(palette.isBrushSet(group, role), qPrintable(describe(group, role)));
        }
        QCOMPARE(palette.color(QPalette::Window).lightness() < 128, dark);

        // Readable pairs (WCAG AA for text, 3:1 for large or secondary text).
        const auto check = [&palette](QPalette::ColorRole fg, QPalette::ColorRole bg, double minimum) {
            const double value = contrast(palette.color(QPalette::Active, fg), palette.color(QPalette::Active, bg));
            QVERIFY2(value >= minimum,
                     qPrintable(u"role %1 on %2: contrast %3 < %4"_s.arg(int(fg)).arg(int(bg)).arg(value).arg(minimum)));
        };
        check(QPalette::Text, QPalette::Base, 7.0);
        check(QPalette::WindowText, QPalette::Window, 7.0);
        check(QPalette::ButtonText, QPalette::Button, 7.0);
        check(QPalette::HighlightedText, QPalette::Highlight, 4.5);
        check(QPalette::Link, QPalette::Base, 4.5);
        check(QPalette::Link, QPalette::Window, 4.5);
        check(QPalette::LinkVisited, QPalette::Base, 4.5);
        check(QPalette::ToolTipText, QPalette::ToolTipBase, 7.0);
        check(QPalette::PlaceholderText, QPalette::Base, 3.0);
        // Check box and frame outlines (Fusion draws them from Light/Dark/Mid) stand out from the rows.
        check(dark ? QPalette::Light : QPalette::Dark, QPalette::Base, 2.0);

        // Disabled text looks disabled, yet is still visible.
        const QColor disabledText = palette.color(QPalette::Disabled, QPalette::Text);
        QVERIFY(disabledText != palette.color(QPalette::Active, QPalette::Text));
        QVERIFY(contrast(disabledText, palette.color(QPalette::Disabled, QPalette::Base)) >= 2.0);
        QVERIFY(contrast(palette.color(QPalette::Disabled, QPalette::WindowText),
                         palette.color(QPalette::Disabled, QPalette::Window))
                >= 2.0);
    }

    void iconsFollowTheSwitch()
    {
        ui::applyColorScheme(ui::ColorScheme::Light);
        QWidget window;
        auto *button = new QToolButton(&window);
        button->setIcon(ui::themedIcon(u"users"_s));
        button->setIconSize(QSize(20, 20));
        button->setAutoRaise(true);
        button->setGeometry(0, 0, 32, 32);
        auto *label = new QLabel(&window);
        ui::setIconPixmap(label, ui::themedIcon(u"warning"_s), 20);
        label->setGeometry(40, 0, 24, 24);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto buttonInk = [button] {
            return inkColor(button->grab().toImage(), button->palette().color(QPalette::Window));
        };
        const auto labelInk = [label] {
            return inkColor(label->pixmap().toImage(), label->palette().color(QPalette::Window));
        };
        const QColor lightButton = buttonInk();
        const QColor lightLabel = labelInk();
        QVERIFY2(lightButton.lightness() < 100, qPrintable(lightButton.name()));
        QVERIFY2(lightLabel.lightness() < 100, qPrintable(lightLabel.name()));

        ui::applyColorScheme(ui::ColorScheme::Dark);
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 128);
        const QColor darkButton = buttonInk();
        const QColor darkLabel = labelInk();
        QVERIFY2(darkButton.lightness() > 150, qPrintable(darkButton.name()));
        QVERIFY2(darkLabel.lightness() > 150, qPrintable(darkLabel.name()));
        QVERIFY(darkButton != lightButton);
    }

    // Issue 8's faint check boxes: an unticked box's outline stands out from the field colour.
    void uncheckedBoxesAreVisibleInDark()
    {
        ui::applyColorScheme(ui::ColorScheme::Dark);
        QWidget window;
        window.setAutoFillBackground(true);
        auto *box = new QCheckBox(u"Allow sign-up"_s, &window);
        box->move(4, 4);
        window.resize(200, 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        QVERIFY(!indicator.isEmpty());
        const QImage image = box->grab(indicator).toImage();
        const QColor base = box->palette().color(QPalette::Base);
        const QColor windowColor = box->palette().color(QPalette::Window);
        const QColor outline = inkColor(image, base);
        QVERIFY2(contrast(outline, base) >= 2.0, qPrintable(outline.name()));
        QVERIFY2(contrast(outline, windowColor) >= 1.8, qPrintable(outline.name()));
    }

    void systemRestoresThePlatformLook()
    {
        ui::applyColorScheme(ui::ColorScheme::Dark);
        QVERIFY(ui::isDarkPalette());
        ui::applyColorScheme(ui::ColorScheme::System);
        QCOMPARE(QApplication::style()->name(), m_startStyle);
        const QPalette palette = QApplication::palette();
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            for (QPalette::ColorRole role : kRoles)
                QVERIFY2(palette.color(group, role) == m_startPalette.color(group, role), qPrintable(describe(group, role)));
        }
        QCOMPARE(ui::isDarkPalette(), false);
    }

    // HiDPI: a 20x20 icon at pixel ratio 2 is drawn with 40x40 pixels of its own.
    void iconsAreSharpAtPixelRatioTwo()
    {
        const QIcon icon = ui::themedIcon(u"users"_s);
        const QPixmap sharp = icon.pixmap(QSize(20, 20), 2.0);
        QCOMPARE(sharp.size(), QSize(40, 40));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        const QImage image = sharp.toImage().convertToFormat(QImage::Format_ARGB32);
        QVERIFY2(!onlyDoubledPixels(image), "the 40x40 pixmap is a 20x20 one scaled up");

        // Compared with the 20x20 drawing scaled up, it has detail of its own.
        const QImage scaled = icon.pixmap(QSize(20, 20), 1.0)
                                  .toImage()
                                  .scaled(40, 40, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                                  .convertToFormat(QImage::Format_ARGB32);
        QVERIFY(onlyDoubledPixels(scaled)); // the check above can fail
        QVERIFY(image != scaled);

        // Painting into a ratio-2 device uses the device's pixels too.
        QPixmap canvas(QSize(40, 40));
        canvas.setDevicePixelRatio(2.0);
        canvas.fill(Qt::transparent);
        {
            QPainter painter(&canvas);
            icon.paint(&painter, QRect(0, 0, 20, 20));
        }
        QVERIFY2(!onlyDoubledPixels(canvas.toImage().convertToFormat(QImage::Format_ARGB32)),
                 "QIcon::paint scaled a 20x20 pixmap up");
    }

private:
    QString m_startStyle;
    QPalette m_startPalette;
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestColorScheme)
#include "tst_ColorScheme.moc"
