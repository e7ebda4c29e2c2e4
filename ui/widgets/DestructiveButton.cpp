#include "DestructiveButton.h"

#include "PaletteColors.h"

#include <QApplication>
#include <QEvent>

namespace hexclave::ui {

DestructiveButton::DestructiveButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
{
    applyColors();
}

void DestructiveButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyColors();
    QPushButton::changeEvent(event);
}

void DestructiveButton::applyColors()
{
    // Disabled keeps the palette's own grey: a red that cannot be pressed would still shout.
    QPalette palette = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QColor red = isDarkPalette(palette) ? QColor(150, 35, 35) : QColor(155, 20, 20);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Button, red);
        palette.setColor(group, QPalette::ButtonText, Qt::white);
    }
    m_applyingColors = true;
    setPalette(palette);
    m_applyingColors = false;
}

} // namespace hexclave::ui
