// ContactChannelsModel: headers, the address as text, the three flags as marks (FlagRole) with
// sentences for tooltips and screen readers, and rows replaced after a change — under
// QAbstractItemModelTester.

#include "ModelTestHelpers.h"

#include "ContactChannelsModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::ContactChannelsModel;

api::ContactChannel channel(const QString &id, const QString &value, bool primary, bool auth, bool verified)
{
    return {.id = id, .userId = u"u"_s, .type = u"email"_s, .value = value, .isPrimary = primary,
            .isVerified = verified, .usedForAuth = auth};
}

} // namespace

class TestContactChannelsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void headers()
    {
        ContactChannelsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Email"_s, u"Primary"_s, u"Sign-in"_s, u"Verified"_s}));
    }

    void flagsAsMarks()
    {
        ContactChannelsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({channel(u"c1"_s, u"ada@example.com"_s, true, true, true),
                       channel(u"c2"_s, u"ada@work.example.com"_s, false, false, false)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ContactChannelsModel::ValueColumn).data().toString(), u"ada@example.com"_s);
        QCOMPARE(model.index(0, ContactChannelsModel::ValueColumn).data(ContactChannelsModel::IdRole).toString(), u"c1"_s);

        // Marks, not text: a check for yes; "no" is marked only where it is worth noticing.
        for (const int column : {ContactChannelsModel::PrimaryColumn, ContactChannelsModel::UsedForAuthColumn,
                                 ContactChannelsModel::VerifiedColumn}) {
            QCOMPARE(model.index(0, column).data().toString(), QString());
            QCOMPARE(model.index(0, column).data(ContactChannelsModel::FlagRole), QVariant(true));
            QCOMPARE(model.index(0, column).data(ContactChannelsModel::RawValueRole), QVariant(true));
            QCOMPARE(model.index(1, column).data(ContactChannelsModel::RawValueRole), QVariant(false));
        }
        QCOMPARE(model.index(1, ContactChannelsModel::PrimaryColumn).data(ContactChannelsModel::FlagRole), QVariant());
        QCOMPARE(model.index(1, ContactChannelsModel::UsedForAuthColumn).data(ContactChannelsModel::FlagRole), QVariant());
        QCOMPARE(model.index(1, ContactChannelsModel::VerifiedColumn).data(ContactChannelsModel::FlagRole), QVariant(false));

        // Said in words to tooltips and screen readers.
        QCOMPARE(model.index(0, ContactChannelsModel::PrimaryColumn).data(Qt::ToolTipRole).toString(), u"Primary email"_s);
        QCOMPARE(model.index(1, ContactChannelsModel::PrimaryColumn).data(Qt::AccessibleTextRole).toString(),
                 u"Not the primary email"_s);
        QCOMPARE(model.index(0, ContactChannelsModel::UsedForAuthColumn).data(Qt::AccessibleTextRole).toString(),
                 u"Used for sign-in"_s);
        QCOMPARE(model.index(1, ContactChannelsModel::VerifiedColumn).data(Qt::AccessibleTextRole).toString(),
                 u"Not verified"_s);
        QCOMPARE(model.index(0, ContactChannelsModel::ValueColumn).data(Qt::AccessibleTextRole).toString(),
                 u"ada@example.com"_s);
    }

    void replacedAfterAChange()
    {
        ContactChannelsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({channel(u"c1"_s, u"a@example.com"_s, true, true, false)});
        DataChangedRecorder changes(&model);
        model.replaceRow(0, channel(u"c1"_s, u"a@example.com"_s, true, true, true));
        QCOMPARE(changes.ranges, (QList<ChangedRange>{{0, 0, 0, ContactChannelsModel::ColumnCount - 1}}));
        QCOMPARE(model.index(0, ContactChannelsModel::VerifiedColumn).data(ContactChannelsModel::FlagRole), QVariant(true));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestContactChannelsModel)
#include "tst_ContactChannelsModel.moc"
