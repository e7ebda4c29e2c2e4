// ConversationHeader driven like a person would, offscreen. Conversation requests go to a
// scripted conversation (exact request bodies, failures on demand); signing in goes to the
// emulator. "Assign to me" sends exactly one PATCH with all four metadata fields (the tags it
// already had included); priority and tags change the same way; Resolve / Reopen; one change at
// a time; the same-status refusal shown with Refresh; "Open user page"; someone else by name;
// screenshots light and dark (HEXCLAVE_SCREENSHOT_DIR). The last test runs against the
// emulator's own support routes.

#include "EnglishPlurals.h"
#include "FakeNetworkAccessManager.h"
#include "TestServer.h"
#include "UiTestHelpers.h"

#include "AppSettings.h"
#include "ProjectContext.h"
#include "endpoints/SupportEndpoints.h"
#include "pages/support/conversation/AssigneeControl.h"
#include "pages/support/conversation/ConversationHeader.h"
#include "pages/support/conversation/SomeoneElseDialog.h"
#include "pages/support/conversation/StatusControl.h"
#include "pages/support/conversation/TagsEditor.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PaletteColors.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

const models::SupportAgent kMe{u"me-1"_s, u"Mia Agent"_s};

QString isoTime(qint64 millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC).toString(Qt::ISODateWithMs);
}

// One conversation on a scripted server: applies the PATCHes as the server does (metadata sets
// all four columns, so an omitted assignee or tags is cleared) and answers the detail.
class ScriptedConversation
{
public:
    QJsonObject summary;
    QList<QJsonObject> patches; // the bodies of the PATCHes seen
    int reads = 0;
    // Answers the next PATCH with this instead of applying it.
    std::optional<FakeResponse> nextPatchAnswer;
    int patchDelayMs = 0;

    ScriptedConversation()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        summary = QJsonObject{
            {u"conversationId"_s, u"11111111-2222-4333-8444-555555555555"_s},
            {u"userId"_s, u"99999999-8888-4777-8666-555555555555"_s},
            {u"teamId"_s, QJsonValue::Null},
            {u"userDisplayName"_s, u"Ada Lovelace"_s},
            {u"userPrimaryEmail"_s, u"ada@example.com"_s},
            {u"userProfileImageUrl"_s, QJsonValue::Null},
            {u"subject"_s, u"I cannot sign in after resetting my password, and the reset link says it expired although I clicked it right away"_s},
            {u"status"_s, u"open"_s},
            {u"priority"_s, u"high"_s},
            {u"source"_s, u"chat"_s},
            {u"lastMessageType"_s, u"message"_s},
            {u"preview"_s, u"Still broken"_s},
            {u"lastActivityAt"_s, isoTime(now - 600'000)},
            {u"createdAt"_s, isoTime(now - 7'200'000)},
            {u"metadata"_s,
             QJsonObject{{u"assignedToUserId"_s, QJsonValue::Null},
                         {u"assignedToDisplayName"_s, QJsonValue::Null},
                         {u"tags"_s, QJsonArray{u"billing"_s, u"login"_s}},
                         {u"firstResponseDueAt"_s, isoTime(now - 3'600'000)},
                         {u"firstResponseAt"_s, QJsonValue::Null},
                         {u"nextResponseDueAt"_s, QJsonValue::Null},
                         {u"lastCustomerReplyAt"_s, isoTime(now - 600'000)},
                         {u"lastAgentReplyAt"_s, QJsonValue::Null}}},
        };
    }

    api::ConversationSummary parsed() const { return parseDetail(detailJson()).conversation; }

    static api::ConversationDetail parseDetail(const QByteArray &json)
    {
        return api::parseJson<api::ConversationDetail>(json);
    }

    QByteArray detailJson() const
    {
        return QJsonDocument(QJsonObject{{u"conversation"_s, summary}, {u"messages"_s, QJsonArray{}}})
            .toJson(QJsonDocument::Compact);
    }

    FakeResponse answer(const SeenRequest &request)
    {
        if (request.method == "GET") {
            ++reads;
            return FakeResponse::json(200, detailJson());
        }
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        patches << body;
        FakeResponse response = take();
        if (response.status != 0)
            return response;
        const QString type = body.value(u"type"_s).toString();
        if (type == u"status") {
            const QString status = body.value(u"status"_s).toString();
            if (status == summary.value(u"status"_s).toString())
                return delayed(FakeResponse::text(400, "Conversation is already " + status.toUtf8() + '.'));
            summary[u"status"_s] = status;
        } else if (type == u"metadata") {
            QJsonObject metadata = summary.value(u"metadata"_s).toObject();
            metadata[u"assignedToUserId"_s] = body.value(u"assignedToUserId"_s);
            metadata[u"assignedToDisplayName"_s] = body.value(u"assignedToDisplayName"_s);
            metadata[u"tags"_s] = body.contains(u"tags"_s) ? body.value(u"tags"_s) : QJsonArray();
            summary[u"metadata"_s] = metadata;
            if (body.contains(u"priority"_s))
                summary[u"priority"_s] = body.value(u"priority"_s);
        } else {
            return delayed(FakeResponse::text(400, "unexpected body"));
        }
        return delayed(FakeResponse::json(200, detailJson()));
    }

private:
    FakeResponse take()
    {
        FakeResponse none;
        none.status = 0;
        if (!nextPatchAnswer)
            return none;
        FakeResponse response = *nextPatchAnswer;
        nextPatchAnswer.reset();
        return response;
    }
    FakeResponse delayed(FakeResponse response) const
    {
        response.delayMs = patchDelayMs;
        return response;
    }
};

// Conversation requests go to the script (unless `scripted` is false); signing in and the rest
// to the emulator.
class SupportNetwork : public FakeNetworkAccessManager
{
public:
    bool scripted = true;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        if (scripted && request.url().path().contains(u"/internal/conversations"_s))
            return FakeNetworkAccessManager::createRequest(op, request, outgoingData);
        return QNetworkAccessManager::createRequest(op, request, outgoingData); // NOLINT(bugprone-parent-virtual-call)
    }
};

struct HeaderFixture
{
    explicit HeaderFixture(bool scriptedConversation = true)
    {
        network.scripted = scriptedConversation;
        network.setHandler([this](const SeenRequest &request) { return conversation.answer(request); });
        emulator::EmulatorOptions options;
        options.userCount = 5;
        emulator = std::make_unique<emulator::Emulator>(options);
        if (!emulator->start())
            return;
        const emulator::DemoAccount account = emulator->demoAccount();
        session = signInDashboard(workspace, emulator->apiRoot(), account.publishableClientKey, account.email,
                                  account.password);
        for (const api::Project &project : session->projects()) {
            if (project.id == account.projectId)
                context = {session, project, nullptr};
        }
    }

    ScriptedConversation conversation;
    SupportNetwork network;
    std::unique_ptr<emulator::Emulator> emulator;
    api::Workspace workspace{&network, nullptr, nullptr};
    api::ConnectionSession *session = nullptr;
    ui::ProjectContext context;
};

#define REQUIRE_READY(fixture) QVERIFY2((fixture).context.isValid(), "the demo project did not open")

// The header in a window of a usual pane size, shown and active.
struct Shown
{
    explicit Shown(const ui::ProjectContext &context)
        : header(new ui::ConversationHeader(context, &window))
    {
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(header);
        // What follows the header in the conversation (the composer): made after it.
        after->setObjectName(u"afterHeader"_s);
        layout->addWidget(after);
        layout->addStretch(1);
        window.resize(760, 330);
    }
    bool show()
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    QWidget window;
    ui::ConversationHeader *header;
    QLineEdit *after = new QLineEdit(&window);
};

QPushButton *assignToMe(const ui::ConversationHeader *header)
{
    return header->findChild<ui::AssigneeControl *>()->assignToMeButton();
}
QPushButton *assigneeButton(const ui::ConversationHeader *header)
{
    return header->findChild<ui::AssigneeControl *>()->menuButton();
}
ui::StatusControl *statusControl(const ui::ConversationHeader *header)
{
    return header->findChild<ui::StatusControl *>();
}
QComboBox *priorityCombo(const ui::ConversationHeader *header)
{
    return header->findChild<QComboBox *>(u"priorityCombo"_s);
}
ui::TagsEditor *tagsEditor(const ui::ConversationHeader *header)
{
    return header->findChild<ui::TagsEditor *>();
}
ui::ErrorBanner *bannerOf(const ui::ConversationHeader *header)
{
    return header->findChild<ui::ErrorBanner *>();
}
QToolButton *chip(const ui::ConversationHeader *header, const QString &tag)
{
    const auto chips = header->findChildren<QToolButton *>(u"tagChip"_s);
    for (QToolButton *button : chips) {
        if (button->property("tag").toString() == tag && button->isVisible())
            return button;
    }
    return nullptr;
}
QStringList chipTags(const ui::ConversationHeader *header)
{
    QStringList tags;
    const auto chips = header->findChildren<QToolButton *>(u"tagChip"_s);
    for (QToolButton *button : chips) {
        if (button->isVisible())
            tags << button->property("tag").toString();
    }
    return tags;
}
QAction *menuAction(QPushButton *button, const QString &text)
{
    const auto actions = button->menu()->actions();
    for (QAction *action : actions) {
        if (withoutMnemonic(action->text()) == text)
            return action;
    }
    return nullptr;
}

bool settled(const ui::ConversationHeader *header)
{
    return QTest::qWaitFor([header] { return !header->isBusy(); }, kUiTimeoutMs);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        result << item.toString();
    return result;
}

} // namespace

class TestConversationHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }

    void showsTheConversation()
    {
        HeaderFixture fixture;
        REQUIRE_READY(fixture);
        Shown shown(fixture.context);
        shown.header->setAgent(kMe);
        shown.header->setConversation(fixture.conversation.parsed());
        QVERIFY(shown.show());
        QVERIFY(showsText(shown.header, fixture.conversation.summary.value(u"subject"_s).toString()));
        QVERIFY(showsText(shown.header, u"Ada Lovelace · ada@example.com"_s));
        QVERIFY2(showsText(shown.header, u"Source: Chat · opened 2 hours ago"_s), qPrintable(visibleLabelTexts(shown.header).join(u" | ")));
        QVERIFY2(showsText(shown.header, u"First response overdue: it was due 1 hour ago."_s),
                 qPrintable(visibleLabelTexts(shown.header).join(u" | ")));
        auto *sla = shown.header->findChild<QLabel *>(u"conversationSla"_s);
        QCOMPARE(sla->palette().color(QPalette::WindowText), ui::errorTextColor(shown.header->palette())); // overdue: red
        QCOMPARE(statusControl(shown.header)->statusButton()->text(), u"Needs support"_s);
        QCOMPARE(statusControl(shown.header)->quickButton()->text(), u"Resolve"_s);
        QCOMPARE(assigneeButton(shown.header)->text(), u"Unassigned"_s);
        QVERIFY(assignToMe(shown.header)->isVisible());
        QCOMPARE(priorityCombo(shown.header)->currentText(), u"High"_s);
        QCOMPARE(chipTags(shown.header), (QStringList{u"billing"_s, u"login"_s}));
        QVERIFY(!bannerOf(shown.header)->isVisible());
        // Accessible names say what each control is about.
        QCOMPARE(statusControl(shown.header)->statusButton()->accessibleName(), u"Status: Needs support"_s);
        QCOMPARE(assigneeButton(shown.header)->accessibleName(), u"Assignee: Unassigned"_s);
        QCOMPARE(chip(shown.header, u"billing"_s)->accessibleName(), u"Remove tag billing"_s);

        shown.header->clear();
        QVERIFY(!showsText(shown.header, u"Ada Lovelace · ada@example.com"_s));
        QVERIFY(!statusControl(shown.header)->isVisible());
        QCOMPARE(fixture.network.requests().size(), 0);
    }

    void assignToMeSendsAllFourFields()
    {
        HeaderFixture fixture;
        REQUIRE_READY(fixture);
        Shown shown(fixture.context);
        shown.header->setAgent(kMe);
        shown.header->setConversation(fixture.conversation.parsed());
        QVERIFY(shown.show());
        QSignalSpy changed(shown.header, &ui::ConversationHeader::conversationChanged);

        QTest::mouseClick(assignToMe(shown.header), Qt::LeftButton);
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 1);
        const QJsonObject body = fixture.conversation.patches.first();
        QCOMPARE(body.value(u"type"_s).toString(), u"metadata"_s);
        QCOMPARE(body.value(u"projectId"_s).toString(), fixture.context.project.id);
        QCOMPARE(body.value(u"assignedToUserId"_s).toString(), kMe.userId);
        QCOMPARE(body.value(u"assignedToDisplayName"_s).toString(), kMe.displayName);
        QCOMPARE(body.value(u"priority"_s).toString(), u"high"_s);
        QCOMPARE(stringsOf(body.value(u"tags"_s)), (QStringList{u"billing"_s, u"login"_s}));
        const SeenRequest &request = fixture.network.requests().first();
        QCOMPARE(request.method, QByteArray("PATCH"));
        QVERIFY(request.url.path().endsWith(u"/internal/conversations/11111111-2222-4333-8444-555555555555"_s));

        QCOMPARE(changed.size(), 1);
        const auto detail = changed.first().first().value<api::ConversationDetail>();
        QCOMPARE(detail.conversation.metadata.assignedToUserId, kMe.userId);
        QCOMPARE(assigneeButton(shown.header)->text(), u"Mia Agent (me)"_s);
        QVERIFY(!assignToMe(shown.header)->isVisible());
        QVERIFY(assigneeButton(shown.header)->hasFocus()); // the clicked button is gone: the focus stays nearby
        QCOMPARE(chipTags(shown.header), (QStringList{u"billing"_s, u"login"_s})); // kept on the server too
    }

    void oneChangeAtATime()
    {
        HeaderFixture fixture;
        REQUIRE_READY(fixture);
        fixture.conversation.patchDelayMs = 400;
        Shown shown(fixture.context);
        shown.header->setAgent(kMe);
        shown.header->setConversation(fixture.conversation.parsed());
        QVERIFY(shown.show());

        QTest::mouseClick(statusControl(shown.header)->quickButton(), Qt::LeftButton);
        QVERIFY(shown.header->isBusy());
        QVERIFY(showsText(shown.header, u"Resolving…"_s));
        QVERIFY(!assignToMe(shown.header)->isEnabled());
        QVERIFY(!priorityCombo(shown.header)->isEnabled());
        QVERIFY(!tagsEditor(shown.header)->input()->isEnabled());
        QTest::mouseClick(assignToMe(shown.header), Qt::LeftButton); // disabled: nothing happens
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 1);
        QVERIFY(assignToMe(shown.header)->isEnabled());
        QVERIFY(!showsText(shown.header, u"Resolving…"_s));
    }

    void resolveAndReopen()
    {
        HeaderFixture fixture;
        REQUIRE_READY(fixture);
        Shown shown(fixture.context);
        shown.header->setConversation(fixture.conversation.parsed());
        QVERIFY(shown.show());
        QSignalSpy changed(shown.header, &ui::ConversationHeader::conversationChanged);

        QTest::mouseClick(statusControl(shown.header)->quickButton(), Qt::LeftButton);
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 1);
        QCOMPARE(fixture.conversation.patches.at(0),
                 (QJsonObject{{u"projectId"_s, fixture.context.project.id}, {u"type"_s, u"status"_s}, {u"status"_s, u"closed"_s}}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<api::ConversationDetail>().conversation.status, u"closed"_s);
        QCOMPARE(statusControl(shown.header)->statusButton()->text(), u"Resolved"_s);
        QCOMPARE(statusControl(shown.header)->quickButton()->text(), u"Reopen"_s);
        QVERIFY(!showsText(shown.header, u"First response overdue: it was due 1 hour ago."_s)); // no SLA once resolved

        QTest::mouseClick(statusControl(shown.header)->quickButton(), Qt::LeftButton);
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 2);
        QCOMPARE(fixture.conversation.patches.at(1).value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(statusControl(shown.header)->statusButton()->text(), u"Needs support"_s);

        // The menu: "Waiting on user" is sent; the status it already has sends nothing.
        QAction *waiting = menuAction(statusControl(shown.header)->statusButton(), u"Waiting on user"_s);
        QVERIFY(waiting);
        waiting->trigger();
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 3);
        QCOMPARE(fixture.conversation.patches.at(2).value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(statusControl(shown.header)->statusButton()->text(), u"Waiting on user"_s);
        QAction *same = menuAction(statusControl(shown.header)->statusButton(), u"Waiting on user"_s);
        same->trigger();
        QVERIFY(!shown.header->isBusy());
        QVERIFY(!shown.header->isBusy()); // a change would have started at once
        QCOMPARE(fixture.conversation.patches.size(), 3);
        QVERIFY(same->isChecked());
    }

    void sameStatusRefusalAndRefresh()
    {
        HeaderFixture fixture;
        REQUIRE_READY(fixture);
        Shown shown(fixture.context);
        shown.header->setConversation(fixture.conversation.parsed()); // shown as open…
        fixture.conversation.summary[u"status"_s] = u"closed"_s;     // …but someone resolved it meanwhile
        QVERIFY(shown.show());
        QSignalSpy changed(shown.header, &ui::ConversationHeader::conversationChanged);

        QTest::mouseClick(statusControl(shown.header)->quickButton(), Qt::LeftButton);
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 1);
        ui::ErrorBanner *banner = bannerOf(shown.header);
        QTRY_VERIFY(banner->isVisible());
        const QString texts = visibleLabelTexts(banner).join(u" | ");
        QVERIFY2(texts.contains(u"The status was not changed. Conversation is already closed. Someone changed it meanwhile; "
                                u"Refresh shows its current state."_s),
                 qPrintable(texts));
        QVERIFY2(texts.contains(u"HTTP 400"_s), qPrintable(texts));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(statusControl(shown.header)->statusButton()->text(), u"Needs support"_s);

        QPushButton *refresh = findButton<QPushButton>(banner, u"Refresh"_s);
        QVERIFY(refresh);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.reads, 1);
        QCOMPARE(fixture.conversation.patches.size(), 1); // Refresh only reads
        QCOMPARE(changed.size(), 1);
        QCOMPARE(statusControl(shown.header)->statusButton()->text(), u"Resolved"_s);
        QVERIFY(!banner->isVisible());
    }

    void failedChangeShowsTheCurrentValues()
    {
        HeaderFixture fixture;
        REQUIRE_READY(fixture);
        fixture.conversation.nextPatchAnswer = FakeResponse::knownError(400, "SCHEMA_ERROR", "priority is invalid");
        Shown shown(fixture.context);
        shown.header->setConversation(fixture.conversation.parsed());
        QVERIFY(shown.show());
        QComboBox *priority = priorityCombo(shown.header);
        priority->setFocus();
        QTest::keyClick(priority, Qt::Key_Down); // High → Urgent
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 1);
        QTRY_VERIFY(bannerOf(shown.header)->isVisible());
        const QString texts = visibleLabelTexts(bannerOf(shown.header)).join(u" | ");
        QVERIFY2(texts.contains(u"The priority was not changed. priority is invalid"_s), qPrintable(texts));
        QCOMPARE(priority->currentText(), u"High"_s); // back to what the server has
        QVERIFY(priority->hasFocus());                // the keyboard user stays where they were
    }

    void priority()
    {
        HeaderFixture fixture;
        REQUIRE_READY(fixture);
        Shown shown(fixture.context);
        shown.header->setConversation(fixture.conversation.parsed());
        QVERIFY(shown.show());
        QComboBox *priority = priorityCombo(shown.header);
        priority->setFocus();
        QTest::keyClick(priority, Qt::Key_Down); // High → Urgent
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 1);
        const QJsonObject body = fixture.conversation.patches.first();
        QCOMPARE(body.value(u"priority"_s).toString(), u"urgent"_s);
        QVERIFY(body.contains(u"assignedToUserId"_s) && body.value(u"assignedToUserId"_s).isNull());
        QCOMPARE(stringsOf(body.value(u"tags"_s)), (QStringList{u"billing"_s, u"login"_s}));
        QCOMPARE(priority->currentText(), u"Urgent"_s);
        QVERIFY(priority->hasFocus());
        // Choosing what it has sends nothing.
        Q_EMIT priority->activated(priority->currentIndex());
        QVERIFY(!shown.header->isBusy()); // a change would have started at once
        QCOMPARE(fixture.conversation.patches.size(), 1);
    }

    void tags()
    {
        HeaderFixture fixture;
        REQUIRE_READY(fixture);
        fixture.conversation.summary[u"priority"_s] = u"low"_s;
        QJsonObject metadata = fixture.conversation.summary.value(u"metadata"_s).toObject();
        metadata[u"assignedToUserId"_s] = u"agent-2"_s;
        metadata[u"assignedToDisplayName"_s] = u"Bea"_s;
        fixture.conversation.summary[u"metadata"_s] = metadata;
        Shown shown(fixture.context);
        shown.header->setKnownTags({u"billing"_s, u"bug"_s, u"feature-request"_s});
        shown.header->setConversation(fixture.conversation.parsed());
        QVERIFY(shown.show());
        QLineEdit *input = tagsEditor(shown.header)->input();

        // Several at once, trimmed and without duplicates; Enter adds.
        input->setFocus();
        QTest::keyClicks(input, u" bug , login,vip "_s);
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 1);
        QJsonObject body = fixture.conversation.patches.last();
        QCOMPARE(stringsOf(body.value(u"tags"_s)), (QStringList{u"billing"_s, u"login"_s, u"bug"_s, u"vip"_s}));
        QCOMPARE(body.value(u"assignedToUserId"_s).toString(), u"agent-2"_s);
        QCOMPARE(body.value(u"assignedToDisplayName"_s).toString(), u"Bea"_s);
        QCOMPARE(body.value(u"priority"_s).toString(), u"low"_s);
        QCOMPARE(chipTags(shown.header), (QStringList{u"billing"_s, u"login"_s, u"bug"_s, u"vip"_s}));
        QVERIFY(input->text().isEmpty());
        QVERIFY(input->hasFocus());

        // Only tags it has: nothing is sent, the field empties.
        QTest::keyClicks(input, u"login"_s);
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(!shown.header->isBusy()); // a change would have started at once
        QCOMPARE(fixture.conversation.patches.size(), 1);
        QVERIFY(input->text().isEmpty());

        // Removing a chip.
        QToolButton *billing = chip(shown.header, u"billing"_s);
        QVERIFY(billing);
        QTest::mouseClick(billing, Qt::LeftButton);
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 2);
        body = fixture.conversation.patches.last();
        QCOMPARE(stringsOf(body.value(u"tags"_s)), (QStringList{u"login"_s, u"bug"_s, u"vip"_s}));
        QCOMPARE(body.value(u"assignedToUserId"_s).toString(), u"agent-2"_s);
        QCOMPARE(body.value(u"priority"_s).toString(), u"low"_s);
        QTRY_COMPARE(chipTags(shown.header), (QStringList{u"login"_s, u"bug"_s, u"vip"_s}));

        // By keyboard: a focused chip is removed with Space, the focus stays among the tags.
        QToolButton *bug = chip(shown.header, u"bug"_s);
        bug->setFocus();
        QTest::keyClick(bug, Qt::Key_Space);
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 3);
        QTRY_COMPARE(chipTags(shown.header), (QStringList{u"login"_s, u"vip"_s}));
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused && tagsEditor(shown.header)->isAncestorOf(focused));

        // A known tag picked from the completion list is added by that one Enter.
        input->setFocus();
        QTest::keyClicks(input, u"feat"_s);
        QAbstractItemView *popup = input->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 4);
        QCOMPARE(stringsOf(fixture.conversation.patches.last().value(u"tags"_s)),
                 (QStringList{u"login"_s, u"vip"_s, u"feature-request"_s}));
        QTRY_COMPARE(chipTags(shown.header), (QStringList{u"login"_s, u"vip"_s, u"feature-request"_s}));
        QTRY_VERIFY(input->text().isEmpty());

        // A failed add keeps what was typed.
        fixture.conversation.nextPatchAnswer = FakeResponse::text(500, "boom");
        input->setFocus();
        QTest::keyClicks(input, u"refund"_s);
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 5);
        QCOMPARE(input->text(), u"refund"_s);
        QCOMPARE(chipTags(shown.header), (QStringList{u"login"_s, u"vip"_s, u"feature-request"_s}));
        QTRY_VERIFY(bannerOf(shown.header)->isVisible());
    }

    void keyboardOrder()
    {
        HeaderFixture fixture;
        REQUIRE_READY(fixture);
        Shown shown(fixture.context);
        shown.header->setAgent(kMe);
        shown.header->setConversation(fixture.conversation.parsed());
        QVERIFY(shown.show());
        const auto tabOrderFromPriority = [&shown] {
            QStringList order;
            priorityCombo(shown.header)->setFocus();
            for (int i = 0; i < 6; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QWidget *focused = QApplication::focusWidget();
                order << (focused->objectName() == u"tagChip"_s ? focused->property("tag").toString() : focused->objectName());
                if (focused == shown.after)
                    break;
            }
            return order;
        };
        // Status, its quick action, assignee, "Assign to me", priority, then the tags in order and the field.
        statusControl(shown.header)->statusButton()->setFocus();
        QStringList order;
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order, (QStringList{u"statusQuickButton"_s, u"assigneeButton"_s, u"assignToMeButton"_s, u"priorityCombo"_s}));
        QCOMPARE(tabOrderFromPriority(), (QStringList{u"billing"_s, u"login"_s, u"tagInput"_s, u"afterHeader"_s}));

        // Chips made later (a tag added) keep that order.
        QLineEdit *input = tagsEditor(shown.header)->input();
        input->setFocus();
        QTest::keyClicks(input, u"vip"_s);
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(settled(shown.header));
        QTRY_COMPARE(chipTags(shown.header), (QStringList{u"billing"_s, u"login"_s, u"vip"_s}));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(tabOrderFromPriority(), (QStringList{u"billing"_s, u"login"_s, u"vip"_s, u"tagInput"_s, u"afterHeader"_s}));
    }

    void assigneeMenu()
    {
        HeaderFixture fixture;
        REQUIRE_READY(fixture);
        Shown shown(fixture.context);
        shown.header->setAgent(kMe);
        shown.header->setKnownAssignees({kMe, {u"agent-2"_s, u"Bea"_s}, {u"agent-3"_s, u"Cy"_s}});
        shown.header->setConversation(fixture.conversation.parsed());
        QVERIFY(shown.show());
        QPushButton *button = assigneeButton(shown.header);
        QVERIFY(menuAction(button, u"Assign to me (Mia Agent)"_s));
        QVERIFY(!menuAction(button, u"Mia Agent"_s)); // "me" is not listed twice
        QVERIFY(!menuAction(button, u"Unassign"_s)->isEnabled());

        menuAction(button, u"Bea"_s)->trigger();
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 1);
        QCOMPARE(fixture.conversation.patches.last().value(u"assignedToUserId"_s).toString(), u"agent-2"_s);
        QCOMPARE(fixture.conversation.patches.last().value(u"assignedToDisplayName"_s).toString(), u"Bea"_s);
        QCOMPARE(stringsOf(fixture.conversation.patches.last().value(u"tags"_s)), (QStringList{u"billing"_s, u"login"_s}));
        QCOMPARE(button->text(), u"Bea"_s);
        QVERIFY(menuAction(button, u"Bea"_s)->isChecked());
        menuAction(button, u"Bea"_s)->trigger(); // already hers: nothing is sent
        QVERIFY(!shown.header->isBusy()); // a change would have started at once
        QCOMPARE(fixture.conversation.patches.size(), 1);

        // Someone else, by name only.
        menuAction(button, u"Someone else…"_s)->trigger();
        ui::SomeoneElseDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shown.header->findChild<ui::SomeoneElseDialog *>()) && dialog->isVisible());
        QPushButton *assign = findButton<QPushButton>(dialog, u"Assign"_s);
        QVERIFY(!assign->isEnabled());
        QTest::keyClicks(dialog->nameField(), u"  Dana from billing "_s);
        QVERIFY(assign->isEnabled());
        QTest::mouseClick(assign, Qt::LeftButton);
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 2);
        QJsonObject body = fixture.conversation.patches.last();
        QVERIFY(body.contains(u"assignedToUserId"_s) && body.value(u"assignedToUserId"_s).isNull());
        QCOMPARE(body.value(u"assignedToDisplayName"_s).toString(), u"Dana from billing"_s);
        QCOMPARE(button->text(), u"Dana from billing"_s);

        // Unassign clears both and keeps priority and tags.
        menuAction(button, u"Unassign"_s)->trigger();
        QVERIFY(settled(shown.header));
        QCOMPARE(fixture.conversation.patches.size(), 3);
        body = fixture.conversation.patches.last();
        QVERIFY(body.value(u"assignedToUserId"_s).isNull() && body.value(u"assignedToDisplayName"_s).isNull());
        QCOMPARE(body.value(u"priority"_s).toString(), u"high"_s);
        QCOMPARE(stringsOf(body.value(u"tags"_s)), (QStringList{u"billing"_s, u"login"_s}));
        QCOMPARE(button->text(), u"Unassigned"_s);
    }

    void openUserPage()
    {
        HeaderFixture fixture;
        REQUIRE_READY(fixture);
        Shown shown(fixture.context);
        shown.header->setConversation(fixture.conversation.parsed());
        QVERIFY(shown.show());
        QSignalSpy open(shown.header, &ui::ConversationHeader::openUserRequested);
        QPushButton *button = findButton<QPushButton>(shown.header, u"Open user page"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), u"99999999-8888-4777-8666-555555555555"_s);
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(open.size(), 2);

        // A conversation without a user has no user page.
        fixture.conversation.summary[u"userId"_s] = QJsonValue::Null;
        fixture.conversation.summary[u"userDisplayName"_s] = QJsonValue::Null;
        fixture.conversation.summary[u"userPrimaryEmail"_s] = QJsonValue::Null;
        shown.header->setConversation(fixture.conversation.parsed());
        QVERIFY(!findButton<QPushButton>(shown.header, u"Open user page"_s));
        QVERIFY(showsText(shown.header, u"No user"_s));
    }

    void anotherConversationDropsALateAnswer()
    {
        HeaderFixture fixture;
        REQUIRE_READY(fixture);
        fixture.conversation.patchDelayMs = 300;
        Shown shown(fixture.context);
        shown.header->setAgent(kMe);
        shown.header->setConversation(fixture.conversation.parsed());
        QVERIFY(shown.show());
        QSignalSpy changed(shown.header, &ui::ConversationHeader::conversationChanged);
        api::ConversationSummary other = fixture.conversation.parsed();
        other.conversationId = u"other"_s;
        other.subject = u"Another one"_s;
        QTest::mouseClick(assignToMe(shown.header), Qt::LeftButton);
        QVERIFY(shown.header->isBusy());
        shown.header->setConversation(other);
        QVERIFY(!shown.header->isBusy());
        QVERIFY(assignToMe(shown.header)->isEnabled());
        QTest::qWait(600); // the late answer (300 ms) arrives meanwhile; nothing else shows that it was dropped
        QCOMPARE(changed.size(), 0);
        QVERIFY(showsText(shown.header, u"Another one"_s));
        QCOMPARE(assigneeButton(shown.header)->text(), u"Unassigned"_s);
    }

    void screenshots()
    {
        HeaderFixture fixture;
        REQUIRE_READY(fixture);
        QJsonObject metadata = fixture.conversation.summary.value(u"metadata"_s).toObject();
        metadata[u"tags"_s] = QJsonArray{u"billing"_s, u"login"_s, u"feature-request"_s, u"vip"_s, u"password-reset"_s};
        fixture.conversation.summary[u"metadata"_s] = metadata;
        fixture.conversation.nextPatchAnswer = FakeResponse::text(400, "Conversation is already closed.");
        const Screenshots screenshots;
        for (const bool dark : {false, true}) {
            const QPalette original = QApplication::palette();
            if (dark)
                QApplication::setPalette(darkPalette());
            {
                Shown shown(fixture.context);
                shown.header->setAgent(kMe);
                shown.header->setKnownAssignees({{u"agent-2"_s, u"Bea"_s}});
                shown.header->setConversation(fixture.conversation.parsed());
                QVERIFY(shown.show());
                if (dark) {
                    QTest::mouseClick(statusControl(shown.header)->quickButton(), Qt::LeftButton);
                    QVERIFY(settled(shown.header));
                    QTRY_VERIFY(bannerOf(shown.header)->isVisible());
                }
                QCoreApplication::processEvents(); // let the layout settle
                QVERIFY(screenshots.save(&shown.window, dark ? u"conversation-header-dark"_s : u"conversation-header-light"_s));
                // A narrow pane: the controls wrap instead of widening it.
                shown.window.resize(420, 560);
                QCoreApplication::processEvents(); // let the layout settle
                QVERIFY(shown.header->minimumSizeHint().width() <= 420);
                QCOMPARE(shown.header->width(), 420);
                QVERIFY(screenshots.save(&shown.window, dark ? u"conversation-header-narrow-dark"_s : u"conversation-header-narrow-light"_s));
            }
            QApplication::setPalette(original);
        }
    }

    void againstTheEmulator()
    {
        HeaderFixture fixture(false);
        REQUIRE_READY(fixture);
        api::ApiClient *client = fixture.context.client();
        api::support::ConversationQuery query;
        query.projectId = fixture.context.project.id;
        query.status = u"open"_s;
        auto *list = client->send(api::support::conversations(query));
        std::optional<api::ConversationList> answer;
        api::ApiError error;
        connect(list, &api::ApiJob::finished, this, [list, &answer, &error] { // the job deletes itself afterwards
            if (list->succeeded())
                answer = list->value();
            error = list->error();
        });
        QVERIFY2(QTest::qWaitFor([&answer, &error] { return answer || error.isError(); }, kUiTimeoutMs), "no answer");
        QVERIFY2(answer, qPrintable(error.describe()));
        QVERIFY(!answer->conversations.isEmpty());
        api::ConversationSummary summary = answer->conversations.first();
        const QStringList tagsBefore = summary.metadata.tags;
        const QString priorityBefore = summary.priority;
        const models::SupportAgent me{fixture.emulator->dashboardUserId(), u"Demo Agent"_s};
        Shown shown(fixture.context);
        shown.header->setAgent(me);
        shown.header->setConversation(summary);
        QVERIFY(shown.show());
        QSignalSpy changed(shown.header, &ui::ConversationHeader::conversationChanged);

        if (!assignToMe(shown.header)->isVisible()) { // already mine: unassign first
            menuAction(assigneeButton(shown.header), u"Unassign"_s)->trigger();
            QVERIFY(settled(shown.header));
            QVERIFY2(!bannerOf(shown.header)->isVisible(), qPrintable(visibleLabelTexts(shown.header).join(u" | ")));
        }
        QTest::mouseClick(assignToMe(shown.header), Qt::LeftButton);
        QVERIFY(settled(shown.header));
        QVERIFY2(!bannerOf(shown.header)->isVisible(), qPrintable(visibleLabelTexts(shown.header).join(u" | ")));
        QVERIFY(!changed.isEmpty());
        api::ConversationDetail detail = changed.last().first().value<api::ConversationDetail>();
        QCOMPARE(detail.conversation.metadata.assignedToUserId, me.userId);
        QCOMPARE(detail.conversation.metadata.tags, tagsBefore); // not cleared by the PATCH
        QCOMPARE(detail.conversation.priority, priorityBefore);

        // Resolve, then the same status again from a stale copy: the server's refusal is shown.
        QTest::mouseClick(statusControl(shown.header)->quickButton(), Qt::LeftButton);
        QVERIFY(settled(shown.header));
        detail = changed.last().first().value<api::ConversationDetail>();
        QCOMPARE(detail.conversation.status, u"closed"_s);
        QCOMPARE(statusControl(shown.header)->statusButton()->text(), u"Resolved"_s);
        shown.header->setConversation(summary); // stale: still open
        QTest::mouseClick(statusControl(shown.header)->quickButton(), Qt::LeftButton);
        QVERIFY(settled(shown.header));
        QTRY_VERIFY(bannerOf(shown.header)->isVisible());
        QVERIFY2(visibleLabelTexts(bannerOf(shown.header)).join(u' ').contains(u"Conversation is already closed."_s),
                 qPrintable(visibleLabelTexts(bannerOf(shown.header)).join(u" | ")));
        QTest::mouseClick(findButton<QPushButton>(bannerOf(shown.header), u"Refresh"_s), Qt::LeftButton);
        QVERIFY(settled(shown.header));
        QCOMPARE(statusControl(shown.header)->statusButton()->text(), u"Resolved"_s);
    }

private:
    EnglishPlurals m_plurals;
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestConversationHeader)
#include "tst_ConversationHeader.moc"
