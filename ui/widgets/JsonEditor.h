#pragma once

#include "dto/JsonText.h"

#include <QPlainTextEdit>

#include <optional>

class QTimer;

namespace hexclave::ui {

class JsonHighlighter;

// An editor for one JSON value (user metadata): monospace, syntax colours, and a check as you
// type (after a short pause) that underlines where the text stops being JSON and says so as
// "line L, column C: what is wrong".
//
// Empty text means JSON null: setJson("null") shows an empty editor, and json() of an empty
// (or all-blank) editor is "null". Tab moves the focus on, like in any other form field.
class JsonEditor : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonEditor)

public:
    static constexpr int validationDelayMs = 300;

    explicit JsonEditor(QWidget *parent = nullptr);

    // Shows `jsonText` indented; it also becomes the value hasChanges() compares with.
    void setJson(const QString &jsonText);
    // The text as typed, or "null" when empty.
    QString json() const;
    // The value differs from the last setJson() (layout and whitespace do not count).
    bool hasChanges() const;

    // Checks the current text (even while the pause after typing is still running).
    bool isValid() const { return !syntaxError().has_value(); }
    std::optional<api::JsonSyntaxError> syntaxError() const;
    // "line 3, column 7: unexpected ','; …", or empty when the text is valid.
    QString errorText() const;
    // Checks now instead of after the pause, and marks the error in the text.
    void validateNow();
    // Puts the text cursor where the error is and focuses the editor; false when valid.
    bool moveCursorToError();

    JsonHighlighter *highlighter() const { return m_highlighter; }

Q_SIGNALS:
    // After a check whose result differs from the previous one (valid or not, or another place).
    void syntaxErrorChanged();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void markError();

    JsonHighlighter *m_highlighter;
    QTimer *m_validation;
    QString m_baseline = QStringLiteral("null");
    mutable QString m_checkedText;
    mutable std::optional<api::JsonSyntaxError> m_checkedError;
    mutable bool m_checked = false;
    QString m_shownErrorText; // what syntaxErrorChanged() last announced
};

} // namespace hexclave::ui
