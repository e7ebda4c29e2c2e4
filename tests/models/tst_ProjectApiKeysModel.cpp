// ProjectApiKeysModel under QAbstractItemModelTester: the real server's list (fixture 32)
// newest first, the keys by their last four characters only, "never" for far-future expiry,
// and the active / expired / revoked state relative to the given time.

#include "ModelTestHelpers.h"

#include "ProjectApiKeysModel.h"
#include "dto/ApiKey.h"
#include "Fixtures.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::ProjectApiKeysModel;

constexpr qint64 kNow = 1'795'500'000'000;

api::ProjectApiKey key(const QString &id, qint64 created, qint64 expires)
{
    api::ProjectApiKey result;
    result.id = id;
    result.description = id + u" keys"_s;
    result.createdAtMillis = created;
    result.expiresAtMillis = expires;
    result.secretServerKeyLastFour = u"ab12"_s;
    return result;
}

} // namespace

class TestProjectApiKeysModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void realServerList()
    {
        const Fixture fixture = Fixture::load(u"32-project-api-keys"_s);
        QVERIFY(!fixture.name.isEmpty());
        const auto page = api::parseJson<api::Page<api::ProjectApiKey>>(fixture.body);
        ProjectApiKeysModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeys(page.items, kNow);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ProjectApiKeysModel::ColumnCount));
        QCOMPARE(columnTexts(model, ProjectApiKeysModel::DescriptionColumn),
                 (QStringList{u"automation key"_s, u"desktop-client-test keys"_s})); // newest first
        QCOMPARE(model.index(0, ProjectApiKeysModel::KeysColumn).data().toString(),
                 u"Client key …b1g0, server key …hear, admin key …0jf0"_s);
        QCOMPARE(model.index(0, ProjectApiKeysModel::ExpiresColumn).data().toString(), u"Never"_s);
        QCOMPARE(model.index(0, ProjectApiKeysModel::StateColumn).data().toString(), u"Active"_s);
        QCOMPARE(model.index(0, ProjectApiKeysModel::CreatedColumn).data(ProjectApiKeysModel::RawValueRole).toLongLong(),
                 1795459632393LL);
        QCOMPARE(model.index(1, 0).data(ProjectApiKeysModel::IdRole).toString(), u"e76e6adc-cb34-40cb-9ec5-45c8f6ab7cef"_s);
        QVERIFY(model.index(0, ProjectApiKeysModel::KeysColumn).data(Qt::ToolTipRole).toString().contains(u"last four"_s));
    }

    void statesAndExpiry()
    {
        api::ProjectApiKey revoked = key(u"revoked"_s, kNow - 3000, kNow + 100'000);
        revoked.manuallyRevokedAtMillis = kNow - 1000;
        revoked.publishableClientKeyLastFour = u"pk99"_s;
        revoked.secretServerKeyLastFour.reset();
        const api::ProjectApiKey expired = key(u"expired"_s, kNow - 2000, kNow - 1);
        const api::ProjectApiKey active = key(u"active"_s, kNow - 1000, kNow + 86'400'000);
        ProjectApiKeysModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeys({revoked, expired, active}, kNow);
        QCOMPARE(columnTexts(model, ProjectApiKeysModel::DescriptionColumn),
                 (QStringList{u"active keys"_s, u"expired keys"_s, u"revoked keys"_s}));
        QCOMPARE(columnTexts(model, ProjectApiKeysModel::StateColumn), (QStringList{u"Active"_s, u"Expired"_s, u"Revoked"_s}));
        // Revoked and expired sets no longer work (and are drawn dimmed).
        QCOMPARE(model.index(0, 0).data(ProjectApiKeysModel::NoLongerWorksRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(ProjectApiKeysModel::NoLongerWorksRole).toBool(), true);
        QCOMPARE(model.index(2, ProjectApiKeysModel::StateColumn).data(ProjectApiKeysModel::NoLongerWorksRole).toBool(),
                 true);
        QCOMPARE(model.index(2, 0).data(ProjectApiKeysModel::StateRole).value<ProjectApiKeysModel::State>(),
                 ProjectApiKeysModel::State::Revoked);
        QCOMPARE(model.index(2, ProjectApiKeysModel::KeysColumn).data().toString(), u"Client key …pk99"_s);
        QCOMPARE(model.index(0, ProjectApiKeysModel::KeysColumn).data().toString(), u"Server key …ab12"_s);
        QCOMPARE(model.index(0, ProjectApiKeysModel::ExpiresColumn).data().toString(),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(kNow + 86'400'000).date(), QLocale::ShortFormat));
        QVERIFY(model.index(2, ProjectApiKeysModel::StateColumn).data(Qt::ToolTipRole).toString().startsWith(u"Revoked "_s));
        // The same key is active or expired depending on the time given.
        model.setKeys({expired}, kNow - 10);
        QCOMPARE(model.index(0, ProjectApiKeysModel::StateColumn).data().toString(), u"Active"_s);
    }

    // Each combination of key kinds reads as one sentence, capitalised at its start.
    void keysTextPerCombination()
    {
        api::ProjectApiKey set = key(u"k"_s, kNow, kNow + 1000);
        set.secretServerKeyLastFour.reset();
        QCOMPARE(ProjectApiKeysModel::keysText(set), QString());
        set.superSecretAdminKeyLastFour = u"ad01"_s;
        QCOMPARE(ProjectApiKeysModel::keysText(set), u"Admin key …ad01"_s);
        set.publishableClientKeyLastFour = u"pk01"_s;
        QCOMPARE(ProjectApiKeysModel::keysText(set), u"Client key …pk01, admin key …ad01"_s);
        set.superSecretAdminKeyLastFour.reset();
        set.secretServerKeyLastFour = u"sk01"_s;
        QCOMPARE(ProjectApiKeysModel::keysText(set), u"Client key …pk01, server key …sk01"_s);
        set.publishableClientKeyLastFour.reset();
        set.superSecretAdminKeyLastFour = u"ad01"_s;
        QCOMPARE(ProjectApiKeysModel::keysText(set), u"Server key …sk01, admin key …ad01"_s);
    }

    void neverExpires()
    {
        QVERIFY(!ProjectApiKeysModel::neverExpires(QDateTime(QDate(2098, 12, 31), QTime(23, 0), Qt::UTC).toMSecsSinceEpoch()));
        QVERIFY(ProjectApiKeysModel::neverExpires(QDateTime(QDate(2099, 12, 31), QTime(23, 59, 59), Qt::UTC).toMSecsSinceEpoch()));
        QVERIFY(ProjectApiKeysModel::neverExpires(4102444800000)); // 2100, as in fixture 32
        // The web dashboard's "never": 200 years from now.
        QVERIFY(ProjectApiKeysModel::neverExpires(QDateTime::currentMSecsSinceEpoch() + 200LL * 365 * 86'400'000));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestProjectApiKeysModel)
#include "tst_ProjectApiKeysModel.moc"
