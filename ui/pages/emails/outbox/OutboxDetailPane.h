#pragma once

#include "dto/Email.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QTabWidget;
class QToolButton;

namespace hexclave::ui {

class EmailPreview;

// Everything about one outbox email in plain words: its status and since when, recipient,
// subject, times, retries and the errors of failed attempts, why it was not rendered, sent or
// was skipped; below, the rendered email (EmailPreview), its plain text, and the item as the
// server sent it (JSON).
class OutboxDetailPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxDetailPane)

public:
    explicit OutboxDetailPane(QWidget *parent = nullptr);

    void setEmail(const api::OutboxEmail &email, const QString &recipientName = {});
    // Only the "To" line: a name looked up after the email was shown.
    void setRecipientName(const QString &recipientName);
    void clear();
    const std::optional<api::OutboxEmail> &email() const { return m_email; }

    // The plain text of every field shown (for tests and screen readers).
    QString shownText() const;
    QLabel *statusLabel() const { return m_status; }
    QLabel *problemLabel() const { return m_problem; }
    QLineEdit *idField() const { return m_id; }
    QTabWidget *tabs() const { return m_tabs; }
    EmailPreview *preview() const { return m_preview; }
    QPlainTextEdit *textView() const { return m_text; }
    QPlainTextEdit *jsonView() const { return m_json; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyColors();
    void fitFields(); // the fields get the room they need, the email the rest

    std::optional<api::OutboxEmail> m_email;
    QLabel *m_placeholder;
    QWidget *m_body;
    QScrollArea *m_scroll;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_problem; // render error, server error, skip reason: in the error colour
    QLineEdit *m_id;
    QToolButton *m_copyId;
    QLabel *m_recipient;
    QLabel *m_created;
    QLabel *m_scheduled;
    QLabel *m_retries;
    QLabel *m_attempts;
    QLabel *m_origin;
    QTabWidget *m_tabs;
    EmailPreview *m_preview;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_json;
    bool m_applyingColors = false;
    bool m_splitterMovedByUser = false;
};

} // namespace hexclave::ui
