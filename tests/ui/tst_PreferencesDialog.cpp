// PreferencesDialog: languages in their own names, choices stored at once, the restart offer
// (only when the language differs from the running one), appearance applied at once, and the
// arguments a restart runs with.

#include "UiTestHelpers.h"

#include "AppSettings.h"
#include "Languages.h"
#include "dialogs/PreferencesDialog.h"
#include "widgets/ColorScheme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languages()
    {
        ui::AppSettings settings(nullptr);
        settings.setValue(ui::AppSettings::Key::Language, u"fr"_s);
        ui::PreferencesDialog dialog(&settings, u"fr"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QComboBox *box = dialog.languageBox();
        QCOMPARE(box->count(), 1 + int(ui::availableLanguages().size()));
        QCOMPARE(box->itemText(0), u"System default"_s);
        QCOMPARE(box->currentText(), u"Français"_s);
        QStringList names;
        for (int i = 1; i < box->count(); ++i)
            names << box->itemText(i);
        QCOMPARE(names, (QStringList{u"English"_s, u"Deutsch"_s, u"Français"_s, u"Español"_s, u"日本語"_s, u"简体中文"_s}));
        QVERIFY(!dialog.restartButton()->isVisible());

        // Choosing with the keyboard stores at once and offers a restart.
        box->setFocus();
        const int japanese = box->findData(u"ja"_s);
        QVERIFY(japanese > 0);
        for (int i = 0; i < box->count() && box->currentIndex() < japanese; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentIndex(), japanese);
        QCOMPARE(settings.language(), u"ja"_s);
        QVERIFY(dialog.restartButton()->isVisible());
        QVERIFY(dialog.restartNote()->isVisible());
        QVERIFY(dialog.restartNote()->text().contains(u"next time"_s));

        // Back to the language on screen: nothing to restart for.
        box->setCurrentIndex(box->findData(u"fr"_s));
        QCOMPARE(settings.language(), u"fr"_s);
        QVERIFY(!dialog.restartButton()->isVisible());

        box->setCurrentIndex(0);
        QCOMPARE(settings.language(), QString());
        QVERIFY(dialog.restartButton()->isVisible());
    }

    void restartOffer()
    {
        ui::AppSettings settings(nullptr);
        ui::PreferencesDialog dialog(&settings, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"de"_s));
        QCOMPARE(settings.language(), u"de"_s);
        QVERIFY(!dialog.restartChosen());
        QTest::mouseClick(dialog.restartButton(), Qt::LeftButton);
        QVERIFY(dialog.restartChosen());
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void appearance()
    {
        ui::AppSettings settings(nullptr);
        ui::PreferencesDialog dialog(&settings, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Nothing stored: "Follow the system".
        auto *system = dialog.findChild<QRadioButton *>(u"systemScheme"_s);
        auto *light = dialog.findChild<QRadioButton *>(u"lightScheme"_s);
        auto *dark = dialog.findChild<QRadioButton *>(u"darkScheme"_s);
        QVERIFY(system && light && dark);
        QVERIFY(system->isChecked());

        clickIndicator(dark);
        QCOMPARE(settings.value(ui::AppSettings::Key::ColorScheme).toString(), u"dark"_s);
        clickIndicator(light);
        QCOMPARE(settings.value(ui::AppSettings::Key::ColorScheme).toString(), u"light"_s);
        clickIndicator(system);
        QCOMPARE(settings.value(ui::AppSettings::Key::ColorScheme).toString(), u"system"_s);

        // Opened again, the dialog shows what is stored.
        settings.setValue(ui::AppSettings::Key::ColorScheme, u"dark"_s);
        ui::PreferencesDialog again(&settings, QString());
        QVERIFY(again.findChild<QRadioButton *>(u"darkScheme"_s)->isChecked());
        // Stored only: the application applies the setting (one path, see tst_ColorScheme).
        QVERIFY(!ui::isDarkPalette());
    }

    void restartArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("none") << QStringList{} << QStringList{};
        QTest::newRow("others kept") << QStringList{u"--demo"_s, u"--page"_s, u"teams"_s}
                                     << QStringList{u"--demo"_s, u"--page"_s, u"teams"_s};
        QTest::newRow("--lang X dropped") << QStringList{u"--demo"_s, u"--lang"_s, u"de"_s, u"--page=users"_s}
                                          << QStringList{u"--demo"_s, u"--page=users"_s};
        QTest::newRow("--lang=X dropped") << QStringList{u"--lang=ja"_s, u"--demo"_s} << QStringList{u"--demo"_s};
        QTest::newRow("--color-scheme X dropped") << QStringList{u"--color-scheme"_s, u"dark"_s, u"--demo"_s}
                                                  << QStringList{u"--demo"_s};
        QTest::newRow("--color-scheme=X dropped") << QStringList{u"--demo"_s, u"--color-scheme=light"_s, u"--lang"_s, u"fr"_s}
                                                  << QStringList{u"--demo"_s};
    }

    void restartArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, kept);
        QCOMPARE(ui::PreferencesDialog::restartArguments(arguments), kept);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestPreferencesDialog)
#include "tst_PreferencesDialog.moc"
