#include "SourceEditor.h"

#include "CodeEditor.h"
#include "FindBar.h"
#include "TsxHighlighter.h"

#include <QEvent>
#include <QVBoxLayout>

namespace hexclave::ui {

SourceEditor::SourceEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new CodeEditor(this))
    , m_highlighter(new TsxHighlighter(m_editor->document()))
    , m_findBar(new FindBar(m_editor, this))
{
    m_highlighter->setPalette(palette());
    setFocusProxy(m_editor);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            Q_EMIT textChanged();
    });
    connect(m_editor, &QPlainTextEdit::modificationChanged, this, [this](bool modified) {
        if (!m_settingText)
            Q_EMIT modificationChanged(modified);
    });
}

QString SourceEditor::text() const
{
    return m_editor->toPlainText();
}

void SourceEditor::setText(const QString &text)
{
    // setPlainText() clears the undo stack and the modified flag; on the way it reports the
    // document as modified for a moment, which is not a change anyone made.
    const bool wasModified = isModified();
    m_settingText = true;
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    m_settingText = false;
    Q_EMIT textChanged();
    if (wasModified)
        Q_EMIT modificationChanged(false);
}

bool SourceEditor::isModified() const
{
    return m_editor->document()->isModified();
}

void SourceEditor::setModified(bool modified)
{
    m_editor->document()->setModified(modified);
}

void SourceEditor::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
}

void SourceEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
}

} // namespace hexclave::ui
