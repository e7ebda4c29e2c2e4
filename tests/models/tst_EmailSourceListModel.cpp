// EmailSourceListModel and its filter: rows as the drafts/templates/themes tabs list them (name,
// note, unsaved marker, the project's theme in bold), sorted by name in any case, filtered by a
// part of the name; under QAbstractItemModelTester.

#include "emails/EmailSourceListModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using models::EmailSourceFilterModel;
using models::EmailSourceListModel;
using models::EmailSourceRow;

class TestEmailSourceListModel : public QObject
{
    Q_OBJECT

private:
    static QStringList shownNames(const QAbstractItemModel &model)
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row, EmailSourceListModel::NameColumn).data().toString();
        return names;
    }

private Q_SLOTS:
    void rowsAndRoles()
    {
        EmailSourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{u"a"_s, u"Welcome"_s, u"Sent 3 days ago"_s, false, false, u"Sent 21 November 2026 09:02"_s},
                       {u"b"_s, u"Dark"_s, u"Project's theme"_s, false, true, {}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, EmailSourceListModel::NameColumn).data().toString(), u"Welcome"_s);
        QCOMPARE(model.index(0, EmailSourceListModel::NoteColumn).data().toString(), u"Sent 3 days ago"_s);
        // The short note in the list, the full one in its tooltip.
        QCOMPARE(model.index(0, EmailSourceListModel::NoteColumn).data(Qt::ToolTipRole).toString(),
                 u"Sent 21 November 2026 09:02"_s);
        QCOMPARE(model.index(1, EmailSourceListModel::NoteColumn).data(Qt::ToolTipRole).toString(), u"Project's theme"_s);
        QCOMPARE(model.index(1, 0).data(EmailSourceListModel::IdRole).toString(), u"b"_s);
        QVERIFY(model.index(1, 0).data(EmailSourceListModel::MarkedRole).toBool());
        QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Name"_s);
    }

    void unsavedMarker()
    {
        EmailSourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{u"a"_s, u"Welcome"_s, u"Not sent"_s, false, false, {}}});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setUnsaved(u"a"_s, true);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(0, 0).data(EmailSourceListModel::UnsavedRole).toBool());
        QVERIFY(model.index(0, 0).data().toString().startsWith(u"Welcome"_s));
        QVERIFY(model.index(0, 0).data().toString() != u"Welcome"_s);
        QCOMPARE(model.index(0, 1).data().toString(), u"Edited"_s);
        QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(u"Not sent"_s));
        QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
        model.setUnsaved(u"a"_s, true); // no change, no signal
        QCOMPARE(changed.size(), 1);
        model.setUnsaved(u"a"_s, false);
        QCOMPARE(model.index(0, 0).data().toString(), u"Welcome"_s);
        model.setUnsaved(u"missing"_s, true); // ignored
        QCOMPARE(changed.size(), 2);
    }

    void rename()
    {
        EmailSourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{u"a"_s, u"Welcome"_s, {}, false, false, {}}});
        model.setName(u"a"_s, u"Hello"_s);
        QCOMPARE(model.index(0, 0).data().toString(), u"Hello"_s);
    }

    void sortedAndFiltered()
    {
        EmailSourceListModel model;
        EmailSourceFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{u"1"_s, u"welcome"_s, {}, false, false, {}},
                       {u"2"_s, u"Announcement"_s, {}, false, false, {}},
                       {u"3"_s, u"Billing"_s, {}, false, false, {}},
                       {u"4"_s, u"Welcome back"_s, {}, false, false, {}}});
        QCOMPARE(shownNames(filter), (QStringList{u"Announcement"_s, u"Billing"_s, u"welcome"_s, u"Welcome back"_s}));
        filter.setSearchText(u"  WELC "_s);
        QCOMPARE(shownNames(filter), (QStringList{u"welcome"_s, u"Welcome back"_s}));
        filter.setSearchText(u"nothing"_s);
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText({});
        QCOMPARE(filter.rowCount(), 4);
        // A new row lands in its place.
        model.appendRow({u"5"_s, u"Cart reminder"_s, {}, false, false, {}});
        QCOMPARE(shownNames(filter).at(2), u"Cart reminder"_s);
        // A rename re-sorts.
        model.setName(u"2"_s, u"Zebra"_s);
        QCOMPARE(shownNames(filter).last(), u"Zebra"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestEmailSourceListModel)
#include "tst_EmailSourceListModel.moc"
