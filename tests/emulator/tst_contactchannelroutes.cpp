// ContactChannelRoutes: GET|POST /contact-channels, GET|PATCH|DELETE /contact-channels/{user_id}/{id}
// and send-verification-code; fixture 15; the primary channel is the user's primary e-mail.
#include "EmulatorTestCase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

class TestContactChannelRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    QString m_userId;
    const QString m_callback = u"http://localhost:3000/handler/email-verification"_s;

    ordered_json channelsOf(const QString &userId)
    {
        const auto result = m_http->get(u"/contact-channels?user_id="_s + userId, admin());
        if (result.status != 200)
            qWarning("GET /contact-channels answered %d: %s", result.status, result.body.constData());
        return result.json()["items"];
    }

    ordered_json userOf(const QString &userId) { return m_http->get(u"/users/"_s + userId, admin()).json(); }

    HttpResult addChannel(const QString &userId, const std::string &value, bool usedForAuth, ordered_json extra = ordered_json::object())
    {
        ordered_json body = {{"user_id", userId.toStdString()}, {"type", "email"}, {"value", value}, {"used_for_auth", usedForAuth}};
        body.update(extra);
        return m_http->postJson(u"/contact-channels"_s, admin(), body);
    }

    QString channelPath(const QString &userId, const QString &channelId) const
    {
        return u"/contact-channels/"_s + userId + u'/' + channelId;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(startEmulator(), qPrintable(startError()));
        m_userId = createUser({{"primary_email", "fixture.user@example.com"}, {"primary_email_verified", true},
                               {"primary_email_auth_enabled", true}, {"password", "channel-password"}});
        QVERIFY(!m_userId.isEmpty());
    }

    void cleanup() { m_emulator->clearSentEmails(); }

    void listMatchesFixture15()
    {
        const auto result = m_http->get(u"/contact-channels?user_id="_s + m_userId, admin());
        QCOMPARE(result.status, 200);
        ordered_json body = result.json();
        FIXTURE_BODY(expected, u"15-contact-channels-list"_s);
        const QString difference = Fixtures::shapeDifference(expected, body);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        for (ordered_json *json : {&expected, &body}) {
            (*json)["items"][0].erase("id");
            (*json)["items"][0].erase("value"); // redacted in the recording
            (*json)["items"][0].erase("user_id");
        }
        COMPARE_JSON(body, expected);
        QCOMPARE(channelsOf(m_userId)[0]["value"].get<std::string>(), "fixture.user@example.com");
        QCOMPARE(QString::fromStdString(channelsOf(m_userId)[0]["user_id"].get<std::string>()), m_userId);
    }

    void primaryChannelIsThePrimaryEmail()
    {
        const QString id = idOf(channelsOf(m_userId)[0]);
        QCOMPARE(idOf(channelsOf(m_userId)[0]), id); // stable
        QCOMPARE(m_http->patchJson(u"/users/"_s + m_userId, admin(), {{"primary_email", "renamed.user@example.com"}}).status, 200);
        ordered_json channel = channelsOf(m_userId)[0];
        QCOMPARE(idOf(channel), id); // the same channel, with a new address
        QCOMPARE(channel["value"].get<std::string>(), "renamed.user@example.com");
        QVERIFY(!channel["is_verified"].get<bool>());
        QVERIFY(channel["used_for_auth"].get<bool>());

        // Changing the channel changes the user.
        const auto patched = m_http->patchJson(channelPath(m_userId, id), admin(), {{"is_verified", true}, {"used_for_auth", false}});
        QCOMPARE(patched.status, 200);
        QVERIFY(patched.json()["is_verified"].get<bool>());
        ordered_json user = userOf(m_userId);
        QVERIFY(user["primary_email_verified"].get<bool>());
        QVERIFY(!user["primary_email_auth_enabled"].get<bool>());
        QCOMPARE(m_http->patchJson(channelPath(m_userId, id), admin(), {{"value", "Fixture.User@example.com"}, {"type", "email"},
                                                                         {"used_for_auth", true}})
                     .status,
                 200);
        user = userOf(m_userId);
        QCOMPARE(user["primary_email"].get<std::string>(), "fixture.user@example.com"); // normalized with type "email"
        QVERIFY(!user["primary_email_verified"].get<bool>()); // a new address is unverified
        QVERIFY(user["primary_email_auth_enabled"].get<bool>());
        QCOMPARE(m_http->patchJson(channelPath(m_userId, id), admin(), {{"is_verified", true}}).status, 200);
    }

    void addAndPromote()
    {
        const QString userId = createUser({{"primary_email", "two.channels@example.com"}, {"primary_email_verified", true},
                                           {"primary_email_auth_enabled", true}});
        const auto added = addChannel(userId, "Work.Address@Example.COM", false, {{"is_verified", true}});
        QCOMPARE(added.status, 201);
        const ordered_json channel = added.json();
        COMPARE_JSON(channel, ordered_json({{"user_id", userId.toStdString()}, {"id", channel["id"]}, {"type", "email"},
                                            {"value", "work.address@example.com"}, {"is_primary", false}, {"is_verified", true},
                                            {"used_for_auth", false}}));
        QCOMPARE(channelsOf(userId).size(), std::size_t(2));
        QCOMPARE(userOf(userId)["primary_email"].get<std::string>(), "two.channels@example.com");
        COMPARE_JSON(m_http->get(channelPath(userId, idOf(channel)), admin()).json(), channel);

        // Promoting it makes it the user's primary e-mail; the old one stays as an ordinary channel.
        const auto promoted = m_http->patchJson(channelPath(userId, idOf(channel)), admin(), {{"is_primary", true}});
        QCOMPARE(promoted.status, 200);
        QVERIFY(promoted.json()["is_primary"].get<bool>());
        const ordered_json user = userOf(userId);
        QCOMPARE(user["primary_email"].get<std::string>(), "work.address@example.com");
        QVERIFY(user["primary_email_verified"].get<bool>());
        QVERIFY(!user["primary_email_auth_enabled"].get<bool>());
        int primaries = 0;
        for (const auto &item : channelsOf(userId)) {
            primaries += item["is_primary"].get<bool>();
            if (item["value"] == "two.channels@example.com")
                QVERIFY(item["used_for_auth"].get<bool>() && !item["is_primary"].get<bool>());
        }
        QCOMPARE(primaries, 1);
        // The old address still signs in (it is used for auth), so nobody else may take it.
        const auto taken = m_http->postJson(u"/users"_s, admin(), {{"primary_email", "two.channels@example.com"}, {"primary_email_auth_enabled", true}});
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.header("x-stack-known-error"), QByteArray("USER_EMAIL_ALREADY_EXISTS"));

        // A new primary channel through POST.
        const auto third = addChannel(userId, "third@example.com", false, {{"is_primary", true}});
        QCOMPARE(third.status, 201);
        QCOMPARE(userOf(userId)["primary_email"].get<std::string>(), "third@example.com");
        QVERIFY(!userOf(userId)["primary_email_verified"].get<bool>());
        QCOMPARE(channelsOf(userId).size(), std::size_t(3));

        // Deleting the primary channel leaves the user without a primary e-mail.
        COMPARE_JSON(m_http->send("DELETE", channelPath(userId, idOf(third.json())), admin()).json(), ordered_json({{"success", true}}));
        QVERIFY(userOf(userId)["primary_email"].is_null());
        QCOMPARE(channelsOf(userId).size(), std::size_t(2));
    }

    void secondaryAddressSignsIn()
    {
        const QString userId = createUser({{"primary_email", "main.address@example.com"}, {"primary_email_auth_enabled", true},
                                           {"password", "secondary-password"}});
        QCOMPARE(addChannel(userId, "alias.address@example.com", true).status, 201);
        QVERIFY(signInToProject(u"alias.address@example.com"_s, u"secondary-password"_s).is_object());
    }

    void usedForAuthBySomeoneElse()
    {
        const QString other = createUser({{"display_name", "Other"}});
        const auto result = addChannel(other, "fixture.user@example.com", true);
        QCOMPARE(result.status, 409);
        QCOMPARE(result.header("x-stack-known-error"), QByteArray("CONTACT_CHANNEL_ALREADY_USED_FOR_AUTH_BY_SOMEONE_ELSE"));
        const ordered_json expected = {
            {"code", "CONTACT_CHANNEL_ALREADY_USED_FOR_AUTH_BY_SOMEONE_ELSE"},
            {"details", {{"type", "email"}, {"contact_channel_value", "fixture.user@example.com"}, {"would_work_if_email_was_verified", false}}},
            {"error", "This email \"(fixture.user@example.com)\" is already used for authentication by another account."}};
        COMPARE_JSON(result.json(), expected);

        // Without auth the address may be shared; turning auth on later is refused (the server
        // names no address there).
        const auto shared = addChannel(other, "fixture.user@example.com", false);
        QCOMPARE(shared.status, 201);
        const auto patch = m_http->patchJson(channelPath(other, idOf(shared.json())), admin(), {{"used_for_auth", true}});
        QCOMPARE(patch.status, 409);
        COMPARE_JSON(patch.json()["details"]["contact_channel_value"], nullptr);
        QCOMPARE(errorText(patch), u"This email  is already used for authentication by another account."_s);

        const auto twice = addChannel(other, "fixture.user@example.com", false);
        QCOMPARE(twice.status, 400);
        QCOMPARE(twice.header("x-stack-known-error"), QByteArray());
        QCOMPARE(twice.text(), u"Contact channel already exists"_s);
    }

    void notFound()
    {
        const QString unknown = u"3241a285-8329-4d69-8f3d-316e08cf140c"_s;
        const auto read = m_http->get(channelPath(m_userId, unknown), admin());
        QCOMPARE(read.status, 404);
        QCOMPARE(read.text(), u"Contact channel not found."_s);
        const auto patch = m_http->patchJson(channelPath(m_userId, unknown), admin(), {{"is_verified", true}});
        QCOMPARE(patch.status, 400);
        QCOMPARE(patch.text(), u"Contact channel not found"_s);
        const auto remove = m_http->send("DELETE", channelPath(m_userId, unknown), admin());
        QCOMPARE(remove.status, 400);
        QCOMPARE(remove.text(), u"Contact channel not found"_s);
        const auto foreignUser = m_http->get(channelPath(unknown, idOf(channelsOf(m_userId)[0])), admin());
        QCOMPARE(foreignUser.status, 404);
        const auto unknownUser = addChannel(unknown, "x@example.com", false);
        QCOMPARE(unknownUser.header("x-stack-known-error"), QByteArray("USER_NOT_FOUND"));
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problems");
        QTest::newRow("empty") << QByteArray("POST") << u"/contact-channels"_s << QByteArray("{}")
                               << u"body.user_id must be defined\n  - body.value must be defined\n  - body.type must be defined\n"
                                  "  - body.used_for_auth must be defined"_s;
        QTest::newRow("bad email") << QByteArray("POST") << u"/contact-channels"_s
                                   << QByteArray(R"({"user_id":"me","type":"email","value":"nope","used_for_auth":false})")
                                   << u"body.value must be a valid email"_s;
        QTest::newRow("bad type") << QByteArray("POST") << u"/contact-channels"_s
                                  << QByteArray(R"({"user_id":"me","type":"sms","value":"123","used_for_auth":false})")
                                  << u"body.type must be one of the following values: email"_s;
        QTest::newRow("bad ids") << QByteArray("GET") << u"/contact-channels/x/y"_s << QByteArray()
                                 << u"params.user_id must be a valid UUID\n  - params.contact_channel_id must be a valid UUID"_s;
        QTest::newRow("unknown key") << QByteArray("PATCH") << u"/contact-channels/me/3241a285-8329-4d69-8f3d-316e08cf140c"_s
                                     << QByteArray(R"({"primary":true})") << u"body contains unknown properties: primary"_s;
        QTest::newRow("no callback") << QByteArray("POST")
                                     << u"/contact-channels/me/3241a285-8329-4d69-8f3d-316e08cf140c/send-verification-code"_s
                                     << QByteArray("{}") << u"body.callback_url must be defined"_s;
    }

    void validation()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, problems);
        const Headers headers = body.isEmpty() ? admin() : withHeader(admin(), "Content-Type", "application/json");
        const auto result = m_http->send(method, path, headers, body.isEmpty() ? QByteArray() : body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        QCOMPARE(errorText(result), u"Request validation failed on "_s + QString::fromLatin1(method) + u" /api/v1"_s + path
                                        + u":\n  - "_s + problems);
    }

    void sendVerificationCode()
    {
        const QString userId = createUser({{"primary_email", "verify.me@example.com"}, {"primary_email_auth_enabled", true}});
        const QString channelId = idOf(channelsOf(userId)[0]);
        const QString path = channelPath(userId, channelId) + u"/send-verification-code"_s;
        const auto sent = m_http->postJson(path, admin(), {{"callback_url", m_callback.toStdString()}});
        QCOMPARE(sent.status, 200);
        COMPARE_JSON(sent.json(), ordered_json({{"success", true}}));
        const QList<SentEmail> mails = m_emulator->sentEmails();
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails[0].kind, SentEmail::Kind::EmailVerification);
        QCOMPARE(mails[0].recipient, u"verify.me@example.com"_s);
        QCOMPARE(mails[0].callbackUrl, m_callback);
        QCOMPARE(mails[0].userId, userId);
        QCOMPARE(mails[0].projectId, m_account.projectId);

        const auto elsewhere = m_http->postJson(path, admin(), {{"callback_url", "https://evil.example.com/verify"}});
        QCOMPARE(elsewhere.status, 400);
        QCOMPARE(elsewhere.header("x-stack-known-error"), QByteArray("REDIRECT_URL_NOT_WHITELISTED"));

        QCOMPARE(m_http->patchJson(channelPath(userId, channelId), admin(), {{"is_verified", true}}).status, 200);
        const auto verified = m_http->postJson(path, admin(), {{"callback_url", m_callback.toStdString()}});
        QCOMPARE(verified.status, 409);
        COMPARE_JSON(verified.json(), ordered_json({{"code", "EMAIL_ALREADY_VERIFIED"}, {"error", "The e-mail is already verified."}}));
        QCOMPARE(m_emulator->sentEmails().size(), 1);

        const QString unknown = u"3241a285-8329-4d69-8f3d-316e08cf140c"_s;
        const auto noUser = m_http->postJson(channelPath(unknown, channelId) + u"/send-verification-code"_s, admin(),
                                             {{"callback_url", m_callback.toStdString()}});
        QCOMPARE(noUser.header("x-stack-known-error"), QByteArray("USER_ID_DOES_NOT_EXIST"));
        const auto noChannel = m_http->postJson(channelPath(userId, unknown) + u"/send-verification-code"_s, admin(),
                                                {{"callback_url", m_callback.toStdString()}});
        QCOMPARE(noChannel.status, 404);
        QCOMPARE(noChannel.text(), u"Contact channel not found"_s);
    }

    void clientAccess()
    {
        const ordered_json tokens = signInToProject(u"fixture.user@example.com"_s, u"channel-password"_s);
        QVERIFY(tokens.is_object());
        const Headers headers = projectClient(QString::fromStdString(tokens["access_token"].get<std::string>()));
        QCOMPARE(m_http->get(u"/contact-channels?user_id=me"_s, headers).json()["items"].size(), channelsOf(m_userId).size());
        const QString someoneElse = idOf(m_http->get(u"/users?limit=1"_s, admin()).json()["items"][0]);
        const auto foreign = m_http->get(u"/contact-channels?user_id="_s + someoneElse, headers);
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.text(), u"Client can only list contact channels for their own user."_s);
        // Only server and admin access may say a new channel is verified.
        const auto verified = m_http->postJson(u"/contact-channels"_s, headers,
                                               {{"user_id", "me"}, {"type", "email"}, {"value", "c@example.com"},
                                                {"used_for_auth", false}, {"is_verified", true}});
        QCOMPARE(verified.status, 400);
        QVERIFY(errorText(verified).endsWith(u"body contains unknown properties: is_verified"_s));
    }

    void generatedUsersHaveSeveralChannels()
    {
        const ordered_json users = m_http->get(u"/users?limit=120"_s, admin()).json()["items"];
        int several = 0;
        for (const auto &user : users) {
            const ordered_json channels = channelsOf(idOf(user));
            several += channels.size() > 1;
            int primaries = 0;
            for (const auto &channel : channels) {
                if (channel["is_primary"].get<bool>()) {
                    ++primaries;
                    COMPARE_JSON(channel["value"], user["primary_email"]);
                    COMPARE_JSON(channel["is_verified"], user["primary_email_verified"]);
                    COMPARE_JSON(channel["used_for_auth"], user["primary_email_auth_enabled"]);
                }
            }
            QCOMPARE(primaries, user["primary_email"].is_null() ? 0 : 1);
        }
        QVERIFY2(several >= 5, qPrintable(QString::number(several)));
    }

    void deletedUsersFreeTheirAddresses()
    {
        const QString userId = createUser({{"display_name", "Leaving"}});
        QCOMPARE(addChannel(userId, "leaving@example.com", true).status, 201);
        QCOMPARE(m_http->send("DELETE", u"/users/"_s + userId, admin()).status, 200);
        QVERIFY(!createUser({{"primary_email", "leaving@example.com"}, {"primary_email_auth_enabled", true}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContactChannelRoutes)
#include "tst_contactchannelroutes.moc"
