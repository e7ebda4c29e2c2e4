#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace hexclave::ui {

// Colours TSX/JSX source (email templates and themes): keywords, strings and template
// literals, line and block comments, JSX tag names and attribute names, and numbers. Block
// comments and template literals can span lines; the block state carries them over.
// The colours are those of JsonHighlighter (chosen for light and dark palettes).
class TsxHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TsxHighlighter)

public:
    enum class Token { Keyword, String, Comment, Tag, Attribute, Number };

    explicit TsxHighlighter(QTextDocument *document);

    // Picks the colours for `palette` and colours the document again.
    void setPalette(const QPalette &palette);
    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_keyword;
    QTextCharFormat m_string;
    QTextCharFormat m_comment;
    QTextCharFormat m_tag;
    QTextCharFormat m_attribute;
    QTextCharFormat m_number;
};

} // namespace hexclave::ui
