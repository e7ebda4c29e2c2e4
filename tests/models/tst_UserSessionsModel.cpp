// UserSessionsModel (and the ListTableModel it is built on): headers, what each column shows
// for sessions with and without IP information, impersonations marked, tooltips with the full
// date, and whole-list replacement, single-row changes and clearing — all under
// QAbstractItemModelTester.

#include "ModelTestHelpers.h"

#include "CountryText.h"
#include "TimeText.h"
#include "UserSessionsModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::UserSessionsModel;

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

api::UserSession session(const QString &id, qint64 createdAgo, std::optional<qint64> lastUsedAgo)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    api::UserSession result;
    result.id = id;
    result.userId = u"user-1"_s;
    result.createdAtMillis = now - createdAgo;
    if (lastUsedAgo)
        result.lastUsedAtMillis = now - *lastUsedAgo;
    return result;
}

api::IpInfo ipOnly(const QString &ip)
{
    api::IpInfo info;
    info.ip = ip;
    return info;
}

api::IpInfo berlin()
{
    api::IpInfo info;
    info.ip = u"84.153.7.12"_s;
    info.countryCode = u"DE"_s;
    info.regionCode = u"BE"_s;
    info.cityName = u"Berlin"_s;
    info.tzIdentifier = u"Europe/Berlin"_s;
    return info;
}

// What TimeText says for a moment (the source texts keep "(s)": no translation is loaded).
QString ago(qint64 millis)
{
    return models::relativeTime(millis, QDateTime::currentMSecsSinceEpoch());
}

QString text(const UserSessionsModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestUserSessionsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void headers()
    {
        UserSessionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(UserSessionsModel::ColumnCount));
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Last used"_s, u"Location"_s, u"Kind"_s, u"IP address"_s, u"Created"_s}));
        QCOMPARE(model.headerData(UserSessionsModel::ColumnCount, Qt::Horizontal), QVariant());
        QCOMPARE(model.rowCount(), 0);
    }

    void columnsOfEachKindOfSession()
    {
        UserSessionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        api::UserSession located = session(u"s-1"_s, 3 * kDay, 2 * kHour);
        located.lastUsedIpInfo = berlin();
        api::UserSession impersonation = session(u"s-2"_s, 5 * kHour, std::nullopt);
        impersonation.isImpersonation = true;
        api::UserSession bareIp = session(u"s-3"_s, 40 * kDay, 40 * kDay);
        bareIp.lastUsedIpInfo = ipOnly(u"2001:db8::1"_s);
        model.setRows({located, impersonation, bareIp});
        QCOMPARE(model.rowCount(), 3);

        QCOMPARE(text(model, 0, UserSessionsModel::CreatedColumn), ago(located.createdAtMillis));
        QVERIFY(text(model, 0, UserSessionsModel::CreatedColumn).startsWith(u"3 day"_s));
        QCOMPARE(text(model, 0, UserSessionsModel::CreatedColumn, Qt::ToolTipRole), models::absoluteTime(located.createdAtMillis));
        QCOMPARE(model.index(0, UserSessionsModel::CreatedColumn).data(UserSessionsModel::RawValueRole).toLongLong(),
                 located.createdAtMillis);
        QCOMPARE(text(model, 0, UserSessionsModel::LastUsedColumn), ago(*located.lastUsedAtMillis));
        QVERIFY(text(model, 0, UserSessionsModel::LastUsedColumn).startsWith(u"2 hour"_s));
        QCOMPARE(text(model, 0, UserSessionsModel::LastUsedColumn, Qt::ToolTipRole), models::absoluteTime(*located.lastUsedAtMillis));
        QCOMPARE(text(model, 0, UserSessionsModel::IpColumn), u"84.153.7.12"_s);
        QCOMPARE(text(model, 0, UserSessionsModel::LocationColumn), u"Berlin, BE, Germany (DE)"_s);
        QVERIFY(text(model, 0, UserSessionsModel::LocationColumn, Qt::ToolTipRole).contains(u"Europe/Berlin"_s));
        QCOMPARE(text(model, 0, UserSessionsModel::KindColumn), u"Sign-in"_s);
        QCOMPARE(model.index(0, 0).data(UserSessionsModel::IsImpersonationRole).toBool(), false);
        QCOMPARE(text(model, 0, 0, UserSessionsModel::IdRole), u"s-1"_s);

        QCOMPARE(text(model, 1, UserSessionsModel::LastUsedColumn), u"Never"_s);
        QCOMPARE(text(model, 1, UserSessionsModel::IpColumn), u"Unknown"_s);
        QCOMPARE(text(model, 1, UserSessionsModel::LocationColumn), QString());
        QCOMPARE(text(model, 1, UserSessionsModel::KindColumn), u"Impersonation"_s);
        QVERIFY(!text(model, 1, UserSessionsModel::KindColumn, Qt::ToolTipRole).isEmpty());
        QCOMPARE(model.index(1, 0).data(UserSessionsModel::IsImpersonationRole).toBool(), true);
        QVERIFY(model.index(1, UserSessionsModel::KindColumn).data(Qt::FontRole).value<QFont>().bold());

        QVERIFY(text(model, 2, UserSessionsModel::CreatedColumn).startsWith(u"1 month"_s));
        QCOMPARE(text(model, 2, UserSessionsModel::IpColumn), u"2001:db8::1"_s);
        QCOMPARE(text(model, 2, UserSessionsModel::LocationColumn), QString());
    }

    void locationAndCountryTexts_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("expected");
        QTest::newRow("known") << u"jp"_s << u"Japan (JP)"_s;
        QTest::newRow("unknown code") << u"ZZ"_s << u"ZZ"_s;
        QTest::newRow("padded") << u" us "_s << u"United States (US)"_s;
    }

    void locationAndCountryTexts()
    {
        QFETCH(QString, country);
        QFETCH(QString, expected);
        QCOMPARE(models::countryText(country), expected);
        api::IpInfo info = ipOnly(u"1.2.3.4"_s);
        info.countryCode = country;
        QCOMPARE(UserSessionsModel::locationText(info), expected);
    }

    void rowsChangeAndClear()
    {
        UserSessionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({session(u"a"_s, kDay, kHour), session(u"b"_s, kDay, kHour), session(u"c"_s, kDay, kHour)});
        QCOMPARE(model.rowOf(u"b"_s), 1);
        QCOMPARE(model.rowOf(u"nope"_s), -1);
        QVERIFY(!model.rowAt(3));
        QCOMPARE(model.rowAt(2)->id, u"c"_s);

        DataChangedRecorder changes(&model);
        api::UserSession changed = *model.rowAt(1);
        changed.isImpersonation = true;
        model.replaceRow(1, changed);
        QCOMPARE(changes.ranges, (QList<ChangedRange>{{1, 1, 0, UserSessionsModel::ColumnCount - 1}}));
        QCOMPARE(text(model, 1, UserSessionsModel::KindColumn), u"Impersonation"_s);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestUserSessionsModel)
#include "tst_UserSessionsModel.moc"
