// CodeEditor: the line-number gutter grows with the number of lines and follows the palette,
// Tab inserts spaces, Enter keeps the indentation, the current line is highlighted.

#include "UiTestHelpers.h"

#include "widgets/PaletteColors.h"
#include "widgets/code/CodeEditor.h"

#include <QSignalSpy>
#include <QStyleFactory>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

QString lines(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(u"line %1"_s.arg(i + 1));
    return list.join(u'\n');
}

} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }

    void gutterGrowsWithTheLineCount()
    {
        ui::CodeEditor editor;
        editor.resize(400, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        editor.setPlainText(lines(9));
        const int nine = editor.lineNumberAreaWidth();
        QCOMPARE(editor.viewport()->x() - editor.frameWidth(), nine);
        editor.setPlainText(lines(120));
        const int hundreds = editor.lineNumberAreaWidth();
        editor.setPlainText(lines(1200));
        const int thousands = editor.lineNumberAreaWidth();
        QVERIFY2(hundreds > nine, qPrintable(u"%1 vs %2"_s.arg(hundreds).arg(nine)));
        QVERIFY(thousands > hundreds);
        QCOMPARE(editor.viewport()->x() - editor.frameWidth(), thousands);
        // A digit more takes about one more digit's width.
        QCOMPARE(thousands - hundreds, editor.fontMetrics().horizontalAdvance(u'9'));

        editor.setPlainText(lines(3));
        QCOMPARE(editor.lineNumberAreaWidth(), nine);
    }

    void gutterFollowsThePalette()
    {
        ui::CodeEditor editor;
        editor.resize(300, 200);
        editor.setPlainText(lines(5));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        const QPoint inGutter(editor.frameWidth() + 2, editor.height() - editor.frameWidth() - 4);
        QVERIFY(editor.grab().toImage().pixelColor(inGutter).lightness() > 180);
        editor.setPalette(darkPalette());
        QTRY_VERIFY(editor.grab().toImage().pixelColor(inGutter).lightness() < 90);
    }

    void fixedPitchFontAndAccessibleName()
    {
        ui::CodeEditor editor;
        QVERIFY(QFontInfo(editor.font()).fixedPitch());
        QVERIFY(!editor.accessibleName().isEmpty());
        QCOMPARE(editor.lineWrapMode(), QPlainTextEdit::NoWrap);
    }

    void tabInsertsSpacesToTheNextStop()
    {
        ui::CodeEditor editor;
        editor.show();
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), u"  "_s);
        QTest::keyClicks(&editor, u"a"_s);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), u"  a "_s);
        QVERIFY(!editor.toPlainText().contains(u'\t'));
        QCOMPARE(editor.textCursor().positionInBlock(), 4);
    }

    void tabIndentsSelectedLines()
    {
        ui::CodeEditor editor;
        editor.show();
        editor.setPlainText(u"<Html>\n<Body>\n\n  <Text />\n</Html>"_s);
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(editor.document()->findBlockByNumber(1).position() + 2);
        cursor.setPosition(editor.document()->findBlockByNumber(4).position(), QTextCursor::KeepAnchor);
        editor.setTextCursor(cursor);
        QTest::keyClick(&editor, Qt::Key_Tab);
        // Lines 2 to 4 (the selection ends at the start of line 5); the empty line stays empty.
        QCOMPARE(editor.toPlainText(), u"<Html>\n  <Body>\n\n    <Text />\n</Html>"_s);
        QTest::keyClick(&editor, Qt::Key_Backtab);
        QTest::keyClick(&editor, Qt::Key_Backtab);
        QCOMPARE(editor.toPlainText(), u"<Html>\n<Body>\n\n<Text />\n</Html>"_s);
        editor.undo();
        QCOMPARE(editor.toPlainText(), u"<Html>\n<Body>\n\n  <Text />\n</Html>"_s);
    }

    void enterKeepsTheIndentation()
    {
        ui::CodeEditor editor;
        editor.show();
        QTest::keyClicks(&editor, u"<Html>"_s);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QTest::keyClicks(&editor, u"<Body>"_s);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, u"x"_s);
        QCOMPARE(editor.toPlainText(), u"<Html>\n  <Body>\n  x"_s);

        // Enter inside the indentation keeps only the part before the cursor.
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(editor.document()->findBlockByNumber(1).position() + 1);
        editor.setTextCursor(cursor);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.toPlainText(), u"<Html>\n \n  <Body>\n  x"_s);

        // One undo takes back the line break and its indentation together.
        editor.setPlainText(u"    a"_s);
        editor.moveCursor(QTextCursor::End);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.toPlainText(), u"    a\n    "_s);
        editor.undo();
        QCOMPARE(editor.toPlainText(), u"    a"_s);
    }

    void readOnlyIgnoresTab()
    {
        ui::CodeEditor editor;
        editor.setPlainText(u"x"_s);
        editor.setReadOnly(true);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.toPlainText(), u"x"_s);
    }

    void currentLineIsHighlighted()
    {
        ui::CodeEditor editor;
        editor.setPlainText(lines(4));
        QTextCursor cursor(editor.document()->findBlockByNumber(2));
        editor.setTextCursor(cursor);
        const auto selections = editor.extraSelections();
        QCOMPARE(selections.size(), 1);
        QVERIFY(selections.first().format.property(QTextFormat::FullWidthSelection).toBool());
        QCOMPARE(selections.first().cursor.blockNumber(), 2);
        QVERIFY(selections.first().format.background().color() != editor.palette().color(QPalette::Base));

        // Search matches are kept next to it.
        QTextEdit::ExtraSelection match;
        match.cursor = QTextCursor(editor.document()->findBlockByNumber(0));
        editor.setSearchSelections({match});
        QCOMPARE(editor.extraSelections().size(), 2);
        editor.setSearchSelections({});
        QCOMPARE(editor.extraSelections().size(), 1);
    }

    void ctrlFAndF3AreReported()
    {
        ui::CodeEditor editor;
        editor.setPlainText(u"hello world"_s);
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(6);
        cursor.setPosition(11, QTextCursor::KeepAnchor);
        editor.setTextCursor(cursor);
        QSignalSpy find(&editor, &ui::CodeEditor::findRequested);
        QSignalSpy next(&editor, &ui::CodeEditor::findNextRequested);
        QSignalSpy previous(&editor, &ui::CodeEditor::findPreviousRequested);
        QTest::keyClick(&editor, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClick(&editor, Qt::Key_F3);
        QTest::keyClick(&editor, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(find.size(), 1);
        QCOMPARE(find.first().first().toString(), u"world"_s);
        QCOMPARE(next.size(), 1);
        QCOMPARE(previous.size(), 1);
        QCOMPARE(editor.toPlainText(), u"hello world"_s);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestCodeEditor)
#include "tst_CodeEditor.moc"
