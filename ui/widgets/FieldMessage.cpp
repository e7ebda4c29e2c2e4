#include "FieldMessage.h"

#include "PaletteColors.h"

#include <QApplication>
#include <QEvent>

namespace hexclave::ui {

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // server text
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Exactly as tall as its wrapped lines at its present width (see sizeHint()). Layouts ask
    // form rows for their height-for-width at a guessed width, which leaves gaps or cuts lines.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QLabel::hide();
}

void FieldMessage::showError(const QString &message)
{
    show(message, true);
}

void FieldMessage::showHint(const QString &message)
{
    show(message, false);
}

void FieldMessage::clear()
{
    show(QString(), false);
}

void FieldMessage::show(const QString &message, bool isError)
{
    m_isError = isError;
    setText(message);
    setVisible(!message.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(message);
    applyColor();
}

QSize FieldMessage::sizeHint() const
{
    QSize hint = QLabel::sizeHint();
    // Before the layout placed it, the field above it is the best guess of its width.
    const bool placed = testAttribute(Qt::WA_Resized); // setGeometry() by a layout sets it
    const int lineWidth = placed ? width() : m_field ? m_field->width() : 0;
    if (lineWidth > 0 && !text().isEmpty())
        hint.setHeight(heightForWidth(lineWidth));
    return hint;
}

QSize FieldMessage::minimumSizeHint() const
{
    return {QLabel::minimumSizeHint().width(), sizeHint().height()};
}

void FieldMessage::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (testAttribute(Qt::WA_Resized) && heightForWidth(width()) != height())
        updateGeometry(); // wrapped into another number of lines
}

void FieldMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applyingColor)
        applyColor();
    QLabel::changeEvent(event);
}

void FieldMessage::applyColor()
{
    QPalette palette = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    if (m_isError)
        palette.setColor(QPalette::WindowText, errorTextColor(palette));
    m_applyingColor = true;
    setPalette(palette);
    m_applyingColor = false;
}

} // namespace hexclave::ui
