#pragma once

#include "support/ReplyDrafts.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace hexclave::api {
struct ApiError;
}

namespace hexclave::ui {

class ErrorBanner;

// Where a reply or an internal note is written: one editor per mode (each keeps its text when
// switching), a hint saying who will see it, Send (also Ctrl+Enter) and the outcome of the last
// send in place. It only asks to send; the owner sends and reports back.
class ReplyComposer : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyComposer)

public:
    using Mode = models::ReplyDrafts::Mode;

    explicit ReplyComposer(QWidget *parent = nullptr);

    // The height that shows about five lines of text: what the composer gets by default.
    int defaultHeight() const;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QString text(Mode mode) const;
    QString text() const { return text(m_mode); }
    // Replaces the text without counting as an edit (no textEdited).
    void setText(Mode mode, const QString &text);

    // While a send is in flight: the editors are read-only and Send is disabled.
    void setBusy(bool busy, const QString &statusText = {});
    bool isBusy() const { return m_busy; }
    // The conversation's status, for the hint under the editor ("closed" stays closed).
    void setConversationStatus(const QString &status);

    void showError(const QString &what, const api::ApiError &error);
    void showMessage(const QString &message);
    void clearMessage();
    ErrorBanner *banner() const { return m_banner; }

    void focusEditor();
    QPlainTextEdit *editor(Mode mode) const;
    QPushButton *sendButton() const { return m_send; }
    QToolButton *modeButton(Mode mode) const;
    QLabel *hintLabel() const { return m_hint; }

signals:
    void sendRequested(hexclave::models::ReplyDrafts::Mode mode, const QString &text);
    void textEdited(hexclave::models::ReplyDrafts::Mode mode, const QString &text);
    void modeChanged(hexclave::models::ReplyDrafts::Mode mode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void requestSend();
    void updateState();
    void applyColors();

    Mode m_mode = Mode::Reply;
    QString m_status;
    bool m_busy = false;
    bool m_settingText = false;
    QToolButton *m_replyMode;
    QToolButton *m_noteMode;
    QButtonGroup *m_modes;
    QStackedWidget *m_editors;
    QPlainTextEdit *m_replyEditor;
    QPlainTextEdit *m_noteEditor;
    QLabel *m_hint;
    QLabel *m_busyLabel;
    QPushButton *m_send;
    ErrorBanner *m_banner;
};

} // namespace hexclave::ui
