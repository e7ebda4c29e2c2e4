// MailRoutes: POST /auth/password/send-reset-code and POST /internal/send-sign-in-invitation;
// the "sent" mails are recorded (Emulator::sentEmails()), callback URLs must be trusted.
#include "EmulatorTestCase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

class TestMailRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    QString m_userId;
    const std::string m_callback = "http://localhost:3000/handler/password-reset";

    HttpResult sendReset(const std::string &email, const Headers &headers)
    {
        return m_http->postJson(u"/auth/password/send-reset-code"_s, headers, {{"email", email}, {"callback_url", m_callback}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(startEmulator(), qPrintable(startError()));
        m_userId = createUser({{"primary_email", "reset.me@example.com"}, {"primary_email_auth_enabled", true}, {"password", "old-password"}});
        QVERIFY(!m_userId.isEmpty());
    }

    void cleanup() { m_emulator->clearSentEmails(); }

    void passwordReset()
    {
        const auto result = sendReset("Reset.Me@example.com", admin());
        QCOMPARE(result.status, 200);
        COMPARE_JSON(result.json(), ordered_json({{"success", "maybe, only if user with e-mail exists"}}));
        const QList<SentEmail> mails = m_emulator->sentEmails();
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails[0].kind, SentEmail::Kind::PasswordReset);
        QCOMPARE(mails[0].recipient, u"Reset.Me@example.com"_s);
        QCOMPARE(mails[0].callbackUrl, QString::fromStdString(m_callback));
        QCOMPARE(mails[0].userId, m_userId);
        QCOMPARE(mails[0].projectId, m_account.projectId);
    }

    void unknownAddressLooksTheSame()
    {
        const auto result = sendReset("nobody@example.com", server());
        QCOMPARE(result.status, 200);
        COMPARE_JSON(result.json(), ordered_json({{"success", "maybe, only if user with e-mail exists"}}));
        QVERIFY(m_emulator->sentEmails().isEmpty());
        QCOMPARE(sendReset("reset.me@example.com", projectClient()).status, 200); // client access may ask too
        QCOMPARE(m_emulator->sentEmails().size(), 1);
    }

    void untrustedCallback()
    {
        const auto result = m_http->postJson(u"/auth/password/send-reset-code"_s, admin(),
                                             {{"email", "reset.me@example.com"}, {"callback_url", "https://example.com/reset"}});
        QCOMPARE(result.status, 400);
        const ordered_json expected = {{"code", "REDIRECT_URL_NOT_WHITELISTED"},
                                       {"error", "Redirect URL not whitelisted. Did you forget to add this domain to the trusted "
                                                 "domains list on the Stack Auth dashboard?"}};
        COMPARE_JSON(result.json(), expected);
        QVERIFY(m_emulator->sentEmails().isEmpty());
        for (const char *local : {"http://127.0.0.1:8080/x", "https://app.localhost/reset", "http://localhost/"}) {
            QCOMPARE(m_http->postJson(u"/auth/password/send-reset-code"_s, admin(),
                                      {{"email", "reset.me@example.com"}, {"callback_url", local}})
                         .status,
                     200);
        }
    }

    void signInInvitation()
    {
        const auto result = m_http->postJson(u"/internal/send-sign-in-invitation"_s, admin(),
                                             {{"email", "invitee@example.com"}, {"callback_url", "http://localhost:3000/handler/sign-in"}});
        QCOMPARE(result.status, 200);
        COMPARE_JSON(result.json(), ordered_json({{"success", true}}));
        const QList<SentEmail> mails = m_emulator->sentEmails();
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails[0].kind, SentEmail::Kind::SignInInvitation);
        QCOMPARE(mails[0].recipient, u"invitee@example.com"_s);
        QVERIFY(mails[0].userId.isEmpty());

        // Server access may invite too (serverOrHigherAuthTypeSchema); client access may not.
        QCOMPARE(m_http->postJson(u"/internal/send-sign-in-invitation"_s, server(),
                                  {{"email", "invitee@example.com"}, {"callback_url", "http://localhost:3000/"}})
                     .status,
                 200);
        const auto client = m_http->postJson(u"/internal/send-sign-in-invitation"_s, projectClient(),
                                             {{"email", "invitee@example.com"}, {"callback_url", "http://localhost:3000/"}});
        QCOMPARE(client.status, 401);
        QCOMPARE(client.header("x-stack-known-error"), QByteArray("INSUFFICIENT_ACCESS_TYPE"));
        const auto elsewhere = m_http->postJson(u"/internal/send-sign-in-invitation"_s, admin(),
                                                {{"email", "invitee@example.com"}, {"callback_url", "https://example.com/"}});
        QCOMPARE(elsewhere.header("x-stack-known-error"), QByteArray("REDIRECT_URL_NOT_WHITELISTED"));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problems");
        // Bodies built with nlohmann::json: moc misreads raw string literals that contain "//".
        const auto body = [](const ordered_json &json) { return QByteArray::fromStdString(json.dump()); };
        const std::string local = "http://localhost/";
        for (const QString &path : {u"/auth/password/send-reset-code"_s, u"/internal/send-sign-in-invitation"_s}) {
            QTest::addRow("%s missing callback", qPrintable(path)) << path << body({{"email", "a@example.com"}})
                                                                   << u"body.callback_url must be defined"_s;
            QTest::addRow("%s bad email", qPrintable(path)) << path << body({{"email", "nope"}, {"callback_url", local}})
                                                            << u"body.email must be a valid email"_s;
            QTest::addRow("%s empty", qPrintable(path)) << path << body(ordered_json::object())
                                                        << u"body.email must be defined\n  - body.callback_url must be defined"_s;
            QTest::addRow("%s bad url", qPrintable(path)) << path << body({{"email", "a@example.com"}, {"callback_url", "not a url"}})
                                                          << u"body.callback_url is not a valid URL"_s;
            QTest::addRow("%s unknown key", qPrintable(path))
                << path << body({{"email", "a@example.com"}, {"callback_url", local}, {"x", 1}})
                << u"body contains unknown properties: x"_s;
        }
    }

    void validation()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, problems);
        const auto result = m_http->send("POST", path, withHeader(admin(), "Content-Type", "application/json"), body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        QCOMPARE(errorText(result), u"Request validation failed on POST /api/v1"_s + path + u":\n  - "_s + problems);
        QVERIFY(m_emulator->sentEmails().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMailRoutes)
#include "tst_mailroutes.moc"
