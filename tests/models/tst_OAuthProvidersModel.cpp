// OAuthProvidersModel: provider names for people, the two permissions of a link as check
// boxes that ask for a change (changeRequested) instead of making it, and check boxes that
// cannot be ticked while a change is saved — under QAbstractItemModelTester.

#include "ModelTestHelpers.h"

#include "OAuthProvidersModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::OAuthProvidersModel;

api::OAuthProvider provider(const QString &id, const QString &type, bool signIn, bool connected)
{
    api::OAuthProvider result;
    result.id = id;
    result.userId = u"u"_s;
    result.type = type;
    result.providerConfigId = type;
    result.accountId = u"4711"_s;
    result.email = u"ada@example.com"_s;
    result.allowSignIn = signIn;
    result.allowConnectedAccounts = connected;
    return result;
}

Qt::CheckState checkState(const QModelIndex &index)
{
    return Qt::CheckState(index.data(Qt::CheckStateRole).toInt());
}

} // namespace

class TestOAuthProvidersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void columns()
    {
        OAuthProvidersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Provider"_s, u"Account ID"_s, u"Email"_s, u"Sign-in"_s, u"Connected account"_s}));

        api::OAuthProvider noEmail = provider(u"p2"_s, u"custom-sso"_s, false, false);
        noEmail.email.reset();
        model.setRows({provider(u"p1"_s, u"github"_s, true, false), noEmail});
        QCOMPARE(model.index(0, OAuthProvidersModel::ProviderColumn).data().toString(), u"GitHub"_s);
        QCOMPARE(model.index(0, OAuthProvidersModel::ProviderColumn).data(OAuthProvidersModel::RawValueRole).toString(), u"github"_s);
        QCOMPARE(model.index(1, OAuthProvidersModel::ProviderColumn).data().toString(), u"custom-sso"_s);
        QCOMPARE(model.index(0, OAuthProvidersModel::AccountIdColumn).data().toString(), u"4711"_s);
        QCOMPARE(model.index(0, OAuthProvidersModel::EmailColumn).data().toString(), u"ada@example.com"_s);
        QCOMPARE(model.index(1, OAuthProvidersModel::EmailColumn).data().toString(), QString());
        QCOMPARE(checkState(model.index(0, OAuthProvidersModel::AllowSignInColumn)), Qt::Checked);
        QCOMPARE(checkState(model.index(0, OAuthProvidersModel::AllowConnectedAccountsColumn)), Qt::Unchecked);
        QCOMPARE(model.index(0, OAuthProvidersModel::EmailColumn).data(Qt::CheckStateRole), QVariant());
        QVERIFY(model.index(0, OAuthProvidersModel::AllowSignInColumn).data(Qt::ToolTipRole).toString().contains(u"can sign in"_s));
        QVERIFY(model.index(0, OAuthProvidersModel::AllowConnectedAccountsColumn).data(Qt::AccessibleTextRole).toString().contains(u"cannot"_s));
        QVERIFY(model.flags(model.index(0, OAuthProvidersModel::AllowSignInColumn)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!model.flags(model.index(0, OAuthProvidersModel::EmailColumn)).testFlag(Qt::ItemIsUserCheckable));
    }

    void tickingAsksForAChange()
    {
        OAuthProvidersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({provider(u"p1"_s, u"github"_s, true, false)});
        QSignalSpy requested(&model, &OAuthProvidersModel::changeRequested);
        DataChangedRecorder changes(&model);

        const QModelIndex connected = model.index(0, OAuthProvidersModel::AllowConnectedAccountsColumn);
        QVERIFY(!model.setData(connected, int(Qt::Checked), Qt::CheckStateRole));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), u"p1"_s);
        QCOMPARE(requested.at(0).at(1).value<OAuthProvidersModel::Column>(), OAuthProvidersModel::AllowConnectedAccountsColumn);
        QCOMPARE(requested.at(0).at(2).toBool(), true);
        QCOMPARE(checkState(connected), Qt::Unchecked); // only the server's answer changes the row
        QVERIFY(changes.ranges.isEmpty());

        const QModelIndex signIn = model.index(0, OAuthProvidersModel::AllowSignInColumn);
        QVERIFY(!model.setData(signIn, int(Qt::Unchecked), Qt::CheckStateRole));
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.at(1).at(2).toBool(), false);

        // Nothing to ask for: the same state, another role, a text column.
        QVERIFY(!model.setData(signIn, int(Qt::Checked), Qt::CheckStateRole));
        QVERIFY(!model.setData(signIn, true, Qt::EditRole));
        QVERIFY(!model.setData(model.index(0, OAuthProvidersModel::EmailColumn), int(Qt::Checked), Qt::CheckStateRole));
        QCOMPARE(requested.count(), 2);

        // The server answered: the row shows it.
        model.replaceRow(0, provider(u"p1"_s, u"github"_s, true, true));
        QCOMPARE(checkState(connected), Qt::Checked);
    }

    void notEditableWhileSaving()
    {
        OAuthProvidersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({provider(u"p1"_s, u"google"_s, true, true)});
        QSignalSpy requested(&model, &OAuthProvidersModel::changeRequested);
        DataChangedRecorder changes(&model);
        model.setEditable(false);
        QCOMPARE(changes.ranges, (QList<ChangedRange>{{0, 0, OAuthProvidersModel::AllowSignInColumn,
                                                       OAuthProvidersModel::AllowConnectedAccountsColumn}}));
        const QModelIndex signIn = model.index(0, OAuthProvidersModel::AllowSignInColumn);
        QVERIFY(!model.flags(signIn).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(signIn, int(Qt::Unchecked), Qt::CheckStateRole));
        QCOMPARE(requested.count(), 0);
        QCOMPARE(checkState(signIn), Qt::Checked); // still shown
        model.setEditable(true);
        QVERIFY(model.flags(signIn).testFlag(Qt::ItemIsUserCheckable));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestOAuthProvidersModel)
#include "tst_OAuthProvidersModel.moc"
