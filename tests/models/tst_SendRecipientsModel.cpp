// The recipients of an email sent from the console (SendRecipientsModel): each user once, the
// count of those without an email address, and the server's answer per recipient; and the count
// of "all users" (SendAllUsersCounter) read page by page from a scripted GET /users, up to a limit.

#include "FakeNetworkAccessManager.h"
#include "ModelTestHelpers.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "emails/SendAllUsersCounter.h"
#include "emails/SendRecipientsModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::SendAllUsersCounter;
using models::SendRecipient;
using models::SendRecipientsModel;

api::User user(const QString &id, const QString &name, const QString &email = {})
{
    api::User result;
    result.id = id;
    if (!name.isEmpty())
        result.displayName = name;
    if (!email.isEmpty())
        result.primaryEmail = email;
    return result;
}

// GET /users answered from `total` users, `limit` per page, the cursor being the next index;
// users whose index is a multiple of 4 have no email.
class FakeUsersServer
{
public:
    explicit FakeUsersServer(int total)
        : total(total)
    {
        network.setHandler([this](const SeenRequest &request) { return answer(request); });
    }

    std::unique_ptr<api::ApiClient> makeClient()
    {
        auto client = std::make_unique<api::ApiClient>(
            &network, QUrl(u"http://fake.invalid/api/v1"_s),
            std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, u"project-1"_s, u"sak_test"_s));
        client->options().maxAttempts = 1;
        return client;
    }

    FakeResponse answer(const SeenRequest &request) const
    {
        if (failAtPage >= 0 && pagesServed() == failAtPage + 1)
            return FakeResponse::knownError(500, "INTERNAL", "Boom");
        const QUrlQuery query(request.url);
        const int limit = query.queryItemValue(u"limit"_s).toInt();
        const int first = query.queryItemValue(u"cursor"_s).toInt();
        QJsonArray items;
        for (int i = first; i < std::min(total, first + limit); ++i) {
            QJsonObject item{{u"id"_s, u"user-%1"_s.arg(i)}, {u"display_name"_s, u"User %1"_s.arg(i)},
                             {u"signed_up_at_millis"_s, QJsonValue(qint64(1'700'000'000'000))}};
            item.insert(u"primary_email"_s, i % 4 == 0 ? QJsonValue() : QJsonValue(u"user%1@example.com"_s.arg(i)));
            items.append(item);
        }
        const int next = first + limit;
        QJsonObject body{{u"items"_s, items}, {u"is_paginated"_s, true}};
        body.insert(u"pagination"_s,
                    QJsonObject{{u"next_cursor"_s, next < total ? QJsonValue(QString::number(next)) : QJsonValue()}});
        return FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    int pagesServed() const { return int(network.requests().size()); }

    int total;
    int failAtPage = -1;
    FakeNetworkAccessManager network;
};

bool runToEnd(SendAllUsersCounter &counter)
{
    QSignalSpy finished(&counter, &SendAllUsersCounter::finished);
    counter.start();
    return finished.wait(5000) && finished.size() == 1;
}

} // namespace

class TestSendRecipientsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsEachUserOnceInTheOrderChosen()
    {
        SendRecipientsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUsers({user(u"a"_s, u"Ada"_s, u"ada@example.com"_s), user(u"b"_s, {}, u"bob@example.com"_s),
                        user(u"a"_s, u"Ada again"_s), user(u"c"_s, {})});
        QCOMPARE(model.userIds(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(columnTexts(model, SendRecipientsModel::UserColumn), (QStringList{u"Ada"_s, u"b"_s, u"c"_s}));
        QCOMPARE(columnTexts(model, SendRecipientsModel::EmailColumn),
                 (QStringList{u"ada@example.com"_s, u"bob@example.com"_s, u"(no email address)"_s}));
        QCOMPARE(model.withoutEmailCount(), 1);
        QCOMPARE(columnTexts(model, SendRecipientsModel::OutcomeColumn), (QStringList{QString(), QString(), QString()}));

        QCOMPARE(model.addUsers({user(u"b"_s, u"Bob"_s), user(u"d"_s, u"Dora"_s, u"d@example.com"_s)}), 1);
        QCOMPARE(model.userIds(), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        QCOMPARE(model.removeUsers({u"c"_s, u"zzz"_s, u"a"_s}), 2);
        QCOMPARE(model.userIds(), (QStringList{u"b"_s, u"d"_s}));
        QCOMPARE(model.withoutEmailCount(), 0);
        QCOMPARE(model.index(0, 0).data(SendRecipientsModel::IdRole).toString(), u"b"_s);
    }

    void marksTheServersAnswer()
    {
        SendRecipientsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUsers({user(u"a"_s, u"Ada"_s, u"ada@example.com"_s), user(u"b"_s, u"Bob"_s, u"bob@example.com"_s),
                        user(u"c"_s, u"Cy"_s)});
        // The server answers a and c, and one id the list did not hold.
        model.applyResults({u"c"_s, u"a"_s, u"x"_s});
        QCOMPARE(model.userIds(), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"x"_s}));
        QCOMPARE(columnTexts(model, SendRecipientsModel::OutcomeColumn),
                 (QStringList{u"Accepted"_s, u"Not in the server's answer"_s,
                              u"Accepted (no email address: will be skipped)"_s, u"Accepted"_s}));
        QCOMPARE(model.count(SendRecipient::Outcome::Accepted), 3);
        QCOMPARE(model.count(SendRecipient::Outcome::Missing), 1);
        QCOMPARE(model.index(1, 0).data(SendRecipientsModel::OutcomeRole).toInt(),
                 int(SendRecipient::Outcome::Missing));
        QCOMPARE(columnTexts(model, 0, SendRecipientsModel::IsMissingRole),
                 (QStringList{u"false"_s, u"true"_s, u"false"_s, u"false"_s}));
        QCOMPARE(columnTexts(model, 0, SendRecipientsModel::WillBeSkippedRole),
                 (QStringList{u"false"_s, u"false"_s, u"true"_s, u"false"_s}));
        // Known only by its id: no email claim either way.
        QCOMPARE(model.index(3, SendRecipientsModel::UserColumn).data().toString(), u"x"_s);
        QCOMPARE(model.index(3, SendRecipientsModel::EmailColumn).data().toString(), QString());
        QCOMPARE(model.withoutEmailCount(), 1);
    }

    void countsEveryUserPageByPage()
    {
        FakeUsersServer server(25);
        const auto client = server.makeClient();
        SendAllUsersCounter counter(client.get(), api::ProjectScope::project(u"project-1"_s), 100, 10);
        QSignalSpy progressed(&counter, &SendAllUsersCounter::progressed);
        QVERIFY(runToEnd(counter));
        QVERIFY(counter.isComplete());
        QVERIFY(!counter.isCapped());
        QCOMPARE(counter.count(), 25);
        QCOMPARE(counter.withoutEmailCount(), 7); // 0, 4, 8, …, 24
        QCOMPARE(server.pagesServed(), 3);
        QCOMPARE(progressed.size(), 3);
        QCOMPARE(counter.users().last().id, u"user-24"_s);
        // Anonymous (and restricted) users are counted: the server sends to them too.
        const QUrlQuery query(server.network.requests().first().url);
        QCOMPARE(query.queryItemValue(u"include_anonymous"_s), u"true"_s);
    }

    void stopsAtTheLimit()
    {
        FakeUsersServer server(50);
        const auto client = server.makeClient();
        SendAllUsersCounter counter(client.get(), api::ProjectScope::project(u"project-1"_s), 20, 15);
        QVERIFY(runToEnd(counter));
        QVERIFY(counter.isCapped());
        QVERIFY(!counter.isComplete());
        QCOMPARE(counter.count(), 20);
        // 15, then 6 (one more than the limit, to tell "exactly 20" from "more").
        QCOMPARE(server.pagesServed(), 2);
        QCOMPARE(QUrlQuery(server.network.requests().at(1).url).queryItemValue(u"limit"_s), u"6"_s);

        FakeUsersServer exact(20);
        const auto exactClient = exact.makeClient();
        SendAllUsersCounter exactCounter(exactClient.get(), api::ProjectScope::project(u"project-1"_s), 20, 15);
        QVERIFY(runToEnd(exactCounter));
        QVERIFY(exactCounter.isComplete());
        QCOMPARE(exactCounter.count(), 20);
    }

    void reportsAFailedPage()
    {
        FakeUsersServer server(30);
        server.failAtPage = 1;
        const auto client = server.makeClient();
        SendAllUsersCounter counter(client.get(), api::ProjectScope::project(u"project-1"_s), 100, 10);
        QVERIFY(runToEnd(counter));
        QVERIFY(!counter.succeeded());
        QVERIFY(counter.isFinished());
        QCOMPARE(counter.error().httpStatus, 500);

        // Cancelled: no finished() and nothing running.
        FakeUsersServer slow(30);
        const auto slowClient = slow.makeClient();
        SendAllUsersCounter cancelled(slowClient.get(), api::ProjectScope::project(u"project-1"_s), 100, 10);
        QSignalSpy finished(&cancelled, &SendAllUsersCounter::finished);
        cancelled.start();
        QVERIFY(cancelled.isRunning());
        cancelled.cancel();
        QVERIFY(!cancelled.isRunning());
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestSendRecipientsModel)
#include "tst_SendRecipientsModel.moc"
