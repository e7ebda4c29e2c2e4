#include "ReplyComposer.h"

#include "support/ConversationLabels.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PaletteColors.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

QPlainTextEdit *makeEditor(const QString &placeholder, const QString &accessibleName, QWidget *parent)
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setPlaceholderText(placeholder);
    editor->setAccessibleName(accessibleName);
    editor->setTabChangesFocus(true);
    editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // At least two lines; the splitter above the composer gives it about five by default.
    editor->setMinimumHeight(editor->fontMetrics().lineSpacing() * 2 + 12);
    return editor;
}

QToolButton *makeModeButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

ReplyComposer::ReplyComposer(QWidget *parent)
    : QWidget(parent)
    , m_replyMode(makeModeButton(tr("Reply"), tr("Write to the customer"), this))
    , m_noteMode(makeModeButton(tr("Internal note"), tr("Write a note only your team sees"), this))
    , m_modes(new QButtonGroup(this))
    , m_editors(new QStackedWidget(this))
    , m_replyEditor(makeEditor(tr("Write a reply to the customer…"), tr("Reply to the customer"), this))
    , m_noteEditor(makeEditor(tr("Write an internal note for your team…"), tr("Internal note"), this))
    , m_hint(new QLabel(this))
    , m_busyLabel(new QLabel(this))
    , m_send(new QPushButton(this))
    , m_banner(new ErrorBanner(this))
{
    setAccessibleName(tr("Reply composer"));
    m_modes->setExclusive(true);
    m_modes->addButton(m_replyMode);
    m_modes->addButton(m_noteMode);
    m_replyMode->setChecked(true);
    connect(m_replyMode, &QToolButton::clicked, this, [this] { setMode(Mode::Reply); });
    connect(m_noteMode, &QToolButton::clicked, this, [this] { setMode(Mode::Note); });

    m_editors->addWidget(m_replyEditor);
    m_editors->addWidget(m_noteEditor);
    for (QPlainTextEdit *editor : {m_replyEditor, m_noteEditor}) {
        editor->installEventFilter(this);
        const Mode editorMode = editor == m_replyEditor ? Mode::Reply : Mode::Note;
        connect(editor, &QPlainTextEdit::textChanged, this, [this, editor, editorMode] {
            updateState();
            if (!m_settingText)
                emit textEdited(editorMode, editor->toPlainText());
        });
    }

    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_busyLabel->hide();
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    connect(m_send, &QPushButton::clicked, this, &ReplyComposer::requestSend);
    m_banner->hide();

    auto *modes = new QHBoxLayout;
    modes->setContentsMargins(0, 0, 0, 0);
    modes->addWidget(m_replyMode);
    modes->addWidget(m_noteMode);
    modes->addStretch();

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_busyLabel);
    bottom->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(4);
    layout->addLayout(modes);
    layout->addWidget(m_editors);
    layout->addWidget(m_banner);
    layout->addLayout(bottom);

    applyColors();
    updateState();
}

int ReplyComposer::defaultHeight() const
{
    const int lineSpacing = m_replyEditor->fontMetrics().lineSpacing();
    const int extraLines = 3; // the editor's minimum holds two
    return minimumSizeHint().height() + lineSpacing * extraLines;
}

void ReplyComposer::setMode(Mode mode)
{
    const bool changed = mode != m_mode;
    m_mode = mode;
    (mode == Mode::Reply ? m_replyMode : m_noteMode)->setChecked(true);
    m_editors->setCurrentWidget(editor(mode));
    updateState();
    if (changed) {
        clearMessage();
        emit modeChanged(mode);
    }
}

QString ReplyComposer::text(Mode mode) const
{
    return editor(mode)->toPlainText();
}

void ReplyComposer::setText(Mode mode, const QString &text)
{
    if (editor(mode)->toPlainText() == text)
        return;
    m_settingText = true;
    editor(mode)->setPlainText(text);
    m_settingText = false;
    editor(mode)->moveCursor(QTextCursor::End);
}

void ReplyComposer::setBusy(bool busy, const QString &statusText)
{
    m_busy = busy;
    m_replyEditor->setReadOnly(busy);
    m_noteEditor->setReadOnly(busy);
    m_replyMode->setEnabled(!busy);
    m_noteMode->setEnabled(!busy);
    m_busyLabel->setText(statusText);
    m_busyLabel->setVisible(busy && !statusText.isEmpty());
    if (busy)
        clearMessage();
    updateState();
}

void ReplyComposer::setConversationStatus(const QString &status)
{
    m_status = status;
    updateState();
}

void ReplyComposer::showError(const QString &what, const api::ApiError &error)
{
    m_banner->showActionError(what, error);
}

void ReplyComposer::showMessage(const QString &message)
{
    m_banner->showMessage(message);
}

void ReplyComposer::clearMessage()
{
    m_banner->hide();
}

void ReplyComposer::focusEditor()
{
    editor(m_mode)->setFocus(Qt::OtherFocusReason);
}

QPlainTextEdit *ReplyComposer::editor(Mode mode) const
{
    return mode == Mode::Reply ? m_replyEditor : m_noteEditor;
}

QToolButton *ReplyComposer::modeButton(Mode mode) const
{
    return mode == Mode::Reply ? m_replyMode : m_noteMode;
}

bool ReplyComposer::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_replyEditor || watched == m_noteEditor)
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool sendKey = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier);
        if (sendKey) {
            event->accept();
            if (event->type() == QEvent::KeyPress && !key->isAutoRepeat())
                requestSend();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReplyComposer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void ReplyComposer::requestSend()
{
    // Guards against a second Ctrl+Enter or double click while the first send is in flight.
    if (m_busy || text().trimmed().isEmpty())
        return;
    emit sendRequested(m_mode, text());
}

void ReplyComposer::updateState()
{
    const bool note = m_mode == Mode::Note;
    m_send->setText(note ? tr("Add note") : tr("Send reply"));
    m_send->setAccessibleName(m_send->text());
    m_send->setEnabled(!m_busy && !text().trimmed().isEmpty());
    if (note)
        m_hint->setText(tr("%1. The status does not change.").arg(models::internalNoteLabel()));
    else if (m_status == u"closed")
        m_hint->setText(tr("The customer will see this reply. The conversation stays resolved; reopen it to "
                           "wait on the customer."));
    else if (m_status == u"open")
        m_hint->setText(tr("The customer will see this reply. The conversation then waits on the user."));
    else
        m_hint->setText(tr("The customer will see this reply."));
}

void ReplyComposer::applyColors()
{
    // The note editor is tinted like the notes in the thread, so the mode is plain to see.
    QPalette notePalette = palette();
    const QColor base = notePalette.color(QPalette::Base);
    const QColor amber(234, 179, 8);
    const qreal amount = 0.22;
    notePalette.setColor(QPalette::Base,
                         QColor::fromRgbF(base.redF() * (1 - amount) + amber.redF() * amount,
                                          base.greenF() * (1 - amount) + amber.greenF() * amount,
                                          base.blueF() * (1 - amount) + amber.blueF() * amount));
    m_noteEditor->setPalette(notePalette);
}

} // namespace hexclave::ui
