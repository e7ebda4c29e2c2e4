#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace hexclave::ui {

// Colours JSON text: object keys, string values, numbers, true/false/null and punctuation, in
// colours chosen for the palette's lightness so that they read on light and dark backgrounds.
// JSON strings never span lines, so every line is coloured on its own.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    enum class Token { Key, String, Number, Keyword, Punctuation };

    explicit JsonHighlighter(QTextDocument *document);

    // Picks the colours for `palette` and colours the document again.
    void setPalette(const QPalette &palette);
    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_punctuation;
};

} // namespace hexclave::ui
