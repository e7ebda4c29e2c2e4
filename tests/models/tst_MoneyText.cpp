// Money as decimal strings: exact conversion to and from minor units, the server's amount rule
// (no more decimals than the currency has), and formatting per locale and currency.

#include "payments/MoneyText.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using models::decimalOfMinorUnits;
using models::formatMoney;
using models::minorUnitsOf;

class TestMoneyText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minorUnits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<qint64>("expected"); // -1: refused

        QTest::newRow("whole dollars") << u"3225"_s << 2 << qint64(322500);
        QTest::newRow("cents") << u"9.99"_s << 2 << qint64(999);
        QTest::newRow("one decimal") << u"0.5"_s << 2 << qint64(50);
        QTest::newRow("negative refund") << u"-12.34"_s << 2 << qint64(-1234);
        QTest::newRow("zero") << u"0"_s << 2 << qint64(0);
        QTest::newRow("yen") << u"1000"_s << 0 << qint64(1000);
        QTest::newRow("yen with decimals") << u"1000.5"_s << 0 << qint64(-1);
        QTest::newRow("too many decimals") << u"1.999"_s << 2 << qint64(-1);
        QTest::newRow("comma") << u"1,50"_s << 2 << qint64(-1);
        QTest::newRow("trailing dot") << u"1."_s << 2 << qint64(-1);
        QTest::newRow("leading dot") << u".5"_s << 2 << qint64(-1);
        QTest::newRow("empty") << QString() << 2 << qint64(-1);
        QTest::newRow("letters") << u"ten"_s << 2 << qint64(-1);
        QTest::newRow("too large") << u"123456789012345678"_s << 2 << qint64(-1);
    }

    void minorUnits()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(qint64, expected);
        const auto units = minorUnitsOf(text, decimals);
        if (expected == -1) {
            QVERIFY2(!units, qPrintable(text));
            return;
        }
        QVERIFY2(units, qPrintable(text));
        QCOMPARE(*units, expected);
    }

    void backToDecimals()
    {
        QCOMPARE(decimalOfMinorUnits(999, 2), u"9.99"_s);
        QCOMPARE(decimalOfMinorUnits(5, 2), u"0.05"_s);
        QCOMPARE(decimalOfMinorUnits(-5, 2), u"-0.05"_s);
        QCOMPARE(decimalOfMinorUnits(322500, 2), u"3225.00"_s);
        QCOMPARE(decimalOfMinorUnits(1000, 0), u"1000"_s);
        QCOMPARE(decimalOfMinorUnits(0, 2), u"0.00"_s);
    }

    void formatting()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(formatMoney(u"USD"_s, u"3225"_s, english), u"$3,225.00"_s);
        QCOMPARE(formatMoney(u"USD"_s, u"-12.5"_s, english), u"-$12.50"_s);
        QCOMPARE(formatMoney(u"JPY"_s, u"1000"_s, english), u"¥1,000"_s);
        QCOMPARE(formatMoney(u"CAD"_s, u"5"_s, english), u"CA$5.00"_s);
        const QString german = formatMoney(u"EUR"_s, u"1234.5"_s, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(german.contains(u"1.234,50"_s) && german.contains(u"€"_s), qPrintable(german));
        QCOMPARE(formatMoney(u"EUR"_s, u"270"_s, QLocale::c()), u"€270.00"_s);
        // What cannot be read is shown as sent, never as a wrong number.
        QCOMPARE(formatMoney(u"USD"_s, u"1.999"_s, english), u"1.999 USD"_s);
        QCOMPARE(formatMoney(u"XYZ"_s, u"7"_s, english), u"XYZ\u00a07.00"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestMoneyText)
#include "tst_MoneyText.moc"
