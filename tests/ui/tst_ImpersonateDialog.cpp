// ImpersonateDialog driven like a person: choosing a lifetime and creating the session shows
// both tokens and a browser snippet, each copied to the clipboard by its button; the server
// lists the session as an impersonation; closing wipes the tokens from the window at once and
// from the clipboard after a delay (shortened here); a custom lifetime stays within the server's
// limit of 367 days. Runs on a live server too: tokens are compared, never printed.

#include "EnglishPlurals.h"
#include "UserDialogTesting.h"

#include "dialogs/ImpersonateDialog.h"
#include "endpoints/SessionsEndpoints.h"
#include "widgets/ErrorBanner.h"
#include "widgets/SecretClipboard.h"

#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

constexpr qint64 serverMaxLifetimeMillis = 31'708'800'000; // 367 days

// The expires_in_millis of the last POST /auth/sessions the emulator received.
qint64 requestedLifetime(const emulator::Emulator &emulator)
{
    const auto requests = emulator.recordedRequests();
    for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
        if (it->method == u"POST" && it->path == u"/auth/sessions")
            return QJsonDocument::fromJson(it->body).object().value(u"expires_in_millis"_s).toInteger();
    }
    return -1;
}

} // namespace

class TestImpersonateDialog : public QObject
{
    Q_OBJECT

    EnglishPlurals m_plurals;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::installTranslator(&m_plurals);
        ui::secretClipboard::setClearDelay(std::chrono::milliseconds(300));
    }

    void tokensShownAndCopied()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser(u"Impersonated"_s);
        QVERIFY(user);

        auto *dialog = new ui::ImpersonateDialog(project.context(), *user);
        QVERIFY(showDialog(dialog));
        QVERIFY(dialog->lifetimeOption(ui::ImpersonateDialog::Lifetime::OneHour)->isChecked());
        clickIndicator(dialog->lifetimeOption(ui::ImpersonateDialog::Lifetime::FifteenMinutes));
        QCOMPARE(dialog->lifetimeMillis(), 15 * 60'000);
        QVERIFY(!dialog->showsTokens());
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->showsTokens(), kUiTimeoutMs);
        if (project.emulator())
            QCOMPARE(requestedLifetime(*project.emulator()), 15 * 60'000);

        const QString access = dialog->accessTokenField()->text();
        const QString refresh = dialog->refreshTokenField()->text();
        QVERIFY(!access.isEmpty());
        QVERIFY(!refresh.isEmpty());
        QVERIFY(dialog->accessTokenField()->isReadOnly());
        QVERIFY(dialog->refreshTokenField()->isReadOnly());
        const QString snippet = dialog->browserSnippetField()->toPlainText();
        QVERIFY(snippet.contains(u"stack-refresh-%1=%2"_s.arg(project.context().project.id, refresh)));
        QVERIFY(showsText(dialog, u"not saved anywhere"_s));
        QVERIFY(showsText(dialog, u"x-stack-access-token"_s));
        QVERIFY(showsText(dialog, u"It ends after 15 minutes"_s));
        QVERIFY(!dialog->createButton()->isVisible());

        QApplication::clipboard()->clear();
        QTest::mouseClick(dialog->copyAccessTokenButton(), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text() == access);
        QTest::mouseClick(dialog->copyRefreshTokenButton(), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text() == refresh);
        QTest::mouseClick(dialog->copySnippetButton(), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text() == snippet);

        // The server has it as an impersonation session of this user.
        const auto sessions = waitForJob(project.admin().send(api::sessions::list(project.scope(), user->id)));
        QVERIFY(sessions);
        QVERIFY(std::any_of(sessions->items.cbegin(), sessions->items.cend(),
                            [](const api::UserSession &session) { return session.isImpersonation; }));

        // Closing (Esc) wipes the tokens from the widgets at once; the copied snippet can still be
        // pasted for a while, then it is taken off the clipboard too.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QVERIFY(dialog->accessTokenField()->text().isEmpty());
        QVERIFY(dialog->refreshTokenField()->text().isEmpty());
        QVERIFY(dialog->browserSnippetField()->toPlainText().isEmpty());
        QVERIFY(!dialog->browserSnippetField()->document()->isUndoAvailable());
        delete dialog;
        QVERIFY2(QApplication::clipboard()->text() == snippet, "still there right after closing");
        QTRY_VERIFY2(QApplication::clipboard()->text().isEmpty(), "the copied snippet is gone after the delay");
    }

    void failureIsShownAndTheChoiceStays()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser();
        QVERIFY(user);
        QVERIFY(waitForJob(project.admin().send(api::users::remove(project.scope(), user->id))));
        ui::ImpersonateDialog dialog(project.context(), *user); // deleted meanwhile
        QVERIFY(showDialog(&dialog));
        clickIndicator(dialog.lifetimeOption(ui::ImpersonateDialog::Lifetime::OneDay));
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.errorBanner()->isVisible(), kUiTimeoutMs);
        QVERIFY(!dialog.showsTokens());
        QVERIFY(dialog.createButton()->isEnabled());
        QVERIFY(dialog.lifetimeOption(ui::ImpersonateDialog::Lifetime::OneDay)->isChecked());
        QVERIFY2(!dialog.customAmountField()->isEnabled(), "only with Custom chosen, also after a failure");
    }

    void customLifetime()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser();
        QVERIFY(user);
        ui::ImpersonateDialog dialog(project.context(), *user);
        QVERIFY(showDialog(&dialog));
        QVERIFY(!dialog.customAmountField()->isEnabled());
        clickIndicator(dialog.lifetimeOption(ui::ImpersonateDialog::Lifetime::Custom));
        QVERIFY(dialog.customAmountField()->isEnabled());
        dialog.customAmountField()->selectAll();
        typeText(dialog.customAmountField(), u"3"_s);
        dialog.customUnitField()->setFocus();
        QTest::keyClick(dialog.customUnitField(), Qt::Key_Down); // hours → days
        QCOMPARE(dialog.lifetimeMillis(), 3 * 24 * 3'600'000LL);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.showsTokens(), kUiTimeoutMs);
        if (project.emulator())
            QCOMPARE(requestedLifetime(*project.emulator()), 3 * 24 * 3'600'000LL);
        QVERIFY(showsText(&dialog, u"3 days"_s));

        // Something else copied after a token stays on the clipboard.
        QTest::mouseClick(dialog.copyAccessTokenButton(), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text() == dialog.accessTokenField()->text());
        dialog.close();
        QVERIFY(!dialog.isVisible());
        QApplication::clipboard()->setText(u"copied elsewhere"_s); // within the delay
        QTest::qWait(int(ui::secretClipboard::clearDelay().count()) * 2);
        QCOMPARE(ui::secretClipboard::pendingCount(), 0);
        QCOMPARE(QApplication::clipboard()->text(), u"copied elsewhere"_s);
        QApplication::clipboard()->clear();
    }

    void customLifetimeStaysWithinTheServersLimit()
    {
        DialogTestProject project;
        HEXCLAVE_OPEN_PROJECT(project);
        const auto user = project.createSampleUser();
        QVERIFY(user);
        ui::ImpersonateDialog dialog(project.context(), *user);
        QVERIFY(showDialog(&dialog));
        clickIndicator(dialog.lifetimeOption(ui::ImpersonateDialog::Lifetime::Custom));
        QSpinBox *amount = dialog.customAmountField();
        QComboBox *unit = dialog.customUnitField();

        // Each unit allows as many whole units as fit into 367 days, and no more.
        const QList<qint64> unitMillis{60'000, 3'600'000, 24 * 3'600'000LL};
        for (int index = 0; index < unit->count(); ++index) {
            unit->setCurrentIndex(index);
            QCOMPARE(unit->currentData().toLongLong(), unitMillis.at(index));
            QCOMPARE(amount->maximum(), int(serverMaxLifetimeMillis / unitMillis.at(index)));
        }

        // Typed in minutes up to the limit; one digit more is refused.
        unit->setFocus();
        QTest::keyClick(unit, Qt::Key_Home); // minutes
        QCOMPARE(unit->currentIndex(), 0);
        amount->setFocus();
        amount->selectAll();
        typeText(amount, u"5284809"_s);
        QCOMPARE(amount->value(), 528'480);
        QCOMPARE(dialog.lifetimeMillis(), serverMaxLifetimeMillis);

        // A bigger unit keeps the amount within the limit too.
        unit->setFocus();
        QTest::keyClick(unit, Qt::Key_End); // days
        QCOMPARE(amount->value(), 367);
        QCOMPARE(dialog.lifetimeMillis(), serverMaxLifetimeMillis);

        // The server accepts the longest choice.
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.showsTokens() || dialog.errorBanner()->isVisible(), kUiTimeoutMs);
        QVERIFY2(dialog.showsTokens(), qPrintable(visibleLabelTexts(&dialog).join(u'\n')));
        if (project.emulator())
            QCOMPARE(requestedLifetime(*project.emulator()), serverMaxLifetimeMillis);
        QVERIFY(showsText(&dialog, u"It ends after 367 days"_s));
        dialog.close();
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestImpersonateDialog)
#include "tst_ImpersonateDialog.moc"
