// ReplySender over a scripted server: a reply or note is sent exactly once (one PATCH), a
// refusal keeps it unsent, and after a lost answer (timeout, dropped connection, 5xx) the
// thread is re-read to tell whether the message arrived — never sent again by itself. A second
// send while one is in flight is refused.

#include "FakeNetworkAccessManager.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "support/ReplySender.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using models::ReplySender;
using Outcome = ReplySender::Outcome;

namespace {

const QString projectId = u"6fbbf22e-0000-4000-8000-000000000001"_s;
const QString conversationId = u"c0ffee00-0000-4000-8000-000000000002"_s;

QString iso(qint64 millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject messageJson(const QString &id, const QString &type, const QString &senderType, const QString &body,
                        qint64 at)
{
    return {
        {u"id"_s, id},
        {u"conversationId"_s, conversationId},
        {u"messageType"_s, type},
        {u"body"_s, body},
        {u"attachments"_s, QJsonArray()},
        {u"metadata"_s, QJsonValue::Null},
        {u"createdAt"_s, iso(at)},
        {u"sender"_s,
         QJsonObject{{u"type"_s, senderType},
                     {u"id"_s, senderType == u"user" ? u"user-1"_s : u"agent-1"_s},
                     {u"displayName"_s, senderType == u"user" ? u"Ada"_s : u"Priya"_s},
                     {u"primaryEmail"_s, QJsonValue::Null}}},
    };
}

QByteArray detailJson(const QString &status, const QJsonArray &messages)
{
    const QJsonObject conversation{
        {u"conversationId"_s, conversationId},
        {u"userId"_s, u"user-1"_s},
        {u"teamId"_s, QJsonValue::Null},
        {u"userDisplayName"_s, u"Ada"_s},
        {u"userPrimaryEmail"_s, u"ada@example.com"_s},
        {u"userProfileImageUrl"_s, QJsonValue::Null},
        {u"subject"_s, u"Cannot sign in"_s},
        {u"status"_s, status},
        {u"priority"_s, u"normal"_s},
        {u"source"_s, u"chat"_s},
        {u"lastMessageType"_s, u"message"_s},
        {u"preview"_s, u"…"_s},
        {u"lastActivityAt"_s, iso(QDateTime::currentMSecsSinceEpoch())},
        {u"metadata"_s, QJsonObject{{u"assignedToUserId"_s, QJsonValue::Null},
                                    {u"assignedToDisplayName"_s, QJsonValue::Null},
                                    {u"tags"_s, QJsonArray()},
                                    {u"firstResponseDueAt"_s, QJsonValue::Null},
                                    {u"firstResponseAt"_s, QJsonValue::Null},
                                    {u"nextResponseDueAt"_s, QJsonValue::Null},
                                    {u"lastCustomerReplyAt"_s, QJsonValue::Null},
                                    {u"lastAgentReplyAt"_s, QJsonValue::Null}}},
    };
    return QJsonDocument(QJsonObject{{u"conversation"_s, conversation}, {u"messages"_s, messages}})
        .toJson(QJsonDocument::Compact);
}

const qint64 longAgo = QDateTime::currentMSecsSinceEpoch() - 3600'000;

QJsonArray threadBefore()
{
    return {messageJson(u"m1"_s, u"message"_s, u"user"_s, u"I cannot sign in"_s, longAgo)};
}

QJsonArray threadWith(const QString &type, const QString &body, qint64 at = QDateTime::currentMSecsSinceEpoch())
{
    QJsonArray messages = threadBefore();
    messages.append(messageJson(u"m2"_s, type, u"agent"_s, body, at));
    return messages;
}

// A scripted support server: PATCH answers `patchAnswer`, GET the detail answers `getAnswer`.
struct ScriptedServer
{
    ScriptedServer()
    {
        network.setHandler([this](const SeenRequest &seen) {
            if (seen.method == "PATCH")
                return patchAnswer;
            return getAnswer;
        });
        auto authenticator = std::make_unique<api::DashboardAuthenticator>(u"pck_test"_s);
        authenticator->setTokens(u"access"_s, QString());
        client = std::make_unique<api::ApiClient>(&network, QUrl(u"http://fake.invalid/api/v1"_s),
                                                  std::move(authenticator));
        client->options().retryBaseDelayMs = 1;
        client->options().transferTimeoutMs = 300;
    }

    int count(const QByteArray &method) const
    {
        int n = 0;
        for (const SeenRequest &seen : network.requests())
            n += seen.method == method ? 1 : 0;
        return n;
    }

    QJsonObject patchBody(int index = 0) const
    {
        for (const SeenRequest &seen : network.requests()) {
            if (seen.method == "PATCH" && index-- == 0)
                return QJsonDocument::fromJson(seen.body).object();
        }
        return {};
    }

    FakeNetworkAccessManager network;
    std::unique_ptr<api::ApiClient> client;
    FakeResponse patchAnswer;
    FakeResponse getAnswer;
};

ReplySender::Result sendAndWait(ReplySender &sender, ReplySender::Kind kind, const QString &body)
{
    QSignalSpy finished(&sender, &ReplySender::finished);
    if (!sender.send(conversationId, kind, body))
        return {};
    if (!finished.wait(5000))
        return {};
    return finished.first().first().value<ReplySender::Result>();
}

} // namespace

class TestReplySender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentOnceAndAnswersTheThread()
    {
        ScriptedServer server;
        server.patchAnswer = FakeResponse::json(200, detailJson(u"pending"_s, threadWith(u"message"_s, u"Try again"_s)));
        ReplySender sender(server.client.get(), projectId);
        QSignalSpy busy(&sender, &ReplySender::busyChanged);

        const auto result = sendAndWait(sender, ReplySender::Kind::Reply, u"Try again"_s);
        QCOMPARE(result.outcome, Outcome::Sent);
        QVERIFY(result.wasSent());
        QVERIFY(result.detail);
        QCOMPARE(result.detail->conversation.status, u"pending"_s);
        QCOMPARE(result.detail->messages.size(), 2);
        QCOMPARE(server.count("PATCH"), 1);
        QCOMPARE(server.count("GET"), 0);
        const QJsonObject body = server.patchBody();
        QCOMPARE(body.value(u"type"_s).toString(), u"reply"_s);
        QCOMPARE(body.value(u"body"_s).toString(), u"Try again"_s);
        QCOMPARE(body.value(u"projectId"_s).toString(), projectId);
        QCOMPARE(busy.size(), 2);
        QVERIFY(!sender.isBusy());
    }

    void noteIsSentAsInternalNote()
    {
        ScriptedServer server;
        server.patchAnswer =
            FakeResponse::json(200, detailJson(u"open"_s, threadWith(u"internal-note"_s, u"VIP, be quick"_s)));
        ReplySender sender(server.client.get(), projectId);
        const auto result = sendAndWait(sender, ReplySender::Kind::InternalNote, u"VIP, be quick"_s);
        QCOMPARE(result.outcome, Outcome::Sent);
        QCOMPARE(server.patchBody().value(u"type"_s).toString(), u"internal-note"_s);
        QCOMPARE(server.count("PATCH"), 1);
    }

    void refusalIsNotSentAndNotChecked()
    {
        ScriptedServer server;
        server.patchAnswer = FakeResponse::knownError(400, "SCHEMA_ERROR", "body must not be empty");
        ReplySender sender(server.client.get(), projectId);
        const auto result = sendAndWait(sender, ReplySender::Kind::Reply, u"Hello"_s);
        QCOMPARE(result.outcome, Outcome::Refused);
        QVERIFY(!result.wasSent());
        QCOMPARE(result.error.httpStatus, 400);
        QCOMPARE(result.body, u"Hello"_s);
        QCOMPARE(server.count("PATCH"), 1);
        QCOMPARE(server.count("GET"), 0);
    }

    void timeoutButTheReplyArrived()
    {
        ScriptedServer server;
        server.patchAnswer = FakeResponse::hanging();
        // The server stored it (trimmed) before the answer was lost.
        server.getAnswer = FakeResponse::json(200, detailJson(u"pending"_s, threadWith(u"message"_s, u"Try again"_s)));
        ReplySender sender(server.client.get(), projectId);
        QSignalSpy checking(&sender, &ReplySender::checkingStarted);

        const auto result = sendAndWait(sender, ReplySender::Kind::Reply, u"Try again\n"_s);
        QCOMPARE(result.outcome, Outcome::Arrived);
        QVERIFY(result.wasSent());
        QCOMPARE(result.error.kind, api::ApiError::Kind::Timeout);
        QVERIFY(result.detail);
        QCOMPARE(result.detail->messages.size(), 2);
        QCOMPARE(checking.size(), 1);
        QCOMPARE(server.count("PATCH"), 1);
        QCOMPARE(server.count("GET"), 1);
    }

    void timeoutAndTheReplyDidNotArrive()
    {
        ScriptedServer server;
        server.patchAnswer = FakeResponse::hanging();
        server.getAnswer = FakeResponse::json(200, detailJson(u"open"_s, threadBefore()));
        ReplySender sender(server.client.get(), projectId);

        const auto result = sendAndWait(sender, ReplySender::Kind::Reply, u"Try again"_s);
        QCOMPARE(result.outcome, Outcome::NotSent);
        QVERIFY(!result.wasSent());
        QCOMPARE(result.body, u"Try again"_s);
        QCOMPARE(server.count("PATCH"), 1);
        QCOMPARE(server.count("GET"), 1);
        // Nothing else follows (a short bounded wait on the recorded count).
        QVERIFY(!QTest::qWaitFor([&server] { return server.count("PATCH") > 1; }, 100));
    }

    void clientGoingAwayMidSendIsUnknownWithoutARead()
    {
        ScriptedServer server;
        server.patchAnswer = FakeResponse::hanging();
        server.getAnswer = FakeResponse::json(200, detailJson(u"open"_s, threadBefore()));
        ReplySender sender(server.client.get(), projectId);
        QSignalSpy finished(&sender, &ReplySender::finished);
        QVERIFY(sender.send(conversationId, ReplySender::Kind::Reply, u"Hi"_s));
        QVERIFY(sender.isBusy());

        server.client.reset(); // the connection is removed (or the app closes) while the PATCH is in flight
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<ReplySender::Result>();
        QCOMPARE(result.outcome, Outcome::Unknown);
        QCOMPARE(result.error.kind, api::ApiError::Kind::Cancelled);
        QVERIFY(!result.detail);
        QVERIFY(!sender.isBusy());
        QCOMPARE(server.count("GET"), 0); // no re-read through a client that is gone

        // Without a client nothing is sent at all.
        QVERIFY(!sender.send(conversationId, ReplySender::Kind::Reply, u"Hi"_s));
    }

    void serverErrorIsAnUnknownOutcome()
    {
        ScriptedServer server;
        server.patchAnswer = FakeResponse::text(502, "Bad gateway");
        server.getAnswer = FakeResponse::json(200, detailJson(u"open"_s, threadBefore()));
        ReplySender sender(server.client.get(), projectId);
        const auto result = sendAndWait(sender, ReplySender::Kind::Reply, u"Hi"_s);
        QCOMPARE(result.outcome, Outcome::NotSent);
        QCOMPARE(result.error.httpStatus, 502);
        QCOMPARE(server.count("PATCH"), 1); // a PATCH is never retried by the client
    }

    void checkFailingTooLeavesTheOutcomeUnknown()
    {
        ScriptedServer server;
        server.patchAnswer = FakeResponse::failure(QNetworkReply::RemoteHostClosedError);
        server.getAnswer = FakeResponse::failure(QNetworkReply::ConnectionRefusedError);
        ReplySender sender(server.client.get(), projectId);
        const auto result = sendAndWait(sender, ReplySender::Kind::Reply, u"Hi"_s);
        QCOMPARE(result.outcome, Outcome::Unknown);
        QCOMPARE(result.error.kind, api::ApiError::Kind::Network);
        QCOMPARE(result.checkError.kind, api::ApiError::Kind::Network);
        QVERIFY(!result.detail);
        QCOMPARE(server.count("PATCH"), 1);
    }

    void secondSendWhileInFlightIsRefused()
    {
        ScriptedServer server;
        FakeResponse slow = FakeResponse::json(200, detailJson(u"pending"_s, threadWith(u"message"_s, u"Once"_s)));
        slow.delayMs = 150;
        server.patchAnswer = slow;
        ReplySender sender(server.client.get(), projectId);
        QSignalSpy finished(&sender, &ReplySender::finished);

        QVERIFY(sender.send(conversationId, ReplySender::Kind::Reply, u"Once"_s));
        QVERIFY(sender.isBusy());
        QVERIFY(!sender.send(conversationId, ReplySender::Kind::Reply, u"Once"_s));
        QVERIFY(!sender.send(conversationId, ReplySender::Kind::InternalNote, u"Other"_s));
        QVERIFY(finished.wait(5000));
        QVERIFY(!QTest::qWaitFor([&finished] { return finished.size() > 1; }, 50));
        QCOMPARE(server.count("PATCH"), 1);
        QVERIFY(!sender.isBusy());
    }

    void blankBodyIsNotSent()
    {
        ScriptedServer server;
        ReplySender sender(server.client.get(), projectId);
        QVERIFY(!sender.send(conversationId, ReplySender::Kind::Reply, u"  \n "_s));
        QVERIFY(!sender.send(QString(), ReplySender::Kind::Reply, u"text"_s));
        QCOMPARE(server.network.requests().size(), 0);
    }

    void containsMessageMatchesKindBodyAndTime()
    {
        const qint64 sentAt = 1'800'000'000'000;
        api::ConversationDetail detail;
        api::ConversationMessage customerSays;
        customerSays.id = u"1"_s;
        customerSays.messageType = u"message"_s;
        customerSays.sender.type = u"user"_s;
        customerSays.body = u"Thanks"_s;
        customerSays.createdAtMillis = sentAt + 1000;
        detail.messages = {customerSays};
        // The customer's message with the same words is not ours.
        QVERIFY(!ReplySender::containsMessage(detail, ReplySender::Kind::Reply, u"Thanks"_s, sentAt));

        api::ConversationMessage reply = customerSays;
        reply.sender.type = u"agent"_s;
        detail.messages = {reply};
        QVERIFY(ReplySender::containsMessage(detail, ReplySender::Kind::Reply, u" Thanks \n"_s, sentAt));
        QVERIFY(!ReplySender::containsMessage(detail, ReplySender::Kind::InternalNote, u"Thanks"_s, sentAt));
        QVERIFY(!ReplySender::containsMessage(detail, ReplySender::Kind::Reply, u"Thanks!"_s, sentAt));

        // An older reply with the same words (sent earlier, outside the clock allowance) does not count.
        detail.messages.first().createdAtMillis = sentAt - ReplySender::clockSkewMillis - 1;
        QVERIFY(!ReplySender::containsMessage(detail, ReplySender::Kind::Reply, u"Thanks"_s, sentAt));
        detail.messages.first().createdAtMillis = sentAt - ReplySender::clockSkewMillis;
        QVERIFY(ReplySender::containsMessage(detail, ReplySender::Kind::Reply, u"Thanks"_s, sentAt));

        // A repeated short "Thanks" must be newer than the thread's last message at send time:
        // the earlier one is not mistaken for this send.
        detail.messages.first().createdAtMillis = sentAt + 1000;
        QVERIFY(!ReplySender::containsMessage(detail, ReplySender::Kind::Reply, u"Thanks"_s, sentAt, sentAt + 1000));
        QVERIFY(ReplySender::containsMessage(detail, ReplySender::Kind::Reply, u"Thanks"_s, sentAt, sentAt + 999));
    }

    void checkIgnoresTheSameTextFromBeforeTheSend()
    {
        ScriptedServer server;
        server.patchAnswer = FakeResponse::hanging();
        // The thread as re-read holds an earlier "Thanks!" only: the last message when sending.
        const qint64 lastAt = QDateTime::currentMSecsSinceEpoch() - 2000;
        server.getAnswer = FakeResponse::json(200, detailJson(u"open"_s, threadWith(u"message"_s, u"Thanks!"_s, lastAt)));
        ReplySender sender(server.client.get(), projectId);
        sender.setClock([lastAt] { return lastAt + 1000; }); // sent a second after it
        QSignalSpy finished(&sender, &ReplySender::finished);
        QVERIFY(sender.send(conversationId, ReplySender::Kind::Reply, u"Thanks!"_s, lastAt));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<ReplySender::Result>().outcome, Outcome::NotSent);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestReplySender)
#include "tst_ReplySender.moc"
