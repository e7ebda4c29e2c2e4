// NewConversationDialog against the emulator: what is missing is said next to its field without
// a request; a preset user, subject, message and priority start a conversation as the server
// records it (the first message the agent's); a double click sends one request; a user the
// server does not know is explained on the user line and the dialog stays open.

#include "SupportTestFixture.h"

#include "endpoints/SupportEndpoints.h"
#include "pages/support/NewConversationDialog.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

int postsOfConversations(const emulator::Emulator &emulator)
{
    int count = 0;
    const QList<emulator::RecordedRequest> requests = emulator.recordedRequests();
    for (const emulator::RecordedRequest &request : requests) {
        if (request.method == u"POST" && request.path == u"/internal/conversations")
            ++count;
    }
    return count;
}

bool showDialog(ui::NewConversationDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    return QTest::qWaitForWindowExposed(&dialog);
}

} // namespace

class TestNewConversationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAndMissingFields()
    {
        SupportFixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        ui::NewConversationDialog dialog(fixture.context);
        QVERIFY(showDialog(dialog));
        QCOMPARE(dialog.priorityBox()->currentData().toString(), u"normal"_s);
        QCOMPARE(dialog.priorityBox()->count(), 4);
        QCOMPARE(dialog.userLabel()->text(), u"No user chosen"_s);

        fixture.emulator->clearRecordedRequests();
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.userMessage()->isShowingError());
        QVERIFY(showsText(&dialog, u"Enter a subject."_s));
        QVERIFY(showsText(&dialog, u"Write the first message."_s));
        QCOMPARE(postsOfConversations(*fixture.emulator), 0);
    }

    void createsWithPresetUserOnceForADoubleClick()
    {
        SupportFixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        const std::optional<api::User> user = fixture.someUser();
        QVERIFY(user);

        ui::NewConversationDialog dialog(fixture.context);
        dialog.setUser(*user);
        QVERIFY(showDialog(dialog));
        QVERIFY2(dialog.userLabel()->text().contains(*user->primaryEmail), qPrintable(dialog.userLabel()->text()));
        QTest::keyClicks(dialog.subjectField(), u"  Your refund  "_s);
        QTest::keyClicks(dialog.messageField(), u"Hello,"_s);
        QTest::keyClick(dialog.messageField(), Qt::Key_Return);
        QTest::keyClicks(dialog.messageField(), u"the refund is on its way."_s);
        // Enter wrote a new line instead of sending.
        QCOMPARE(postsOfConversations(*fixture.emulator), 0);
        dialog.priorityBox()->setCurrentIndex(dialog.priorityBox()->findData(u"high"_s));

        QVERIFY2(Screenshots().save(&dialog, u"new-conversation-dialog"_s), "light");
        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        QTest::qWait(50); // the palette reaches the widgets through posted events
        QVERIFY2(Screenshots().save(&dialog, u"new-conversation-dialog-dark"_s), "dark");
        QApplication::setPalette(light);

        QSignalSpy created(&dialog, &ui::NewConversationDialog::created);
        fixture.emulator->clearRecordedRequests();
        // Two clicks in a row (QTest::mouseDClick sends no release, so no click): one request.
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kUiTimeoutMs);
        QTest::qWait(300); // a second request would have been answered by now
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(postsOfConversations(*fixture.emulator), 1);
        const QString id = created.at(0).at(0).toString();
        QCOMPARE(dialog.createdConversationId(), id);

        QString error;
        const std::optional<api::ConversationDetail> detail =
            fixture.run(api::support::conversation(fixture.context.project.id, id), &error);
        QVERIFY2(detail, qPrintable(error));
        QCOMPARE(detail->conversation.subject, u"Your refund"_s);
        QCOMPARE(detail->conversation.userId, user->id);
        QCOMPARE(detail->conversation.priority, u"high"_s);
        QCOMPARE(detail->conversation.status, u"open"_s);
        QCOMPARE(detail->messages.size(), 1);
        QCOMPARE(detail->messages.first().kind(), api::ConversationMessage::Kind::AgentReply);
        QCOMPARE(detail->messages.first().body, u"Hello,\nthe refund is on its way."_s);
    }

    void unknownUserExplained()
    {
        SupportFixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        api::User ghost;
        ghost.id = u"4f0c4a7e-9d1b-4c55-8a55-3d2f9b1c0e01"_s;
        ghost.displayName = u"Ghost"_s;

        ui::NewConversationDialog dialog(fixture.context);
        dialog.setUser(ghost);
        QVERIFY(showDialog(dialog));
        QTest::keyClicks(dialog.subjectField(), u"Hello"_s);
        QTest::keyClicks(dialog.messageField(), u"Anyone there?"_s);
        QSignalSpy created(&dialog, &ui::NewConversationDialog::created);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.userMessage()->isShowingError(), kUiTimeoutMs);
        QVERIFY2(dialog.userMessage()->text().contains(u"does not exist"_s), qPrintable(dialog.userMessage()->text()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(created.count(), 0);
        QVERIFY(!dialog.errorBanner()->isShowingError());
        QVERIFY(dialog.createButton()->isEnabled());
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestNewConversationDialog)
#include "tst_NewConversationDialog.moc"
