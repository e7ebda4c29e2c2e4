// The emails area's answers (fixtures 40–44, the real server's): drafts, templates, themes, the
// outbox page and delivery totals; the three encodings of a draft's theme.

#include "Fixtures.h"

#include "dto/Email.h"

#include <QTest>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::EmailThemeChoice;

class TestEmail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realServerLists()
    {
        QVERIFY(api::parseJson<api::EmailDrafts>(Fixture::load(u"40-email-drafts"_s).body).drafts.isEmpty());

        const auto templates = api::parseJson<api::EmailTemplates>(Fixture::load(u"41-email-templates"_s).body).templates;
        QVERIFY(!templates.isEmpty());
        QCOMPARE(templates.first().id, u"e7d009ce-8d47-4528-b245-5bf119f2ffa3"_s);
        QCOMPARE(templates.first().displayName, u"Email Verification"_s);
        QVERIFY(templates.first().tsxSource.contains(u"export function EmailTemplate"_s));

        const auto themes = api::parseJson<api::EmailThemes>(Fixture::load(u"42-email-themes"_s).body).themes;
        QCOMPARE(themes.size(), 3);
        QCOMPARE(themes.at(1).displayName, u"Default Dark"_s);
    }

    void draftThemeEncodings()
    {
        const auto drafts = api::parseJson<api::EmailDrafts>(
            R"({"drafts":[{"id":"d1","display_name":"Launch","tsx_source":"<x/>","theme_id":"t-1","sent_at_millis":5},
            {"id":"d2","display_name":"Plain","tsx_source":"","theme_id":false,"sent_at_millis":null},
            {"id":"d3","display_name":"Default","tsx_source":"","theme_id":null},
            {"id":"d4","display_name":"Left out","tsx_source":""}]})");
        QCOMPARE(drafts.drafts.size(), 4);
        QCOMPARE(drafts.drafts[0].theme, (EmailThemeChoice{EmailThemeChoice::Kind::Theme, u"t-1"_s}));
        QCOMPARE(drafts.drafts[0].sentAtMillis, std::optional<qint64>(5));
        QCOMPARE(drafts.drafts[1].theme.kind, EmailThemeChoice::Kind::None);
        QVERIFY(!drafts.drafts[1].sentAtMillis);
        QCOMPARE(drafts.drafts[2].theme.kind, EmailThemeChoice::Kind::ProjectDefault);
        QCOMPARE(drafts.drafts[3].theme.kind, EmailThemeChoice::Kind::ProjectDefault);
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<api::EmailDrafts>(R"({"drafts":{}})"));
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<api::EmailDrafts>(R"({"drafts":[{"display_name":"x"}]})"));
    }

    void outboxPage()
    {
        const auto page = api::parseJson<api::Page<api::OutboxEmail>>(Fixture::load(u"43-emails-outbox"_s).body);
        QCOMPARE(page.items.size(), 2);
        QVERIFY(page.hasMore());
        QCOMPARE(page.nextCursor, std::optional<QString>(u"b7e31f58-cfd7-46cd-920f-d7616ad66bed"_s));
        const api::OutboxEmail &failed = page.items.first();
        QCOMPARE(failed.status, u"server-error"_s);
        QCOMPARE(failed.simpleStatus, u"error"_s);
        QCOMPARE(failed.serverError, u"Delivery failed"_s);
        QCOMPARE(failed.recipientKind, u"custom-emails"_s);
        QCOMPARE(failed.recipientEmails, QStringList{u"unknown@dummy.dev"_s});
        QCOMPARE(failed.subject, u"Template rendering failed - Review"_s);
        QCOMPARE(failed.scheduledAtMillis, std::optional<qint64>(1715169900000));
        QCOMPARE(failed.createdWith, u"programmatic-call"_s);
        QVERIFY(!failed.isPaused);
        QCOMPARE(page.items.at(1).status, u"sent"_s);

        const auto userMail = api::parseJson<api::Page<api::OutboxEmail>>(
            R"({"items":[{"id":"e","created_at_millis":1,"status":"scheduled","is_paused":true,
            "to":{"type":"user-primary-email","user_id":"u1"}}],"is_paginated":true,"pagination":{"next_cursor":null}})");
        QCOMPARE(userMail.items.first().recipientUserId, u"u1"_s);
        QVERIFY(userMail.items.first().isPaused);
        QVERIFY(userMail.items.first().recipientEmails.isEmpty());
        QVERIFY(!userMail.hasMore());
    }

    void deliveryTotals()
    {
        const auto info = api::parseJson<api::DeliveryInfo>(Fixture::load(u"44-emails-delivery-info"_s).body);
        QCOMPARE(info.month.sent, 0);
        QVERIFY(qAbs(info.ratePerSecond - 27.7777) < 0.001);
        const auto counted = api::parseJson<api::DeliveryInfo>(
            R"({"stats":{"hour":{"sent":1,"bounced":0,"marked_as_spam":0},"day":{"sent":9,"bounced":2,"marked_as_spam":1},
            "week":{"sent":40,"bounced":3,"marked_as_spam":1},"month":{"sent":100,"bounced":5,"marked_as_spam":2}}})");
        QCOMPARE(counted.day.bounced, 2);
        QCOMPARE(counted.month.markedAsSpam, 2);
        QCOMPARE(counted.ratePerSecond, 0.0);
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<api::DeliveryInfo>(R"({"stats":{"hour":{}}})"));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestEmail)
#include "tst_Email.moc"
