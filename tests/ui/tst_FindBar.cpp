// The find bar of the source editor, driven with keys and clicks: Ctrl+F with the selection,
// typing, Enter/F3 and Shift+Enter/Shift+F3 cycling with wrap-around, the "3 of 12" count,
// match case, every match highlighted, Esc closing and giving the focus back. Also saves
// pictures of a SourceEditor with the bar open (HEXCLAVE_SCREENSHOT_DIR).

#include "UiTestHelpers.h"

#include "widgets/code/CodeEditor.h"
#include "widgets/code/FindBar.h"
#include "widgets/code/SourceEditor.h"

#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

const QString text = u"alpha beta\nbeta gamma\nBeta beta"_s;

const QString templateSource = uR"(import { Body, Button, Container, Html, Text } from "@react-email/components";

/* The welcome email: sent once,
   right after sign-up. */
export function EmailTemplate({ user, project }: Props) {
  const greeting = `Hi ${user.displayName ?? "there"}!`;
  return (
    <Html lang="en">
      <Body style={{ backgroundColor: "#f6f9fc", padding: 24 }}>
        <Container>
          <Text className="title">{greeting}</Text>
          <Text>Welcome to {project.displayName}. We're glad you're here.</Text>
          <Button href={project.url} width={240}>Open the dashboard</Button>
        </Container>
      </Body>
    </Html>
  );
}
)"_s;

QLabel *countLabel(ui::FindBar *bar, const QString &text)
{
    const auto labels = bar->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text() == text)
            return label;
    }
    return nullptr;
}

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT

    Screenshots m_screenshots;

    static void select(ui::CodeEditor *editor, int from, int to)
    {
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
    }

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void ctrlFOpensWithTheSelection()
    {
        ui::SourceEditor source;
        source.setText(text);
        source.resize(600, 300);
        source.show();
        QVERIFY(QTest::qWaitForWindowActive(&source));
        ui::FindBar *bar = source.findBar();
        QVERIFY(!bar->isVisible());

        source.editor()->setFocus();
        select(source.editor(), 6, 10); // "beta" on the first line
        QTest::keyClick(source.editor(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->searchText(), u"beta"_s);
        QTRY_VERIFY(bar->searchField()->hasFocus());
        QCOMPARE(bar->matchCount(), 4);
        QCOMPARE(bar->countText(), u"1 of 4"_s);
        QVERIFY(countLabel(bar, u"1 of 4"_s));
        // Every match is highlighted, next to the current line.
        QCOMPARE(source.editor()->extraSelections().size(), 1 + 4);
        QCOMPARE(source.text(), text);
    }

    void keysCycleAndWrapAround()
    {
        ui::SourceEditor source;
        source.setText(text);
        source.show();
        QVERIFY(QTest::qWaitForWindowActive(&source));
        ui::FindBar *bar = source.findBar();
        QTest::keyClick(source.editor(), Qt::Key_F, Qt::ControlModifier);
        QLineEdit *field = bar->searchField();
        QTest::keyClicks(field, u"beta"_s);
        QCOMPARE(bar->countText(), u"1 of 4"_s);
        QCOMPARE(source.editor()->textCursor().selectionStart(), 6);

        QTest::keyClick(field, Qt::Key_F3);
        QCOMPARE(bar->countText(), u"2 of 4"_s);
        QCOMPARE(source.editor()->textCursor().selectionStart(), 11);
        QCOMPARE(source.editor()->textCursor().selectedText(), u"beta"_s);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(bar->countText(), u"3 of 4"_s);
        QCOMPARE(source.editor()->textCursor().selectedText(), u"Beta"_s);
        QTest::keyClick(field, Qt::Key_Enter);
        QCOMPARE(bar->countText(), u"4 of 4"_s);
        QTest::keyClick(field, Qt::Key_F3);
        QCOMPARE(bar->countText(), u"1 of 4"_s); // wrapped to the top
        QCOMPARE(source.editor()->textCursor().selectionStart(), 6);
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(bar->countText(), u"4 of 4"_s); // wrapped to the bottom
        QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->countText(), u"3 of 4"_s);

        // F3 from the editor goes on from there.
        source.editor()->setFocus();
        QTest::keyClick(source.editor(), Qt::Key_F3);
        QCOMPARE(bar->countText(), u"4 of 4"_s);

        // The buttons do the same.
        const auto buttons = bar->findChildren<QToolButton *>();
        QToolButton *next = nullptr;
        for (QToolButton *button : buttons) {
            if (button->accessibleName() == u"Next match"_s)
                next = button;
        }
        QVERIFY(next);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(bar->countText(), u"1 of 4"_s);
        QCOMPARE(source.text(), text);
    }

    void typingUpdatesTheCount()
    {
        ui::SourceEditor source;
        source.setText(text);
        source.show();
        QVERIFY(QTest::qWaitForWindowActive(&source));
        ui::FindBar *bar = source.findBar();
        QTest::keyClick(source.editor(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(bar->searchField(), u"gam"_s);
        QCOMPARE(bar->countText(), u"1 of 1"_s);
        QCOMPARE(source.editor()->textCursor().selectedText(), u"gam"_s);
        QTest::keyClicks(bar->searchField(), u"x"_s);
        QCOMPARE(bar->countText(), u"No matches"_s);
        QVERIFY(countLabel(bar, u"No matches"_s));
        QCOMPARE(source.editor()->extraSelections().size(), 1);
        QTest::keyClick(bar->searchField(), Qt::Key_F3); // nothing to go to, nothing breaks
        QCOMPARE(bar->countText(), u"No matches"_s);

        bar->searchField()->clear();
        QCOMPARE(bar->countText(), QString());

        // Editing the text updates the matches.
        QTest::keyClicks(bar->searchField(), u"alpha"_s);
        QCOMPARE(bar->matchCount(), 1);
        source.editor()->moveCursor(QTextCursor::End);
        source.editor()->insertPlainText(u" alpha"_s);
        QCOMPARE(bar->matchCount(), 2);
    }

    void matchCase()
    {
        ui::SourceEditor source;
        source.setText(text);
        source.show();
        QVERIFY(QTest::qWaitForWindowActive(&source));
        ui::FindBar *bar = source.findBar();
        QTest::keyClick(source.editor(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(bar->searchField(), u"Beta"_s);
        QCOMPARE(bar->matchCount(), 4);
        auto *matchCase = bar->findChild<QCheckBox *>();
        QVERIFY(matchCase);
        QTest::mouseClick(matchCase, Qt::LeftButton, {}, QPoint(4, matchCase->height() / 2));
        QVERIFY(bar->matchCase());
        QCOMPARE(bar->matchCount(), 1);
        QCOMPARE(bar->countText(), u"1 of 1"_s);
        QCOMPARE(source.editor()->textCursor().selectionStart(), 22);
    }

    void escapeClosesAndReturnsTheFocus()
    {
        ui::SourceEditor source;
        source.setText(text);
        source.show();
        QVERIFY(QTest::qWaitForWindowActive(&source));
        ui::FindBar *bar = source.findBar();
        source.editor()->setFocus();
        QTest::keyClick(source.editor(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(bar->searchField(), u"beta"_s);
        QTRY_VERIFY(bar->searchField()->hasFocus());
        QTest::keyClick(bar->searchField(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY(source.editor()->hasFocus());
        QCOMPARE(source.editor()->extraSelections().size(), 1); // only the current line

        // Esc in the editor closes an open bar too.
        QTest::keyClick(source.editor(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->searchText(), u"beta"_s); // the last search is kept (the selection is a match)
        source.editor()->setFocus();
        QTest::keyClick(source.editor(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());

        // F3 with the bar closed opens it again with the last search, from the cursor on.
        source.editor()->moveCursor(QTextCursor::Start);
        QTest::keyClick(source.editor(), Qt::Key_F3);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->countText(), u"1 of 4"_s);
        QCOMPARE(source.editor()->textCursor().selectionStart(), 6);
        QCOMPARE(source.text(), text);
    }

    void escapeInADialogClosesOnlyTheBarFirst()
    {
        QDialog dialog;
        auto *source = new ui::SourceEditor(&dialog);
        (new QVBoxLayout(&dialog))->addWidget(source);
        source->setText(text);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(source->editor(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(source->findBar()->isVisible());
        QTest::keyClick(source->findBar()->searchField(), Qt::Key_Escape);
        QVERIFY(!source->findBar()->isVisible());
        QVERIFY(dialog.isVisible());
        // With the bar closed, Esc is the dialog's again.
        QTest::keyClick(source->editor(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void sourceEditorModifiedFlag()
    {
        ui::SourceEditor source;
        QSignalSpy modified(&source, &ui::SourceEditor::modificationChanged);
        QSignalSpy changed(&source, &ui::SourceEditor::textChanged);
        source.setText(text);
        QCOMPARE(modified.size(), 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!source.isModified());
        QVERIFY(!source.editor()->document()->isUndoAvailable());
        source.show();
        QTest::keyClicks(source.editor(), u"x"_s);
        QVERIFY(source.isModified());
        QCOMPARE(modified.size(), 1);
        source.setModified(false);
        QVERIFY(!source.isModified());
        QCOMPARE(modified.size(), 2);
        QTest::keyClicks(source.editor(), u"z"_s);
        QCOMPARE(modified.size(), 3);
        source.setText(u"other"_s);
        QVERIFY(!source.isModified());
        QCOMPARE(modified.size(), 4);
        QCOMPARE(modified.last().first().toBool(), false);
        QVERIFY(!source.editor()->document()->isUndoAvailable());
        source.setReadOnly(true);
        QTest::keyClicks(source.editor(), u"y"_s);
        QCOMPARE(source.text(), u"other"_s);
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkPalette());
        ui::SourceEditor source;
        source.setText(templateSource);
        source.resize(820, 440);
        source.show();
        QVERIFY(QTest::qWaitForWindowExposed(&source));
        QTest::keyClick(source.editor(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(source.findBar()->searchField(), u"displayName"_s);
        QTest::keyClick(source.findBar()->searchField(), Qt::Key_F3);
        QCOMPARE(source.findBar()->countText(), u"2 of 2"_s);
        QVERIFY(m_screenshots.save(&source, dark ? u"editor-source-dark"_s : u"editor-source-light"_s));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestFindBar)
#include "tst_FindBar.moc"
