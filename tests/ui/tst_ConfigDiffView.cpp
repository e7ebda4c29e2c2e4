// The side-by-side configuration diff (issue 8): lines of a known before/after aligned with
// blank filler lines, changed stretches paired, removed lines tinted on the left and added ones
// on the right (light and dark palettes), the list of changed paths, "Only changes", secrets
// masked on both sides and the panes scrolling together.

#include "UiTestHelpers.h"

#include "pages/config/ConfigDiffView.h"
#include "widgets/PaletteColors.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ConfigTree;
using Kind = ui::ConfigDiffView::Row::Kind;

namespace {

QString json(QString text)
{
    return text.replace(u'\'', u'"');
}

ConfigTree tree(const QString &text)
{
    return ConfigTree::fromJsonText(json(text));
}

QPlainTextEdit *pane(ui::ConfigDiffView &view, const QString &name)
{
    return view.findChild<QPlainTextEdit *>(name);
}

QStringList paneLines(ui::ConfigDiffView &view, const QString &name)
{
    return pane(view, name)->toPlainText().split(u'\n');
}

QColor lineBackground(ui::ConfigDiffView &view, const QString &name, int line)
{
    return pane(view, name)->document()->findBlockByNumber(line).blockFormat().background().color();
}

} // namespace

class TestConfigDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alignsTheLinesOfBothSides()
    {
        ui::ConfigDiffView view;
        view.setTrees(tree(u"{'a': 1, 'b': {'c': true}}"_s), tree(u"{'a': 2, 'b': {'c': true, 'd': 'x'}}"_s),
                      u"Now"_s, u"After"_s);
        const QStringList before = paneLines(view, u"diffBefore"_s);
        const QStringList after = paneLines(view, u"diffAfter"_s);
        QCOMPARE(before, QStringList({u"{"_s, json(u"  'a': 1,"_s), json(u"  'b': {"_s), json(u"    'c': true"_s),
                                      QString(), u"  }"_s, u"}"_s}));
        QCOMPARE(after, QStringList({u"{"_s, json(u"  'a': 2,"_s), json(u"  'b': {"_s), json(u"    'c': true,"_s),
                                     json(u"    'd': 'x'"_s), u"  }"_s, u"}"_s}));
        const QList<ui::ConfigDiffView::Row> &rows = view.rows();
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows.at(0).beforeKind, Kind::Same);
        QCOMPARE(rows.at(1).beforeKind, Kind::Removed);
        QCOMPARE(rows.at(1).afterKind, Kind::Added);
        QCOMPARE(rows.at(4).beforeKind, Kind::Filler);
        QCOMPARE(rows.at(4).afterKind, Kind::Added);

        const QPalette colors = view.palette();
        QCOMPARE(lineBackground(view, u"diffBefore"_s, 1), ui::diffRemovedBackground(colors));
        QCOMPARE(lineBackground(view, u"diffAfter"_s, 1), ui::diffAddedBackground(colors));
        QCOMPARE(lineBackground(view, u"diffAfter"_s, 4), ui::diffAddedBackground(colors));
        QCOMPARE(pane(view, u"diffBefore"_s)->document()->findBlockByNumber(0).blockFormat().background().style(),
                 Qt::NoBrush);
        QVERIFY(pane(view, u"diffBefore"_s)->isReadOnly());
        QStringList titles;
        for (const QLabel *label : view.findChildren<QLabel *>())
            titles << label->text();
        QVERIFY(titles.contains(u"Now"_s));
        QVERIFY(titles.contains(u"After"_s));

        // The changed paths, listed with their values.
        auto *list = view.findChild<QTreeWidget *>(u"configChangeList"_s);
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), u"a"_s);
        QCOMPARE(list->topLevelItem(0)->text(2), u"1"_s);
        QCOMPARE(list->topLevelItem(0)->text(3), u"2"_s);
        QCOMPARE(list->topLevelItem(1)->text(0), u"b.d"_s);
        QCOMPARE(list->topLevelItem(1)->text(1), u"Added"_s);
        QCOMPARE(view.changeCount(), 2);

        // In a dark palette the tints follow.
        view.setPalette(darkPalette());
        QCOMPARE(lineBackground(view, u"diffBefore"_s, 1), ui::diffRemovedBackground(view.palette()));
        QVERIFY(lineBackground(view, u"diffBefore"_s, 1) != ui::diffRemovedBackground(colors));
    }

    void anEmptySideIsAllAddedOrRemoved()
    {
        const auto rows = ui::ConfigDiffView::alignedRows(QString(), u"{\n}"_s);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).beforeKind, Kind::Filler);
        QCOMPARE(rows.at(0).afterKind, Kind::Added);
        const auto same = ui::ConfigDiffView::alignedRows(u"x\ny"_s, u"x\ny"_s);
        QCOMPARE(same.size(), 2);
        QCOMPARE(same.at(1).afterKind, Kind::Same);
    }

    void onlyChangesHidesTheRest()
    {
        QString keys;
        for (int i = 0; i < 30; ++i)
            keys += u"'k%1': %2, "_s.arg(i, 2, 10, QLatin1Char('0')).arg(i);
        const ConfigTree before = tree(u"{"_s + keys + u"'z': 1}"_s);
        const ConfigTree after = tree(u"{"_s + keys + u"'z': 2}"_s);
        ui::ConfigDiffView view;
        view.setTrees(before, after, u"Now"_s, u"After"_s);
        QCOMPARE(view.rows().size(), 33);
        auto *only = view.findChild<QCheckBox *>(u"onlyChanges"_s);
        QVERIFY(only);
        only->click();
        QVERIFY(view.onlyChanges());
        // A gap, three lines of context, the change, the closing brace.
        QCOMPARE(view.rows().size(), 6);
        QCOMPARE(view.rows().at(0).beforeKind, Kind::Gap);
        QCOMPARE(paneLines(view, u"diffAfter"_s).at(4), json(u"  'z': 2"_s));
        only->click();
        QCOMPARE(view.rows().size(), 33);
    }

    void masksSecretsOnBothSides()
    {
        ui::ConfigDiffView view;
        const QString provider = u"{'auth': {'oauth': {'providers': {'github': {'type': 'github', 'clientSecret': '%1'}}}}}"_s;
        view.setTrees(tree(provider.arg(u"old-secret"_s)), tree(provider.arg(u"new-secret"_s)), u"Now"_s, u"After"_s);
        const QString shown = pane(view, u"diffBefore"_s)->toPlainText() + pane(view, u"diffAfter"_s)->toPlainText();
        QVERIFY(!shown.contains(u"old-secret"_s));
        QVERIFY(!shown.contains(u"new-secret"_s));
        QVERIFY(shown.contains(u"\u2022\u2022\u2022"_s));
        // Still a change.
        QCOMPARE(view.changeCount(), 1);
        QVERIFY(std::any_of(view.rows().cbegin(), view.rows().cend(),
                            [](const ui::ConfigDiffView::Row &row) { return row.afterKind == Kind::Added; }));
        auto *list = view.findChild<QTreeWidget *>(u"configChangeList"_s);
        QCOMPARE(list->topLevelItemCount(), 1);
        for (int column = 0; column < 4; ++column) {
            QVERIFY(!list->topLevelItem(0)->text(column).contains(u"-secret"_s));
            QVERIFY(!list->topLevelItem(0)->toolTip(column).contains(u"-secret"_s));
        }
    }

    void thePanesScrollTogether()
    {
        QString keys;
        for (int i = 0; i < 200; ++i)
            keys += u"'k%1': %2, "_s.arg(i, 3, 10, QLatin1Char('0')).arg(i);
        ui::ConfigDiffView view;
        view.resize(700, 400);
        view.setTrees(tree(u"{"_s + keys + u"'z': 1}"_s), tree(u"{'y': 0, "_s + keys + u"'z': 2}"_s), u"Now"_s,
                      u"After"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar *left = pane(view, u"diffBefore"_s)->verticalScrollBar();
        QScrollBar *right = pane(view, u"diffAfter"_s)->verticalScrollBar();
        QVERIFY(left->maximum() > 50);
        left->setValue(60);
        QCOMPARE(right->value(), 60);
        right->setValue(10);
        QCOMPARE(left->value(), 10);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestConfigDiffView)
#include "tst_ConfigDiffView.moc"
