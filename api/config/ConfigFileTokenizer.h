#pragma once

// Private to api/config: the character-level reading of a hexclave.config.ts (comments, strings,
// numbers, identifiers, skipped TypeScript types) that ConfigFileParser builds on.

#include "ConfigFileFormat.h"

#include "dto/JsonSupport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace hexclave::api::configfile::detail {

using json::Json;

// Messages for people, translated in the context "hexclave::api::ConfigFileFormat".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hexclave::api::ConfigFileFormat)
};

constexpr int kMaxDepth = 100;

struct Failure
{
    qsizetype offset;
    QString message;
    qsizetype related = -1; // another position, put into the message's %1 as "line L, column C"
};

[[noreturn]] inline void fail(qsizetype offset, const QString &message, qsizetype related = -1)
{
    throw Failure{offset, message, related};
}

inline bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029);
}

inline bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF);
}

inline int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - '0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - 'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - 'A' + 10;
    return -1;
}

inline bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

inline bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit() || c.isMark() || c == QChar(0x200C) || c == QChar(0x200D);
}

// Where a Failure is, as line and column, with its message completed.
ConfigFileError errorAt(const QString &text, const Failure &failure);

// Reads tokens from `text` (which must outlive it); failures are thrown as Failure.
class ConfigFileTokenizer
{
public:
    explicit ConfigFileTokenizer(const QString &text)
        : m_text(text)
    {
    }

protected:
    QChar peek(qsizetype ahead = 0) const
    {
        const qsizetype at = m_pos + ahead;
        return at < m_text.size() ? m_text.at(at) : QChar();
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    bool startsWith(QStringView what) const { return QStringView(m_text).mid(m_pos).startsWith(what); }

    void skipTrivia();
    bool atWord(QStringView word) const;
    QString readIdentifier();
    QString readString();
    double readNumber();
    void skipBalanced();
    void skipType();

    const QString &m_text;
    qsizetype m_pos = 0;
    qsizetype m_tokenEnd = 0; // end of the last token read (for the type annotation's text)
};

} // namespace hexclave::api::configfile::detail
