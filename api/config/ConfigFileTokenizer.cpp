#include "ConfigFileTokenizer.h"

#include <QStringList>

#include <algorithm>
#include <limits>

namespace hexclave::api::configfile::detail {

namespace {

void positionOf(const QString &text, qsizetype offset, int &line, int &column)
{
    line = 1;
    column = 1;
    offset = std::min(offset, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const QChar c = text.at(i);
        const bool crBeforeLf = c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n';
        if (isLineBreak(c) && !crBeforeLf) {
            ++line;
            column = 1;
        } else if (!c.isLowSurrogate() && !crBeforeLf && !(i == 0 && c == QChar(0xFEFF))) {
            ++column;
        }
    }
}

} // namespace

ConfigFileError errorAt(const QString &text, const Failure &failure)
{
    ConfigFileError error;
    positionOf(text, failure.offset, error.line, error.column);
    error.message = failure.message;
    if (failure.related >= 0) {
        int line = 0;
        int column = 0;
        positionOf(text, failure.related, line, column);
        error.message = error.message.arg(Text::tr("line %1, column %2").arg(line).arg(column));
    }
    return error;
}

void ConfigFileTokenizer::skipTrivia()
{
    while (!atEnd()) {
        const QChar c = peek();
        if (isSpace(c)) {
            ++m_pos;
        } else if (c == u'/' && peek(1) == u'/') {
            while (!atEnd() && !isLineBreak(peek()))
                ++m_pos;
        } else if (c == u'/' && peek(1) == u'*') {
            const qsizetype start = m_pos;
            const qsizetype end = m_text.indexOf(QStringLiteral("*/"), m_pos + 2);
            if (end < 0)
                fail(start, Text::tr("Unterminated comment: this /* comment is never closed with */."));
            m_pos = end + 2;
        } else {
            return;
        }
    }
}

bool ConfigFileTokenizer::atWord(QStringView word) const
{
    return startsWith(word) && !isIdentifierPart(peek(word.size()));
}

QString ConfigFileTokenizer::readIdentifier()
{
    const qsizetype start = m_pos;
    while (!atEnd() && isIdentifierPart(peek()))
        ++m_pos;
    m_tokenEnd = m_pos;
    return m_text.mid(start, m_pos - start);
}

QString ConfigFileTokenizer::readString()
{
    const qsizetype start = m_pos;
    const QChar quote = peek();
    ++m_pos;
    QString result;
    const auto hexDigits = [&](qsizetype count, qsizetype escapeStart) {
        uint value = 0;
        for (qsizetype i = 0; i < count; ++i) {
            const int digit = hexValue(peek());
            if (digit < 0)
                fail(escapeStart, Text::tr("Invalid escape sequence in a string."));
            value = value * 16 + uint(digit);
            ++m_pos;
        }
        return value;
    };
    while (true) {
        if (atEnd())
            fail(start, Text::tr("Unterminated string: the closing quote is missing."));
        const QChar c = peek();
        if (c == quote) {
            ++m_pos;
            break;
        }
        if (c == u'\n' || c == u'\r')
            fail(start, Text::tr("Unterminated string: a string cannot continue on the next line (use \\n)."));
        if (c != u'\\') {
            result.append(c);
            ++m_pos;
            continue;
        }
        const qsizetype escapeStart = m_pos;
        ++m_pos;
        if (atEnd())
            fail(start, Text::tr("Unterminated string: the closing quote is missing."));
        const QChar e = peek();
        ++m_pos;
        switch (e.unicode()) {
        case 'n':
            result.append(u'\n');
            break;
        case 't':
            result.append(u'\t');
            break;
        case 'r':
            result.append(u'\r');
            break;
        case 'b':
            result.append(u'\b');
            break;
        case 'f':
            result.append(u'\f');
            break;
        case 'v':
            result.append(u'\v');
            break;
        case '\r':
            if (peek() == u'\n')
                ++m_pos;
            break; // a line continuation adds nothing
        case '\n':
        case 0x2028:
        case 0x2029:
            break;
        case 'x':
            result.append(QChar(char16_t(hexDigits(2, escapeStart))));
            break;
        case 'u':
            if (peek() == u'{') {
                ++m_pos;
                uint value = 0;
                qsizetype count = 0;
                while (!atEnd() && peek() != u'}') {
                    const int digit = hexValue(peek());
                    if (digit < 0 || ++count > 6)
                        fail(escapeStart, Text::tr("Invalid escape sequence in a string."));
                    value = value * 16 + uint(digit);
                    ++m_pos;
                }
                if (atEnd() || count == 0 || value > 0x10FFFF)
                    fail(escapeStart, Text::tr("Invalid escape sequence in a string."));
                ++m_pos;
                const char32_t codePoint = value;
                result.append(QString::fromUcs4(&codePoint, 1));
            } else {
                result.append(QChar(char16_t(hexDigits(4, escapeStart))));
            }
            break;
        default:
            if (e == u'0' && !peek().isDigit()) {
                result.append(QChar(u'\0'));
            } else if (e.isDigit()) {
                fail(escapeStart, Text::tr("Octal escape sequences cannot be used in a string."));
            } else {
                result.append(e); // \' \" \\ \` and any other character stand for themselves
            }
        }
    }
    m_tokenEnd = m_pos;
    return result;
}

double ConfigFileTokenizer::readNumber()
{
    const qsizetype start = m_pos;
    QString digits;
    const auto readDigits = [&](auto isDigit) {
        bool any = false;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'_' && any && isDigit(peek(1))) {
                ++m_pos;
                continue;
            }
            if (!isDigit(c))
                break;
            digits.append(c);
            any = true;
            ++m_pos;
        }
        return any;
    };
    const auto decimal = [](QChar c) { return c >= u'0' && c <= u'9'; };
    double value = 0;
    const QChar second = peek(1).toLower();
    if (peek() == u'0' && (second == u'x' || second == u'o' || second == u'b')) {
        const int base = second == u'x' ? 16 : second == u'o' ? 8 : 2;
        m_pos += 2;
        const auto inBase = [base](QChar c) {
            const int d = hexValue(c);
            return d >= 0 && d < base;
        };
        if (!readDigits(inBase))
            fail(start, Text::tr("Invalid number."));
        for (const QChar c : std::as_const(digits))
            value = value * base + hexValue(c);
    } else {
        const bool leadingZero = peek() == u'0' && decimal(peek(1));
        if (leadingZero)
            fail(start,
                 Text::tr("Numbers cannot start with 0 followed by more digits (octal literals are not allowed)."));
        readDigits(decimal);
        if (peek() == u'.') {
            digits.append(u'.');
            ++m_pos;
            readDigits(decimal);
        }
        if (digits == u".")
            fail(start, Text::tr("Invalid number."));
        if (peek() == u'e' || peek() == u'E') {
            digits.append(u'e');
            ++m_pos;
            if (peek() == u'+' || peek() == u'-') {
                digits.append(peek());
                ++m_pos;
            }
            if (!readDigits(decimal))
                fail(start, Text::tr("Invalid number."));
        }
        bool ok = false;
        value = digits.toDouble(&ok);
        if (!ok && !digits.isEmpty())
            value = std::numeric_limits<double>::infinity(); // out of range, as JavaScript reads it
    }
    if (peek() == u'n')
        fail(start, Text::tr("BigInt numbers cannot be used in a configuration."));
    if (isIdentifierPart(peek()))
        fail(start, Text::tr("Invalid number."));
    m_tokenEnd = m_pos;
    return value;
}

// Skips a bracketed stretch ((…), […], {…}, <…>) starting at the opening bracket, whatever it holds.
void ConfigFileTokenizer::skipBalanced()
{
    const qsizetype start = m_pos;
    int depth = 0;
    while (true) {
        skipTrivia();
        if (atEnd())
            fail(start, Text::tr("Unexpected end of file: this bracket is never closed."));
        const QChar c = peek();
        if (c == u'"' || c == u'\'') {
            readString();
            continue;
        }
        if (c == u'`') {
            const qsizetype end = m_text.indexOf(u'`', m_pos + 1);
            if (end < 0)
                fail(m_pos, Text::tr("Unterminated template literal."));
            m_pos = end + 1;
            continue;
        }
        if (c == u'=' && peek(1) == u'>') {
            m_pos += 2;
            continue;
        }
        ++m_pos;
        if (c == u'(' || c == u'[' || c == u'{' || c == u'<') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}' || c == u'>') {
            if (--depth == 0) {
                m_tokenEnd = m_pos;
                return;
            }
        }
    }
}

// Skips a TypeScript type (after `:`, `as`, `satisfies`). Without recursion: nested parts are
// bracketed and skipped by skipBalanced.
void ConfigFileTokenizer::skipType()
{
    bool expectOperand = true;
    while (true) {
        skipTrivia();
        const QChar c = peek();
        if (expectOperand) {
            if (c == u'|' || c == u'&') {
                ++m_pos;
            } else if (isIdentifierStart(c)) {
                const QString word = readIdentifier();
                static const QStringList prefixes{QStringLiteral("keyof"), QStringLiteral("typeof"),
                                                  QStringLiteral("readonly"), QStringLiteral("unique"),
                                                  QStringLiteral("infer")};
                if (prefixes.contains(word))
                    continue;
                if (word == u"import") {
                    skipTrivia();
                    if (peek() == u'(')
                        skipBalanced();
                }
                expectOperand = false;
            } else if (c == u'"' || c == u'\'') {
                readString();
                expectOperand = false;
            } else if (c.isDigit() || c == u'-') {
                if (c == u'-')
                    ++m_pos;
                readNumber();
                expectOperand = false;
            } else if (c == u'{' || c == u'[' || c == u'(' || c == u'`') {
                if (c == u'`') {
                    const qsizetype end = m_text.indexOf(u'`', m_pos + 1);
                    if (end < 0)
                        fail(m_pos, Text::tr("Unterminated template literal."));
                    m_pos = end + 1;
                    m_tokenEnd = m_pos;
                } else {
                    skipBalanced();
                }
                expectOperand = false;
                skipTrivia();
                if (c == u'(' && startsWith(u"=>")) { // a function type
                    m_pos += 2;
                    expectOperand = true;
                }
            } else {
                fail(m_pos,
                     atEnd() ? Text::tr("Unexpected end of file: a type is missing.")
                             : Text::tr("A type is expected here."));
            }
            continue;
        }
        if (c == u'[' || c == u'<') {
            skipBalanced();
        } else if (c == u'|' || c == u'&') {
            ++m_pos;
            expectOperand = true;
        } else if (c == u'.' && isIdentifierStart(peek(1))) {
            ++m_pos;
            readIdentifier();
        } else {
            return;
        }
    }
}

} // namespace hexclave::api::configfile::detail
