// The line diff behind the catalog review (and the config diff): every line of both texts in
// order, unchanged lines kept, changed stretches as removed lines then added ones, and the
// shortest such diff (a longest common subsequence).

#include "TextDiff.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<hexclave::models::DiffLine>)

namespace hexclave::tests {

using models::DiffLine;
using Kind = DiffLine::Kind;

namespace {

DiffLine same(const QString &text) { return {Kind::Same, text}; }
DiffLine added(const QString &text) { return {Kind::Added, text}; }
DiffLine removed(const QString &text) { return {Kind::Removed, text}; }

QString describe(const QList<DiffLine> &diff)
{
    QStringList lines;
    for (const DiffLine &line : diff)
        lines << (line.kind == Kind::Same ? u"  "_s : line.kind == Kind::Added ? u"+ "_s : u"- "_s) + line.text;
    return lines.join(u'\n');
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QList<DiffLine>>("expected");

        QTest::newRow("both empty") << QString() << QString() << QList<DiffLine>{};
        QTest::newRow("new text") << QString() << u"{\n}"_s << QList<DiffLine>{added(u"{"_s), added(u"}"_s)};
        QTest::newRow("removed text") << u"a\nb"_s << QString() << QList<DiffLine>{removed(u"a"_s), removed(u"b"_s)};
        QTest::newRow("equal") << u"a\nb"_s << u"a\nb"_s << QList<DiffLine>{same(u"a"_s), same(u"b"_s)};
        QTest::newRow("one line changed")
            << u"{\n  \"a\": 1,\n  \"b\": 2\n}"_s << u"{\n  \"a\": 1,\n  \"b\": 3\n}"_s
            << QList<DiffLine>{same(u"{"_s), same(u"  \"a\": 1,"_s), removed(u"  \"b\": 2"_s), added(u"  \"b\": 3"_s),
                               same(u"}"_s)};
        QTest::newRow("inserted in the middle")
            << u"a\nc"_s << u"a\nb\nc"_s << QList<DiffLine>{same(u"a"_s), added(u"b"_s), same(u"c"_s)};
        QTest::newRow("removed at the start")
            << u"x\na\nb"_s << u"a\nb"_s << QList<DiffLine>{removed(u"x"_s), same(u"a"_s), same(u"b"_s)};
        QTest::newRow("stretch replaced, removed first")
            << u"a\nb\nc\nd"_s << u"a\nx\ny\nd"_s
            << QList<DiffLine>{same(u"a"_s), removed(u"b"_s), removed(u"c"_s), added(u"x"_s), added(u"y"_s), same(u"d"_s)};
        // A longest common subsequence keeps "b" and "c" rather than the first match "a".
        QTest::newRow("moved line")
            << u"a\nb\nc"_s << u"b\nc\na"_s
            << QList<DiffLine>{removed(u"a"_s), same(u"b"_s), same(u"c"_s), added(u"a"_s)};
        QTest::newRow("repeated lines")
            << u"}\n}\n}"_s << u"}\nx\n}"_s << QList<DiffLine>{same(u"}"_s), removed(u"}"_s), added(u"x"_s), same(u"}"_s)};
    }
    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QList<DiffLine>, expected);
        const QList<DiffLine> diff = models::diffTexts(before, after);
        QVERIFY2(diff == expected, qPrintable(describe(diff)));
        QCOMPARE(models::hasDifferences(diff), before != after);
    }

    // Both sides can be rebuilt from the diff, and the kept lines are as many as a longest common
    // subsequence has, on texts with many repeated lines.
    void rebuildsBothSides()
    {
        QStringList before;
        QStringList after;
        for (int i = 0; i < 300; ++i) {
            before << QString::number(i % 7);
            if (i % 5 != 0)
                after << QString::number(i % 7);
            if (i % 11 == 0)
                after << u"new %1"_s.arg(i);
        }
        const QList<DiffLine> diff = models::diffLines(before, after);
        QStringList left;
        QStringList right;
        int kept = 0;
        for (const DiffLine &line : diff) {
            if (line.kind != Kind::Added)
                left << line.text;
            if (line.kind != Kind::Removed)
                right << line.text;
            kept += line.kind == Kind::Same;
        }
        QCOMPARE(left, before);
        QCOMPARE(right, after);
        QCOMPARE(kept, 240); // every line not dropped from `before` is kept
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestTextDiff)
#include "tst_TextDiff.moc"
