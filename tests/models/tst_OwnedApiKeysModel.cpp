// OwnedApiKeysModel: a user's or team's API keys — description, public or secret, "…last four",
// created, expiry (or never) and status — with revoked and expired keys marked as no longer
// working, under QAbstractItemModelTester.

#include "ModelTestHelpers.h"

#include "OwnedApiKeysModel.h"
#include "TimeText.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::OwnedApiKeysModel;

constexpr qint64 kNow = 1'790'000'000'000;
constexpr qint64 kDay = 24 * 60 * 60 * 1000;

api::OwnedApiKey key(const QString &id, const QString &description, bool isPublic, std::optional<qint64> expiresAt,
                     std::optional<qint64> revokedAt = std::nullopt)
{
    api::OwnedApiKey key;
    key.id = id;
    key.ownerKind = api::ApiKeyOwnerKind::User;
    key.ownerId = u"user-1"_s;
    key.description = description;
    key.createdAtMillis = kNow - 10 * kDay;
    key.expiresAtMillis = expiresAt;
    key.manuallyRevokedAtMillis = revokedAt;
    key.isPublic = isPublic;
    key.lastFour = id.right(4);
    return key;
}

} // namespace

class TestOwnedApiKeysModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void columns()
    {
        OwnedApiKeysModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceTime(kNow);
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Description"_s, u"Type"_s, u"Key"_s, u"Created"_s, u"Expires"_s, u"Status"_s}));

        model.setRows({key(u"k-aaaa"_s, u"Nightly export"_s, false, std::nullopt),
                       key(u"k-bbbb"_s, u"Widget"_s, true, kNow + 30 * kDay),
                       key(u"k-cccc"_s, u"Old script"_s, false, kNow + 30 * kDay, kNow - 2 * kDay),
                       key(u"k-dddd"_s, u"Trial"_s, false, kNow - kDay)});
        QCOMPARE(columnTexts(model, OwnedApiKeysModel::DescriptionColumn),
                 (QStringList{u"Nightly export"_s, u"Widget"_s, u"Old script"_s, u"Trial"_s}));
        QCOMPARE(columnTexts(model, OwnedApiKeysModel::TypeColumn), (QStringList{u"Secret"_s, u"Public"_s, u"Secret"_s, u"Secret"_s}));
        QCOMPARE(columnTexts(model, OwnedApiKeysModel::KeyColumn), (QStringList{u"…aaaa"_s, u"…bbbb"_s, u"…cccc"_s, u"…dddd"_s}));
        QCOMPARE(model.index(0, OwnedApiKeysModel::CreatedColumn).data().toString(), models::relativeTime(kNow - 10 * kDay, kNow));
        QCOMPARE(model.index(0, OwnedApiKeysModel::CreatedColumn).data(Qt::ToolTipRole).toString(),
                 models::absoluteTime(kNow - 10 * kDay));
        QCOMPARE(model.index(0, OwnedApiKeysModel::ExpiresColumn).data().toString(), u"Never"_s);
        QCOMPARE(model.index(0, OwnedApiKeysModel::ExpiresColumn).data(OwnedApiKeysModel::RawValueRole), QVariant());
        QCOMPARE(model.index(1, OwnedApiKeysModel::ExpiresColumn).data().toString(), models::relativeTime(kNow + 30 * kDay, kNow));
        QCOMPARE(model.index(1, OwnedApiKeysModel::ExpiresColumn).data(Qt::ToolTipRole).toString(),
                 models::absoluteTime(kNow + 30 * kDay));
        QCOMPARE(columnTexts(model, OwnedApiKeysModel::StatusColumn),
                 (QStringList{u"Active"_s, u"Active"_s, u"Revoked "_s + models::relativeTime(kNow - 2 * kDay, kNow), u"Expired"_s}));
        const QList<bool> noLongerWorks{false, false, true, true};
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(OwnedApiKeysModel::NoLongerWorksRole).toBool(), noLongerWorks.at(row));
        QCOMPARE(model.status(*model.rowAt(2)), OwnedApiKeysModel::Status::Revoked);
        QCOMPARE(model.status(*model.rowAt(3)), OwnedApiKeysModel::Status::Expired);
        QVERIFY(model.index(2, OwnedApiKeysModel::StatusColumn).data(Qt::ToolTipRole).toString().startsWith(u"Revoked on "_s));
        QCOMPARE(model.index(1, 0).data(OwnedApiKeysModel::IdRole).toString(), u"k-bbbb"_s);
        QCOMPARE(model.index(1, OwnedApiKeysModel::TypeColumn).data(OwnedApiKeysModel::RawValueRole).toBool(), true);
    }

    // Revoking answers the key again: the row changes in place.
    void replaceRowAfterRevoking()
    {
        OwnedApiKeysModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceTime(kNow);
        model.setRows({key(u"k-aaaa"_s, u"A"_s, false, std::nullopt), key(u"k-bbbb"_s, u"B"_s, false, std::nullopt)});
        DataChangedRecorder recorder(&model);
        model.replaceRow(1, key(u"k-bbbb"_s, u"B"_s, false, std::nullopt, kNow));
        QCOMPARE(recorder.ranges, (QList<ChangedRange>{{1, 1, 0, OwnedApiKeysModel::ColumnCount - 1}}));
        QCOMPARE(model.status(*model.rowAt(1)), OwnedApiKeysModel::Status::Revoked);
        QVERIFY(model.index(1, 0).data(OwnedApiKeysModel::NoLongerWorksRole).toBool());
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestOwnedApiKeysModel)
#include "tst_OwnedApiKeysModel.moc"
