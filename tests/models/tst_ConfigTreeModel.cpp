// The expert view's tree of a configuration (issue 8), always under QAbstractItemModelTester:
// keys, values and types of nested and dotted-key trees, inline edits that keep a value's type,
// refused JSON, bool check boxes, values replaced by objects, keys added and removed, the
// "Set at" column of the rendered configuration, masked secrets and the schema's problems.

#include "config/ConfigTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ConfigLevel;
using api::ConfigTree;
using api::ConfigValueKind;
using models::ConfigTreeModel;

namespace {

// JSON written with single quotes, which keeps the tests readable.
QString json(QString text)
{
    return text.replace(u'\'', u'"');
}

ConfigTree tree(const QString &jsonText)
{
    return ConfigTree::fromJsonText(jsonText);
}

QString valueAt(const ConfigTreeModel &model, const QString &path, int role = Qt::DisplayRole)
{
    return model.indexOfPath(path, ConfigTreeModel::ValueColumn).data(role).toString();
}

} // namespace

class TestConfigTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsKeysValuesAndTypes()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(tree(json(u"{'auth': {'allowSignUp': true, 'password': {'allowSignIn': false}}, 'teams.createPersonalTeamOnSignUp': true, 'domains': {}, 'n': 3, 's': 'text', 'list': [1, 2], 'nothing': null}"_s)));
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.rowCount(), 7);
        // A dotted key is shown nested.
        const QModelIndex teams = model.indexOfPath(u"teams"_s);
        QVERIFY(teams.isValid());
        QCOMPARE(model.rowCount(teams), 1);
        QCOMPARE(model.index(0, 0, teams).data().toString(), u"createPersonalTeamOnSignUp"_s);
        QCOMPARE(model.index(0, 0, teams).data(ConfigTreeModel::PathRole).toString(),
                 u"teams.createPersonalTeamOnSignUp"_s);
        QCOMPARE(model.rowCount(model.indexOfPath(u"auth.password"_s)), 1);
        QVERIFY(valueAt(model, u"auth"_s).startsWith(u"2 key"_s)); // "2 keys" with the translation loaded
        QCOMPARE(valueAt(model, u"n"_s), u"3"_s);
        QCOMPARE(valueAt(model, u"s"_s), u"text"_s);
        QCOMPARE(valueAt(model, u"list"_s), u"[1,2]"_s);
        QCOMPARE(valueAt(model, u"nothing"_s), u"null"_s);
        QCOMPARE(model.indexOfPath(u"auth.allowSignUp"_s, ConfigTreeModel::ValueColumn).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QCOMPARE(model.indexOfPath(u"s"_s, ConfigTreeModel::TypeColumn).data().toString(), u"text"_s);
        QCOMPARE(model.indexOfPath(u"domains"_s, ConfigTreeModel::TypeColumn).data().toString(), u"object"_s);
        QVERIFY(!(model.indexOfPath(u"auth"_s, ConfigTreeModel::ValueColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(model.indexOfPath(u"n"_s, ConfigTreeModel::ValueColumn).flags() & Qt::ItemIsEditable);
        QVERIFY(!(model.indexOfPath(u"n"_s, ConfigTreeModel::KeyColumn).flags() & Qt::ItemIsEditable));
    }

    void editsKeepTheTypeAndRefuseWhatIsNotJson()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(tree(json(u"{'a': {'s': 'old', 'n': 1, 'b': false}}"_s)));
        QSignalSpy edited(&model, &ConfigTreeModel::treeEdited);
        QSignalSpy rejected(&model, &ConfigTreeModel::editRejected);

        // A string stays a string, even when it looks like a number.
        QVERIFY(model.setData(model.indexOfPath(u"a.s"_s, ConfigTreeModel::ValueColumn), u"42"_s));
        QCOMPARE(model.tree().jsonAt(u"a.s"_s), u"\"42\""_s);
        QCOMPARE(edited.count(), 1);
        QVERIFY(edited.last().at(0).value<ConfigTree>().sameContent(model.tree()));
        // Quotes and backslashes in text are kept as text.
        QVERIFY(model.setData(model.indexOfPath(u"a.s"_s, ConfigTreeModel::ValueColumn), u"say \"hi\" \\o/"_s));
        QCOMPARE(model.tree().stringAt(u"a.s"_s).value(), u"say \"hi\" \\o/"_s);

        // Other values take JSON; what is not JSON is refused and says why.
        QVERIFY(model.setData(model.indexOfPath(u"a.n"_s, ConfigTreeModel::ValueColumn), u" 2.5 "_s));
        QCOMPARE(model.tree().jsonAt(u"a.n"_s), u"2.5"_s);
        QVERIFY(!model.setData(model.indexOfPath(u"a.n"_s, ConfigTreeModel::ValueColumn), u"two"_s));
        QCOMPARE(model.tree().jsonAt(u"a.n"_s), u"2.5"_s);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!model.lastEditError().isEmpty());
        QCOMPARE(edited.count(), 3);

        // A bool is a check box.
        QVERIFY(model.setData(model.indexOfPath(u"a.b"_s, ConfigTreeModel::ValueColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.tree().boolAt(u"a.b"_s), std::optional<bool>(true));

        // Any value can become an object (its keys appear as rows) and back.
        QVERIFY(model.setData(model.indexOfPath(u"a.n"_s), json(u"{'x': 1, 'y': {'z': 'w'}}"_s), ConfigTreeModel::JsonRole));
        QCOMPARE(model.rowCount(model.indexOfPath(u"a.n"_s)), 2);
        QCOMPARE(valueAt(model, u"a.n.y.z"_s), u"w"_s);
        QVERIFY(model.setData(model.indexOfPath(u"a.n"_s), u"7"_s, ConfigTreeModel::JsonRole));
        QCOMPARE(model.rowCount(model.indexOfPath(u"a.n"_s)), 0);
        QVERIFY(!model.indexOfPath(u"a.n.x"_s).isValid());
        QCOMPARE(model.tree().toJsonText(), u"{\"a\":{\"s\":\"say \\\"hi\\\" \\\\o/\",\"n\":7,\"b\":true}}"_s);
    }

    void addsAndRemovesKeys()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(tree(json(u"{'a': {'b': 1}, 'c': 2}"_s)));
        QSignalSpy edited(&model, &ConfigTreeModel::treeEdited);

        QString error;
        QVERIFY(model.addKey(u"a"_s, u"new"_s, u"\"v\""_s, &error));
        QCOMPARE(model.rowCount(model.indexOfPath(u"a"_s)), 2);
        QCOMPARE(valueAt(model, u"a.new"_s), u"v"_s);
        QVERIFY(model.addKey(QString(), u"top"_s, u"{}"_s, &error));
        QCOMPARE(model.rowCount(), 3);

        QVERIFY(!model.addKey(u"a"_s, u"b"_s, u"1"_s, &error));
        QVERIFY(error.contains(u"a.b"_s));
        QVERIFY(!model.addKey(u"a"_s, u"x.y"_s, u"1"_s, &error));
        QVERIFY(!model.addKey(u"c"_s, u"x"_s, u"1"_s, &error));
        QVERIFY(!model.addKey(u"a"_s, u"x"_s, u"not json"_s, &error));
        QVERIFY(!model.addKey(u"a"_s, u"  "_s, u"1"_s, &error));
        QCOMPARE(edited.count(), 2);

        QVERIFY(model.removePath(u"a.b"_s));
        QVERIFY(!model.indexOfPath(u"a.b"_s).isValid());
        QCOMPARE(model.rowCount(model.indexOfPath(u"a"_s)), 1);
        QVERIFY(model.removePath(u"a"_s));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.removePath(u"missing"_s));
        QCOMPARE(model.tree().toJsonText(), json(u"{'c':2,'top':{}}"_s));
        QCOMPARE(edited.count(), 4);
    }

    void readOnlyRefusesEdits()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(tree(json(u"{'n': 1}"_s)));
        model.setReadOnly(true);
        QVERIFY(!(model.indexOfPath(u"n"_s, ConfigTreeModel::ValueColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.indexOfPath(u"n"_s, ConfigTreeModel::ValueColumn), u"2"_s));
        QVERIFY(!model.addKey(QString(), u"m"_s, u"1"_s));
        QVERIFY(!model.removePath(u"n"_s));
        QCOMPARE(model.tree().jsonAt(u"n"_s), u"1"_s);
    }

    void showsWhichLevelSetsAValue()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(tree(json(u"{'auth': {'allowSignUp': true, 'password': {'allowSignIn': true}}, 'x': 1}"_s)));
        QCOMPARE(model.columnCount(), 3);
        model.setOverrides({{ConfigLevel::Project, tree(json(u"{}"_s))},
                            {ConfigLevel::Branch, tree(json(u"{'auth.allowSignUp': false, 'x': 1}"_s))},
                            {ConfigLevel::Environment, tree(json(u"{'auth': {'allowSignUp': true}}"_s))}});
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(ConfigTreeModel::SetAtColumn, Qt::Horizontal).toString(), u"Set at"_s);
        const auto setAt = [&model](const QString &path) {
            return model.indexOfPath(path, ConfigTreeModel::SetAtColumn).data().toString();
        };
        QCOMPARE(setAt(u"auth.allowSignUp"_s), u"Environment"_s);
        QCOMPARE(setAt(u"x"_s), u"Branch"_s);
        QCOMPARE(setAt(u"auth.password.allowSignIn"_s), u"Default"_s);
        QCOMPARE(setAt(u"auth"_s), u"Branch, Environment"_s);
    }

    void masksSecretsUntilRevealed()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(tree(json(u"{'auth': {'oauth': {'providers': {'github': {'type': 'github', 'clientSecret': 's3cr3t'}}}}}"_s)));
        const QString path = u"auth.oauth.providers.github.clientSecret"_s;
        const QModelIndex secret = model.indexOfPath(path, ConfigTreeModel::ValueColumn);
        QVERIFY(secret.data(ConfigTreeModel::SecretRole).toBool());
        QVERIFY(!secret.data().toString().contains(u"s3cr3t"_s));
        QVERIFY(!secret.data(ConfigTreeModel::SearchTextRole).toString().contains(u"s3cr3t"_s));
        QVERIFY(!secret.data(Qt::ToolTipRole).toString().contains(u"s3cr3t"_s));
        QVERIFY(!model.indexOfPath(u"auth.oauth.providers.github.type"_s).data(ConfigTreeModel::SecretRole).toBool());
        model.setSecretRevealed(path, true);
        QCOMPARE(secret.data().toString(), u"s3cr3t"_s);
        model.setSecretRevealed(path, false);
        QVERIFY(!secret.data().toString().contains(u"s3cr3t"_s));
    }

    void decoratesProblems()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy problemsChanged(&model, &ConfigTreeModel::problemsChanged);
        model.setValidationLevel(ConfigLevel::Branch);
        model.setTree(tree(json(u"{'auth': {'allowSignUp': 'yes'}, 'notASection': 1}"_s)));
        QVERIFY(problemsChanged.count() >= 1);
        QVERIFY(model.problems().size() >= 2);
        const QModelIndex allowSignUp = model.indexOfPath(u"auth.allowSignUp"_s);
        QCOMPARE(allowSignUp.data(ConfigTreeModel::ProblemSeverityRole).toInt(), 0);
        QVERIFY(!allowSignUp.data(ConfigTreeModel::ProblemsRole).toStringList().isEmpty());
        QVERIFY(allowSignUp.data(Qt::ToolTipRole).toString().contains(u"true or false"_s));
        QCOMPARE(model.indexOfPath(u"notASection"_s).data(ConfigTreeModel::ProblemSeverityRole).toInt(), 0);
        QCOMPARE(model.indexOfPath(u"auth"_s).data(ConfigTreeModel::ProblemSeverityRole).toInt(), -1);

        // Fixing the value clears its problem.
        QVERIFY(model.setData(model.indexOfPath(u"auth.allowSignUp"_s), u"true"_s, ConfigTreeModel::JsonRole));
        QCOMPARE(model.indexOfPath(u"auth.allowSignUp"_s).data(ConfigTreeModel::ProblemSeverityRole).toInt(), -1);
        QVERIFY(model.removePath(u"notASection"_s));
        QVERIFY(model.problems().isEmpty());

        // No level, no checks.
        model.setValidationLevel(std::nullopt);
        model.setTree(tree(json(u"{'notASection': 1}"_s)));
        QVERIFY(model.problems().isEmpty());
    }

    void resetsOnANewTree()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setTree(tree(json(u"{'a': {'b': 1}}"_s)));
        model.setTree(tree(json(u"{'c': 1, 'd': 2}"_s)));
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.indexOfPath(u"a.b"_s).isValid());
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestConfigTreeModel)
#include "tst_ConfigTreeModel.moc"
