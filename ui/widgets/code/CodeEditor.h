#pragma once

#include <QPlainTextEdit>

namespace hexclave::ui {

// A plain text editor for source code: a line-number gutter in the palette's colours, the
// current line highlighted, the system's fixed-pitch font, Tab inserting two spaces (or
// indenting the selected lines, Shift+Tab unindenting them) and Enter keeping the indentation.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    static constexpr int indentWidth = 2;

    explicit CodeEditor(QWidget *parent = nullptr);

    // Width of the line-number gutter for the current number of lines.
    int lineNumberAreaWidth() const;

    // Extra selections that stay below the current-line highlight (used for search matches).
    void setSearchSelections(const QList<QTextEdit::ExtraSelection> &selections);

Q_SIGNALS:
    // Ctrl+F: the find bar should open with `selectedText` (may be empty) as search text.
    void findRequested(const QString &selectedText);
    // F3 / Shift+F3 while the editor has the focus.
    void findNextRequested();
    void findPreviousRequested();

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberArea;
    bool spansSeveralLines(const QTextCursor &cursor) const;
    void indentSelectedLines(int direction);
    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateExtraSelections();

    QWidget *m_lineNumberArea;
    QList<QTextEdit::ExtraSelection> m_searchSelections;
};

} // namespace hexclave::ui
