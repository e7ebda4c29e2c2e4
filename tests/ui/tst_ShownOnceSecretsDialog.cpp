// ShownOnceSecretsDialog driven like a person: the keys in read-only fields under a warning,
// each copied by its button (or Ctrl+C); "I have copied the keys" closes and wipes the fields at
// once, and takes the copied key off the clipboard after a delay (shortened here, a minute in
// the app) or when the application quits — unless something else was copied since; Esc before
// every key was copied asks first. Screenshots in light and dark palettes.

#include "UiTestHelpers.h"
#include "UserViewTestHelpers.h"

#include "dialogs/ShownOnceSecretsDialog.h"
#include "widgets/SecretClipboard.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Secret = ui::ShownOnceSecretsDialog::Secret;

const QString serverKey = u"ssk_test1234567890abcdefghijklmnopqrstuvwxyz0123"_s;
const QString adminKey = u"sak_test0987654321zyxwvutsrqponmlkjihgfedcba9876"_s;

QList<Secret> twoSecrets()
{
    return {{u"Secret server key"_s, serverKey, u"Copy the secret server key"_s},
            {u"Super secret admin key"_s, adminKey, u"Copy the super secret admin key"_s}};
}

bool showDialog(ui::ShownOnceSecretsDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    return QTest::qWaitForWindowActive(&dialog);
}

QPushButton *copyButton(const ui::ShownOnceSecretsDialog &dialog, const QString &accessibleName)
{
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    return nullptr;
}

// The clipboard's text is `secret`: compared, not printed (real keys must never be).
bool clipboardHolds(const QString &secret)
{
    return QApplication::clipboard()->text() == secret;
}

constexpr std::chrono::milliseconds testClearDelay{200};

} // namespace

class TestShownOnceSecretsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ui::secretClipboard::setClearDelay(testClearDelay); }

    void cleanup()
    {
        ui::secretClipboard::clearPendingNow();
        QApplication::clipboard()->clear();
    }

    void showsReadOnlyFieldsAndCopies()
    {
        ui::ShownOnceSecretsDialog dialog(u"New API keys"_s, u"Key set “CI”."_s, twoSecrets());
        QVERIFY(showDialog(dialog));
        QCOMPARE(dialog.windowTitle(), u"New API keys"_s);
        QVERIFY(showsText(&dialog, u"will not be shown again"_s));
        QVERIFY(showsText(&dialog, u"clipboard is cleared one minute after you close this window"_s));
        QVERIFY(showsText(&dialog, u"Key set “CI”."_s));
        const QList<QLineEdit *> fields = dialog.secretFields();
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0)->text(), serverKey);
        QCOMPARE(fields.at(1)->text(), adminKey);
        QVERIFY(fields.at(0)->isReadOnly() && fields.at(1)->isReadOnly());
        QCOMPARE(fields.at(1)->accessibleName(), u"Super secret admin key"_s);

        QPushButton *copyAdmin = copyButton(dialog, u"Copy the super secret admin key"_s);
        QVERIFY(copyAdmin);
        QTest::mouseClick(copyAdmin, Qt::LeftButton);
        QVERIFY(clipboardHolds(adminKey));
        QCOMPARE(withoutMnemonic(copyAdmin->text()), u"Copied"_s);

        // Typing does not change a key.
        fields.at(0)->setFocus();
        QTest::keyClicks(fields.at(0), u"xyz"_s);
        QCOMPARE(fields.at(0)->text(), serverKey);

        QPushButton *done = findButton<QPushButton>(&dialog, u"I have copied the keys"_s);
        QVERIFY(done);
        QTest::mouseClick(done, Qt::LeftButton); // says so: no question
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(fields.at(0)->text(), QString());
        QCOMPARE(fields.at(1)->text(), QString());
        QVERIFY(!fields.at(1)->isUndoAvailable());
        // The key copied last can still be pasted after closing, and is gone after the delay.
        QVERIFY(clipboardHolds(adminKey));
        QCOMPARE(ui::secretClipboard::pendingCount(), 1);
        QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());
        QCOMPARE(ui::secretClipboard::pendingCount(), 0);
    }

    void clipboardKeptWhenSomethingElseWasCopied()
    {
        ui::ShownOnceSecretsDialog dialog(u"New API key"_s, {}, {{u"Secret server key"_s, serverKey, u"Copy it"_s}});
        QVERIFY(showDialog(dialog));
        QVERIFY(findButton<QPushButton>(&dialog, u"I have copied the key"_s)); // one key: singular
        QTest::mouseClick(findButton<QPushButton>(&dialog, u"Copy"_s), Qt::LeftButton);
        QVERIFY(clipboardHolds(serverKey));
        QApplication::clipboard()->setText(u"something the person copied later"_s);
        QTest::mouseClick(findButton<QPushButton>(&dialog, u"I have copied the key"_s), Qt::LeftButton);
        QCOMPARE(dialog.secretFields().first()->text(), QString());
        QCOMPARE(ui::secretClipboard::pendingCount(), 0); // nothing of ours to clear
        QCOMPARE(QApplication::clipboard()->text(), u"something the person copied later"_s);
    }

    void somethingCopiedDuringTheDelayStays()
    {
        ui::ShownOnceSecretsDialog dialog(u"New API key"_s, {}, {{u"Secret server key"_s, serverKey, u"Copy it"_s}});
        QVERIFY(showDialog(dialog));
        QTest::mouseClick(findButton<QPushButton>(&dialog, u"Copy"_s), Qt::LeftButton);
        QTest::mouseClick(findButton<QPushButton>(&dialog, u"I have copied the key"_s), Qt::LeftButton);
        QVERIFY(clipboardHolds(serverKey));
        QApplication::clipboard()->setText(u"pasted the key, then copied this"_s);
        QTRY_COMPARE(ui::secretClipboard::pendingCount(), 0);
        QCOMPARE(QApplication::clipboard()->text(), u"pasted the key, then copied this"_s);
    }

    void escapeBeforeCopyingAsks()
    {
        ui::ShownOnceSecretsDialog dialog(u"New API keys"_s, {}, twoSecrets());
        QVERIFY(showDialog(dialog));
        bool done = false;
        QString question;
        onNextModal<QMessageBox>(this, &done, [&question](QMessageBox *box) {
            question = box->text();
            QTest::mouseClick(findButton<QPushButton>(box, u"Cancel"_s), Qt::LeftButton);
        });
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(done);
        QVERIFY2(question.startsWith(u"Close without copying the keys?"_s), qPrintable(question));
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

    // One of two keys copied is not enough: the question names the other one.
    void escapeAsksUntilEveryKeyIsCopied()
    {
        ui::ShownOnceSecretsDialog dialog(u"New API keys"_s, {}, twoSecrets());
        QVERIFY(showDialog(dialog));
        QTest::mouseClick(copyButton(dialog, u"Copy the secret server key"_s), Qt::LeftButton);
        bool done = false;
        QString question;
        onNextModal<QMessageBox>(this, &done, [&question](QMessageBox *box) {
            question = box->text();
            QTest::mouseClick(findButton<QPushButton>(box, u"Cancel"_s), Qt::LeftButton);
        });
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(done);
        QVERIFY(dialog.isVisible());
        QVERIFY2(question.contains(u"Not copied yet: Super secret admin key."_s), qPrintable(question));
        QVERIFY(!question.contains(u"Secret server key"_s));

        // Ctrl+C in the field counts as copying too.
        QLineEdit *adminField = dialog.secretFields().at(1);
        adminField->setFocus();
        adminField->selectAll();
        QTest::keySequence(adminField, QKeySequence::Copy);
        QVERIFY(clipboardHolds(adminKey));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible()); // no question
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(dialog.secretFields().at(1)->text(), QString());
        QVERIFY(clipboardHolds(adminKey));
        QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());
    }

    void destroyingClearsTheClipboardLater()
    {
        auto *dialog = new ui::ShownOnceSecretsDialog(u"New API keys"_s, {}, twoSecrets());
        QVERIFY(showDialog(*dialog));
        QTest::mouseClick(findButton<QPushButton>(dialog, u"Copy"_s), Qt::LeftButton);
        QVERIFY(clipboardHolds(serverKey));
        delete dialog; // e.g. the window it belongs to closed
        QVERIFY(clipboardHolds(serverKey));
        QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());
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
            {{u"Publishable client key"_s, u"pck_9bbqvqsbh0gdb6smk11d71qg4ktc4rz8ya7cc69yndm7g"_s,
              u"Copy the publishable client key"_s},
             twoSecrets().at(0), twoSecrets().at(1)});
        QVERIFY(showDialog(dialog));
        QTest::mouseClick(findButton<QPushButton>(&dialog, u"Copy"_s), Qt::LeftButton);
        QVERIFY(Screenshots().save(&dialog, dark ? u"shown-once-secrets-dark"_s : u"shown-once-secrets"_s));
        dialog.accept();
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    // Last: quits the application's event loop. A key still waiting for its delay is taken off
    // the clipboard when the application quits, not left to the system.
    void quittingClearsAtOnce()
    {
        ui::secretClipboard::setClearDelay(std::chrono::hours(1));
        {
            ui::ShownOnceSecretsDialog dialog(u"New API keys"_s, {}, twoSecrets());
            QVERIFY(showDialog(dialog));
            QTest::mouseClick(findButton<QPushButton>(&dialog, u"Copy"_s), Qt::LeftButton);
            dialog.accept();
        }
        QVERIFY(clipboardHolds(serverKey));
        QCOMPARE(ui::secretClipboard::pendingCount(), 1);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        QCoreApplication::exec();
        QCOMPARE(ui::secretClipboard::pendingCount(), 0);
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        ui::secretClipboard::setClearDelay(testClearDelay);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestShownOnceSecretsDialog)
#include "tst_ShownOnceSecretsDialog.moc"
