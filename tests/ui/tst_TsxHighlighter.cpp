// TsxHighlighter: the format at given places of a TSX email template — keywords, strings and
// template literals, comments over several lines, JSX tags and attributes, numbers — and
// that JSX text (an apostrophe in "Don't") is not taken for a string.

#include "widgets/PaletteColors.h"
#include "widgets/code/TsxHighlighter.h"

#include "UiTestHelpers.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using Token = ui::TsxHighlighter::Token;

namespace {

const QString source = uR"(import { Html, Text } from "@react-email/components";
/* A block comment
   over two lines */ const count = 42;
export function EmailTemplate({ user }: Props) {
  const greeting = `Hi ${user.displayName}!`;
  return (
    <Html lang="en">
      <Text className='intro'>Don't {greeting} forget</Text>
      <Img
        src={logoUrl}
        width={120} />
    </Html>
  );
}
// done
)"_s;

} // namespace

class TestTsxHighlighter : public QObject
{
    Q_OBJECT

    QTextDocument m_document;
    ui::TsxHighlighter *m_highlighter = nullptr;

    // The highlighter's format of the first character of the `occurrence`-th `needle`.
    QTextCharFormat formatOf(const QString &needle, int occurrence = 1, int offset = 0) const
    {
        qsizetype position = -1;
        for (int i = 0; i < occurrence; ++i)
            position = m_document.toPlainText().indexOf(needle, position + 1);
        if (position < 0)
            return {};
        position += offset;
        const QTextBlock block = m_document.findBlock(int(position));
        const int inBlock = int(position) - block.position();
        const auto ranges = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : ranges) {
            if (inBlock >= range.start && inBlock < range.start + range.length)
                return range.format;
        }
        return {};
    }

    bool is(const QString &needle, Token token, int occurrence = 1, int offset = 0) const
    {
        return formatOf(needle, occurrence, offset) == m_highlighter->format(token);
    }

    bool plain(const QString &needle, int occurrence = 1, int offset = 0) const
    {
        return formatOf(needle, occurrence, offset) == QTextCharFormat();
    }

private Q_SLOTS:
    void init()
    {
        // A document reports changes (and gets highlighted) once it has a layout, as in an editor.
        m_document.documentLayout();
        m_highlighter = new ui::TsxHighlighter(&m_document);
        m_highlighter->setPalette(QApplication::style()->standardPalette());
        m_document.setPlainText(source);
    }

    void cleanup()
    {
        delete m_highlighter;
        m_document.clear();
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("token"); // -1: no format

        QTest::newRow("import keyword") << u"import"_s << 1 << 0 << int(Token::Keyword);
        QTest::newRow("module string") << u"\"@react-email"_s << 1 << 5 << int(Token::String);
        QTest::newRow("identifier") << u"Html,"_s << 1 << 0 << -1;
        QTest::newRow("block comment, first line") << u"A block"_s << 1 << 2 << int(Token::Comment);
        QTest::newRow("block comment, second line") << u"over two"_s << 1 << 0 << int(Token::Comment);
        QTest::newRow("code after the comment") << u"const count"_s << 1 << 0 << int(Token::Keyword);
        QTest::newRow("number") << u"42"_s << 1 << 1 << int(Token::Number);
        QTest::newRow("function keyword") << u"function"_s << 1 << 3 << int(Token::Keyword);
        QTest::newRow("template literal") << u"`Hi "_s << 1 << 1 << int(Token::String);
        QTest::newRow("code in a template") << u"user.displayName"_s << 1 << 0 << -1;
        QTest::newRow("template after ${}") << u"!`"_s << 1 << 0 << int(Token::String);
        QTest::newRow("return") << u"return"_s << 1 << 0 << int(Token::Keyword);
        QTest::newRow("JSX tag") << u"<Html"_s << 1 << 1 << int(Token::Tag);
        QTest::newRow("JSX attribute") << u"lang="_s << 1 << 0 << int(Token::Attribute);
        QTest::newRow("attribute string") << u"\"en\""_s << 1 << 1 << int(Token::String);
        QTest::newRow("nested tag") << u"<Text"_s << 1 << 1 << int(Token::Tag);
        QTest::newRow("single-quoted attribute") << u"'intro'"_s << 1 << 1 << int(Token::String);
        QTest::newRow("JSX text") << u"Don't"_s << 1 << 0 << -1;
        QTest::newRow("apostrophe in JSX text") << u"Don't"_s << 1 << 4 << -1;
        QTest::newRow("expression in JSX") << u"{greeting}"_s << 1 << 1 << -1;
        QTest::newRow("text after the expression") << u"forget"_s << 1 << 0 << -1;
        QTest::newRow("closing tag") << u"</Text"_s << 1 << 2 << int(Token::Tag);
        QTest::newRow("tag over several lines") << u"<Img"_s << 1 << 1 << int(Token::Tag);
        QTest::newRow("attribute on the next line") << u"src="_s << 1 << 0 << int(Token::Attribute);
        QTest::newRow("number in an attribute") << u"120"_s << 1 << 0 << int(Token::Number);
        QTest::newRow("closing the outer tag") << u"</Html"_s << 1 << 2 << int(Token::Tag);
        QTest::newRow("line comment") << u"// done"_s << 1 << 3 << int(Token::Comment);
    }

    void tokens()
    {
        QFETCH(QString, needle);
        QFETCH(int, occurrence);
        QFETCH(int, offset);
        QFETCH(int, token);
        if (token < 0)
            QVERIFY2(plain(needle, occurrence, offset), qPrintable(needle));
        else
            QVERIFY2(is(needle, Token(token), occurrence, offset), qPrintable(needle));
    }

    void closingABlockCommentRecoloursTheLinesBelow()
    {
        m_document.setPlainText(u"/* open\nconst a = 1;\nconst b = 2;"_s);
        QVERIFY(is(u"const a"_s, Token::Comment));
        QVERIFY(is(u"const b"_s, Token::Comment));

        QTextCursor cursor(&m_document);
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(u" */"_s);
        QVERIFY(is(u"const a"_s, Token::Keyword));
        QVERIFY(is(u"const b"_s, Token::Keyword));
        QVERIFY(is(u"1;"_s, Token::Number));

        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(u"/* open again"_s);
        QVERIFY(is(u"const b"_s, Token::Comment));
    }

    void templateLiteralOverSeveralLines()
    {
        m_document.setPlainText(u"const html = `\n  <p>${name}</p>\n`;\nconst x = 1;"_s);
        QVERIFY(is(u"<p>"_s, Token::String));
        QVERIFY(plain(u"name"_s));
        QVERIFY(is(u"</p>"_s, Token::String));
        QVERIFY(is(u"const x"_s, Token::Keyword));
    }

    void comparisonIsNotJsx()
    {
        m_document.setPlainText(u"if (a <b) { return x; }\nconst y = 'z';"_s);
        QVERIFY(plain(u"b)"_s));
        QVERIFY(is(u"return"_s, Token::Keyword));
        QVERIFY(is(u"'z'"_s, Token::String));
    }

    void coloursFollowThePalette()
    {
        m_highlighter->setPalette(darkPalette());
        const QColor dark = m_highlighter->format(Token::Keyword).foreground().color();
        QCOMPARE(dark, ui::syntaxColor(darkPalette(), ui::SyntaxColor::Keyword));
        QVERIFY(is(u"import"_s, Token::Keyword)); // coloured again with the new colours
        m_highlighter->setPalette(QApplication::style()->standardPalette());
        QVERIFY(m_highlighter->format(Token::Keyword).foreground().color() != dark);
        // Every token has its own colour.
        QSet<QRgb> colours;
        for (Token token : {Token::Keyword, Token::String, Token::Comment, Token::Tag, Token::Attribute, Token::Number})
            colours.insert(m_highlighter->format(token).foreground().color().rgb());
        QCOMPARE(colours.size(), 6);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestTsxHighlighter)
#include "tst_TsxHighlighter.moc"
