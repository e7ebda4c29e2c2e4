#include "TsxHighlighter.h"

#include "widgets/PaletteColors.h"

#include <QGuiApplication>
#include <QHash>
#include <QTextBlockUserData>

namespace hexclave::ui {

namespace {

// Where the lexer is at the end of a line. Several of these nest (JSX inside code inside JSX),
// so a block keeps the whole stack; the block state is a hash of it, so that a change that
// moves the end of a comment or a tag recolours the lines below.
enum class Context : quint8 {
    Code,            // inside { } (code at the top level has no entry)
    TemplateLiteral, // inside ` `
    JsxChildren,     // between an opening tag and its closing tag
    JsxOpeningTag,   // <Name attribute="…"
    JsxClosingTag,   // </Name
    BlockComment,    // /* */
};

class ContextStack : public QTextBlockUserData
{
public:
    explicit ContextStack(QList<Context> contexts)
        : stack(std::move(contexts))
    {
    }
    QList<Context> stack;
};

int stateOf(const QList<Context> &stack)
{
    if (stack.isEmpty())
        return 0;
    size_t hash = 0;
    for (const Context context : stack)
        hash = hash * 31 + size_t(context) + 1;
    return int(hash & 0x3fffffff) + 1;
}

const QSet<QString> &keywords()
{
    static const QSet<QString> words = {
        QStringLiteral("abstract"), QStringLiteral("as"), QStringLiteral("async"), QStringLiteral("await"),
        QStringLiteral("break"), QStringLiteral("case"), QStringLiteral("catch"), QStringLiteral("class"),
        QStringLiteral("const"), QStringLiteral("continue"), QStringLiteral("debugger"),
        QStringLiteral("declare"), QStringLiteral("default"), QStringLiteral("delete"), QStringLiteral("do"),
        QStringLiteral("else"), QStringLiteral("enum"), QStringLiteral("export"), QStringLiteral("extends"),
        QStringLiteral("false"), QStringLiteral("finally"), QStringLiteral("for"), QStringLiteral("from"),
        QStringLiteral("function"), QStringLiteral("if"), QStringLiteral("implements"),
        QStringLiteral("import"), QStringLiteral("in"), QStringLiteral("instanceof"),
        QStringLiteral("interface"), QStringLiteral("keyof"), QStringLiteral("let"), QStringLiteral("new"),
        QStringLiteral("null"), QStringLiteral("of"), QStringLiteral("private"), QStringLiteral("protected"),
        QStringLiteral("public"), QStringLiteral("readonly"), QStringLiteral("return"),
        QStringLiteral("satisfies"), QStringLiteral("static"), QStringLiteral("super"),
        QStringLiteral("switch"), QStringLiteral("this"), QStringLiteral("throw"), QStringLiteral("true"),
        QStringLiteral("try"), QStringLiteral("type"), QStringLiteral("typeof"), QStringLiteral("undefined"),
        QStringLiteral("var"), QStringLiteral("void"), QStringLiteral("while"), QStringLiteral("with"),
        QStringLiteral("yield"),
    };
    return words;
}

// Keywords after which `<` starts JSX rather than comparing.
bool isExpressionKeyword(QStringView word)
{
    return word == u"return" || word == u"yield" || word == u"await" || word == u"default"
        || word == u"case" || word == u"else" || word == u"in" || word == u"of" || word == u"typeof";
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// JSX names may contain dashes (attributes: aria-label) and dots (tags: Foo.Bar).
bool isJsxNameChar(QChar c)
{
    return isIdentifierChar(c) || c == u'-' || c == u'.' || c == u':';
}

} // namespace

TsxHighlighter::TsxHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void TsxHighlighter::setPalette(const QPalette &palette)
{
    m_keyword.setForeground(syntaxColor(palette, SyntaxColor::Keyword));
    m_keyword.setFontWeight(QFont::DemiBold);
    m_string.setForeground(syntaxColor(palette, SyntaxColor::String));
    m_comment.setForeground(syntaxColor(palette, SyntaxColor::Comment));
    m_comment.setFontItalic(true);
    m_tag.setForeground(syntaxColor(palette, SyntaxColor::Key));
    m_tag.setFontWeight(QFont::DemiBold);
    m_attribute.setForeground(syntaxColor(palette, SyntaxColor::Attribute));
    m_number.setForeground(syntaxColor(palette, SyntaxColor::Number));
    rehighlight();
}

QTextCharFormat TsxHighlighter::format(Token token) const
{
    switch (token) {
    case Token::Keyword: return m_keyword;
    case Token::String: return m_string;
    case Token::Comment: return m_comment;
    case Token::Tag: return m_tag;
    case Token::Attribute: return m_attribute;
    case Token::Number: return m_number;
    }
    return {};
}

void TsxHighlighter::highlightBlock(const QString &text)
{
    QList<Context> stack;
    if (const auto *previous = dynamic_cast<ContextStack *>(currentBlock().previous().userData()))
        stack = previous->stack;

    const qsizetype size = text.size();
    qsizetype i = 0;
    // Whether a `<` here would start JSX: not after a value (name, number, `)` or `]`).
    bool expectsValue = true;

    const auto at = [&](qsizetype position) { return position < size ? text.at(position) : QChar(); };
    const auto top = [&] { return stack.isEmpty() ? Context::Code : stack.last(); };
    const auto mark = [&](qsizetype start, qsizetype end, const QTextCharFormat &format) {
        setFormat(int(start), int(end - start), format);
    };
    // A quoted string that ends at its closing quote or at the end of the line.
    const auto skipString = [&](QChar quote) {
        qsizetype end = i + 1;
        while (end < size && text.at(end) != quote) {
            if (text.at(end) == u'\\')
                ++end;
            ++end;
        }
        end = qMin(end + 1, size);
        mark(i, end, m_string);
        i = end;
    };
    const auto skipJsxName = [&](const QTextCharFormat &format) {
        while (i < size && text.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < size && isJsxNameChar(text.at(i)))
            ++i;
        mark(start, i, format);
    };
    // `<` at i starts a tag (opening, closing or fragment) when followed by a name, `/` or `>`.
    const auto startsTag = [&] {
        const QChar next = at(i + 1);
        return isIdentifierStart(next) || next == u'/' || next == u'>';
    };
    const auto enterTag = [&] {
        if (at(i + 1) == u'/') {
            // The closing tag ends the children around it.
            if (top() == Context::JsxChildren)
                stack.removeLast();
            i += 2;
            if (at(i) == u'>') { // </> ends a fragment
                ++i;
                return;
            }
            stack.append(Context::JsxClosingTag);
            skipJsxName(m_tag);
            return;
        }
        if (at(i + 1) == u'>') { // <> starts a fragment
            i += 2;
            stack.append(Context::JsxChildren);
            return;
        }
        ++i;
        stack.append(Context::JsxOpeningTag);
        skipJsxName(m_tag);
    };

    while (i < size) {
        const QChar c = text.at(i);
        switch (top()) {
        case Context::BlockComment: {
            const qsizetype end = text.indexOf(u"*/", i);
            const qsizetype stop = end < 0 ? size : end + 2;
            mark(i, stop, m_comment);
            i = stop;
            if (end >= 0)
                stack.removeLast();
            continue;
        }
        case Context::TemplateLiteral: {
            qsizetype end = i;
            while (end < size && text.at(end) != u'`' && !(text.at(end) == u'$' && at(end + 1) == u'{')) {
                if (text.at(end) == u'\\')
                    ++end;
                ++end;
            }
            end = qMin(end, size);
            if (end < size && text.at(end) == u'`') {
                mark(i, end + 1, m_string);
                stack.removeLast();
                i = end + 1;
                expectsValue = false;
            } else if (end < size) { // ${
                mark(i, end, m_string);
                stack.append(Context::Code);
                i = end + 2;
                expectsValue = true;
            } else {
                mark(i, size, m_string);
                i = size;
            }
            continue;
        }
        case Context::JsxChildren:
            if (c == u'{') {
                stack.append(Context::Code);
                expectsValue = true;
                ++i;
            } else if (c == u'<' && startsTag()) {
                enterTag();
            } else {
                ++i; // text between tags is shown as it is (apostrophes do not start strings)
            }
            continue;
        case Context::JsxOpeningTag:
        case Context::JsxClosingTag:
            if (c == u'/' && at(i + 1) == u'*') {
                stack.append(Context::BlockComment);
                mark(i, i + 2, m_comment);
                i += 2;
            } else if (c == u'/' && at(i + 1) == u'/') {
                mark(i, size, m_comment);
                i = size;
            } else if (c == u'/' && at(i + 1) == u'>') { // self-closing
                stack.removeLast();
                i += 2;
                expectsValue = false;
            } else if (c == u'>') {
                const bool opening = top() == Context::JsxOpeningTag;
                stack.removeLast();
                if (opening)
                    stack.append(Context::JsxChildren);
                ++i;
                expectsValue = false;
            } else if (c == u'"' || c == u'\'') {
                skipString(c);
            } else if (c == u'{') {
                stack.append(Context::Code);
                expectsValue = true;
                ++i;
            } else if (isIdentifierStart(c)) {
                const qsizetype start = i;
                while (i < size && isJsxNameChar(text.at(i)))
                    ++i;
                mark(start, i, top() == Context::JsxClosingTag ? m_tag : m_attribute);
            } else {
                ++i;
            }
            continue;
        case Context::Code:
            break;
        }

        // Code (TypeScript).
        if (c == u'/' && at(i + 1) == u'/') {
            mark(i, size, m_comment);
            i = size;
        } else if (c == u'/' && at(i + 1) == u'*') {
            stack.append(Context::BlockComment);
            mark(i, i + 2, m_comment);
            i += 2;
        } else if (c == u'"' || c == u'\'') {
            skipString(c);
            expectsValue = false;
        } else if (c == u'`') {
            mark(i, i + 1, m_string);
            stack.append(Context::TemplateLiteral);
            ++i;
        } else if (c.isDigit()) {
            const qsizetype start = i;
            while (i < size && (isIdentifierChar(text.at(i)) || text.at(i) == u'.'))
                ++i;
            mark(start, i, m_number);
            expectsValue = false;
        } else if (isIdentifierStart(c)) {
            const qsizetype start = i;
            while (i < size && isIdentifierChar(text.at(i)))
                ++i;
            const QString word = text.mid(start, i - start);
            const bool keyword = keywords().contains(word);
            if (keyword)
                mark(start, i, m_keyword);
            expectsValue = keyword && isExpressionKeyword(word);
        } else if (c == u'{') {
            stack.append(Context::Code);
            expectsValue = true;
            ++i;
        } else if (c == u'}') {
            if (!stack.isEmpty())
                stack.removeLast(); // back to the JSX, template or code around the braces
            expectsValue = false;
            ++i;
        } else if (c == u'<' && expectsValue && startsTag()) {
            enterTag();
        } else {
            if (!c.isSpace())
                expectsValue = !(c == u')' || c == u']');
            ++i;
        }
    }

    setCurrentBlockState(stateOf(stack));
    setCurrentBlockUserData(new ContextStack(stack));
}

} // namespace hexclave::ui
