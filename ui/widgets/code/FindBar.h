#pragma once

#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace hexclave::ui {

class CodeEditor;

// A search bar under a CodeEditor: all matches highlighted, "3 of 12" / "No matches", next and
// previous wrap around, match case toggle. Enter/F3 finds the next match, Shift+Enter/Shift+F3
// the previous one, Esc closes the bar and gives the focus back to the editor.
class FindBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(CodeEditor *editor, QWidget *parent = nullptr);

    // Shows the bar with `text` (when not empty) as search text, selects the first match from the
    // cursor on and focuses the search field.
    void open(const QString &text = {});
    // Hides the bar, removes the match highlights and focuses the editor.
    void close();

    QString searchText() const;
    void setSearchText(const QString &text);
    bool matchCase() const;
    void setMatchCase(bool on);

    void findNext();
    void findPrevious();

    int matchCount() const { return int(m_matches.size()); }
    // 1-based index of the current match, 0 when none is current.
    int currentMatch() const { return m_current + 1; }
    // "3 of 12", "No matches", or empty when the search text is empty.
    QString countText() const;

    QLineEdit *searchField() const { return m_field; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateMatches();
    void selectMatch(int index);
    void showMatches();
    QTextDocument::FindFlags findFlags() const;

    CodeEditor *m_editor;
    QLineEdit *m_field;
    QLabel *m_count;
    QCheckBox *m_matchCase;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QList<QTextCursor> m_matches;
    int m_current = -1;
};

} // namespace hexclave::ui
