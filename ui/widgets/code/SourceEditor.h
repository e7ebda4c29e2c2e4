#pragma once

#include <QWidget>

namespace hexclave::ui {

class CodeEditor;
class FindBar;
class TsxHighlighter;

// Editor for a TSX email source: a CodeEditor with TSX colours and a find bar (Ctrl+F).
class SourceEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceEditor)

public:
    explicit SourceEditor(QWidget *parent = nullptr);

    QString text() const;
    // Resets the undo history and the modified flag.
    void setText(const QString &text);
    bool isModified() const;
    void setModified(bool modified);
    void setReadOnly(bool readOnly);

    CodeEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    TsxHighlighter *highlighter() const { return m_highlighter; }

Q_SIGNALS:
    void textChanged();
    void modificationChanged(bool modified);

protected:
    void changeEvent(QEvent *event) override;

private:
    CodeEditor *m_editor;
    TsxHighlighter *m_highlighter;
    FindBar *m_findBar;
    bool m_settingText = false;
};

} // namespace hexclave::ui
