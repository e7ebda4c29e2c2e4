// The Outbox and Delivery tabs clicked through like a person would, on a connection to the
// TestServer whose outbox requests are answered by a scripted outbox (FakeOutboxServer): loading
// when shown, filtering by status group, exact status and user (sent to the server), selecting an
// email to see every detail (status and since when, errors, attempts, preview, JSON), pausing and
// resuming, cancelling after a confirmation, rescheduling, retrying a server error, one PATCH for a
// double click, EMAIL_NOT_EDITABLE explained and the row refreshed; a name arriving or a second
// click not rebuilding the shown email; a change answered after the filter changed dropped; a
// changed email outside the filter pointed out; the delivery figures as a chart and a table, with
// a capacity boost and penalty; a server key; light and dark screenshots.

#include "../models/FakeOutboxServer.h"
#include "EnglishPlurals.h"
#include "UserViewTestHelpers.h"

#include "emails/DeliveryStatsModel.h"
#include "emails/OutboxModel.h"
#include "pages/emails/outbox/DeliveryView.h"
#include "pages/emails/outbox/OutboxDetailPane.h"
#include "pages/emails/outbox/OutboxView.h"
#include "pages/emails/outbox/RescheduleDialog.h"
#include "widgets/EmailPreview.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTextCursor>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::OutboxModel;

// Outbox and delivery requests go to the scripted outbox; everything else (opening the session,
// user names) to the TestServer.
class OutboxNetwork : public FakeNetworkAccessManager
{
public:
    bool scripted = true; // false: the TestServer answers outbox requests too

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        const QString path = request.url().path();
        if (scripted && (path.contains(u"/emails/outbox"_s) || path.endsWith(u"/emails/delivery-info"_s)))
            return FakeNetworkAccessManager::createRequest(op, request, outgoingData);
        return QNetworkAccessManager::createRequest(op, request, outgoingData); // NOLINT(bugprone-parent-virtual-call)
    }
};

const qint64 kNow = QDateTime::currentMSecsSinceEpoch();

// Newest first: a scheduled welcome, a paused digest, a server error, a sent receipt, a bounced
// reset, a skipped newsletter, a render error, then older sent emails.
QJsonArray sampleOutbox()
{
    QJsonArray rows;
    rows.append(FakeOutboxServer::email(u"mail-scheduled"_s, kNow - 60'000, u"scheduled"_s, u"Welcome to Acme"_s,
                                        u"user-ada"_s));
    rows.append(FakeOutboxServer::email(u"mail-paused"_s, kNow - 120'000, u"paused"_s, u"Weekly digest"_s, QString(),
                                        u"grace@example.com"_s));
    rows.append(FakeOutboxServer::email(u"mail-failed"_s, kNow - 3'600'000, u"server-error"_s, u"Your invoice"_s,
                                        QString(), u"billing@example.com"_s));
    rows.append(FakeOutboxServer::email(u"mail-sent"_s, kNow - 7'200'000, u"sent"_s, u"Payment receipt"_s, QString(),
                                        u"alan@example.com"_s));
    rows.append(FakeOutboxServer::email(u"mail-bounced"_s, kNow - 86'400'000, u"bounced"_s, u"Reset your password"_s,
                                        QString(), u"nobody@invalid.example"_s));
    rows.append(FakeOutboxServer::email(u"mail-skipped"_s, kNow - 90'000'000, u"skipped"_s, u"Product news"_s,
                                        QString(), u"unsubscribed@example.com"_s));
    rows.append(FakeOutboxServer::email(u"mail-render-error"_s, kNow - 95'000'000, u"render-error"_s, QString(),
                                        QString(), u"edsger@example.com"_s));
    for (int i = 0; i < 8; ++i)
        rows.append(FakeOutboxServer::email(u"mail-old-%1"_s.arg(i), kNow - 100'000'000 - i * 3'600'000, u"opened"_s,
                                            u"Sign-in code"_s, QString(), u"user%1@example.com"_s.arg(i)));
    return rows;
}

class OutboxFixture
{
public:
    enum class Outbox { Scripted, TestServer };

    explicit OutboxFixture(api::CredentialKind kind = api::CredentialKind::AdminKey, Outbox where = Outbox::Scripted)
        : server(TestServer::start())
    {
        network.scripted = where == Outbox::Scripted;
        outbox.emails = sampleOutbox();
        if (!server || server->projectId().isEmpty())
            return;
        const QString key = kind == api::CredentialKind::ServerKey ? server->serverKey() : server->adminKey();
        if (key.isEmpty())
            return;
        session = openWithKey(workspace, server->apiRoot(), kind, server->projectId(), key);
        for (const api::Project &project : session->projects()) {
            if (project.id == server->projectId())
                context = {session, project, &settings};
        }
    }

    bool isReady() const { return server && context.isValid(); }

    std::unique_ptr<TestServer> server;
    OutboxNetwork network;
    FakeOutboxServer outbox{&network};
    api::Workspace workspace{&network, nullptr, nullptr};
    api::ConnectionSession *session = nullptr;
    ui::AppSettings settings{nullptr};
    ui::ProjectContext context;
};

#define REQUIRE_OUTBOX(fixture, needs)                                                                 \
    do {                                                                                               \
        QVERIFY2((fixture).server, "the emulator did not start");                                      \
        HEXCLAVE_REQUIRE(*(fixture).server, needs);                                                    \
        QVERIFY2((fixture).isReady(), (fixture).session ? qPrintable((fixture).session->lastError().describe()) \
                                                        : "no connection");                            \
    } while (false)

bool settledView(const ui::OutboxView &view)
{
    return QTest::qWaitFor([&view] { return view.isLoaded() && !view.model()->isLoading() && !view.isChanging(); },
                           kUiTimeoutMs);
}

int rowOf(const ui::OutboxView &view, const QString &id)
{
    return view.model()->loadedRowOf(id);
}

bool selectRow(ui::OutboxView &view, const QString &id)
{
    const int row = rowOf(view, id);
    if (row < 0)
        return false;
    clickCell(view.table(), row, OutboxModel::SubjectColumn);
    return view.selectedEmail() && view.selectedEmail()->id == id;
}

QString statusCell(const ui::OutboxView &view, const QString &id)
{
    return view.model()->index(rowOf(view, id), OutboxModel::StatusColumn).data().toString();
}

// Picks the entry showing `text` in a combo box with the keyboard, as a person would.
bool chooseInCombo(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    if (target < 0)
        return false;
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int guard = 0; combo->currentIndex() != target && guard < 50; ++guard)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == target;
}

QPushButton *confirmationButton(const ui::OutboxView &view, const QString &text)
{
    QMessageBox *box = view.openConfirmation();
    return box ? findButton<QPushButton>(box, text) : nullptr;
}

} // namespace

class TestOutboxView : public QObject
{
    Q_OBJECT

    EnglishPlurals m_plurals;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the developer's own folders
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::installTranslator(&m_plurals);
    }
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void loadsWhenShownAndShowsTheSelectedEmail()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        ui::OutboxView view(fixture.context);
        QSignalSpy loaded(&view, &ui::OutboxView::loaded);
        QVERIFY(!view.isLoaded());
        QCOMPARE(fixture.outbox.listQueries().size(), 0); // nothing before it is shown
        QVERIFY(showView(view, {1300, 700}));
        QVERIFY(settledView(view));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(view.model()->rowCount(), 15);
        QCOMPARE(view.statusLabel()->text(), u"All 15 emails"_s);
        QVERIFY(!view.emptyState()->isVisible());
        // The newest is shown at once.
        QCOMPARE(view.table()->currentIndex().row(), 0);
        QCOMPARE(view.detailPane()->idField()->text(), u"mail-scheduled"_s);
        QVERIFY(view.detailPane()->shownText().contains(u"Welcome to Acme"_s));
        QVERIFY(view.detailPane()->preview()->shownText().contains(u"Hello from the outbox."_s));

        // A failed email: the server's error, the retries and the failed attempt, in words.
        QVERIFY(selectRow(view, u"mail-failed"_s));
        const QString failed = view.detailPane()->shownText();
        QVERIFY2(failed.contains(u"Server error on"_s), qPrintable(failed));
        QVERIFY2(failed.contains(u"The email server failed: Delivery failed"_s), qPrintable(failed));
        QVERIFY2(failed.contains(u"Retried 2 times"_s), qPrintable(failed));
        QVERIFY2(failed.contains(u"Attempt 1 at"_s) && failed.contains(u"421 Try again later"_s), qPrintable(failed));
        QVERIFY(failed.contains(u"billing@example.com"_s));
        QVERIFY(view.retryButton()->isVisible());
        QVERIFY(view.detailPane()->jsonView()->toPlainText().contains(u"\"id\": \"mail-failed\""_s));

        // Skipped on purpose, and one that could not be rendered.
        QVERIFY(selectRow(view, u"mail-skipped"_s));
        QVERIFY(view.detailPane()->shownText().contains(u"Not sent: The user unsubscribed from this kind of email."_s));
        QVERIFY(!view.pauseButton()->isEnabled());
        QCOMPARE(view.cancelButton()->toolTip(), u"This email is already being sent or was sent; it can no longer be changed."_s);
        QVERIFY(!view.retryButton()->isVisible());
        QVERIFY(selectRow(view, u"mail-render-error"_s));
        QVERIFY(view.detailPane()->shownText().contains(u"The template could not be rendered: Subject is required"_s));
        QVERIFY(view.detailPane()->preview()->shownText().contains(u"Subject is required"_s));
        QCOMPARE(view.model()->index(rowOf(view, u"mail-render-error"_s), OutboxModel::SubjectColumn).data().toString(),
                 u"(not rendered)"_s);

        // F5 loads again and keeps the selection.
        const qsizetype asked = fixture.outbox.listQueries().size();
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_F5);
        QVERIFY(settledView(view));
        QCOMPARE(fixture.outbox.listQueries().size(), asked + 1);
        QCOMPARE(view.selectedEmail()->id, u"mail-render-error"_s);
    }

    void filtersByStatusAndUser()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        ui::OutboxView view(fixture.context);
        QVERIFY(showView(view, {1300, 700}));
        QVERIFY(settledView(view));

        QVERIFY(chooseInCombo(view.groupFilter(), u"Failed"_s));
        QVERIFY(settledView(view));
        QCOMPARE(fixture.outbox.listQueries().last().queryItemValue(u"simple_status"_s), u"error"_s);
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.statusLabel()->text(), u"All 3 matching emails"_s);
        // The exact statuses offered are those of the group.
        QStringList offered;
        for (int i = 0; i < view.statusFilter()->count(); ++i)
            offered << view.statusFilter()->itemText(i);
        QCOMPARE(offered, (QStringList{u"Any status"_s, u"Could not be rendered"_s, u"Server error"_s, u"Bounced"_s}));

        QVERIFY(chooseInCombo(view.statusFilter(), u"Bounced"_s));
        QVERIFY(settledView(view));
        QCOMPARE(fixture.outbox.listQueries().last().queryItemValue(u"status"_s), u"bounced"_s);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(statusCell(view, u"mail-bounced"_s), u"Bounced"_s);

        // A user nobody wrote to: the empty state offers to show everything.
        view.userFilter()->setFocus();
        QTest::keyClicks(view.userFilter(), u"user-nobody"_s);
        QTest::keyClick(view.userFilter(), Qt::Key_Return);
        QVERIFY(settledView(view));
        QCOMPARE(fixture.outbox.listQueries().last().queryItemValue(u"user_id"_s), u"user-nobody"_s);
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.emptyState()->isVisible());
        QCOMPARE(view.emptyState()->text(), u"No emails match these filters."_s);
        QTest::mouseClick(view.emptyState()->actionButton(), Qt::LeftButton);
        QVERIFY(settledView(view));
        QCOMPARE(view.model()->rowCount(), 15);
        QCOMPARE(view.groupFilter()->currentIndex(), 0);
        QCOMPARE(view.statusFilter()->currentIndex(), 0);
        QVERIFY(view.userFilter()->text().isEmpty());
        const QUrlQuery last = fixture.outbox.listQueries().last();
        QVERIFY(!last.hasQueryItem(u"status"_s) && !last.hasQueryItem(u"simple_status"_s) && !last.hasQueryItem(u"user_id"_s));

        QVERIFY(QTest::qWaitFor([&view] { return view.model()->filter().isEmpty(); }));
        QVERIFY(chooseInCombo(view.groupFilter(), u"In progress"_s));
        QVERIFY(settledView(view));
        QCOMPARE(view.model()->rowCount(), 2);
    }

    void pausesAndResumesInPlace()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        ui::OutboxView view(fixture.context);
        QVERIFY(showView(view, {1300, 700}));
        QVERIFY(settledView(view));
        QVERIFY(selectRow(view, u"mail-scheduled"_s));
        QCOMPARE(withoutMnemonic(view.pauseButton()->text()), u"Pause"_s);
        QVERIFY(view.pauseButton()->isEnabled());
        QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);

        QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
        QVERIFY(settledView(view));
        QCOMPARE(fixture.outbox.patches().size(), 1);
        QCOMPARE(fixture.outbox.patches().last().first, u"mail-scheduled"_s);
        QCOMPARE(fixture.outbox.patches().last().second, (QJsonObject{{u"is_paused"_s, true}}));
        QCOMPARE(statusCell(view, u"mail-scheduled"_s), u"Paused"_s);
        QCOMPARE(reset.size(), 0); // the answer replaced the row; nothing was loaded again
        QCOMPARE(view.selectedEmail()->id, u"mail-scheduled"_s);
        QVERIFY(view.detailPane()->shownText().contains(u"Paused since"_s));
        QCOMPARE(withoutMnemonic(view.pauseButton()->text()), u"Resume"_s);
        QCOMPARE(view.resultLabel()->text(), u"Paused: the email is held until resumed."_s);

        QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
        QVERIFY(settledView(view));
        QCOMPARE(fixture.outbox.patches().last().second, (QJsonObject{{u"is_paused"_s, false}}));
        QCOMPARE(statusCell(view, u"mail-scheduled"_s), u"Scheduled"_s);
        QCOMPARE(withoutMnemonic(view.pauseButton()->text()), u"Pause"_s);
    }

    void cancelsAfterConfirmation()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        ui::OutboxView view(fixture.context);
        QVERIFY(showView(view, {1300, 700}));
        QVERIFY(settledView(view));
        QVERIFY(selectRow(view, u"mail-paused"_s));

        // Keeping it sends nothing.
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&view] { return view.openConfirmation() && view.openConfirmation()->isVisible(); }));
        QVERIFY(view.openConfirmation()->text().contains(u"“Weekly digest” to grace@example.com will not be sent"_s));
        QVERIFY(!view.pauseButton()->isEnabled()); // nothing else while it asks
        QTest::mouseClick(confirmationButton(view, u"Keep the email"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&view] { return !view.openConfirmation(); }));
        QCOMPARE(fixture.outbox.patches().size(), 0);
        QVERIFY(view.cancelButton()->isEnabled());

        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&view] { return view.openConfirmation() && view.openConfirmation()->isVisible(); }));
        QTest::mouseClick(confirmationButton(view, u"Cancel the email"_s), Qt::LeftButton);
        QVERIFY(settledView(view));
        QCOMPARE(fixture.outbox.patches().size(), 1);
        QCOMPARE(fixture.outbox.patches().first().second, (QJsonObject{{u"cancel"_s, true}}));
        QCOMPARE(statusCell(view, u"mail-paused"_s), u"Skipped"_s);
        QCOMPARE(view.selectedEmail()->id, u"mail-paused"_s);
        QVERIFY(view.detailPane()->shownText().contains(u"Not sent: Cancelled by an administrator."_s));
        QVERIFY(!view.cancelButton()->isEnabled()); // cancelled emails cannot be changed
        QVERIFY(!view.pauseButton()->isEnabled());
    }

    void doubleClickOnCancelSendsOnePatch()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        fixture.outbox.patchDelayMs = 400;
        ui::OutboxView view(fixture.context);
        QVERIFY(showView(view, {1300, 700}));
        QVERIFY(settledView(view));
        QVERIFY(selectRow(view, u"mail-scheduled"_s));

        // Two clicks in a row (QTest::mouseDClick sends no release, so no click): one confirmation.
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&view] { return view.openConfirmation() && view.openConfirmation()->isVisible(); }));
        QCOMPARE(view.findChildren<QMessageBox *>().size(), 1);
        const QPointer<QPushButton> confirm = confirmationButton(view, u"Cancel the email"_s);
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        if (confirm)
            QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&view] { return view.isChanging(); }));
        // While the change runs every action is disabled; clicking again (or asking directly) sends nothing.
        QVERIFY(!view.cancelButton()->isEnabled());
        QVERIFY(!view.pauseButton()->isEnabled());
        QVERIFY(!view.rescheduleButton()->isEnabled());
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        view.pauseOrResumeSelected();
        view.cancelSelected();
        QVERIFY(!view.openConfirmation());
        QVERIFY(settledView(view));
        QTest::qWait(100);
        QCOMPARE(fixture.outbox.patches().size(), 1);
        QCOMPARE(statusCell(view, u"mail-scheduled"_s), u"Skipped"_s);
    }

    void notEditableIsExplainedAndTheRowRefreshed()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        ui::OutboxView view(fixture.context);
        QVERIFY(showView(view, {1300, 700}));
        QVERIFY(settledView(view));
        QVERIFY(selectRow(view, u"mail-scheduled"_s));

        // Meanwhile the server sent it.
        const int at = fixture.outbox.indexOf(u"mail-scheduled"_s);
        QJsonObject sent = fixture.outbox.emails.at(at).toObject();
        FakeOutboxServer::setStatus(sent, u"sent"_s, kNow);
        fixture.outbox.emails[at] = sent;

        QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&view] { return statusCell(view, u"mail-scheduled"_s) == u"Sent"_s; }, kUiTimeoutMs));
        QVERIFY(view.errorBanner()->isVisible());
        QVERIFY(showsText(view.errorBanner(), u"This email is already being sent or was sent; it can no longer be changed."_s));
        QCOMPARE(view.selectedEmail()->id, u"mail-scheduled"_s);
        QVERIFY(view.detailPane()->shownText().contains(u"Sent on"_s));
        QVERIFY(!view.pauseButton()->isEnabled());
        QCOMPARE(fixture.outbox.patches().size(), 1);
    }

    void otherErrorsAreShown()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        fixture.outbox.override = [](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (request.method == "PATCH")
                return FakeResponse::text(500, "Internal server error");
            return std::nullopt;
        };
        ui::OutboxView view(fixture.context);
        QVERIFY(showView(view, {1300, 700}));
        QVERIFY(settledView(view));
        QVERIFY(selectRow(view, u"mail-scheduled"_s));
        QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
        QVERIFY(settledView(view));
        QVERIFY(view.errorBanner()->isShowingError());
        QVERIFY(showsText(view.errorBanner(), u"The email was not paused."_s));
        QCOMPARE(statusCell(view, u"mail-scheduled"_s), u"Scheduled"_s);
        QVERIFY(view.pauseButton()->isEnabled()); // may be tried again
    }

    // Every failed read of the list shows in the banner: the first load (a 500 after the
    // client's retries), a reload with F5 after a good load, and a 200 whose body is not JSON.
    void failedLoadsAreShown()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        std::optional<FakeResponse> listAnswer = FakeResponse::text(500, "Internal server error");
        fixture.outbox.override = [&listAnswer](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (request.method == "GET" && request.url.path().endsWith(u"/emails/outbox"_s))
                return listAnswer;
            return std::nullopt;
        };
        ui::OutboxView view(fixture.context);
        QVERIFY(showView(view, {1300, 700}));
        QVERIFY(settledView(view));
        QVERIFY(view.errorBanner()->isShowingError());

        listAnswer.reset();
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_F5);
        QVERIFY(settledView(view));
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > 0, kUiTimeoutMs);
        QVERIFY(!view.errorBanner()->isShowingError());

        listAnswer = FakeResponse::text(503, "Unavailable");
        QTest::keyClick(view.table(), Qt::Key_F5);
        QVERIFY(settledView(view));
        QVERIFY(view.errorBanner()->isShowingError());

        listAnswer.reset();
        QTest::keyClick(view.table(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > 0 && !view.model()->isLoading(), kUiTimeoutMs);
        QVERIFY(!view.errorBanner()->isShowingError());
        listAnswer = FakeResponse::json(200, "<html>Bad gateway</html>");
        QTest::keyClick(view.table(), Qt::Key_F5);
        QVERIFY(settledView(view));
        QVERIFY(view.errorBanner()->isShowingError());
    }

    void reschedulesToTheFutureOnly()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        ui::OutboxView view(fixture.context);
        QVERIFY(showView(view, {1300, 700}));
        QVERIFY(settledView(view));
        QVERIFY(selectRow(view, u"mail-paused"_s));
        QTest::mouseClick(view.rescheduleButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&view] { return view.openRescheduleDialog() && view.openRescheduleDialog()->isVisible(); }));
        ui::RescheduleDialog *dialog = view.openRescheduleDialog();
        QVERIFY(dialog->rescheduleButton()->isEnabled());

        dialog->timeEdit()->setDateTime(QDateTime::currentDateTime().addDays(-1));
        QVERIFY(!dialog->rescheduleButton()->isEnabled());
        QCOMPARE(dialog->message()->text(), u"Choose a moment in the future."_s);

        const QDateTime chosen(QDate::currentDate().addDays(2), QTime(9, 30));
        dialog->timeEdit()->setDateTime(chosen);
        QVERIFY(dialog->rescheduleButton()->isEnabled());
        QTest::mouseClick(dialog->rescheduleButton(), Qt::LeftButton);
        QVERIFY(settledView(view));
        QCOMPARE(fixture.outbox.patches().size(), 1);
        QCOMPARE(fixture.outbox.patches().first().second,
                 (QJsonObject{{u"scheduled_at_millis"_s, double(chosen.toMSecsSinceEpoch())}}));
        QCOMPARE(view.model()->index(rowOf(view, u"mail-paused"_s), OutboxModel::ScheduledColumn).data().toString(),
                 QLocale().toString(chosen, QLocale::ShortFormat));
    }

    void retriesAServerErrorNow()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        ui::OutboxView view(fixture.context);
        QVERIFY(showView(view, {1300, 700}));
        QVERIFY(settledView(view));
        QVERIFY(selectRow(view, u"mail-scheduled"_s));
        QVERIFY(!view.retryButton()->isVisible());
        QVERIFY(selectRow(view, u"mail-failed"_s));
        QVERIFY(view.retryButton()->isVisible());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QTest::mouseClick(view.retryButton(), Qt::LeftButton);
        QVERIFY(settledView(view));
        QCOMPARE(fixture.outbox.patches().size(), 1);
        const QJsonObject body = fixture.outbox.patches().first().second;
        QCOMPARE(body.keys(), QStringList{u"scheduled_at_millis"_s});
        const qint64 at = qint64(body.value(u"scheduled_at_millis"_s).toDouble());
        QVERIFY(at >= before && at <= QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(statusCell(view, u"mail-failed"_s), u"Scheduled"_s);
        QVERIFY(!view.retryButton()->isVisible());
    }

    void deliveryShowsTheFigures()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        ui::DeliveryView view(fixture.context);
        QSignalSpy loaded(&view, &ui::DeliveryView::loaded);
        QVERIFY(showView(view, {1000, 640}));
        QVERIFY(QTest::qWaitFor([&view] { return view.isLoaded(); }, kUiTimeoutMs));
        QCOMPARE(loaded.size(), 1);
        QVERIFY(view.chartView()->isVisible());
        QCOMPARE(view.capacityLabel()->text(), u"27.8 emails per second (100,000 per hour)"_s);
        QVERIFY(!view.boostLabel()->isVisible()); // no boost, no penalty: nothing more to say
        QVERIFY(!view.penaltyLabel()->isVisible());

        const auto series = view.chart()->series();
        QCOMPARE(series.size(), 1);
        auto *bars = qobject_cast<QBarSeries *>(series.first());
        QVERIFY(bars);
        QVERIFY(bars->isLabelsVisible()); // the numbers are written on the bars
        const auto sets = bars->barSets();
        QCOMPARE(sets.size(), 3);
        QCOMPARE(sets.at(0)->label(), u"Sent"_s);
        QCOMPARE(sets.at(1)->label(), u"Bounced"_s);
        QCOMPARE(sets.at(2)->label(), u"Marked as spam"_s);
        QCOMPARE(sets.at(0)->count(), 4);
        QCOMPARE(sets.at(0)->at(0), 12.0);
        QCOMPARE(sets.at(0)->at(3), 6000.0);
        QCOMPARE(sets.at(1)->at(2), 30.0);
        QCOMPARE(sets.at(2)->at(1), 1.0);
        // Sets distinguishable from each other and from the chart's background.
        QVERIFY(sets.at(0)->color() != sets.at(1)->color() && sets.at(1)->color() != sets.at(2)->color());

        // The table says the same, with the rates.
        const QAbstractItemModel *table = view.table()->model();
        QCOMPARE(table->index(3, models::DeliveryStatsModel::SentColumn).data().toString(), u"6,000"_s);
        QCOMPARE(table->index(3, models::DeliveryStatsModel::BounceRateColumn).data().toString(), u"1.5 %"_s);
        QCOMPARE(table->index(1, models::DeliveryStatsModel::SpamRateColumn).data().toString(), u"0.4 %"_s);

        // Refresh asks again and shows the new figures.
        QJsonObject info = fixture.outbox.deliveryInfo;
        QJsonObject stats = info.value(u"stats"_s).toObject();
        stats.insert(u"hour"_s, QJsonObject{{u"sent"_s, 40}, {u"bounced"_s, 2}, {u"marked_as_spam"_s, 1}});
        info.insert(u"stats"_s, stats);
        fixture.outbox.deliveryInfo = info;
        QTest::mouseClick(view.refreshButton(), Qt::LeftButton);
        QVERIFY(view.isLoading());
        QVERIFY(QTest::qWaitFor([&view] { return !view.isLoading(); }, kUiTimeoutMs));
        QCOMPARE(loaded.size(), 1); // only the first answer makes it "loaded"
        QCOMPARE(table->index(0, models::DeliveryStatsModel::SentColumn).data().toString(), u"40"_s);
        QCOMPARE(qobject_cast<QBarSeries *>(view.chart()->series().first())->barSets().at(0)->at(0), 40.0);

        // A failure keeps the last figures and says why.
        fixture.outbox.override = [](const SeenRequest &) -> std::optional<FakeResponse> {
            return FakeResponse::text(503, "Service unavailable");
        };
        QTest::mouseClick(view.refreshButton(), Qt::LeftButton);
        QVERIFY(view.isLoading());
        QVERIFY(QTest::qWaitFor([&view] { return !view.isLoading(); }, kUiTimeoutMs));
        QCOMPARE(loaded.size(), 1);
        QVERIFY(view.errorBanner()->isShowingError());
        QCOMPARE(table->index(0, models::DeliveryStatsModel::SentColumn).data().toString(), u"40"_s);
    }

    void deliveryShowsABoostAndAPenalty()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        const QDateTime expires = QDateTime(QDate::currentDate(), QTime(23, 45)).toUTC();
        QJsonObject capacity{{u"rate_per_second"_s, 50.0},
                             {u"boost_multiplier"_s, 4},
                             {u"penalty_factor"_s, 0.45},
                             {u"is_boost_active"_s, true},
                             {u"boost_expires_at"_s, expires.toString(Qt::ISODateWithMs)}};
        fixture.outbox.deliveryInfo.insert(u"capacity"_s, capacity);
        ui::DeliveryView view(fixture.context);
        QVERIFY(showView(view, {1000, 640}));
        QVERIFY(QTest::qWaitFor([&view] { return view.isLoaded(); }, kUiTimeoutMs));
        QVERIFY(view.boostLabel()->isVisible());
        QCOMPARE(view.boostLabel()->text(), u"Boost ×4 active until %1"_s.arg(QLocale().toString(QTime(23, 45), QLocale::ShortFormat)));
        QVERIFY(view.penaltyLabel()->isVisible());
        QCOMPARE(view.penaltyLabel()->text(),
                 u"Slowed to 45 % of the usual rate: too many recent emails bounced or were marked as spam."_s);
        QTest::qWait(100);
        QVERIFY(Screenshots().save(&view, u"outbox-delivery-boost"_s));

        // The boost ended and the penalty is gone: both lines disappear.
        capacity.insert(u"is_boost_active"_s, false);
        capacity.insert(u"penalty_factor"_s, 1);
        fixture.outbox.deliveryInfo.insert(u"capacity"_s, capacity);
        QTest::mouseClick(view.refreshButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&view] { return !view.isLoading(); }, kUiTimeoutMs));
        QVERIFY(!view.boostLabel()->isVisible());
        QVERIFY(!view.penaltyLabel()->isVisible());
    }

    void theShownEmailIsNotRebuiltForNothing()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        ui::OutboxView view(fixture.context);
        QVERIFY(showView(view, {1300, 700}));
        QVERIFY(settledView(view));
        QVERIFY(selectRow(view, u"mail-scheduled"_s));
        // The look-up of user-ada (unknown to the TestServer) has answered.
        QVERIFY(QTest::qWaitFor([&view] { return view.model()->hasUserName(u"user-ada"_s); }, kUiTimeoutMs));

        // Where the reader is in the JSON is lost whenever the pane is built again.
        QPlainTextEdit *json = view.detailPane()->jsonView();
        QTextCursor cursor = json->textCursor();
        cursor.movePosition(QTextCursor::End);
        json->setTextCursor(cursor);
        const int end = json->textCursor().position();
        QVERIFY(end > 0);

        // A name arriving for the shown email updates the "To" line only.
        view.model()->setUserName(u"user-ada"_s, u"Ada Lovelace"_s);
        QVERIFY2(view.detailPane()->shownText().contains(u"Ada Lovelace (user user-ada)"_s),
                 qPrintable(view.detailPane()->shownText()));
        QCOMPARE(json->textCursor().position(), end);
        // Clicking the shown email again, or loading it again unchanged, neither.
        clickCell(view.table(), rowOf(view, u"mail-scheduled"_s), OutboxModel::CreatedColumn);
        QCOMPARE(json->textCursor().position(), end);
        view.reload();
        QVERIFY(settledView(view));
        QCOMPARE(view.selectedEmail()->id, u"mail-scheduled"_s);
        QCOMPARE(json->textCursor().position(), end);

        // Changed on the server: shown again.
        QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
        QVERIFY(settledView(view));
        QVERIFY(view.detailPane()->shownText().contains(u"Paused since"_s));
        QCOMPARE(json->textCursor().position(), 0);

        // Deselecting the current row (Ctrl+click) leaves nothing to show or change.
        const QModelIndex shown = view.model()->index(rowOf(view, u"mail-scheduled"_s), OutboxModel::CreatedColumn);
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view.table()->visualRect(shown).center());
        QVERIFY(!view.selectedEmail());
        QVERIFY(!view.detailPane()->email());
        QVERIFY(!view.pauseButton()->isEnabled());
    }

    void aChangeAnsweredAfterTheFilterChangedIsDropped()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        fixture.outbox.patchDelayMs = 400;
        ui::OutboxView view(fixture.context);
        QVERIFY(showView(view, {1300, 700}));
        QVERIFY(settledView(view));
        QVERIFY(selectRow(view, u"mail-scheduled"_s));
        QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
        QVERIFY(view.isChanging());
        // While the server answers, the list is filtered to the failed emails (mail-scheduled is not one).
        QVERIFY(chooseInCombo(view.groupFilter(), u"Failed"_s));
        QVERIFY(settledView(view));
        const qsizetype asked = fixture.outbox.listQueries().size();
        QCOMPARE(fixture.outbox.patches().size(), 1);
        QCOMPARE(rowOf(view, u"mail-scheduled"_s), -1);
        QTest::qWait(100);
        QCOMPARE(fixture.outbox.listQueries().size(), asked); // not loaded again for it
        QCOMPARE(view.model()->rowCount(), 3);
        QVERIFY(!view.errorBanner()->isShowingError());
        QVERIFY(!view.mismatchLabel()->isVisible());
    }

    void aChangedEmailOutsideTheFilterIsPointedOut()
    {
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        ui::OutboxView view(fixture.context);
        QVERIFY(showView(view, {1300, 700}));
        QVERIFY(settledView(view));
        QVERIFY(chooseInCombo(view.groupFilter(), u"In progress"_s));
        QVERIFY(settledView(view));
        // Paused is still in progress: it matches.
        QVERIFY(selectRow(view, u"mail-scheduled"_s));
        QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
        QVERIFY(settledView(view));
        QVERIFY(!view.mismatchLabel()->isVisible());
        QTest::mouseClick(view.pauseButton(), Qt::LeftButton); // resumed: scheduled again
        QVERIFY(settledView(view));

        QVERIFY(chooseInCombo(view.statusFilter(), u"Scheduled"_s));
        QVERIFY(settledView(view));
        QCOMPARE(view.model()->rowCount(), 1);
        QVERIFY(selectRow(view, u"mail-scheduled"_s));
        QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
        QVERIFY(settledView(view));
        QCOMPARE(statusCell(view, u"mail-scheduled"_s), u"Paused"_s); // still listed, as the server answered
        QVERIFY(view.mismatchLabel()->isVisible());
        QCOMPARE(view.mismatchLabel()->text(), u"The filter no longer matches 1 email you changed."_s);
        QVERIFY(view.mismatchRefreshButton()->isVisible());
        // Resumed, it matches again.
        QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
        QVERIFY(settledView(view));
        QVERIFY(!view.mismatchLabel()->isVisible());
        // Cancelled: pointed out again, and Refresh loads the list without it.
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&view] { return view.openConfirmation() && view.openConfirmation()->isVisible(); }));
        QTest::mouseClick(confirmationButton(view, u"Cancel the email"_s), Qt::LeftButton);
        QVERIFY(settledView(view));
        QCOMPARE(statusCell(view, u"mail-scheduled"_s), u"Skipped"_s);
        QVERIFY(view.mismatchLabel()->isVisible());
        const qsizetype asked = fixture.outbox.listQueries().size();
        QTest::mouseClick(view.mismatchRefreshButton(), Qt::LeftButton);
        QVERIFY(settledView(view));
        QCOMPARE(fixture.outbox.listQueries().size(), asked + 1);
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(!view.mismatchLabel()->isVisible());
        QVERIFY(!view.mismatchRefreshButton()->isVisible());
    }

    void worksWithAServerKey()
    {
        OutboxFixture fixture(api::CredentialKind::ServerKey);
        REQUIRE_OUTBOX(fixture, Needs::ServerKey);
        ui::OutboxView outbox(fixture.context);
        ui::DeliveryView delivery(fixture.context);
        QVERIFY(showView(outbox, {1200, 640}));
        QVERIFY(showView(delivery, {900, 600}));
        QVERIFY(settledView(outbox));
        QVERIFY(QTest::qWaitFor([&delivery] { return delivery.isLoaded(); }, kUiTimeoutMs));
        QCOMPARE(outbox.model()->rowCount(), 15);
        QVERIFY(!outbox.errorBanner()->isShowingError());
        QVERIFY(!delivery.errorBanner()->isShowingError());
        QVERIFY(selectRow(outbox, u"mail-scheduled"_s));
        QTest::mouseClick(outbox.pauseButton(), Qt::LeftButton);
        QVERIFY(settledView(outbox));
        QCOMPARE(statusCell(outbox, u"mail-scheduled"_s), u"Paused"_s);
        bool anyRequest = false;
        for (const SeenRequest &request : fixture.network.requests()) {
            anyRequest = true;
            QCOMPARE(request.header("x-stack-access-type"), QByteArray("server"));
            QVERIFY2(!request.url.path().contains(u"/internal/"_s), qPrintable(request.url.path()));
        }
        QVERIFY(anyRequest);
    }

    // The TestServer's own outbox (the emulator's generated history, or a live server's): pages,
    // names, the status filter, and pausing, resuming and cancelling a scheduled email.
    void testServerOutbox()
    {
        OutboxFixture fixture(api::CredentialKind::AdminKey, OutboxFixture::Outbox::TestServer);
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        ui::OutboxView view(fixture.context);
        QVERIFY(showView(view, {1300, 700}));
        QVERIFY(settledView(view));
        QVERIFY(!view.errorBanner()->isShowingError());
        QVERIFY(view.model()->rowCount() > 0);
        if (fixture.server->emulator()) {
            // 300 generated emails: the first page, then the rest as the table scrolls.
            QCOMPARE(view.model()->rowCount(), 50);
            QCOMPARE(scrollToEnd(view.table(), *view.model()), QString());
            QCOMPARE(view.model()->rowCount(), 300);
            QCOMPARE(view.statusLabel()->text(), u"All 300 emails"_s);
            view.table()->scrollToTop();
            // The recipients are the demo project's users: their names replace the ids.
            QVERIFY(QTest::qWaitFor([&view] {
                const QString shown = view.model()->index(0, OutboxModel::RecipientColumn).data().toString();
                return !shown.isEmpty() && !shown.startsWith(u"User "_s);
            }, kUiTimeoutMs));
            // (For the picture: the other visible rows get their names too, a few at a time.)
            [[maybe_unused]] const bool allNamed = QTest::qWaitFor([&view] {
                for (int row = 0; row < 20; ++row) {
                    if (view.model()->index(row, OutboxModel::RecipientColumn).data().toString().startsWith(u"User "_s))
                        return false;
                }
                return true;
            }, kUiTimeoutMs);
            QVERIFY(Screenshots().save(&view, u"outbox-emulator"_s));
        }
        // Newest first.
        for (int row = 1; row < view.model()->rowCount(); ++row)
            QVERIFY(view.model()->rowAt(row - 1)->createdAtMillis >= view.model()->rowAt(row)->createdAtMillis);

        QVERIFY(chooseInCombo(view.groupFilter(), u"Failed"_s));
        QVERIFY(settledView(view));
        for (int row = 0; row < view.model()->rowCount(); ++row)
            QCOMPARE(view.model()->index(row, 0).data(OutboxModel::SimpleStatusRole).toString(), u"error"_s);

        QVERIFY(chooseInCombo(view.groupFilter(), u"In progress"_s));
        QVERIFY(chooseInCombo(view.statusFilter(), u"Scheduled"_s));
        QVERIFY(settledView(view));
        if (!fixture.server->emulator() && view.model()->rowCount() == 0)
            QSKIP("the live server's outbox has no scheduled email to pause");
        QVERIFY(view.model()->rowCount() > 0); // the emulator schedules some for the coming days
        // The one scheduled furthest ahead: it will not be sent while the test runs.
        int latest = 0;
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            if (view.model()->rowAt(row)->scheduledAtMillis > view.model()->rowAt(latest)->scheduledAtMillis)
                latest = row;
        }
        const QString id = view.model()->rowAt(latest)->id;
        QVERIFY(selectRow(view, id));
        QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
        QVERIFY(settledView(view));
        QVERIFY2(!view.errorBanner()->isShowingError(), qPrintable(view.detailPane()->shownText()));
        QCOMPARE(statusCell(view, id), u"Paused"_s);
        QCOMPARE(view.selectedEmail()->id, id);
        QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
        QVERIFY(settledView(view));
        QCOMPARE(statusCell(view, id), u"Scheduled"_s);

        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&view] { return view.openConfirmation() && view.openConfirmation()->isVisible(); }));
        QTest::mouseClick(confirmationButton(view, u"Cancel the email"_s), Qt::LeftButton);
        QVERIFY(settledView(view));
        QCOMPARE(statusCell(view, id), u"Skipped"_s);
        QVERIFY(view.detailPane()->shownText().contains(u"Not sent: Cancelled by an administrator."_s));
        // Asked again, the server says the same.
        view.reload();
        QVERIFY(settledView(view));
        QCOMPARE(rowOf(view, id), -1); // no longer scheduled
        QVERIFY(chooseInCombo(view.groupFilter(), u"All emails"_s));
        QCOMPARE(view.statusFilter()->currentText(), u"Scheduled"_s); // kept: scheduled is one of all
        QVERIFY(chooseInCombo(view.statusFilter(), u"Any status"_s));
        QVERIFY(settledView(view));
        QVERIFY(scrollToEnd(view.table(), *view.model()).isEmpty());
        QCOMPARE(statusCell(view, id), u"Skipped"_s);
    }

    void testServerDelivery()
    {
        OutboxFixture fixture(api::CredentialKind::AdminKey, OutboxFixture::Outbox::TestServer);
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        ui::DeliveryView view(fixture.context);
        QVERIFY(showView(view, {1000, 640}));
        QVERIFY(QTest::qWaitFor([&view] { return view.isLoaded(); }, kUiTimeoutMs));
        QVERIFY(!view.errorBanner()->isShowingError());
        QVERIFY(view.model()->info());
        const auto sets = qobject_cast<QBarSeries *>(view.chart()->series().first())->barSets();
        QCOMPARE(sets.size(), 3);
        for (int row = 0; row < models::DeliveryStatsModel::WindowCount; ++row) {
            const auto counts = view.model()->counts(models::DeliveryStatsModel::Window(row));
            QCOMPARE(sets.at(0)->at(row), double(counts.sent));
            QCOMPARE(sets.at(1)->at(row), double(counts.bounced));
            QCOMPARE(sets.at(2)->at(row), double(counts.markedAsSpam));
        }
        // Longer windows hold at least as much.
        QVERIFY(view.model()->counts(models::DeliveryStatsModel::MonthRow).sent
                >= view.model()->counts(models::DeliveryStatsModel::HourRow).sent);
        QVERIFY(view.model()->info()->ratePerSecond > 0);
        if (fixture.server->emulator())
            QVERIFY(view.model()->counts(models::DeliveryStatsModel::MonthRow).sent > 0); // the generated history
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
        if (dark)
            QApplication::setPalette(darkPalette());
        OutboxFixture fixture;
        REQUIRE_OUTBOX(fixture, Needs::AdminKey);
        const QString suffix = dark ? u"-dark"_s : u"-light"_s;
        {
            ui::OutboxView view(fixture.context);
            QVERIFY(showView(view, {1360, 720}));
            QVERIFY(settledView(view));
            QVERIFY(selectRow(view, u"mail-failed"_s));
            QTest::qWait(100);
            QVERIFY(Screenshots().save(&view, u"outbox-view"_s + suffix));
            QVERIFY(selectRow(view, u"mail-sent"_s));
            QTest::qWait(100);
            QVERIFY(Screenshots().save(&view, u"outbox-sent"_s + suffix));
            QVERIFY(selectRow(view, u"mail-paused"_s));
            QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&view] { return view.openConfirmation() && view.openConfirmation()->isVisible(); }));
            QTest::qWait(50);
            QVERIFY(Screenshots().save(view.openConfirmation(), u"outbox-cancel"_s + suffix));
            QTest::mouseClick(confirmationButton(view, u"Keep the email"_s), Qt::LeftButton);
            QTest::mouseClick(view.rescheduleButton(), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&view] { return view.openRescheduleDialog() && view.openRescheduleDialog()->isVisible(); }));
            QTest::qWait(50);
            QVERIFY(Screenshots().save(view.openRescheduleDialog(), u"outbox-reschedule"_s + suffix));
            view.openRescheduleDialog()->reject();
        }
        {
            ui::DeliveryView view(fixture.context);
            QVERIFY(showView(view, {1000, 640}));
            QVERIFY(QTest::qWaitFor([&view] { return view.isLoaded(); }, kUiTimeoutMs));
            QTest::qWait(100);
            QVERIFY(Screenshots().save(&view, u"outbox-delivery"_s + suffix));
        }
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestOutboxView)
#include "tst_OutboxView.moc"
