#include "FindBar.h"

#include "CodeEditor.h"
#include "widgets/PaletteColors.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextBlock>
#include <QToolButton>

namespace hexclave::ui {

FindBar::FindBar(CodeEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    m_field->setPlaceholderText(tr("Find"));
    m_field->setAccessibleName(tr("Find in source"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(tr("No matches")) + 8);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_matchCase);
    layout->addStretch();
    layout->addWidget(m_close);

    // Typing goes to the first match at or after the cursor, like in most editors.
    const auto searchAgain = [this] {
        updateMatches();
        if (m_current >= 0)
            selectMatch(m_current);
    };
    connect(m_field, &QLineEdit::textChanged, this, searchAgain);
    connect(m_matchCase, &QCheckBox::toggled, this, searchAgain);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);

    connect(m_editor, &CodeEditor::findRequested, this, [this](const QString &selected) {
        // A selection over several lines is not a useful search text.
        open(selected.contains(QChar::ParagraphSeparator) ? QString() : selected);
    });
    connect(m_editor, &CodeEditor::findNextRequested, this, &FindBar::findNext);
    connect(m_editor, &CodeEditor::findPreviousRequested, this, &FindBar::findPrevious);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        if (!isHidden())
            updateMatches();
    });
    m_editor->installEventFilter(this);

    hide();
}

void FindBar::open(const QString &text)
{
    show();
    if (!text.isEmpty() && text != m_field->text()) {
        const QSignalBlocker blocker(m_field);
        m_field->setText(text);
    }
    // Start at the selection the search text came from (or the match after the cursor).
    m_current = -1;
    updateMatches();
    if (m_current >= 0)
        selectMatch(m_current);
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::close()
{
    hide();
    m_matches.clear();
    m_current = -1;
    m_editor->setSearchSelections({});
    m_editor->setFocus(Qt::OtherFocusReason);
}

QString FindBar::searchText() const
{
    return m_field->text();
}

void FindBar::setSearchText(const QString &text)
{
    m_field->setText(text);
}

bool FindBar::matchCase() const
{
    return m_matchCase->isChecked();
}

void FindBar::setMatchCase(bool on)
{
    m_matchCase->setChecked(on);
}

void FindBar::findNext()
{
    if (isHidden()) { // F3 with the bar closed: the last search, from the cursor on
        open();
        return;
    }
    if (m_matches.isEmpty())
        return;
    selectMatch(m_current < 0 ? 0 : int((m_current + 1) % m_matches.size()));
}

void FindBar::findPrevious()
{
    if (isHidden()) { // F3 with the bar closed: the last search, from the cursor on
        open();
        return;
    }
    if (m_matches.isEmpty())
        return;
    const int count = int(m_matches.size());
    selectMatch(m_current < 0 ? count - 1 : (m_current - 1 + count) % count);
}

QString FindBar::countText() const
{
    if (m_field->text().isEmpty())
        return {};
    if (m_matches.isEmpty())
        return tr("No matches");
    return tr("%1 of %2").arg(m_current + 1).arg(m_matches.size());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool shift = key->modifiers() & Qt::ShiftModifier;
    const bool escape = key->key() == Qt::Key_Escape && !isHidden();
    const bool enter = watched == m_field && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter);
    const bool f3 = watched == m_field && key->key() == Qt::Key_F3;
    const bool find = watched == m_field && key->matches(QKeySequence::Find);
    if (!escape && !enter && !f3 && !find)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // These keys are ours, not the window's (a dialog would close on Esc).
        event->accept();
        return true;
    }
    if (escape)
        close();
    else if (find)
        m_field->selectAll();
    else if (shift)
        findPrevious();
    else
        findNext();
    return true;
}

void FindBar::updateMatches()
{
    const QString needle = m_field->text();
    const int previousStart = m_current >= 0 && m_current < m_matches.size()
        ? m_matches.at(m_current).selectionStart() : -1;
    m_matches.clear();
    m_current = -1;
    if (!needle.isEmpty()) {
        QTextDocument *document = m_editor->document();
        QTextCursor cursor = document->find(needle, 0, findFlags());
        while (!cursor.isNull()) {
            m_matches.append(cursor);
            cursor = document->find(needle, cursor, findFlags());
        }
    }
    // Stay on the match that was current (after an edit, or a longer search text), otherwise go
    // to the next one after it or after the cursor, wrapping around.
    const int from = previousStart >= 0 ? previousStart : m_editor->textCursor().selectionStart();
    for (int index = 0; index < m_matches.size() && m_current < 0; ++index) {
        if (m_matches.at(index).selectionStart() >= from)
            m_current = index;
    }
    if (m_current < 0 && !m_matches.isEmpty())
        m_current = 0;
    showMatches();
}

void FindBar::selectMatch(int index)
{
    m_current = index;
    m_editor->setTextCursor(m_matches.at(index));
    m_editor->ensureCursorVisible();
    showMatches();
}

void FindBar::showMatches()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette pal = m_editor->palette();
    const QColor matchColor = tintedWindow(pal, QColor(250, 200, 30), isDarkPalette(pal) ? 0.35 : 0.55);
    for (int index = 0; index < m_matches.size(); ++index) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = m_matches.at(index);
        selection.format.setBackground(matchColor);
        if (index == m_current) {
            selection.format.setBackground(pal.color(QPalette::Highlight));
            selection.format.setForeground(pal.color(QPalette::HighlightedText));
        }
        selections.append(selection);
    }
    m_editor->setSearchSelections(selections);

    m_count->setText(countText());
    QPalette countPalette = m_count->palette();
    countPalette.setColor(QPalette::WindowText, m_matches.isEmpty() && !m_field->text().isEmpty()
                                                    ? errorTextColor(pal) : palette().color(QPalette::WindowText));
    m_count->setPalette(countPalette);
}

QTextDocument::FindFlags FindBar::findFlags() const
{
    return m_matchCase->isChecked() ? QTextDocument::FindCaseSensitively : QTextDocument::FindFlags();
}

} // namespace hexclave::ui
