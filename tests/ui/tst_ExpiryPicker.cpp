// ExpiryPicker: the choices the caller offers, in its order; the date field only for "On a
// date…"; a time from now for the presets, nothing for "Never", and the end of the chosen local
// day for a date — also on days whose midnight is skipped or whose last hour is repeated (São
// Paulo changed its clocks at midnight until 2019; this test runs in that time zone).

#include "UiTestHelpers.h"

#include "widgets/ExpiryPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using ui::ExpiryPicker;
using Choice = ExpiryPicker::Choice;

constexpr qint64 dayMillis = 24LL * 60 * 60 * 1000;
constexpr qint64 kNow = 1'795'500'000'000;

QStringList choiceTexts(const ExpiryPicker &picker)
{
    QStringList texts;
    for (int i = 0; i < picker.choiceField()->count(); ++i)
        texts << picker.choiceField()->itemText(i);
    return texts;
}

} // namespace

class TestExpiryPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A time zone where daylight saving time started (skipping midnight) and ended (repeating
    // the day's last hour) at midnight; the C library reads TZ again on each local time lookup.
    void initTestCase() { qputenv("TZ", "America/Sao_Paulo"); }
    void cleanupTestCase() { qunsetenv("TZ"); }

    void offersTheCallersChoices()
    {
        ExpiryPicker picker({.choices = {Choice::ThirtyDays, Choice::NinetyDays, Choice::OnDate},
                             .initial = Choice::NinetyDays});
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QCOMPARE(choiceTexts(picker), (QStringList{u"In 30 days"_s, u"In 90 days"_s, u"On a date…"_s}));
        QCOMPARE(picker.choice(), Choice::NinetyDays);
        QCOMPARE(picker.choiceField()->accessibleName(), u"Expires"_s);
        QVERIFY(!picker.dateField()->isVisible());
        // Without Never, something always expires; a choice not offered changes nothing.
        picker.setChoice(Choice::Never);
        QCOMPARE(picker.choice(), Choice::NinetyDays);
        QCOMPARE(picker.expiresAtMillis(kNow), std::optional<qint64>(kNow + 90 * dayMillis));

        // Chosen with the keyboard: the date field appears beside it.
        picker.choiceField()->setFocus();
        QTest::keyClick(picker.choiceField(), Qt::Key_Down);
        QCOMPARE(picker.choice(), Choice::OnDate);
        QVERIFY(picker.dateField()->isVisible());
        QCOMPARE(picker.dateField()->accessibleName(), u"Expiry date"_s);
        QCOMPARE(picker.dateField()->minimumDate(), QDate::currentDate().addDays(1)); // not today or earlier
        QCOMPARE(picker.dateField()->date(), QDate::currentDate().addDays(30));
        QTest::keyClick(picker.choiceField(), Qt::Key_Up);
        QVERIFY(!picker.dateField()->isVisible());

        picker.setEnabled(false); // as a dialog does while it sends
        QVERIFY(!picker.choiceField()->isEnabled() && !picker.dateField()->isEnabled());
    }

    void presetsAndNever_data()
    {
        QTest::addColumn<Choice>("choice");
        QTest::addColumn<std::optional<qint64>>("expected");
        QTest::newRow("one day") << Choice::OneDay << std::optional<qint64>(kNow + dayMillis);
        QTest::newRow("one week") << Choice::OneWeek << std::optional<qint64>(kNow + 7 * dayMillis);
        QTest::newRow("30 days") << Choice::ThirtyDays << std::optional<qint64>(kNow + 30 * dayMillis);
        QTest::newRow("90 days") << Choice::NinetyDays << std::optional<qint64>(kNow + 90 * dayMillis);
        QTest::newRow("365 days") << Choice::OneYear << std::optional<qint64>(kNow + 365 * dayMillis);
        QTest::newRow("never") << Choice::Never << std::optional<qint64>();
    }

    void presetsAndNever()
    {
        QFETCH(Choice, choice);
        QFETCH(std::optional<qint64>, expected);
        ExpiryPicker picker({.choices = {Choice::OneDay, Choice::OneWeek, Choice::ThirtyDays, Choice::NinetyDays,
                                         Choice::OneYear, Choice::Never, Choice::OnDate},
                             .initial = Choice::OneDay});
        picker.setChoice(choice);
        QCOMPARE(picker.choice(), choice);
        QCOMPARE(picker.expiresAtMillis(kNow), expected);
    }

    void endOfTheChosenLocalDay_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::newRow("ordinary") << QDate(2031, 3, 12);
        QTest::newRow("midnight skipped (São Paulo, 2018)") << QDate(2018, 11, 3);
        QTest::newRow("hour repeated (São Paulo, 2019)") << QDate(2019, 2, 16);
        QTest::newRow("end of year") << QDate(2030, 12, 31);
    }

    void endOfTheChosenLocalDay()
    {
        QFETCH(QDate, day);
        ExpiryPicker picker({.choices = {Choice::NinetyDays, Choice::OnDate}, .initial = Choice::OnDate});
        picker.dateField()->setMinimumDate(day.addYears(-1)); // dates in the past, for the test
        picker.setDate(day);
        const std::optional<qint64> expires = picker.expiresAtMillis(kNow);
        QVERIFY(expires);
        QCOMPARE(*expires, ExpiryPicker::endOfLocalDay(day));
        // Still on that day in local time, and the next millisecond is the next day.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*expires).date(), day);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*expires + 1).date(), day.addDays(1));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*expires).time(), QTime(23, 59, 59, 999));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestExpiryPicker)
#include "tst_ExpiryPicker.moc"
