#include "JsonHighlighter.h"

#include "PaletteColors.h"

#include <QGuiApplication>

namespace hexclave::ui {

namespace {

// Where the string starting at `start` (a quote) ends: one past its closing quote, or the end
// of the line when it is not closed.
qsizetype endOfString(const QString &text, qsizetype start)
{
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        if (text.at(i) == u'\\')
            ++i;
        else if (text.at(i) == u'"')
            return i + 1;
    }
    return text.size();
}

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E';
}

bool followedByColon(const QString &text, qsizetype position)
{
    while (position < text.size() && text.at(position).isSpace())
        ++position;
    return position < text.size() && text.at(position) == u':';
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    m_key.setForeground(syntaxColor(palette, SyntaxColor::Key));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(syntaxColor(palette, SyntaxColor::String));
    m_number.setForeground(syntaxColor(palette, SyntaxColor::Number));
    m_keyword.setForeground(syntaxColor(palette, SyntaxColor::Keyword));
    m_keyword.setFontWeight(QFont::DemiBold);
    QColor punctuation = palette.color(QPalette::Text);
    punctuation.setAlphaF(0.7f);
    m_punctuation.setForeground(punctuation);
    rehighlight();
}

QTextCharFormat JsonHighlighter::format(Token token) const
{
    switch (token) {
    case Token::Key: return m_key;
    case Token::String: return m_string;
    case Token::Number: return m_number;
    case Token::Keyword: return m_keyword;
    case Token::Punctuation: return m_punctuation;
    }
    return {};
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'"') {
            const qsizetype end = endOfString(text, i);
            setFormat(int(i), int(end - i), followedByColon(text, end) ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == u'-') {
            qsizetype end = i + 1;
            while (end < text.size() && isNumberChar(text.at(end)))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_keyword);
            i = end;
        } else {
            if (QStringView(u"{}[]:,").contains(c))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace hexclave::ui
