// ShownOnceSecretsDialog driven like a person: the keys in read-only fields under a warning,
// each copied by its button; "I have copied the keys" closes and wipes the fields and takes
// the copied key off the clipboard — unless something else was copied since; Esc before
// anything was copied asks first. Screenshots in light and dark palettes.

#include "UiTestHelpers.h"
#include "UserViewTestHelpers.h"

#include "dialogs/ShownOnceSecretsDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Secret = ui::ShownOnceSecretsDialog::Secret;

const QString serverKey = u"ssk_test1234567890abcdefghijklmnopqrstuvwxyz0123"_s;
const QString adminKey = u"sak_test0987654321zyxwvutsrqponmlkjihgfedcba9876"_s;

QList<Secret> twoSecrets()
{
    return {{u"Secret server key"_s, serverKey}, {u"Super secret admin key"_s, adminKey}};
}

bool showDialog(ui::ShownOnceSecretsDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    return QTest::qWaitForWindowActive(&dialog);
}

} // namespace

class TestShownOnceSecretsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QApplication::clipboard()->clear(); }

    void showsReadOnlyFieldsAndCopies()
    {
        ui::ShownOnceSecretsDialog dialog(u"New API keys"_s, u"Key set “CI”."_s, twoSecrets());
        QVERIFY(showDialog(dialog));
        QCOMPARE(dialog.windowTitle(), u"New API keys"_s);
        QVERIFY(showsText(&dialog, u"will not be shown again"_s));
        QVERIFY(showsText(&dialog, u"Key set “CI”."_s));
        const QList<QLineEdit *> fields = dialog.secretFields();
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0)->text(), serverKey);
        QCOMPARE(fields.at(1)->text(), adminKey);
        QVERIFY(fields.at(0)->isReadOnly() && fields.at(1)->isReadOnly());
        QCOMPARE(fields.at(1)->accessibleName(), u"Super secret admin key"_s);

        QPushButton *copyAdmin = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->accessibleName() == u"Copy the super secret admin key"_s)
                copyAdmin = button;
        }
        QVERIFY(copyAdmin);
        QTest::mouseClick(copyAdmin, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), adminKey);
        QCOMPARE(withoutMnemonic(copyAdmin->text()), u"Copied"_s);

        // Typing does not change a key.
        fields.at(0)->setFocus();
        QTest::keyClicks(fields.at(0), u"xyz"_s);
        QCOMPARE(fields.at(0)->text(), serverKey);

        QPushButton *done = findButton<QPushButton>(&dialog, u"I have copied the keys"_s);
        QVERIFY(done);
        QTest::mouseClick(done, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(fields.at(0)->text(), QString());
        QCOMPARE(fields.at(1)->text(), QString());
        QVERIFY(!fields.at(1)->isUndoAvailable());
        QCOMPARE(QApplication::clipboard()->text(), QString()); // the copied key is gone
    }

    void clipboardKeptWhenSomethingElseWasCopied()
    {
        ui::ShownOnceSecretsDialog dialog(u"New API key"_s, {}, {{u"Secret server key"_s, serverKey}});
        QVERIFY(showDialog(dialog));
        QVERIFY(findButton<QPushButton>(&dialog, u"I have copied the key"_s)); // one key: singular
        QTest::mouseClick(findButton<QPushButton>(&dialog, u"Copy"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), serverKey);
        QApplication::clipboard()->setText(u"something the person copied later"_s);
        QTest::mouseClick(findButton<QPushButton>(&dialog, u"I have copied the key"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), u"something the person copied later"_s);
        QCOMPARE(dialog.secretFields().first()->text(), QString());
    }

    void escapeBeforeCopyingAsks()
    {
        ui::ShownOnceSecretsDialog dialog(u"New API keys"_s, {}, twoSecrets());
        QVERIFY(showDialog(dialog));
        bool done = false;
        answerNextMessageBox(this, &done, u"Cancel"_s);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(done);
        QVERIFY(dialog.isVisible()); // kept open
        QCOMPARE(dialog.secretFields().first()->text(), serverKey);

        done = false;
        answerNextMessageBox(this, &done, u"Close without copying"_s);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(done);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.secretFields().first()->text(), QString());
    }

    void escapeAfterCopyingCloses()
    {
        ui::ShownOnceSecretsDialog dialog(u"New API keys"_s, {}, twoSecrets());
        QVERIFY(showDialog(dialog));
        QTest::mouseClick(findButton<QPushButton>(&dialog, u"Copy"_s), Qt::LeftButton);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(QApplication::clipboard()->text(), QString());
        QCOMPARE(dialog.secretFields().at(1)->text(), QString());
    }

    void destroyingWipesTheClipboard()
    {
        auto *dialog = new ui::ShownOnceSecretsDialog(u"New API keys"_s, {}, twoSecrets());
        QVERIFY(showDialog(*dialog));
        QTest::mouseClick(findButton<QPushButton>(dialog, u"Copy"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), serverKey);
        delete dialog; // e.g. the window it belongs to closed
        QCOMPARE(QApplication::clipboard()->text(), QString());
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        ui::ShownOnceSecretsDialog dialog(
            u"New API keys"_s,
            u"Key set “Production web app” for project 6fbbf22e-f4b2-4c6e-95a1-beab6fa41063. They expire on 12/31/99. "
            u"Put them in your app's environment or secret store."_s,
            {{u"Publishable client key"_s, u"pck_9bbqvqsbh0gdb6smk11d71qg4ktc4rz8ya7cc69yndm7g"_s},
             {u"Secret server key"_s, serverKey},
             {u"Super secret admin key"_s, adminKey}});
        QVERIFY(showDialog(dialog));
        QTest::mouseClick(findButton<QPushButton>(&dialog, u"Copy"_s), Qt::LeftButton);
        QVERIFY(Screenshots().save(&dialog, dark ? u"shown-once-secrets-dark"_s : u"shown-once-secrets"_s));
        dialog.accept();
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestShownOnceSecretsDialog)
#include "tst_ShownOnceSecretsDialog.moc"
