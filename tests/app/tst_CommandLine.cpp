// CommandLine::parse: every flag of README "Command-line flags", valid and invalid values of
// --demo-users and --page, unknown options, --help and --version.

#include "CommandLine.h"
#include "Languages.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(u"hexclave-admin"_s);
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    }

    void valid_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("demo");
        QTest::addColumn<int>("demoUsers");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("screenshot");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("timings");

        QTest::newRow("nothing") << QStringList{} << false << 120 << QString() << QString() << QString() << false;
        QTest::newRow("--demo") << QStringList{u"--demo"_s} << true << 120 << QString() << QString() << QString() << false;
        QTest::newRow("--demo-users N") << QStringList{u"--demo"_s, u"--demo-users"_s, u"5000"_s} << true << 5000 << QString()
                                        << QString() << QString() << false;
        QTest::newRow("--demo-users=N") << QStringList{u"--demo"_s, u"--demo-users=100000"_s} << true << 100000 << QString()
                                        << QString() << QString() << false;
        QTest::newRow("--demo-users 0") << QStringList{u"--demo"_s, u"--demo-users"_s, u"0"_s} << true << 0 << QString() << QString()
                                        << QString() << false;
        QTest::newRow("--demo-users at the maximum") << QStringList{u"--demo"_s, u"--demo-users"_s, u"5000000"_s} << true << 5'000'000
                                                     << QString() << QString() << QString() << false;
        QTest::newRow("--page users") << QStringList{u"--page"_s, u"users"_s} << false << 120 << u"users"_s << QString()
                                      << QString() << false;
        QTest::newRow("--page api-keys") << QStringList{u"--page=api-keys"_s} << false << 120 << u"api-keys"_s << QString()
                                         << QString() << false;
        QTest::newRow("--page config") << QStringList{u"--page"_s, u"config"_s} << false << 120 << u"config"_s << QString()
                                       << QString() << false;
        QTest::newRow("--screenshot") << QStringList{u"--demo"_s, u"--screenshot"_s, u"/tmp/shot dir/users.png"_s} << true
                                      << 120 << QString() << u"/tmp/shot dir/users.png"_s << QString() << false;
        QTest::newRow("--lang de") << QStringList{u"--lang"_s, u"de"_s} << false << 120 << QString() << QString() << u"de"_s
                                   << false;
        QTest::newRow("--lang zh_CN") << QStringList{u"--lang=zh_CN"_s} << false << 120 << QString() << QString()
                                      << u"zh_CN"_s << false;
        QTest::newRow("--timings") << QStringList{u"--timings"_s} << false << 120 << QString() << QString() << QString()
                                   << true;
        QTest::newRow("everything") << QStringList{u"--demo"_s,   u"--demo-users"_s, u"250"_s,   u"--page"_s,
                                                   u"teams"_s,    u"--screenshot"_s, u"a.png"_s, u"--lang"_s,
                                                   u"fr"_s,       u"--timings"_s}
                                    << true << 250 << u"teams"_s << u"a.png"_s << u"fr"_s << true;
    }

    void valid()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, demo);
        QFETCH(int, demoUsers);
        QFETCH(QString, page);
        QFETCH(QString, screenshot);
        QFETCH(QString, language);
        QFETCH(bool, timings);

        QString error;
        QString help;
        const auto line = app::CommandLine::parse(QStringList{u"hexclave-admin"_s} + arguments, &error, &help);
        QVERIFY2(line.has_value(), qPrintable(error));
        QCOMPARE(error, QString());
        QCOMPARE(help, QString());
        QCOMPARE(line->demo, demo);
        QCOMPARE(line->demoUsers, demoUsers);
        QCOMPARE(line->page, page);
        QCOMPARE(line->screenshotFile, screenshot);
        QCOMPARE(line->language, language);
        QCOMPARE(line->timings, timings);
    }

    void invalid_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error"); // part of the message

        const QString demoUsersRange = u"--demo-users needs a number between 0 and 5000000."_s;
        QTest::newRow("--demo-users word") << QStringList{u"--demo-users"_s, u"many"_s} << demoUsersRange;
        QTest::newRow("--demo-users negative") << QStringList{u"--demo-users"_s, u"-1"_s} << demoUsersRange;
        QTest::newRow("--demo-users above the maximum") << QStringList{u"--demo-users"_s, u"5000001"_s} << demoUsersRange;
        QTest::newRow("--demo-users beyond int") << QStringList{u"--demo-users"_s, u"99999999999"_s} << demoUsersRange;
        QTest::newRow("--demo-users with a unit") << QStringList{u"--demo-users"_s, u"12k"_s} << demoUsersRange;
        QTest::newRow("--demo-users fraction") << QStringList{u"--demo-users=1.5"_s} << demoUsersRange;
        QTest::newRow("--demo-users hex") << QStringList{u"--demo-users"_s, u"0x10"_s} << demoUsersRange;
        QTest::newRow("--demo-users empty") << QStringList{u"--demo-users="_s} << demoUsersRange;
        QTest::newRow("--demo-users without a value") << QStringList{u"--demo"_s, u"--demo-users"_s} << u"--demo-users"_s;
        QTest::newRow("--demo-users without --demo") << QStringList{u"--demo-users"_s, u"50"_s}
                                                     << u"--demo-users only applies together with --demo."_s;
        QTest::newRow("--demo-no-metrics without --demo") << QStringList{u"--demo-no-metrics"_s}
                                                          << u"--demo-no-metrics only applies together with --demo."_s;
        QTest::newRow("--demo-faults without --demo") << QStringList{u"--demo-faults"_s, u"0.2"_s}
                                                      << u"--demo-faults only applies together with --demo."_s;
        QTest::newRow("--demo-faults above 1") << QStringList{u"--demo"_s, u"--demo-faults"_s, u"2"_s}
                                               << u"--demo-faults needs a number between 0 and 1"_s;
        QTest::newRow("--demo-faults word") << QStringList{u"--demo"_s, u"--demo-faults=some"_s}
                                            << u"--demo-faults needs a number between 0 and 1"_s;
        QTest::newRow("a stray argument") << QStringList{u"demo"_s} << u"Unexpected argument \"demo\""_s;
        QTest::newRow("--page unknown") << QStringList{u"--page"_s, u"billing"_s}
                                        << u"Unknown page \"billing\". Pages: overview, users, teams, permissions, api-keys, "
                                           u"payments, emails, support, config."_s;
        QTest::newRow("--page wrong case") << QStringList{u"--page"_s, u"Users"_s} << u"Unknown page \"Users\""_s;
        QTest::newRow("--page title instead of id") << QStringList{u"--page"_s, u"API Keys"_s} << u"Unknown page \"API Keys\""_s;
        QTest::newRow("--page without a name") << QStringList{u"--page"_s} << u"--page"_s;
        QTest::newRow("--screenshot without a file") << QStringList{u"--demo"_s, u"--screenshot"_s} << u"--screenshot"_s;
        QTest::newRow("--lang without a code") << QStringList{u"--lang"_s} << u"--lang"_s;
        QTest::newRow("--lang unknown") << QStringList{u"--lang"_s, u"klingon"_s}
                                        << u"Unknown language \"klingon\". Languages: en, de, fr, es, ja, zh_CN."_s;
        QTest::newRow("--lang a region we lack") << QStringList{u"--lang=zh_TW"_s} << u"Unknown language \"zh_TW\""_s;
        QTest::newRow("--lang empty") << QStringList{u"--lang="_s} << u"Unknown language \"\""_s;
        QTest::newRow("--color-scheme unknown") << QStringList{u"--color-scheme"_s, u"blue"_s}
                                                << u"Unknown color scheme \"blue\". Color schemes: system, light, dark."_s;
        QTest::newRow("--color-scheme without a value") << QStringList{u"--color-scheme"_s} << u"--color-scheme"_s;
        QTest::newRow("unknown option") << QStringList{u"--demo"_s, u"--turbo"_s} << u"turbo"_s;
        QTest::newRow("--config-file without a path") << QStringList{u"--config-file"_s} << u"--config-file"_s;
    }

    void invalid()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QString message;
        QString help;
        const auto line = app::CommandLine::parse(QStringList{u"hexclave-admin"_s} + arguments, &message, &help);
        QVERIFY(!line.has_value());
        QVERIFY2(message.contains(error), qPrintable(message));
        QCOMPARE(help, QString());
    }

    // Every language of the interface (ui/Languages.h) is accepted, also written with "-" or in
    // another case; the code comes back as the translations name it.
    void languages_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        for (const QString &code : ui::languageCodes())
            QTest::newRow(qPrintable(code)) << code << code;
        QTest::newRow("zh-CN") << u"zh-CN"_s << u"zh_CN"_s;
        QTest::newRow("zh_cn") << u"zh_cn"_s << u"zh_CN"_s;
        QTest::newRow("DE") << u"DE"_s << u"de"_s;
    }

    void languages()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        QString error;
        QString help;
        const auto line = app::CommandLine::parse({u"hexclave-admin"_s, u"--lang"_s, typed}, &error, &help);
        QVERIFY2(line.has_value(), qPrintable(error));
        QCOMPARE(line->language, code);
    }

    void languageList()
    {
        // Six languages, English first, each named in itself.
        const QList<ui::Language> languages = ui::availableLanguages();
        QCOMPARE(ui::languageCodes(), (QStringList{u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"ja"_s, u"zh_CN"_s}));
        QCOMPARE(languages.at(1).nativeName, u"Deutsch"_s);
        QCOMPARE(languages.at(4).nativeName, u"日本語"_s);
        QVERIFY(ui::isAvailableLanguage(u"zh_CN"_s));
        QVERIFY(!ui::isAvailableLanguage(u"zh"_s));
    }

    void colorScheme_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("none") << QStringList{} << QString();
        QTest::newRow("system") << QStringList{u"--color-scheme"_s, u"system"_s} << u"system"_s;
        QTest::newRow("light") << QStringList{u"--color-scheme=light"_s} << u"light"_s;
        QTest::newRow("dark") << QStringList{u"--color-scheme"_s, u"dark"_s} << u"dark"_s;
        QTest::newRow("Dark") << QStringList{u"--color-scheme"_s, u"Dark"_s} << u"dark"_s;
        QTest::newRow("with others") << QStringList{u"--demo"_s, u"--color-scheme"_s, u"dark"_s, u"--lang"_s, u"ja"_s}
                                     << u"dark"_s;
    }

    void colorScheme()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, scheme);
        QString error;
        QString help;
        const auto line = app::CommandLine::parse(QStringList{u"hexclave-admin"_s} + arguments, &error, &help);
        QVERIFY2(line.has_value(), qPrintable(error));
        QCOMPARE(line->colorScheme, scheme);
    }

    void demoWithoutMetrics()
    {
        QString error;
        QString help;
        const auto plain = app::CommandLine::parse({u"hexclave-admin"_s, u"--demo"_s}, &error, &help);
        QVERIFY(plain && plain->demoMetrics);
        const auto degraded = app::CommandLine::parse({u"hexclave-admin"_s, u"--demo"_s, u"--demo-no-metrics"_s}, &error, &help);
        QVERIFY2(degraded, qPrintable(error));
        QVERIFY(!degraded->demoMetrics);
        QVERIFY(degraded->demo);
    }

    void demoFaults()
    {
        QString error;
        QString help;
        const auto plain = app::CommandLine::parse({u"hexclave-admin"_s, u"--demo"_s}, &error, &help);
        QVERIFY(plain);
        QCOMPARE(plain->demoFaultRate, 0.0);
        const auto faulty = app::CommandLine::parse({u"hexclave-admin"_s, u"--demo"_s, u"--demo-faults"_s, u"0.25"_s}, &error, &help);
        QVERIFY2(faulty, qPrintable(error));
        QCOMPARE(faulty->demoFaultRate, 0.25);
    }

    void configFile()
    {
        QString error;
        QString help;
        const auto line = app::CommandLine::parse({u"hexclave-admin"_s, u"--config-file"_s, u"app/hexclave.config.ts"_s}, &error, &help);
        QVERIFY2(line.has_value(), qPrintable(error));
        QCOMPARE(line->configFile, u"app/hexclave.config.ts"_s);
        QVERIFY(!line->demo);
        const auto none = app::CommandLine::parse({u"hexclave-admin"_s}, &error, &help);
        QVERIFY(none.has_value());
        QCOMPARE(none->configFile, QString());
    }

    void helpAndVersion()
    {
        QString error;
        QString help;
        QVERIFY(!app::CommandLine::parse({u"hexclave-admin"_s, u"--help"_s}, &error, &help));
        QCOMPARE(error, QString());
        for (const QString &flag : {u"--demo"_s, u"--demo-users"_s, u"--page"_s, u"--screenshot"_s, u"--lang"_s,
                                    u"--color-scheme"_s, u"zh_CN"_s, u"--timings"_s, u"--config-file"_s, u"api-keys"_s})
            QVERIFY2(help.contains(flag), qPrintable(flag));

        help.clear();
        QVERIFY(!app::CommandLine::parse({u"hexclave-admin"_s, u"--version"_s}, &error, &help));
        QCOMPARE(error, QString());
        QCOMPARE(help, u"hexclave-admin 9.8.7"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestCommandLine)
#include "tst_CommandLine.moc"
