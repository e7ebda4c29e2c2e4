// withoutMnemonic: what toolbar buttons and the command palette show of a menu text.

#include "widgets/MnemonicText.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

class tst_MnemonicText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strips_data();
    void strips();
};

void tst_MnemonicText::strips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("none") << u"Reload"_qs << u"Reload"_qs;
    QTest::newRow("first letter") << u"&Connect…"_qs << u"Connect…"_qs;
    QTest::newRow("inside") << u"Se &connecter…"_qs << u"Se connecter…"_qs;
    QTest::newRow("literal ampersand") << u"Products && items"_qs << u"Products & items"_qs;
    QTest::newRow("chinese suffix") << u"连接(&C)…"_qs << u"连接…"_qs;
    QTest::newRow("japanese suffix") << u"ファイル(&F)"_qs << u"ファイル"_qs;
    QTest::newRow("suffix after a space") << u"Quit (&Q)"_qs << u"Quit"_qs;
    QTest::newRow("parenthesis kept") << u"Keys (&all)"_qs << u"Keys (all)"_qs;
    QTest::newRow("trailing ampersand") << u"A &"_qs << u"A &"_qs;
}

void tst_MnemonicText::strips()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(ui::withoutMnemonic(text), shown);
}

} // namespace hexclave::tests

QTEST_APPLESS_MAIN(hexclave::tests::tst_MnemonicText)
#include "tst_MnemonicText.moc"
