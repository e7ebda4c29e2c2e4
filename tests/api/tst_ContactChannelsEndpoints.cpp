// The contact-channel endpoints against the TestServer with an admin key, on a scratch user:
// list (the primary email is a channel), add, change flags, send a verification mail, delete.

#include "ApiTestHelpers.h"
#include "ScratchUsers.h"
#include "TestServer.h"

#include "core/ApiClient.h"
#include "endpoints/ContactChannelsEndpoints.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace channels = api::contactChannels;

const QString kCallbackUrl = TestServer::callbackUrl(u"/handler/email-verification"_s);
using api::ContactChannel;

class TestContactChannelsEndpoints : public ScratchUserTestCase
{
    Q_OBJECT

private:
    QList<ContactChannel> listOf(const QString &userId, bool *ok)
    {
        JobOutcome listed(m_client->send(channels::list(scope(), userId)));
        *ok = listed.waitFinished() && listed.succeeded();
        return listed.value().items;
    }

private Q_SLOTS:
    void lifecycle()
    {
        const auto user = m_users->create(u"channels"_s);
        QVERIFY(user);
        bool ok = false;
        const QList<ContactChannel> initial = listOf(user->id, &ok);
        QVERIFY(ok);
        QCOMPARE(initial.size(), 1); // the primary email
        QCOMPARE(initial.first().value, *user->primaryEmail);
        QVERIFY(initial.first().isPrimary);
        QVERIFY(initial.first().isVerified);
        QVERIFY(initial.first().usedForAuth);

        channels::NewContactChannel added;
        added.userId = user->id;
        added.value = TestServer::uniqueName(u"second"_s).toLower() + u"@example.com"_s;
        added.usedForAuth = false;
        added.isVerified = false;
        JobOutcome created(m_client->send(channels::create(scope(), added)));
        HEXCLAVE_WAIT_JOB(created);
        QVERIFY2(created.succeeded(), qPrintable(created.error().userMessage()));
        QCOMPARE(created.httpStatus(), 201);
        QCOMPARE(created.value().value, added.value);
        QCOMPARE(created.value().type, u"email"_s);
        QVERIFY(!created.value().isPrimary);
        QVERIFY(!created.value().isVerified);

        channels::ContactChannelPatch patch;
        patch.isVerified = true;
        JobOutcome verified(m_client->send(channels::update(scope(), user->id, created.value().id, patch)));
        HEXCLAVE_WAIT_JOB(verified);
        QVERIFY2(verified.succeeded(), qPrintable(verified.error().userMessage()));
        QVERIFY(verified.value().isVerified);
        QCOMPARE(verified.value().value, added.value); // untouched

        JobOutcome sent(m_client->send(channels::sendVerification(scope(), user->id, initial.first().id,
                                                                    kCallbackUrl)));
        HEXCLAVE_WAIT_JOB(sent);
        // The primary channel is verified already: the server refuses to send a code for it.
        QVERIFY(!sent.succeeded());
        QCOMPARE(sent.error().code, u"EMAIL_ALREADY_VERIFIED"_s);
        QCOMPARE(sent.error().httpStatus, 409);

        channels::ContactChannelPatch unverify;
        unverify.isVerified = false;
        JobOutcome unverified(m_client->send(channels::update(scope(), user->id, created.value().id, unverify)));
        HEXCLAVE_WAIT_JOB(unverified);
        QVERIFY2(unverified.succeeded(), qPrintable(unverified.error().userMessage()));
        JobOutcome resent(m_client->send(channels::sendVerification(scope(), user->id, created.value().id,
                                                                      kCallbackUrl)));
        HEXCLAVE_WAIT_JOB(resent);
        QVERIFY2(resent.succeeded(), qPrintable(resent.error().userMessage()));

        JobOutcome removed(m_client->send(channels::remove(scope(), user->id, created.value().id)));
        HEXCLAVE_WAIT_JOB(removed);
        QVERIFY2(removed.succeeded(), qPrintable(removed.error().userMessage()));
        const QList<ContactChannel> after = listOf(user->id, &ok);
        QVERIFY(ok);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().id, initial.first().id);
    }

    // The server does not check the user when listing (contact-channels/crud.tsx): nothing is listed.
    void unknownUserHasNoChannels()
    {
        JobOutcome listed(m_client->send(channels::list(scope(), u"3241a285-8329-4d69-8f3d-316e08cf140c"_s)));
        HEXCLAVE_WAIT_JOB(listed);
        QVERIFY2(listed.succeeded(), qPrintable(listed.error().userMessage()));
        QVERIFY(listed.value().items.isEmpty());
    }

    void requestShapes()
    {
        const auto scopeP = api::ProjectScope::project(u"p"_s);
        channels::NewContactChannel added;
        added.userId = u"u1"_s;
        added.value = u"a@example.com"_s;
        added.usedForAuth = true;
        added.isPrimary = false;
        const api::ApiRequest create = channels::create(scopeP, added).request;
        QCOMPARE(create.path, u"/contact-channels"_s);
        QCOMPARE(create.body,
                 QByteArray(R"({"user_id":"u1","type":"email","value":"a@example.com","used_for_auth":true,"is_primary":false})"));
        channels::ContactChannelPatch patch;
        patch.isPrimary = true;
        const api::ApiRequest update = channels::update(scopeP, u"u1"_s, u"c1"_s, patch).request;
        QCOMPARE(update.method, api::HttpMethod::Patch);
        QCOMPARE(update.path, u"/contact-channels/u1/c1"_s);
        QCOMPARE(update.body, QByteArray(R"({"is_primary":true})"));
        const api::ApiRequest send = channels::sendVerification(scopeP, u"u1"_s, u"c1"_s, u"x"_s).request;
        QCOMPARE(send.path, u"/contact-channels/u1/c1/send-verification-code"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestContactChannelsEndpoints)
#include "tst_ContactChannelsEndpoints.moc"
