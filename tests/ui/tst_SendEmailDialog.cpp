// Sending a draft to users (SendEmailDialog) as a person does it: the draft and recipients, the
// confirmation naming how many receive it, the request the server gets, the result per
// recipient, each error the server gives, and that a double click sends once. The users and
// the session come from the emulator; POST /emails/send-email and the drafts list are answered
// by a script here, which also counts the requests; so is the Outbox the dialog reads after a
// lost answer or a scheduled send. The users page opens the dialog for its selection.

#include "EnglishPlurals.h"
#include "FakeNetworkAccessManager.h"
#include "UiTestHelpers.h"
#include "UserDialogTesting.h"
#include "UserViewTestHelpers.h"

#include "AppSettings.h"
#include "UserChoiceModel.h"
#include "UsersModel.h"
#include "dialogs/UserPickerDialog.h"
#include "emails/SendAllUsersCounter.h"
#include "emails/SendRecipientsModel.h"
#include "emulator/Emulator.h"
#include "endpoints/EmailsEndpoints.h"
#include "endpoints/UsersEndpoints.h"
#include "pages/emails/send/SendEmailDialog.h"
#include "pages/users/UserActions.h"
#include "pages/users/UsersPage.h"
#include "widgets/ErrorBanner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::SendRecipient;
using models::SendRecipientsModel;
using Step = ui::SendEmailDialog::Step;

const QString kDraftId = u"9c4c1a55-2b7c-4c53-9d0e-5c0d3f1e0a01"_s;

bool isScripted(const QUrl &url)
{
    const QString path = url.path();
    return path.endsWith(u"/emails/send-email"_s) || path.contains(u"/internal/email-drafts"_s)
        || path.endsWith(u"/emails/outbox"_s);
}

// The emails requests go to the script; everything else (signing in, users) to the emulator.
class EmailsNetwork : public FakeNetworkAccessManager
{
public:
    bool scripted = true; // false: the emulator answers the emails requests too

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        if (scripted && isScripted(request.url()))
            return FakeNetworkAccessManager::createRequest(op, request, outgoingData);
        return QNetworkAccessManager::createRequest(op, request, outgoingData); // NOLINT(bugprone-parent-virtual-call)
    }
};

QJsonObject bodyOf(const SeenRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

FakeResponse acceptedAll(const SeenRequest &request)
{
    QJsonArray results;
    const QJsonArray ids = bodyOf(request).value(u"user_ids"_s).toArray();
    for (const QJsonValue &id : ids)
        results.append(QJsonObject{{u"user_id"_s, id}});
    return FakeResponse::json(200, QJsonDocument(QJsonObject{{u"results"_s, results}}).toJson(QJsonDocument::Compact));
}

FakeResponse knownErrorWithDetails(int status, const QByteArray &code, const QString &message, const QJsonObject &details)
{
    const QJsonObject body{{u"code"_s, QString::fromLatin1(code)}, {u"error"_s, message}, {u"details"_s, details}};
    FakeResponse response = FakeResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    response.headers.append({"X-Stack-Known-Error", code});
    return response;
}

// An emulator with the demo project open through EmailsNetwork, and the script's answers.
struct Fixture
{
    explicit Fixture(int users = 40)
    {
        QCoreApplication::installTranslator(&plurals);
        emulator::EmulatorOptions options;
        options.userCount = users;
        emulator = std::make_unique<emulator::Emulator>(options);
        network.setHandler([this](const SeenRequest &request) {
            if (request.url.path().contains(u"/internal/email-drafts"_s))
                return draftsAnswer;
            if (request.url.path().endsWith(u"/emails/outbox"_s))
                return outboxAnswer(request);
            FakeResponse response = sendAnswer ? sendAnswer(request) : acceptedAll(request);
            response.delayMs = std::max(response.delayMs, sendDelayMs);
            return response;
        });
        if (!emulator->start())
            return;
        const emulator::DemoAccount account = emulator->demoAccount();
        session = signInDashboard(workspace, emulator->apiRoot(), account.publishableClientKey, account.email,
                                  account.password);
        for (const api::Project &project : session->projects()) {
            if (project.id == account.projectId)
                context = {session, project, &settings};
        }
    }

    ~Fixture() { QCoreApplication::removeTranslator(&plurals); }

    // The first `count` users of the project that have a display name and an email address.
    QList<api::User> namedUsers(int count, bool withEmail = true)
    {
        api::users::ListQuery query;
        query.limit = 200;
        query.includeAnonymous = !withEmail;
        const auto page = waitForJob(context.client()->send(api::users::list(context.scope(), query)));
        QList<api::User> users;
        if (!page)
            return users;
        for (const api::User &user : page->items) {
            const bool hasEmail = user.primaryEmail && !user.primaryEmail->isEmpty();
            if (user.displayName && !user.displayName->isEmpty() && hasEmail == withEmail && users.size() < count)
                users << user;
        }
        return users;
    }

    QList<SeenRequest> requestsTo(const QString &pathEnd) const
    {
        QList<SeenRequest> sent;
        for (const SeenRequest &request : network.requests()) {
            if (request.url.path().endsWith(pathEnd))
                sent << request;
        }
        return sent;
    }
    QList<SeenRequest> sendRequests() const { return requestsTo(u"/emails/send-email"_s); }
    QList<SeenRequest> outboxRequests() const { return requestsTo(u"/emails/outbox"_s); }

    static api::EmailDraft welcomeDraft()
    {
        api::EmailDraft draft;
        draft.id = kDraftId;
        draft.displayName = u"Welcome"_s;
        return draft;
    }

    EnglishPlurals plurals;
    std::unique_ptr<emulator::Emulator> emulator;
    EmailsNetwork network;
    api::Workspace workspace{&network, nullptr, nullptr};
    api::ConnectionSession *session = nullptr;
    ui::AppSettings settings{nullptr};
    ui::ProjectContext context;
    FakeResponse draftsAnswer = FakeResponse::json(
        200, R"({"drafts":[{"id":"d-1","display_name":"Newsletter","tsx_source":"","sent_at_millis":null},)"
             R"({"id":"d-2","display_name":"Price change","tsx_source":"","theme_id":false,"sent_at_millis":null}]})");
    std::function<FakeResponse(const SeenRequest &)> sendAnswer;
    int sendDelayMs = 0;
    std::function<FakeResponse(const SeenRequest &)> outboxAnswer = [](const SeenRequest &) { return outboxOf({}); };

    static FakeResponse outboxOf(const QJsonArray &items)
    {
        const QJsonObject page{{u"items"_s, items},
                               {u"is_paginated"_s, true},
                               {u"pagination"_s, QJsonObject{{u"next_cursor"_s, QJsonValue::Null}}}};
        return FakeResponse::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
    }
};

// An Outbox email of `draftId` for `userId`, created now; no scheduled_at_millis when not given
// (what servers older than scheduling may answer).
QJsonObject outboxItem(const QString &draftId, const QString &userId, std::optional<qint64> scheduledAt)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonObject item{{u"id"_s, u"0f0e0d0c-0000-4000-8000-00000000000%1"_s.arg(userId.size() % 10)},
                     {u"created_at_millis"_s, double(now)},
                     {u"updated_at_millis"_s, double(now)},
                     {u"to"_s, QJsonObject{{u"type"_s, u"user-primary-email"_s}, {u"user_id"_s, userId}}},
                     {u"status"_s, scheduledAt ? u"scheduled"_s : u"sent"_s},
                     {u"simple_status"_s, scheduledAt ? u"in-progress"_s : u"ok"_s},
                     {u"created_with"_s, u"draft"_s},
                     {u"email_draft_id"_s, draftId}};
    if (scheduledAt)
        item.insert(u"scheduled_at_millis"_s, double(*scheduledAt));
    return item;
}

#define REQUIRE_FIXTURE(fixture) QVERIFY2((fixture).context.isValid(), "no signed-in demo project")

std::unique_ptr<ui::SendEmailDialog> openDialog(Fixture &fixture, const QList<api::User> &users,
                                                bool withDraft = true)
{
    auto dialog = std::make_unique<ui::SendEmailDialog>(fixture.context);
    if (withDraft)
        dialog->setDraft(Fixture::welcomeDraft());
    if (!users.isEmpty())
        dialog->setRecipients(users);
    dialog->resize(720, 620);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void chooseCategory(ui::SendEmailDialog *dialog, const QString &name)
{
    dialog->categoryChoice()->setCurrentIndex(dialog->categoryChoice()->findData(name));
}

// Fills in the rest and goes to the confirmation.
bool review(ui::SendEmailDialog *dialog, const QString &category = u"Transactional"_s)
{
    chooseCategory(dialog, category);
    QTest::mouseClick(dialog->reviewButton(), Qt::LeftButton);
    return dialog->step() == Step::Confirm;
}

// The text of one column for every row.
QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}

// What a double click delivers to a widget: press, release, press, double click, release. (On
// its own QTest::mouseDClick sends the double-click event only.)
void doubleClick(QWidget *widget)
{
    QTest::mousePress(widget, Qt::LeftButton);
    QTest::mouseRelease(widget, Qt::LeftButton);
    QTest::mousePress(widget, Qt::LeftButton);
    QTest::mouseDClick(widget, Qt::LeftButton);
    QTest::mouseRelease(widget, Qt::LeftButton);
}

// A picture once the layout has caught up with the last change.
bool settledShot(const Screenshots &shots, QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents(); // the posted layout requests
    return shots.save(widget, name);
}

QString confirmationText(const ui::SendEmailDialog *dialog)
{
    return dialog->findChild<QLabel *>() ? visibleLabelTexts(dialog).join(u'\n') : QString();
}

} // namespace

class TestSendEmailDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // never the developer's own folders

    void sendsTheDraftToTheSelectedUsers()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        const QList<api::User> users = fixture.namedUsers(2);
        QCOMPARE(users.size(), 2);
        const auto dialog = openDialog(fixture, users);
        QVERIFY(dialog);
        QCOMPARE(dialog->recipientsModel()->userIds(), (QStringList{users.at(0).id, users.at(1).id}));

        QTest::keyClicks(dialog->subjectField(), u"Our news"_s);
        dialog->scheduleOption()->setChecked(true);
        const QDateTime later = QDateTime::currentDateTime().addDays(1);
        const QDateTime when(later.date(), QTime(9, 30));
        dialog->scheduleField()->setDateTime(when);
        QVERIFY(review(dialog.get(), u"Marketing"_s));

        // The confirmation names the draft and the number of people.
        const QString confirmation = confirmationText(dialog.get());
        QVERIFY2(confirmation.contains(u"Send “Welcome” to 2 users?"_s), qPrintable(confirmation));
        QVERIFY2(confirmation.contains(u"2 users will receive it"_s), qPrintable(confirmation));
        QVERIFY2(confirmation.contains(*users.at(0).displayName), qPrintable(confirmation));
        QVERIFY2(confirmation.contains(u"Marketing. Users who unsubscribed"_s), qPrintable(confirmation));
        QVERIFY2(confirmation.contains(u"“Our news”"_s), qPrintable(confirmation));
        QVERIFY(fixture.sendRequests().isEmpty());

        QSignalSpy sent(dialog.get(), &ui::SendEmailDialog::sent);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Result, kUiTimeoutMs);

        const QList<SeenRequest> requests = fixture.sendRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().method, QByteArray("POST"));
        const QJsonObject body = bodyOf(requests.first());
        QCOMPARE(body.value(u"user_ids"_s).toArray(), (QJsonArray{users.at(0).id, users.at(1).id}));
        QCOMPARE(body.value(u"subject"_s).toString(), u"Our news"_s);
        QCOMPARE(body.value(u"notification_category_name"_s).toString(), u"Marketing"_s);
        QCOMPARE(body.value(u"draft_id"_s).toString(), kDraftId);
        QCOMPARE(qint64(body.value(u"scheduled_at_millis"_s).toDouble()), when.toMSecsSinceEpoch());
        QVERIFY(!body.contains(u"all_users"_s));
        QVERIFY(!body.contains(u"theme_id"_s)); // the draft's own theme applies
        QVERIFY(!body.contains(u"html"_s));

        // The result per recipient, by name and email.
        QCOMPARE(sent.size(), 1);
        const SendRecipientsModel *results = dialog->resultsModel();
        QCOMPARE(results->rowCount(), 2);
        QCOMPARE(columnTexts(*results, SendRecipientsModel::UserColumn),
                 (QStringList{*users.at(0).displayName, *users.at(1).displayName}));
        QCOMPARE(columnTexts(*results, SendRecipientsModel::EmailColumn),
                 (QStringList{*users.at(0).primaryEmail, *users.at(1).primaryEmail}));
        QCOMPARE(columnTexts(*results, SendRecipientsModel::OutcomeColumn), (QStringList{u"Accepted"_s, u"Accepted"_s}));
        QVERIFY(dialog->resultLabel()->text().contains(u"for 2 recipients"_s));
        QVERIFY(dialog->resultLabel()->text().contains(u"follow them in the Outbox"_s));
        QVERIFY(dialog->closeButton()->isVisible());
        QVERIFY(!dialog->sendButton()->isVisible());
        QVERIFY(!dialog->sendButton()->isEnabled());
    }

    void emptySubjectAndNowAreLeftOut()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        const auto dialog = openDialog(fixture, fixture.namedUsers(1));
        QVERIFY(dialog);
        QVERIFY(review(dialog.get()));
        QVERIFY(confirmationText(dialog.get()).contains(u"Subject: the draft's own."_s));
        QVERIFY(confirmationText(dialog.get()).contains(u"When: now."_s));
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Result, kUiTimeoutMs);
        const QJsonObject body = bodyOf(fixture.sendRequests().first());
        QVERIFY(!body.contains(u"subject"_s));
        QVERIFY(!body.contains(u"scheduled_at_millis"_s));
        QCOMPARE(body.value(u"notification_category_name"_s).toString(), u"Transactional"_s);
    }

    void aDoubleClickSendsOnce()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        fixture.sendDelayMs = 400; // the second click lands while the first request runs
        const QList<api::User> users = fixture.namedUsers(2);

        // A real double click.
        {
            const auto dialog = openDialog(fixture, users);
            QVERIFY(dialog);
            QVERIFY(review(dialog.get()));
            doubleClick(dialog->sendButton());
            QVERIFY(!dialog->sendButton()->isEnabled());
            QVERIFY(dialog->isBusy());
            QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Result, kUiTimeoutMs);
            QCOMPARE(fixture.sendRequests().size(), 1);
            QCOMPARE(dialog->sendAttempts(), 1);
            // Once sent, Enter (the default button is Close now) and clicks send nothing more.
            QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
            QCOMPARE(fixture.sendRequests().size(), 1);
        }
        fixture.network.clearRequests();

        // Two quick clicks, and Enter in between.
        {
            const auto dialog = openDialog(fixture, users);
            QVERIFY(dialog);
            QVERIFY(review(dialog.get()));
            QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
            QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
            QTest::keyClick(dialog.get(), Qt::Key_Return);
            QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Result, kUiTimeoutMs);
            QCOMPARE(fixture.sendRequests().size(), 1);
            QVERIFY(dialog->isVisible()); // Enter while busy did not close it either
        }
    }

    void recipientsAreAddedWithThePickerAndRemoved()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        const QList<api::User> users = fixture.namedUsers(3);
        QCOMPARE(users.size(), 3);
        const auto dialog = openDialog(fixture, {users.at(0)});
        QVERIFY(dialog);

        QTest::mouseClick(dialog->addUsersButton(), Qt::LeftButton);
        ui::UserPickerDialog *picker = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((picker = dialog->findChild<ui::UserPickerDialog *>()) && picker->isVisible(),
                                 kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!picker->usersModel()->isLoading() && picker->usersModel()->loadedRowOf(users.at(2).id) >= 0,
                                 kUiTimeoutMs);
        // Who is a recipient already cannot be ticked again.
        const int held = picker->usersModel()->loadedRowOf(users.at(0).id);
        QVERIFY(held >= 0);
        QCOMPARE(picker->choiceModel()->index(held, 0).data(Qt::ToolTipRole).toString(), u"Already a recipient"_s);
        for (const int index : {1, 2}) {
            const int row = picker->usersModel()->loadedRowOf(users.at(index).id);
            clickCheckBox(picker->table(), picker->choiceModel()->index(row, models::UsersModel::NameColumn));
        }
        QCOMPARE(withoutMnemonic(picker->acceptButton()->text()), u"Add 2 users"_s);
        QTest::mouseClick(picker->acceptButton(), Qt::LeftButton);
        QCOMPARE(dialog->recipientsModel()->userIds(), (QStringList{users.at(0).id, users.at(1).id, users.at(2).id}));

        // Delete in the list, and the Remove button.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        QVERIFY(!dialog->removeUsersButton()->isEnabled());
        clickCell(dialog->recipientsView(), 0, SendRecipientsModel::UserColumn);
        QVERIFY(dialog->removeUsersButton()->isEnabled());
        QTest::keyClick(dialog->recipientsView(), Qt::Key_Delete);
        QCOMPARE(dialog->recipientsModel()->userIds(), (QStringList{users.at(1).id, users.at(2).id}));
        clickCell(dialog->recipientsView(), 1, SendRecipientsModel::UserColumn);
        QTest::mouseClick(dialog->removeUsersButton(), Qt::LeftButton);
        QCOMPARE(dialog->recipientsModel()->userIds(), QStringList{users.at(1).id});
    }

    void confirmationCountsUsersWithoutEmail()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        QList<api::User> users = fixture.namedUsers(2);
        api::User noEmail = users.first();
        noEmail.id = u"no-email-user"_s;
        noEmail.displayName = u"Nomail Person"_s;
        noEmail.primaryEmail.reset();
        users << noEmail;
        fixture.sendAnswer = [](const SeenRequest &request) { return acceptedAll(request); };
        const auto dialog = openDialog(fixture, users);
        QVERIFY(dialog);
        QVERIFY2(showsText(dialog.get(), u"1 user without a primary email address will be skipped."_s),
                 qPrintable(visibleLabelTexts(dialog.get()).join(u'\n')));
        QVERIFY(review(dialog.get()));
        const QString confirmation = confirmationText(dialog.get());
        QVERIFY2(confirmation.contains(u"Send “Welcome” to 3 users?"_s), qPrintable(confirmation));
        QVERIFY2(confirmation.contains(u"1 user without a primary email address will be skipped: 2 users will receive it."_s),
                 qPrintable(confirmation));
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Result, kUiTimeoutMs);
        QCOMPARE(dialog->resultsModel()->index(2, SendRecipientsModel::OutcomeColumn).data().toString(),
                 u"Accepted (no email address: will be skipped)"_s);
    }

    void usersMissingFromTheAnswerAreMarked()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        const QList<api::User> users = fixture.namedUsers(2);
        fixture.sendAnswer = [id = users.at(1).id](const SeenRequest &) {
            return FakeResponse::json(200, QJsonDocument(QJsonObject{{u"results"_s, QJsonArray{QJsonObject{{u"user_id"_s, id}}}}})
                                               .toJson(QJsonDocument::Compact));
        };
        const auto dialog = openDialog(fixture, users);
        QVERIFY(dialog);
        QVERIFY(review(dialog.get()));
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Result, kUiTimeoutMs);
        QCOMPARE(columnTexts(*dialog->resultsModel(), SendRecipientsModel::OutcomeColumn),
                 (QStringList{u"Not in the server's answer"_s, u"Accepted"_s}));
        QVERIFY(dialog->resultLabel()->text().contains(u"for 1 recipient."_s));
        QVERIFY(dialog->resultLabel()->text().contains(u"no email was queued for them: 1 requested user, marked below."_s));
    }

    void customEmailServerRequired()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        fixture.sendAnswer = [](const SeenRequest &) {
            return FakeResponse::knownError(400, "REQUIRES_CUSTOM_EMAIL_SERVER",
                                            "This action requires a custom SMTP server. Please edit your email server "
                                            "configuration and try again.");
        };
        const auto dialog = openDialog(fixture, fixture.namedUsers(1));
        QVERIFY(dialog);
        QVERIFY(review(dialog.get()));
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorBanner()->isShowingError(), kUiTimeoutMs);
        QCOMPARE(dialog->step(), Step::Confirm);
        QVERIFY2(showsText(dialog.get(), u"Email server tab"_s), qPrintable(visibleLabelTexts(dialog.get()).join(u'\n')));
        QVERIFY(showsText(dialog.get(), u"Nothing was sent"_s));
        // Nothing was sent, so sending again (after setting the server up) is possible.
        QVERIFY(dialog->sendButton()->isEnabled());
        QCOMPARE(fixture.sendRequests().size(), 1);
    }

    void aDeletedUserCanBeTakenOffAndSentAgain()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        const QList<api::User> users = fixture.namedUsers(2);
        const QString gone = users.at(0).id;
        fixture.sendAnswer = [gone](const SeenRequest &request) {
            if (bodyOf(request).value(u"user_ids"_s).toArray().contains(gone))
                return knownErrorWithDetails(400, "USER_ID_DOES_NOT_EXIST",
                                             u"The given user with the ID %1 does not exist."_s.arg(gone),
                                             QJsonObject{{u"user_id"_s, gone}});
            return acceptedAll(request);
        };
        const auto dialog = openDialog(fixture, users);
        QVERIFY(dialog);
        QVERIFY(review(dialog.get()));
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorBanner()->isShowingError(), kUiTimeoutMs);
        QVERIFY2(showsText(dialog.get(), *users.at(0).displayName + u" is not a user of the project"_s),
                 qPrintable(visibleLabelTexts(dialog.get()).join(u'\n')));
        QVERIFY(dialog->removeMissingUserButton()->isVisible());
        QVERIFY(withoutMnemonic(dialog->removeMissingUserButton()->text()).contains(*users.at(0).displayName));

        QTest::mouseClick(dialog->removeMissingUserButton(), Qt::LeftButton);
        QCOMPARE(dialog->recipientsModel()->userIds(), QStringList{users.at(1).id});
        QVERIFY(!dialog->errorBanner()->isShowingError());
        QVERIFY(confirmationText(dialog.get()).contains(u"Send “Welcome” to 1 user?"_s));
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Result, kUiTimeoutMs);
        QCOMPARE(fixture.sendRequests().size(), 2);
        QCOMPARE(bodyOf(fixture.sendRequests().at(1)).value(u"user_ids"_s).toArray(), QJsonArray{users.at(1).id});
    }

    void otherErrorsGoToTheBanner()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        const QList<api::User> users = fixture.namedUsers(1);
        fixture.sendAnswer = [](const SeenRequest &) {
            return knownErrorWithDetails(400, "SCHEMA_ERROR", u"Request validation failed"_s,
                                         QJsonObject{{u"message"_s, u"Exactly one of user_ids or all_users must be provided"_s}});
        };
        const auto dialog = openDialog(fixture, users);
        QVERIFY(dialog);
        QVERIFY(review(dialog.get()));
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorBanner()->isShowingError(), kUiTimeoutMs);
        QVERIFY(showsText(dialog.get(), u"the server did not accept the request"_s));
        QVERIFY2(showsText(dialog.get(), u"SCHEMA_ERROR"_s), qPrintable(visibleLabelTexts(dialog.get()).join(u'\n')));

        fixture.sendAnswer = [](const SeenRequest &) { return FakeResponse::text(400, "No draft found with given draft_id"); };
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(showsText(dialog.get(), u"No draft found"_s), kUiTimeoutMs);
        QVERIFY(showsText(dialog.get(), u"Nothing was sent."_s));
        QCOMPARE(dialog->step(), Step::Confirm);

        // No answer at all: the emails may have been queued, so Send stays off.
        fixture.sendAnswer = [](const SeenRequest &) { return FakeResponse::failure(QNetworkReply::RemoteHostClosedError); };
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(showsText(dialog.get(), u"may or may not have been queued"_s), kUiTimeoutMs);
        QVERIFY(!dialog->sendButton()->isEnabled());
        QCOMPARE(fixture.sendRequests().size(), 3);
        QTest::mouseClick(dialog->backButton(), Qt::LeftButton);
        QVERIFY(review(dialog.get()));
        QVERIFY(!dialog->sendButton()->isEnabled());
    }

    // No answer (timeout): the emails may be queued. Back and Review do not turn Send on again;
    // only the explicit "I checked the Outbox" does, and the dialog can look there itself.
    void aLostAnswerBlocksSendingAgainUntilConfirmed()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        const QList<api::User> users = fixture.namedUsers(2);
        QCOMPARE(users.size(), 2);
        fixture.context.client()->options().transferTimeoutMs = 300;
        fixture.sendAnswer = [](const SeenRequest &) { return FakeResponse::hanging(); };
        const auto dialog = openDialog(fixture, users);
        QVERIFY(dialog);
        QVERIFY(review(dialog.get()));
        QVERIFY(!dialog->outcomeUnknownLabel()->isVisible());
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(showsText(dialog.get(), u"may or may not have been queued"_s), kUiTimeoutMs);
        fixture.context.client()->options().transferTimeoutMs = 30'000;
        QVERIFY2(showsText(dialog.get(), u"did not answer"_s), qPrintable(visibleLabelTexts(dialog.get()).join(u'\n')));
        QCOMPARE(fixture.sendRequests().size(), 1);
        QVERIFY(dialog->isOutcomeUnknown());
        QVERIFY(!dialog->sendButton()->isEnabled());
        QVERIFY(dialog->outcomeUnknownLabel()->isVisible());
        QVERIFY(dialog->sendAgainOption()->isVisible());
        QVERIFY(!dialog->sendAgainOption()->isChecked());

        // Back and Review again: still off, and Enter or a click sends nothing.
        fixture.sendAnswer = [](const SeenRequest &request) { return acceptedAll(request); };
        QTest::mouseClick(dialog->backButton(), Qt::LeftButton);
        QCOMPARE(dialog->step(), Step::Compose);
        QVERIFY(review(dialog.get()));
        QVERIFY(!dialog->errorBanner()->isShowingError()); // the banner went, the warning stays
        QVERIFY2(showsText(dialog.get(), u"may be queued already"_s), qPrintable(visibleLabelTexts(dialog.get()).join(u'\n')));
        QVERIFY(!dialog->sendButton()->isEnabled());
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTest::keyClick(dialog.get(), Qt::Key_Return);
        QCOMPARE(dialog->step(), Step::Confirm);
        QCOMPARE(fixture.sendRequests().size(), 1);

        // The Outbox has them: the dialog says so.
        const QString draftId = Fixture::welcomeDraft().id;
        fixture.outboxAnswer = [draftId](const SeenRequest &request) {
            const QString userId = QUrlQuery(request.url).queryItemValue(u"user_id"_s);
            return Fixture::outboxOf({outboxItem(draftId, userId, std::nullopt)});
        };
        QTest::mouseClick(dialog->lookInOutboxButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(showsText(dialog.get(), u"the emails were queued"_s), kUiTimeoutMs);
        QCOMPARE(fixture.outboxRequests().size(), 1);
        const QUrlQuery asked(fixture.outboxRequests().first().url);
        QCOMPARE(asked.queryItemValue(u"user_id"_s), users.at(0).id);
        QCOMPARE(asked.queryItemValue(u"limit"_s), u"5"_s);
        QVERIFY(!dialog->sendButton()->isEnabled());

        // An email of another draft, or none: not found.
        fixture.outboxAnswer = [](const SeenRequest &request) {
            const QString userId = QUrlQuery(request.url).queryItemValue(u"user_id"_s);
            return Fixture::outboxOf({outboxItem(u"another-draft"_s, userId, std::nullopt)});
        };
        QTRY_VERIFY_WITH_TIMEOUT(dialog->lookInOutboxButton()->isEnabled(), kUiTimeoutMs);
        QTest::mouseClick(dialog->lookInOutboxButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(showsText(dialog.get(), u"no email of this draft"_s), kUiTimeoutMs);
        QVERIFY(!dialog->sendButton()->isEnabled()); // looking is not confirming

        // The confirmation turns Send on; going Back takes it away again.
        clickIndicator(dialog->sendAgainOption());
        QVERIFY(dialog->sendAgainOption()->isChecked());
        QVERIFY(dialog->sendButton()->isEnabled());
        QTest::mouseClick(dialog->backButton(), Qt::LeftButton);
        QVERIFY(review(dialog.get()));
        QVERIFY(!dialog->sendAgainOption()->isChecked());
        QVERIFY(!dialog->sendButton()->isEnabled());
        QCOMPARE(fixture.sendRequests().size(), 1);

        clickIndicator(dialog->sendAgainOption());
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Result, kUiTimeoutMs);
        QCOMPARE(fixture.sendRequests().size(), 2);
        QCOMPARE(dialog->sendAttempts(), 2);
    }

    void aScheduledSendIsCheckedInTheOutbox_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("headline");
        QTest::newRow("keeps the time") << u"schedules"_s << u"the Outbox shows them waiting until then"_s
                                        << u"The email is scheduled"_s;
        QTest::newRow("sent at once") << u"now"_s
                                      << u"This server sent the emails at once; it does not support scheduling."_s
                                      << u"The email was sent at once"_s;
        QTest::newRow("no scheduled_at_millis") << u"no key"_s
                                                << u"This server sent the emails at once; it does not support scheduling."_s
                                                << u"The email was sent at once"_s;
        QTest::newRow("outbox unreadable") << u"error"_s << u"A server too old to schedule sends at once: the Outbox shows which."_s
                                           << u"The email is scheduled"_s;
        QTest::newRow("not in the outbox") << u"empty"_s << u"A server too old to schedule sends at once: the Outbox shows which."_s
                                           << u"The email is scheduled"_s;
    }

    void aScheduledSendIsCheckedInTheOutbox()
    {
        QFETCH(QString, server);
        QFETCH(QString, expected);
        QFETCH(QString, headline);
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        const QList<api::User> users = fixture.namedUsers(2);
        const QString draftId = Fixture::welcomeDraft().id;
        fixture.outboxAnswer = [server, draftId](const SeenRequest &request) {
            const QString userId = QUrlQuery(request.url).queryItemValue(u"user_id"_s);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (server == u"schedules")
                return Fixture::outboxOf({outboxItem(draftId, userId, now + 86'400'000)});
            if (server == u"now")
                return Fixture::outboxOf({outboxItem(draftId, userId, now)});
            if (server == u"no key")
                return Fixture::outboxOf({outboxItem(draftId, userId, std::nullopt)});
            if (server == u"error")
                return FakeResponse::text(500, "Internal server error");
            return Fixture::outboxOf({});
        };
        const auto dialog = openDialog(fixture, users);
        QVERIFY(dialog);
        dialog->scheduleOption()->setChecked(true);
        dialog->scheduleField()->setDateTime(QDateTime::currentDateTime().addDays(1));
        QVERIFY(review(dialog.get()));
        // Warned before sending.
        QVERIFY2(showsText(dialog.get(), u"Servers too old to schedule send at once"_s),
                 qPrintable(confirmationText(dialog.get())));
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Result, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCheckingSchedule(), kUiTimeoutMs);
        QCOMPARE(fixture.outboxRequests().size(), 1);
        QCOMPARE(QUrlQuery(fixture.outboxRequests().first().url).queryItemValue(u"user_id"_s), users.at(0).id);
        const QString result = dialog->resultLabel()->text();
        QVERIFY2(result.contains(expected), qPrintable(result));
        QVERIFY2(!result.contains(u"Checking"_s), qPrintable(result));
        QCOMPARE(visibleLabelTexts(dialog.get()).contains(headline), true);
        QCOMPARE(fixture.sendRequests().size(), 1);
    }

    // Sent now: the Outbox is not read.
    void anImmediateSendDoesNotReadTheOutbox()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        const auto dialog = openDialog(fixture, fixture.namedUsers(1));
        QVERIFY(dialog);
        QVERIFY(review(dialog.get()));
        QVERIFY(!showsText(dialog.get(), u"Servers too old to schedule"_s));
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Result, kUiTimeoutMs);
        QVERIFY(!dialog->isCheckingSchedule());
        QVERIFY(fixture.outboxRequests().isEmpty());
    }

    void composeIsCheckedBeforeTheConfirmation()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        const auto dialog = openDialog(fixture, {});
        QVERIFY(dialog);
        // Nothing chosen: no recipients, no category.
        QTest::mouseClick(dialog->reviewButton(), Qt::LeftButton);
        QCOMPARE(dialog->step(), Step::Compose);
        QVERIFY(showsText(dialog.get(), u"Add the users who receive the email"_s));
        QVERIFY(showsText(dialog.get(), u"Choose a category"_s));

        dialog->setRecipients(fixture.namedUsers(1));
        chooseCategory(dialog.get(), u"Transactional"_s);
        dialog->scheduleOption()->setChecked(true);
        dialog->scheduleField()->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
        QTest::mouseClick(dialog->reviewButton(), Qt::LeftButton);
        QCOMPARE(dialog->step(), Step::Compose);
        QVERIFY(showsText(dialog.get(), u"Choose a time in the future"_s));
        QVERIFY(fixture.sendRequests().isEmpty());

        // Back from the confirmation keeps what was filled in.
        dialog->scheduleOption()->setChecked(false);
        QTest::mouseClick(dialog->reviewButton(), Qt::LeftButton);
        QCOMPARE(dialog->step(), Step::Confirm);
        QTest::mouseClick(dialog->backButton(), Qt::LeftButton);
        QCOMPARE(dialog->step(), Step::Compose);
        QCOMPARE(dialog->recipientsModel()->rowCount(), 1);
    }

    void offersTheProjectsDraftsWhenNoneWasSet()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        const auto dialog = openDialog(fixture, fixture.namedUsers(1), false);
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->draftChoice()->count(), 2, kUiTimeoutMs);
        QVERIFY(dialog->draftChoice()->isVisible());
        QCOMPARE(dialog->draftChoice()->currentIndex(), -1);
        QVERIFY(!dialog->reviewButton()->isEnabled());
        dialog->draftChoice()->setCurrentIndex(1);
        QVERIFY(dialog->reviewButton()->isEnabled());
        QCOMPARE(dialog->request().draftId, u"d-2"_s);
        QVERIFY(review(dialog.get()));
        QVERIFY(confirmationText(dialog.get()).contains(u"Send “Price change” to 1 user?"_s));

        // No drafts: the dialog says where to write one.
        fixture.draftsAnswer = FakeResponse::json(200, R"({"drafts":[]})");
        const auto empty = openDialog(fixture, {}, false);
        QVERIFY(empty);
        QTRY_VERIFY_WITH_TIMEOUT(showsText(empty.get(), u"no drafts yet"_s), kUiTimeoutMs);
        QVERIFY(!empty->reviewButton()->isEnabled());

        // Failed: the reason and a way to try again.
        fixture.draftsAnswer = FakeResponse::text(500, "Internal server error");
        const auto failed = openDialog(fixture, {}, false);
        QVERIFY(failed);
        QTRY_VERIFY_WITH_TIMEOUT(showsText(failed.get(), u"The drafts could not be loaded"_s), kUiTimeoutMs);
        QPushButton *again = findButton<QPushButton>(failed.get(), u"Load again"_s);
        QVERIFY(again);
        fixture.draftsAnswer = FakeResponse::json(200, R"({"drafts":[{"id":"d-9","display_name":"Only","tsx_source":""}]})");
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed->draftChoice()->count(), 1, kUiTimeoutMs);
        QCOMPARE(failed->draftChoice()->currentIndex(), 0); // the only one is chosen
    }

    void allUsersAreCountedFirst()
    {
        Fixture fixture(57);
        REQUIRE_FIXTURE(fixture);
        const auto dialog = openDialog(fixture, {});
        QVERIFY(dialog);
        clickIndicator(dialog->allUsersOption());
        QVERIFY(dialog->allUsersOption()->isChecked());
        QVERIFY(!dialog->recipientsView()->isEnabled());
        QVERIFY(review(dialog.get()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->allUsersCounter() && dialog->allUsersCounter()->isFinished(), kUiTimeoutMs);
        QVERIFY(dialog->allUsersCounter()->isComplete());
        const int all = fixture.emulator->userCount(fixture.context.project.id);
        QCOMPARE(dialog->allUsersCounter()->count(), all);
        const QString confirmation = confirmationText(dialog.get());
        QVERIFY2(confirmation.contains(u"Send “Welcome” to all %1 users of the project?"_s.arg(all)), qPrintable(confirmation));
        QVERIFY(dialog->sendButton()->isEnabled());

        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Result, kUiTimeoutMs);
        const QJsonObject body = bodyOf(fixture.sendRequests().first());
        QCOMPARE(body.value(u"all_users"_s), QJsonValue(true));
        QVERIFY(!body.contains(u"user_ids"_s));
        // The script answers no ids for all_users: every counted user is marked.
        QCOMPARE(dialog->resultsModel()->count(SendRecipient::Outcome::Missing), all);
    }

    // The same against the emulator's send-email route (its demo project has its own SMTP
    // server and three drafts): a double click queues one email per recipient, no more.
    void sendsOnceThroughTheEmulator()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        fixture.network.scripted = false;
        const QList<api::User> users = fixture.namedUsers(2);
        QCOMPARE(users.size(), 2);
        const auto dialog = openDialog(fixture, users, false);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->draftChoice()->count() >= 1, kUiTimeoutMs);
        const int newsletter = dialog->draftChoice()->findText(u"November newsletter"_s, Qt::MatchStartsWith);
        QVERIFY(newsletter >= 0);
        dialog->draftChoice()->setCurrentIndex(newsletter);
        const QString draftId = dialog->draft()->id;
        QVERIFY(review(dialog.get(), u"Marketing"_s));
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        doubleClick(dialog->sendButton());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Result, kUiTimeoutMs);
        QCOMPARE(columnTexts(*dialog->resultsModel(), SendRecipientsModel::OutcomeColumn),
                 (QStringList{u"Accepted"_s, u"Accepted"_s}));
        QCOMPARE(dialog->sendAttempts(), 1);

        api::emails::OutboxQuery query;
        query.limit = 100;
        const auto outbox = waitForJob(fixture.context.client()->send(api::emails::outbox(fixture.context.scope(), query)));
        QVERIFY(outbox);
        QStringList queuedFor;
        for (const api::OutboxEmail &email : outbox->items) {
            if (email.emailDraftId == draftId && email.createdAtMillis >= start) // not the sample history
                queuedFor << email.recipientUserId;
        }
        queuedFor.sort();
        QStringList expected{users.at(0).id, users.at(1).id};
        expected.sort();
        QCOMPARE(queuedFor, expected);
    }

    void outboxLinkWhenThePageListens()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        const auto dialog = openDialog(fixture, fixture.namedUsers(1));
        QVERIFY(dialog);
        QSignalSpy outbox(dialog.get(), &ui::SendEmailDialog::openOutboxRequested);
        QVERIFY(review(dialog.get()));
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Result, kUiTimeoutMs);
        QLabel *link = nullptr;
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(u"href=\"outbox\""_s))
                link = label;
        }
        QVERIFY(link);
        QMetaObject::invokeMethod(link, "linkActivated", Q_ARG(QString, u"outbox"_s));
        QCOMPARE(outbox.size(), 1);
        QVERIFY(!dialog->isVisible());
        // A second activation on the way out (a double click) does not open it again.
        QMetaObject::invokeMethod(link, "linkActivated", Q_ARG(QString, u"outbox"_s));
        QCOMPARE(outbox.size(), 1);
    }

    void usersPageSendsToTheSelection()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        ui::UsersPage page(fixture.context);
        page.resize(1200, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 5 && !page.model()->isLoading(), kUiTimeoutMs);
        QAction *sendEmail = page.actions()->sendDraftEmail();
        page.table()->clearSelection();
        QVERIFY(page.actions()->selection().isEmpty());
        QVERIFY(!sendEmail->isEnabled());
        QVERIFY(page.actions()->menu()->actions().contains(sendEmail));

        clickCell(page.table(), 1, models::UsersModel::NameColumn);
        QVERIFY(sendEmail->isEnabled());
        const QModelIndex fourth = page.model()->index(3, models::UsersModel::NameColumn);
        QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          page.table()->visualRect(fourth).center());
        QCOMPARE(page.actions()->selection().size(), 2);
        sendEmail->trigger();

        ui::SendEmailDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<ui::SendEmailDialog *>()) && dialog->isVisible(), kUiTimeoutMs);
        QCOMPARE(dialog->recipientsModel()->userIds(),
                 (QStringList{page.model()->rowAt(3)->id, page.model()->rowAt(1)->id}));
        QVERIFY(dialog->selectedUsersOption()->isChecked());
        // No draft was given: the project's drafts are offered.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->draftChoice()->count(), 2, kUiTimeoutMs);
        dialog->close();
    }

    void screenshots()
    {
        Fixture fixture;
        REQUIRE_FIXTURE(fixture);
        Screenshots shots;
        const QPalette light = QApplication::palette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : light);
            const QString suffix = dark ? u"-dark"_s : u"-light"_s;
            QList<api::User> users = fixture.namedUsers(3);
            users.last().primaryEmail.reset();
            fixture.sendAnswer = {};
            const auto dialog = openDialog(fixture, users);
            QVERIFY(dialog);
            QTest::keyClicks(dialog->subjectField(), u"What's new in November"_s);
            chooseCategory(dialog.get(), u"Marketing"_s);
            dialog->scheduleOption()->setChecked(true);
            QVERIFY(settledShot(shots, dialog.get(), u"send-filled"_s + suffix));
            QTest::mouseClick(dialog->reviewButton(), Qt::LeftButton);
            QCOMPARE(dialog->step(), Step::Confirm);
            QVERIFY(settledShot(shots, dialog.get(), u"send-confirm"_s + suffix));

            const QString gone = users.first().id;
            fixture.sendAnswer = [gone](const SeenRequest &) {
                return knownErrorWithDetails(400, "USER_ID_DOES_NOT_EXIST",
                                             u"The given user with the ID %1 does not exist."_s.arg(gone),
                                             QJsonObject{{u"user_id"_s, gone}});
            };
            QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->errorBanner()->isShowingError(), kUiTimeoutMs);
            QVERIFY(settledShot(shots, dialog.get(), u"send-error"_s + suffix));

            fixture.sendAnswer = [](const SeenRequest &request) {
                QJsonArray ids = bodyOf(request).value(u"user_ids"_s).toArray();
                ids.removeLast();
                QJsonArray results;
                for (const QJsonValue &id : std::as_const(ids))
                    results.append(QJsonObject{{u"user_id"_s, id}});
                return FakeResponse::json(200, QJsonDocument(QJsonObject{{u"results"_s, results}}).toJson());
            };
            QTest::mouseClick(dialog->removeMissingUserButton(), Qt::LeftButton);
            QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Result, kUiTimeoutMs);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCheckingSchedule(), kUiTimeoutMs); // it was scheduled
            QVERIFY(settledShot(shots, dialog.get(), u"send-result"_s + suffix));

            fixture.sendAnswer = [](const SeenRequest &) {
                return FakeResponse::knownError(400, "REQUIRES_CUSTOM_EMAIL_SERVER",
                                                "This action requires a custom SMTP server. Please edit your email "
                                                "server configuration and try again.");
            };
            const auto shared = openDialog(fixture, users);
            QVERIFY(shared);
            QVERIFY(review(shared.get()));
            QTest::mouseClick(shared->sendButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(shared->errorBanner()->isShowingError(), kUiTimeoutMs);
            QVERIFY(settledShot(shots, shared.get(), u"send-shared-server"_s + suffix));

            // The answer got lost, Back and Review, and the Outbox looked at.
            fixture.context.client()->options().transferTimeoutMs = 300;
            fixture.sendAnswer = [](const SeenRequest &) { return FakeResponse::hanging(); };
            fixture.outboxAnswer = [](const SeenRequest &) { return Fixture::outboxOf({}); };
            const auto lost = openDialog(fixture, users);
            QVERIFY(lost);
            QVERIFY(review(lost.get()));
            QTest::mouseClick(lost->sendButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(lost->isOutcomeUnknown(), kUiTimeoutMs);
            fixture.context.client()->options().transferTimeoutMs = 30'000;
            QTest::mouseClick(lost->backButton(), Qt::LeftButton);
            QVERIFY(review(lost.get()));
            QTest::mouseClick(lost->lookInOutboxButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(showsText(lost.get(), u"no email of this draft"_s), kUiTimeoutMs);
            QVERIFY(settledShot(shots, lost.get(), u"send-outcome-unknown"_s + suffix));
            fixture.sendAnswer = {};

            const auto everyone = openDialog(fixture, {}, false);
            QVERIFY(everyone);
            QTRY_COMPARE_WITH_TIMEOUT(everyone->draftChoice()->count(), 2, kUiTimeoutMs);
            QVERIFY(settledShot(shots, everyone.get(), u"send-drafts"_s + suffix));
            everyone->draftChoice()->setCurrentIndex(0);
            everyone->allUsersOption()->setChecked(true);
            QVERIFY(review(everyone.get()));
            QTRY_VERIFY_WITH_TIMEOUT(everyone->allUsersCounter()->isFinished(), kUiTimeoutMs);
            QVERIFY(settledShot(shots, everyone.get(), u"send-all-users"_s + suffix));
        }
        QApplication::setPalette(light);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestSendEmailDialog)
#include "tst_SendEmailDialog.moc"
