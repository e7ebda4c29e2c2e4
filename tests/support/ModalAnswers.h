#pragma once

// Answers modal dialogs for widget tests. A modal dialog's exec() blocks the test function, so
// the answer has to be armed before the click that opens it. Each helper polls for the next
// matching modal widget (also when it opens later, after a server answer, inside another event
// loop), runs once, and sets `*done` when it has answered. Tests then wait with
//     QVERIFY(QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs));
// An armed answer that never fires gives up after kModalAnswerTimeoutMs, so it cannot answer a
// dialog of a later test.
//
// Header-only; include it from widget tests (they link Qt6::Widgets and Qt6::Test).

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace hexclave::tests {

constexpr int kModalAnswerTimeoutMs = 20000;
inline constexpr char16_t kConfigChangeDialogName[] = u"configChangeDialog";

// The visible button under `root` whose text, without the '&' mnemonic, is `text`.
inline QAbstractButton *modalButtonWithText(const QWidget *root, const QString &text)
{
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->text().remove(u'&') == text && button->isVisibleTo(root->window()))
            return button;
    }
    return nullptr;
}

// Runs `body` on the next visible modal widget that is a `Dialog` (and, when `objectName` is not
// empty, has that object name). If the dialog is still open after `body`, it is closed
// (rejected). `*done` becomes true once `body` ran.
template <class Dialog = QDialog>
void whenModalOpens(QObject *context, bool *done, std::function<void(Dialog *)> body, const QString &objectName = {})
{
    *done = false;
    auto *poll = new QTimer(context);
    poll->setInterval(20);
    const QDeadlineTimer deadline(kModalAnswerTimeoutMs);
    QObject::connect(poll, &QTimer::timeout, context, [poll, done, deadline, objectName, body = std::move(body)] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        const bool matches = dialog && dialog->isVisible() && (objectName.isEmpty() || dialog->objectName() == objectName);
        if (!matches && !deadline.hasExpired())
            return;
        poll->stop();
        poll->deleteLater();
        if (!matches)
            return; // gave up; the waiting test fails on `*done`
        const QPointer<QWidget> alive(dialog);
        body(dialog);
        if (alive && alive->isVisible())
            alive->close();
        *done = true;
    });
    poll->start();
}

// Clicks the button labelled `buttonText` in the next QMessageBox (with `objectName` when not
// empty); `shownText`, when given, receives the box's text.
inline void answerNextMessageBox(QObject *context, bool *done, const QString &buttonText, QString *shownText = nullptr,
                                 const QString &objectName = {})
{
    whenModalOpens<QMessageBox>(context, done, [buttonText, shownText](QMessageBox *box) {
        if (shownText)
            *shownText = box->text();
        QAbstractButton *button = modalButtonWithText(box, buttonText);
        QVERIFY2(button, qPrintable(QStringLiteral("no button \"") + buttonText + QStringLiteral("\" in: ") + box->text()));
        QTest::mouseClick(button, Qt::LeftButton);
    }, objectName);
}

// Accepts (clicks the accept-role button) or cancels the next ConfigChangeDialog (object name
// "configChangeDialog"). `inspect`, when given, runs first, e.g. to read the changed paths.
// Accepting fails the test when the dialog offers no accept button (nothing would change).
inline void answerNextChangeDialog(QObject *context, bool *done, bool accept,
                                   std::function<void(QDialog *)> inspect = {})
{
    whenModalOpens<QDialog>(context, done, [accept, inspect = std::move(inspect)](QDialog *dialog) {
        if (inspect)
            inspect(dialog);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QAbstractButton *answer = nullptr;
        const auto all = buttons->buttons();
        for (QAbstractButton *button : all) {
            const QDialogButtonBox::ButtonRole role = buttons->buttonRole(button);
            if (accept ? role == QDialogButtonBox::AcceptRole : role == QDialogButtonBox::RejectRole)
                answer = button;
        }
        QVERIFY2(answer, accept ? "the change dialog offers nothing to accept" : "the change dialog has no cancel");
        QTest::mouseClick(answer, Qt::LeftButton);
    }, QString::fromUtf16(kConfigChangeDialogName));
}

} // namespace hexclave::tests
