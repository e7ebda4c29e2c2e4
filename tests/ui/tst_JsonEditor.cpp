// JsonEditor and the syntax check under it: line and column of an error for many inputs
// (several lines, non-ASCII and characters outside the BMP, the end of the text), the check
// after a pause in typing, the mark and the cursor at the error, empty meaning null, and the
// syntax colours in the light and the dark palette.

#include "UiTestHelpers.h"

#include "dto/JsonText.h"
#include "widgets/JsonEditor.h"
#include "widgets/JsonHighlighter.h"
#include "widgets/PaletteColors.h"

#include <QSignalSpy>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

// The colour the highlighter gave the character at `position` of the document.
QColor colorAt(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int inBlock = position - block.position();
    const auto ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (inBlock >= range.start && inBlock < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}


// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

} // namespace

class TestJsonEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syntaxErrorPosition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("trailing comma") << u"{\"a\": 1,}"_s << 1 << 9 << 8 << u"'}'"_s;
        QTest::newRow("missing value on line 3")
            << u"{\n  \"name\": \"Zoë\",\n  \"age\": ,\n  \"x\": 1\n}"_s << 3 << 10 << 28 << u"','"_s;
        QTest::newRow("umlauts before the error") << u"{\"ä\": \"ö\", x}"_s << 1 << 12 << 11 << u"invalid literal"_s;
        QTest::newRow("emoji counts as one column") << u"{\"é😀\": 1 1}"_s << 1 << 10 << 10 << u"number"_s;
        QTest::newRow("CJK key, bad literal") << u"{\"日本\": tru}"_s << 1 << 11 << 10 << u"invalid literal"_s;
        QTest::newRow("end of text") << u"[1, 2"_s << 1 << 6 << 5 << u"end of input"_s;
        QTest::newRow("end of text after newline") << u"{\n  \"a\": [\n"_s << 3 << 1 << 11 << u"end of input"_s;
        QTest::newRow("line break inside a string") << u"{\"a\": \"x\ny\"}"_s << 1 << 9 << 8 << u"control character"_s;
        QTest::newRow("second line, after non-ASCII first line")
            << u"[\"ünïcödé\",\n  nul]"_s << 2 << 6 << 17 << u"invalid literal"_s;
        QTest::newRow("two values") << u"1 2"_s << 1 << 3 << 2 << u"end of input"_s;
    }

    void syntaxErrorPosition()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, offset);
        QFETCH(QString, messagePart);

        const auto error = api::checkJsonSyntax(text);
        QVERIFY(error.has_value());
        QCOMPARE(error->line, line);
        QCOMPARE(error->column, column);
        QCOMPARE(error->offset, qsizetype(offset));
        QVERIFY2(error->message.contains(messagePart), qPrintable(error->message));
        QVERIFY2(!error->message.contains(u"json.exception"_s), qPrintable(error->message));
        QVERIFY2(!error->message.contains(u"last read"_s), qPrintable(error->message));

        ui::JsonEditor editor;
        editor.setPlainText(text);
        QVERIFY(!editor.isValid()); // checked at once when asked, without waiting for the pause
        QVERIFY2(editor.errorText().startsWith(u"line %1, column %2: "_s.arg(line).arg(column)),
                 qPrintable(editor.errorText()));
        QVERIFY(editor.moveCursorToError());
        QCOMPARE(editor.textCursor().position(), offset);
    }

    void validJson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("object") << u"{\"a\": [1, 2.5e3, -0.5, true, false, null], \"b\": {\"c\": \"ü\\n\"}}"_s;
        QTest::newRow("string") << u"\"just a string\""_s;
        QTest::newRow("number") << u"42"_s;
        QTest::newRow("null") << u"null"_s;
        QTest::newRow("emoji") << u"{\"😀\": \"🎉\"}"_s;
    }

    void validJson()
    {
        QFETCH(QString, text);
        QVERIFY(!api::checkJsonSyntax(text).has_value());
        ui::JsonEditor editor;
        editor.setPlainText(text);
        QVERIFY(editor.isValid());
        QVERIFY(editor.errorText().isEmpty());
        QVERIFY(!editor.moveCursorToError());
        QCOMPARE(editor.json(), text);
    }

    void emptyMeansNull()
    {
        ui::JsonEditor editor;
        editor.setJson(u"null"_s);
        QVERIFY(editor.toPlainText().isEmpty());
        QCOMPARE(editor.json(), u"null"_s);
        QVERIFY(editor.isValid());
        QVERIFY(!editor.hasChanges());

        editor.setPlainText(u"  \n\t "_s);
        QVERIFY(editor.isValid());
        QCOMPARE(editor.json(), u"null"_s);
        QVERIFY(!editor.hasChanges());

        editor.setJson(u"{\"plan\":\"pro\",\"seats\":3}"_s);
        QVERIFY2(editor.toPlainText().contains(u'\n'), "shown indented");
        QVERIFY(!editor.hasChanges());
        editor.setPlainText(u"{\"plan\": \"pro\",   \"seats\": 3}"_s);
        QVERIFY2(!editor.hasChanges(), "only the layout changed");
        editor.setPlainText(u"{\"plan\": \"team\", \"seats\": 3}"_s);
        QVERIFY(editor.hasChanges());
        editor.clear();
        QVERIFY2(editor.hasChanges(), "cleared: the value becomes null");
    }

    void checksAfterAPauseInTyping()
    {
        ui::JsonEditor editor;
        editor.resize(400, 200);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy changed(&editor, &ui::JsonEditor::syntaxErrorChanged);
        editor.setFocus();
        QTest::keyClicks(&editor, u"{\"a\": tru"_s);
        QCOMPARE(changed.count(), 0);                   // not while typing
        QVERIFY(editor.extraSelections().isEmpty());
        QVERIFY(changed.wait(ui::JsonEditor::validationDelayMs * 10));
        QVERIFY(editor.errorText().startsWith(u"line 1, column 10"_s)); // the end: "tru" is not finished

        // The error is marked with a wavy underline in the error colour.
        const auto selections = editor.extraSelections();
        QVERIFY(!selections.isEmpty());
        const bool underlined = std::any_of(selections.cbegin(), selections.cend(), [&](const QTextEdit::ExtraSelection &s) {
            return s.format.underlineStyle() == QTextCharFormat::WaveUnderline
                && s.format.underlineColor() == ui::errorTextColor(editor.palette());
        });
        QVERIFY(underlined);

        QTest::keyClicks(&editor, u"e}"_s);
        QVERIFY(changed.wait(ui::JsonEditor::validationDelayMs * 10));
        QVERIFY(editor.isValid());
        QVERIFY(editor.extraSelections().isEmpty());
    }

    void enterKeepsIndentation()
    {
        ui::JsonEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setFocus();
        QTest::keyClicks(&editor, u"{"_s);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, u"  \"a\": 1,"_s);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, u"\"b\": 2"_s);
        QCOMPARE(editor.toPlainText(), u"{\n  \"a\": 1,\n  \"b\": 2"_s);
    }

    void highlighting_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void highlighting()
    {
        QFETCH(bool, dark);
        ui::JsonEditor editor;
        if (dark)
            editor.setPalette(darkPalette());
        //                         0         1         2         3         4         5
        //                         0123456789012345678901234567890123456789012345678901234
        editor.setPlainText(u"{\"key\": \"value\", \"n\": -12.5e2, \"t\": true, \"z\": null}"_s);
        const ui::JsonHighlighter *highlighter = editor.highlighter();
        using Token = ui::JsonHighlighter::Token;
        const QTextDocument *document = editor.document();
        QCOMPARE(colorAt(document, 2), highlighter->format(Token::Key).foreground().color());      // key
        QCOMPARE(colorAt(document, 10), highlighter->format(Token::String).foreground().color());  // "value"
        QCOMPARE(colorAt(document, 23), highlighter->format(Token::Number).foreground().color());  // -12.5e2
        QCOMPARE(colorAt(document, 37), highlighter->format(Token::Keyword).foreground().color()); // true
        QCOMPARE(colorAt(document, 49), highlighter->format(Token::Keyword).foreground().color()); // null
        QCOMPARE(colorAt(document, 0), highlighter->format(Token::Punctuation).foreground().color()); // {
        QCOMPARE(colorAt(document, 6), highlighter->format(Token::Punctuation).foreground().color()); // :

        // Four different colours, each readable on the editor's background.
        const QColor base = editor.palette().color(QPalette::Base);
        QSet<QRgb> distinct;
        for (Token token : {Token::Key, Token::String, Token::Number, Token::Keyword}) {
            const QColor color = highlighter->format(token).foreground().color();
            distinct << color.rgb();
            QVERIFY2(contrast(color, base) >= 4.5, qPrintable(u"%1 on %2: %3"_s.arg(color.name(), base.name())
                                                                  .arg(contrast(color, base))));
        }
        QCOMPARE(distinct.size(), 4);

        // Changing the palette recolours: light colours are not left on a dark background.
        editor.setPalette(dark ? QApplication::style()->standardPalette() : darkPalette());
        QVERIFY(colorAt(document, 2) != (dark ? QColor(130, 177, 255) : QColor(0, 80, 170)));
        QCOMPARE(colorAt(document, 2), highlighter->format(Token::Key).foreground().color());
    }

    void monospaceAndTabMovesFocus()
    {
        ui::JsonEditor editor;
        QVERIFY(QFontInfo(editor.font()).fixedPitch());
        QVERIFY(editor.tabChangesFocus());
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestJsonEditor)
#include "tst_JsonEditor.moc"
