#include "JsonEditor.h"

#include "JsonHighlighter.h"
#include "PaletteColors.h"

#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QTextBlock>
#include <QTimer>

namespace hexclave::ui {

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// The value itself, whatever its layout: compares equal for the same JSON indented differently.
QString normalized(const QString &jsonText)
{
    return api::prettyJson(isBlank(jsonText) ? QStringLiteral("null") : jsonText);
}

} // namespace

JsonEditor::JsonEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new JsonHighlighter(document()))
    , m_validation(new QTimer(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setPlaceholderText(tr("Empty (null)"));
    m_highlighter->setPalette(palette());

    m_validation->setSingleShot(true);
    m_validation->setInterval(validationDelayMs);
    connect(m_validation, &QTimer::timeout, this, &JsonEditor::validateNow);
    connect(this, &QPlainTextEdit::textChanged, m_validation, qOverload<>(&QTimer::start));
}

void JsonEditor::setJson(const QString &jsonText)
{
    m_baseline = isBlank(jsonText) ? QStringLiteral("null") : jsonText;
    setPlainText(m_baseline == u"null" ? QString() : api::prettyJson(m_baseline));
    validateNow();
}

QString JsonEditor::json() const
{
    const QString text = toPlainText();
    return isBlank(text) ? QStringLiteral("null") : text;
}

bool JsonEditor::hasChanges() const
{
    return normalized(json()) != normalized(m_baseline);
}

std::optional<api::JsonSyntaxError> JsonEditor::syntaxError() const
{
    const QString text = toPlainText();
    if (!m_checked || text != m_checkedText) {
        m_checkedText = text;
        m_checkedError = isBlank(text) ? std::nullopt : api::checkJsonSyntax(text);
        m_checked = true;
    }
    return m_checkedError;
}

QString JsonEditor::errorText() const
{
    const auto error = syntaxError();
    if (!error)
        return {};
    return tr("line %1, column %2: %3").arg(error->line).arg(error->column).arg(error->message);
}

void JsonEditor::validateNow()
{
    m_validation->stop();
    markError();
    const QString text = errorText();
    if (text != m_shownErrorText) {
        m_shownErrorText = text;
        Q_EMIT syntaxErrorChanged();
    }
}

bool JsonEditor::moveCursorToError()
{
    validateNow();
    const auto error = syntaxError();
    if (!error)
        return false;
    QTextCursor cursor = textCursor();
    cursor.setPosition(int(error->offset));
    setTextCursor(cursor);
    ensureCursorVisible();
    setFocus(Qt::OtherFocusReason);
    return true;
}

void JsonEditor::markError()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (const auto error = syntaxError()) {
        const QColor errorColor = errorTextColor(palette());

        QTextEdit::ExtraSelection line;
        line.cursor = QTextCursor(document());
        line.cursor.setPosition(int(error->offset));
        QColor lineColor = errorColor;
        lineColor.setAlphaF(isDarkPalette(palette()) ? 0.18f : 0.10f);
        line.format.setBackground(lineColor);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << line;

        // Underline the character that broke the grammar; at the end of a line or of the
        // text, the one before it, so that something visible is marked.
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        int position = int(error->offset);
        const QTextBlock block = document()->findBlock(position);
        const int blockEnd = block.position() + block.length() - 1;
        if (position >= blockEnd && position > block.position())
            --position;
        mark.cursor.setPosition(position);
        mark.cursor.setPosition(std::min(position + 1, blockEnd), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(errorColor);
        selections << mark;
    }
    setExtraSelections(selections);
}

void JsonEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        markError();
    }
}

void JsonEditor::keyPressEvent(QKeyEvent *event)
{
    // Enter keeps the indentation of the line it breaks, as code editors do.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        const QString line = textCursor().block().text();
        qsizetype indent = 0;
        while (indent < line.size() && (line.at(indent) == u' ' || line.at(indent) == u'\t'))
            ++indent;
        textCursor().insertText(QStringLiteral("\n") + line.left(indent));
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace hexclave::ui
