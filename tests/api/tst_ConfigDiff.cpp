// diffConfigs (api/config/ConfigDiff) and the ConfigTree editing methods it and the
// configuration views are built on: withValue, without, overriddenBy, nestedTree, normalized,
// leafPaths, sameContent, kindAt, keysAt.

#include "config/ConfigDiff.h"
#include "dto/ProjectConfig.h"

#include <QTest>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ConfigChange;
using api::ConfigTree;
using api::ConfigValueKind;

namespace {

ConfigTree tree(const QString &json)
{
    return ConfigTree::fromJsonText(json);
}

QString describe(const QList<ConfigChange> &changes)
{
    QStringList lines;
    for (const ConfigChange &change : changes)
        lines.append(change.path + u": "_s + (change.before.isEmpty() ? u"-"_s : change.before) + u" → "_s
                     + (change.after.isEmpty() ? u"-"_s : change.after));
    return lines.join(u"; "_s);
}

} // namespace

class TestConfigDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("changes"); // describe() of the expected list

        QTest::newRow("same") << uR"({"a":{"b":1}})"_s << uR"({"a":{"b":1}})"_s << QString();
        QTest::newRow("both empty") << u"{}"_s << u"{}"_s << QString();
        QTest::newRow("key order ignored") << uR"({"a":{"b":1,"c":{"x":true,"y":false}},"d":2})"_s
                                           << uR"({"d":2,"a":{"c":{"y":false,"x":true},"b":1}})"_s << QString();
        QTest::newRow("dotted and nested are the same") << uR"({"auth.allowSignUp":true})"_s
                                                        << uR"({"auth":{"allowSignUp":true}})"_s << QString();
        QTest::newRow("added") << uR"({"a":{"b":1}})"_s << uR"({"a":{"b":1,"c":"x"}})"_s << uR"(a.c: - → "x")"_s;
        QTest::newRow("added section") << u"{}"_s << uR"({"teams":{"allowClientTeamCreation":true}})"_s
                                       << uR"(teams.allowClientTeamCreation: - → true)"_s;
        QTest::newRow("removed") << uR"({"a":{"b":1,"c":"x"}})"_s << uR"({"a":{"b":1}})"_s << uR"(a.c: "x" → -)"_s;
        QTest::newRow("changed") << uR"({"a":{"b":1}})"_s << uR"({"a":{"b":2}})"_s << uR"(a.b: 1 → 2)"_s;
        QTest::newRow("changed type") << uR"({"a":"1"})"_s << uR"({"a":1})"_s << uR"(a: "1" → 1)"_s;
        QTest::newRow("object to value") << uR"({"a":{"b":1,"c":2}})"_s << uR"({"a":true})"_s
                                         << uR"(a: {"b":1,"c":2} → true)"_s;
        QTest::newRow("value to object") << uR"({"a":true})"_s << uR"({"a":{"b":1,"c":2}})"_s
                                         << uR"(a: true → {"b":1,"c":2})"_s;
        QTest::newRow("deep object to value") << uR"({"x":{"a":{"b":{"c":1}}}})"_s << uR"({"x":{"a":null}})"_s
                                              << uR"(x.a: {"b":{"c":1}} → null)"_s;
        QTest::newRow("arrays are one value") << uR"({"i":[1,"month"]})"_s << uR"({"i":[1,"year"]})"_s
                                              << uR"(i: [1,"month"] → [1,"year"])"_s;
        QTest::newRow("array order matters") << uR"({"i":[1,2]})"_s << uR"({"i":[2,1]})"_s << uR"(i: [1,2] → [2,1])"_s;
        QTest::newRow("empty object added") << uR"({"a":{"b":1}})"_s << uR"({"a":{"b":1,"c":{}}})"_s << uR"(a.c: - → {})"_s;
        QTest::newRow("empty object filled") << uR"({"s":{}})"_s << uR"({"s":{"admin":true}})"_s
                                             << uR"(s: {} → {"admin":true})"_s;
        QTest::newRow("null set") << uR"({"a":1})"_s << uR"({"a":null})"_s << uR"(a: 1 → null)"_s;
        QTest::newRow("order: after's paths, then removed ones")
            << uR"({"z":1,"a":1,"m":1})"_s << uR"({"m":2,"b":1,"a":1})"_s << uR"(m: 1 → 2; b: - → 1; z: 1 → -)"_s;
    }

    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, changes);
        const QList<ConfigChange> found = api::diffConfigs(tree(before), tree(after));
        QCOMPARE(describe(found), changes);
        // The other way round gives the same paths with before and after swapped.
        const QList<ConfigChange> reverse = api::diffConfigs(tree(after), tree(before));
        QCOMPARE(reverse.size(), found.size());
        for (const ConfigChange &change : found) {
            const auto match = std::find_if(reverse.begin(), reverse.end(),
                                            [&](const ConfigChange &other) { return other.path == change.path; });
            QVERIFY(match != reverse.end());
            QCOMPARE(match->before, change.after);
            QCOMPARE(match->after, change.before);
        }
    }

    void changeKinds()
    {
        QCOMPARE((ConfigChange{u"a"_s, QString(), u"1"_s}.kind()), ConfigChange::Kind::Added);
        QCOMPARE((ConfigChange{u"a"_s, u"1"_s, QString()}.kind()), ConfigChange::Kind::Removed);
        QCOMPARE((ConfigChange{u"a"_s, u"1"_s, u"2"_s}.kind()), ConfigChange::Kind::Changed);
        QCOMPARE((ConfigChange{u"a"_s, u"null"_s, u"1"_s}.kind()), ConfigChange::Kind::Changed);
    }

    void withValue()
    {
        const ConfigTree original = tree(uR"({"auth.allowSignUp":true,"teams":{"a":1}})"_s);
        const ConfigTree edited = original.withValue(u"auth.password.allowSignIn"_s, u"true"_s);
        QCOMPARE(edited.toJsonText(), uR"({"auth":{"allowSignUp":true,"password":{"allowSignIn":true}},"teams":{"a":1}})"_s);
        QCOMPARE(original.toJsonText(), uR"({"auth.allowSignUp":true,"teams":{"a":1}})"_s); // unchanged
        QCOMPARE(edited.withValue(u"teams"_s, uR"({"b":[1,2]})"_s).jsonAt(u"teams"_s), uR"({"b":[1,2]})"_s); // replaced whole
        QCOMPARE(edited.withValue(u"teams.a.b"_s, u"2"_s).jsonAt(u"teams"_s), uR"({"a":{"b":2}})"_s); // value parent → object
        QCOMPARE(ConfigTree().withValue(u"x"_s, u"null"_s).kindAt(u"x"_s), ConfigValueKind::Null);
        QVERIFY_THROWS_EXCEPTION(std::exception, original.withValue(u"a"_s, u"{nope"_s));
    }

    void without()
    {
        const ConfigTree original = tree(uR"({"a":{"b":1,"c":2},"a.d":3,"e":4})"_s);
        QCOMPARE(original.without(u"a.b"_s).toJsonText(), uR"({"a":{"c":2,"d":3},"e":4})"_s);
        QCOMPARE(original.without(u"a.d"_s).toJsonText(), uR"({"a":{"b":1,"c":2},"e":4})"_s); // stored dotted
        QCOMPARE(original.without(u"a"_s).toJsonText(), uR"({"e":4})"_s);
        QCOMPARE(tree(uR"({"a":{"b":1}})"_s).without(u"a.b"_s).toJsonText(), uR"({"a":{}})"_s); // empty parent stays
        QCOMPARE(original.without(u"x.y"_s).toJsonText(), original.nestedTree().toJsonText()); // absent: no change
        QCOMPARE(original.without(u"e.f"_s).toJsonText(), original.nestedTree().toJsonText()); // through a value
    }

    void overriddenBy()
    {
        const ConfigTree base = tree(uR"({"auth":{"allowSignUp":true,"oauth":{"providers":{"github":{"type":"github"}}}},"teams":{"a":1}})"_s);
        const ConfigTree patch = tree(uR"({"auth.oauth.providers":{"google":{"type":"google"}},"teams.b":2,"auth.allowSignUp":null})"_s);
        const ConfigTree result = base.overriddenBy(patch);
        QCOMPARE(result.toJsonText(),
                 uR"({"auth":{"allowSignUp":null,"oauth":{"providers":{"google":{"type":"google"}}}},"teams":{"a":1,"b":2}})"_s);
        QCOMPARE(result.kindAt(u"auth.allowSignUp"_s), ConfigValueKind::Null); // stored, not removed
        QCOMPARE(base.overriddenBy(tree(uR"({"auth":{"x":1}})"_s)).jsonAt(u"auth"_s), uR"({"x":1})"_s); // a key replaces whole
        QCOMPARE(base.overriddenBy(tree(uR"({"teams.a.deep":true})"_s)).jsonAt(u"teams.a"_s), uR"({"deep":true})"_s);
        QVERIFY(base.overriddenBy(ConfigTree()).sameContent(base));
    }

    void nestedAndNormalized()
    {
        const ConfigTree stored = tree(uR"({"a.b":1,"a":{"c":null,"b.x":true},"d":null,"e.f":{"g":null}})"_s);
        QCOMPARE(stored.nestedTree().toJsonText(), uR"({"a":{"b":{"x":true},"c":null},"d":null,"e":{"f":{"g":null}}})"_s);
        QCOMPARE(stored.normalized().toJsonText(), uR"({"a":{"b":{"x":true}},"e":{"f":{}}})"_s);
        QCOMPARE(tree(uR"({"a":1,"a.b":2})"_s).nestedTree().toJsonText(), uR"({"a":{"b":2}})"_s); // later keys win
        QCOMPARE(tree(uR"({"a.b":2,"a":1})"_s).nestedTree().toJsonText(), uR"({"a":1})"_s);
        QCOMPARE(tree(uR"({"l":[{"a":null}]})"_s).normalized().toJsonText(), uR"({"l":[{"a":null}]})"_s); // arrays untouched
    }

    void leafPaths()
    {
        const ConfigTree config = tree(uR"({"b":{"x":1,"y":{}},"a.c":[1,{"z":2}],"n":null,"e":{"f":{"g":"h"}}})"_s);
        QCOMPARE(config.leafPaths(), (QStringList{u"b.x"_s, u"b.y"_s, u"a.c"_s, u"n"_s, u"e.f.g"_s}));
        QCOMPARE(ConfigTree().leafPaths(), QStringList());
        QCOMPARE(tree(uR"({"s":{}})"_s).leafPaths(), QStringList{u"s"_s});
    }

    void sameContent()
    {
        QVERIFY(tree(uR"({"a":{"b":1,"c":2}})"_s).sameContent(tree(uR"({"a.c":2,"a.b":1})"_s)));
        QVERIFY(tree(uR"({"a":[1,{"x":1,"y":2}]})"_s).sameContent(tree(uR"({"a":[1,{"y":2,"x":1}]})"_s)));
        QVERIFY(!tree(uR"({"a":[1,2]})"_s).sameContent(tree(uR"({"a":[2,1]})"_s)));
        QVERIFY(!tree(uR"({"a":null})"_s).sameContent(ConfigTree()));
        QVERIFY(!tree(uR"({"a":{"b":1}})"_s).sameContent(tree(uR"({"a":{"b":1,"c":1}})"_s)));
        QVERIFY(!tree(uR"({"a":1})"_s).sameContent(tree(uR"({"a":"1"})"_s)));
        QVERIFY(tree(uR"({"a":1})"_s).sameContent(tree(uR"({"a":1.0})"_s)));
    }

    void kindsAndKeys()
    {
        const ConfigTree config = tree(uR"({"o":{"k":1},"n":null,"b":false,"i":3,"f":1.5,"s":"x","l":[],"d.e":true})"_s);
        QCOMPARE(config.kindAt(QString()), ConfigValueKind::Object);
        QCOMPARE(config.kindAt(u"o"_s), ConfigValueKind::Object);
        QCOMPARE(config.kindAt(u"n"_s), ConfigValueKind::Null);
        QCOMPARE(config.kindAt(u"b"_s), ConfigValueKind::Bool);
        QCOMPARE(config.kindAt(u"i"_s), ConfigValueKind::Number);
        QCOMPARE(config.kindAt(u"f"_s), ConfigValueKind::Number);
        QCOMPARE(config.kindAt(u"s"_s), ConfigValueKind::String);
        QCOMPARE(config.kindAt(u"l"_s), ConfigValueKind::Array);
        QCOMPARE(config.kindAt(u"d.e"_s), ConfigValueKind::Bool);
        QCOMPARE(config.kindAt(u"x"_s), ConfigValueKind::Missing);
        QCOMPARE(config.kindAt(u"s.x"_s), ConfigValueKind::Missing);
        QCOMPARE(config.keysAt(QString()), (QStringList{u"o"_s, u"n"_s, u"b"_s, u"i"_s, u"f"_s, u"s"_s, u"l"_s, u"d"_s}));
        QCOMPARE(config.keysAt(u"d"_s), QStringList{u"e"_s});
        QCOMPARE(config.keysAt(u"s"_s), QStringList());
        QCOMPARE(ConfigTree().keysAt(QString()), QStringList());
        QCOMPARE(ConfigTree().kindAt(QString()), ConfigValueKind::Object);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestConfigDiff)
#include "tst_ConfigDiff.moc"
