#include "CodeEditor.h"

#include "widgets/PaletteColors.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>

namespace hexclave::ui {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }

    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

namespace {

QColor blended(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(from.redF() * (1 - amount) + to.redF() * amount,
                            from.greenF() * (1 - amount) + to.greenF() * amount,
                            from.blueF() * (1 - amount) + to.blueF() * amount);
}

QString leadingWhitespace(const QString &line)
{
    qsizetype end = 0;
    while (end < line.size() && (line.at(end) == u' ' || line.at(end) == u'\t'))
        ++end;
    return line.left(end);
}

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumberArea(new LineNumberArea(this))
{
    setAccessibleName(tr("Source code"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * indentWidth);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateExtraSelections);
    updateLineNumberAreaWidth();
    updateExtraSelections();
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int lines = qMax(1, blockCount()); lines >= 10; lines /= 10)
        ++digits;
    digits = qMax(digits, 2); // room for two digits, so the first lines do not make it jump
    const int padding = fontMetrics().horizontalAdvance(u' ');
    return padding * 2 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void CodeEditor::setSearchSelections(const QList<QTextEdit::ExtraSelection> &selections)
{
    m_searchSelections = selections;
    updateExtraSelections();
}

bool CodeEditor::spansSeveralLines(const QTextCursor &cursor) const
{
    const QTextDocument *document = this->document();
    return document->findBlock(cursor.selectionStart()) != document->findBlock(cursor.selectionEnd());
}

// Tab on a selection over several lines indents them; Shift+Tab takes one level away.
void CodeEditor::indentSelectedLines(int direction)
{
    QTextCursor cursor = textCursor();
    QTextBlock block = document()->findBlock(cursor.selectionStart());
    QTextBlock last = document()->findBlock(cursor.selectionEnd());
    // A selection ending at the start of a line does not take that line along.
    if (last != block && cursor.selectionEnd() == last.position())
        last = last.previous();
    cursor.beginEditBlock();
    for (;; block = block.next()) {
        QTextCursor line(block);
        if (direction > 0) {
            if (!block.text().trimmed().isEmpty())
                line.insertText(QString(indentWidth, u' '));
        } else {
            int spaces = 0;
            while (spaces < indentWidth && spaces < block.text().size() && block.text().at(spaces) == u' ')
                ++spaces;
            line.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, spaces);
            line.removeSelectedText();
        }
        if (block == last)
            break;
    }
    cursor.endEditBlock();
}

bool CodeEditor::event(QEvent *event)
{
    // Ctrl+F and F3 belong to the editor even when the window has actions with those shortcuts.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find) || key->key() == Qt::Key_F3) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_lineNumberArea->setGeometry(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height());
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find)) {
        Q_EMIT findRequested(textCursor().selectedText());
        return;
    }
    if (event->key() == Qt::Key_F3) {
        if (event->modifiers() & Qt::ShiftModifier)
            Q_EMIT findPreviousRequested();
        else
            Q_EMIT findNextRequested();
        return;
    }
    if (isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        QTextCursor cursor = textCursor();
        if (spansSeveralLines(cursor)) {
            indentSelectedLines(+1);
            return;
        }
        const int column = cursor.positionInBlock();
        cursor.insertText(QString(indentWidth - column % indentWidth, u' '));
        return;
    }
    if (event->key() == Qt::Key_Backtab) {
        indentSelectedLines(-1);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        QTextCursor cursor = textCursor();
        const QString indentation = leadingWhitespace(cursor.block().text()).left(cursor.positionInBlock());
        cursor.beginEditBlock();
        cursor.insertBlock();
        cursor.insertText(indentation);
        cursor.endEditBlock();
        setTextCursor(cursor);
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateExtraSelections();
        m_lineNumberArea->update();
    } else if (event->type() == QEvent::FontChange) {
        setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * indentWidth);
        updateLineNumberAreaWidth();
    }
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    const QPalette pal = palette();
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), blended(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.05));
    painter.setFont(font());

    const int currentLine = textCursor().blockNumber();
    const QColor number = pal.color(QPalette::PlaceholderText);
    const QColor currentNumber = pal.color(QPalette::Text);
    const int right = m_lineNumberArea->width() - fontMetrics().horizontalAdvance(u' ');

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            painter.setPen(block.blockNumber() == currentLine ? currentNumber : number);
            painter.drawText(0, top, right, fontMetrics().height(), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(block.blockNumber() + 1));
        }
        top += height;
        block = block.next();
    }
}

void CodeEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    const QRect contents = contentsRect();
    m_lineNumberArea->setGeometry(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height());
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection currentLine;
    const QPalette pal = palette();
    currentLine.format.setBackground(
        blended(pal.color(QPalette::Base), pal.color(QPalette::Highlight), isDarkPalette(pal) ? 0.16 : 0.09));
    currentLine.format.setProperty(QTextFormat::FullWidthSelection, true);
    currentLine.cursor = textCursor();
    currentLine.cursor.clearSelection();
    selections.append(currentLine);
    selections.append(m_searchSelections);
    setExtraSelections(selections);
    m_lineNumberArea->update(); // the current line's number is drawn brighter
}

} // namespace hexclave::ui
