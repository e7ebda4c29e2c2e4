// TimeText: which words relativeTime() picks for every span (past and future, at each boundary),
// with the source texts and with the English translation's plural forms; absoluteTime().

#include "TimeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kNow = 1'763'900'000'000; // 2025-11-23

} // namespace

class TestTimeText : public QObject
{
    Q_OBJECT

private:
    static void addRows(bool english)
    {
        QTest::addColumn<qint64>("ago"); // milliseconds before now; negative: in the future
        QTest::addColumn<QString>("expected");
        // The source texts keep "(s)"; the English translation chooses the plural form.
        const auto text = [english](const QString &source, const QString &translated) { return english ? translated : source; };
        QTest::newRow("now") << qint64(0) << u"just now"_s;
        QTest::newRow("999 ms") << qint64(999) << u"just now"_s;
        QTest::newRow("44 s") << 44 * kSecond << u"just now"_s;
        QTest::newRow("45 s") << 45 * kSecond << text(u"1 minute(s) ago"_s, u"1 minute ago"_s);
        QTest::newRow("1 min") << kMinute << text(u"1 minute(s) ago"_s, u"1 minute ago"_s);
        QTest::newRow("1 min 59 s") << 2 * kMinute - kSecond << text(u"1 minute(s) ago"_s, u"1 minute ago"_s);
        QTest::newRow("2 min") << 2 * kMinute << text(u"2 minute(s) ago"_s, u"2 minutes ago"_s);
        QTest::newRow("59 min 59 s") << kHour - kSecond << text(u"59 minute(s) ago"_s, u"59 minutes ago"_s);
        QTest::newRow("1 h") << kHour << text(u"1 hour(s) ago"_s, u"1 hour ago"_s);
        QTest::newRow("23 h 59 min") << kDay - kMinute << text(u"23 hour(s) ago"_s, u"23 hours ago"_s);
        QTest::newRow("1 day") << kDay << text(u"1 day(s) ago"_s, u"1 day ago"_s);
        QTest::newRow("47 h") << 47 * kHour << text(u"1 day(s) ago"_s, u"1 day ago"_s);
        QTest::newRow("29 days") << 29 * kDay << text(u"29 day(s) ago"_s, u"29 days ago"_s);
        QTest::newRow("30 days") << 30 * kDay << text(u"1 month(s) ago"_s, u"1 month ago"_s);
        QTest::newRow("59 days") << 59 * kDay << text(u"1 month(s) ago"_s, u"1 month ago"_s);
        QTest::newRow("60 days") << 60 * kDay << text(u"2 month(s) ago"_s, u"2 months ago"_s);
        QTest::newRow("364 days") << 364 * kDay << text(u"11 month(s) ago"_s, u"11 months ago"_s);
        QTest::newRow("365 days") << 365 * kDay << text(u"1 year(s) ago"_s, u"1 year ago"_s);
        QTest::newRow("800 days") << 800 * kDay << text(u"2 year(s) ago"_s, u"2 years ago"_s);
        QTest::newRow("future, 500 ms") << qint64(-500) << u"just now"_s;
        QTest::newRow("future, 1 s") << -kSecond << text(u"in 1 minute(s)"_s, u"in 1 minute"_s);
        QTest::newRow("future, 30 min") << -30 * kMinute << text(u"in 30 minute(s)"_s, u"in 30 minutes"_s);
        QTest::newRow("future, 1 h") << -kHour << text(u"in 1 hour(s)"_s, u"in 1 hour"_s);
        QTest::newRow("future, 5 h") << -5 * kHour << text(u"in 5 hour(s)"_s, u"in 5 hours"_s);
        QTest::newRow("future, 1 day") << -kDay << text(u"in 1 day(s)"_s, u"in 1 day"_s);
        QTest::newRow("future, 3 days") << -3 * kDay << text(u"in 3 day(s)"_s, u"in 3 days"_s);
    }

private Q_SLOTS:
    void relativeTime_data() { addRows(false); }

    void relativeTime()
    {
        QFETCH(qint64, ago);
        QFETCH(QString, expected);
        QCOMPARE(models::relativeTime(kNow - ago, kNow), expected);
    }

    void relativeTimeInEnglish_data() { addRows(true); }

    void relativeTimeInEnglish()
    {
        QFETCH(qint64, ago);
        QFETCH(QString, expected);
        // The app's own English translation (built from translations/hexclave-admin_en.ts).
        QTranslator english;
        QVERIFY(english.load(u":/i18n/hexclave-admin_en.qm"_s));
        QCoreApplication::installTranslator(&english);
        const QString text = models::relativeTime(kNow - ago, kNow);
        QCoreApplication::removeTranslator(&english);
        QCOMPARE(text, expected);
    }

    void absoluteTime()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString text = models::absoluteTime(kNow);
        QCOMPARE(text, QLocale().toString(QDateTime::fromMSecsSinceEpoch(kNow), QLocale::LongFormat));
        QVERIFY2(text.contains(u"2025"_s), qPrintable(text));
        QVERIFY2(text.contains(u"November"_s), qPrintable(text));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(models::absoluteTime(kNow).contains(u"November"_s) && models::absoluteTime(kNow) != text,
                 qPrintable(models::absoluteTime(kNow)));
        QLocale::setDefault(previous);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestTimeText)
#include "tst_TimeText.moc"
