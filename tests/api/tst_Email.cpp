// The emails area's answers (fixtures 40–44, the real server's): drafts, templates, themes, the
// outbox page and delivery totals; the three encodings of a draft's theme; the smaller answers
// (created ids, rendered email, send results, test email) and the email server settings of the
// config; the request bodies the endpoints send.

#include "Fixtures.h"

#include "dto/Email.h"
#include "dto/ProjectConfig.h"
#include "endpoints/EmailsEndpoints.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::EmailThemeChoice;
namespace emails = api::emails;

namespace {

// Bodies compared as JSON objects (key order aside), with the failing text in the message.
QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

#define COMPARE_BODY(actual, expectedJson)                                                                     \
    do {                                                                                                       \
        const QByteArray actualBody_ = (actual);                                                               \
        QVERIFY2(object(actualBody_) == object(expectedJson), actualBody_.constData());                        \
    } while (false)

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
        QCOMPARE(templates.first().theme.kind, EmailThemeChoice::Kind::ProjectDefault); // theme_id left out
        const auto themed = api::parseJson<api::EmailTemplates>(
            R"({"templates":[{"id":"t","display_name":"T","tsx_source":"","theme_id":false}]})");
        QCOMPARE(themed.templates.first().theme.kind, EmailThemeChoice::Kind::None);

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
        QCOMPARE(failed.statusAtMillis, std::optional<qint64>(1715169900000)); // error_at_millis
        QCOMPARE(failed.renderedAtMillis, std::optional<qint64>(1715169900000));
        QVERIFY(failed.attemptErrors.isEmpty()); // send_attempt_errors: null
        QVERIFY(failed.themeId.isEmpty());
        QCOMPARE(page.items.at(1).status, u"sent"_s);
        QCOMPARE(page.items.at(1).text, u"All services operational. 3 warnings acknowledged."_s);
        QVERIFY(page.items.at(1).html.isEmpty());

        const auto retried = api::parseJson<api::OutboxEmail>(
            R"({"id":"r","created_at_millis":1,"status":"server-error","send_retries":2,"next_send_retry_at_millis":90,
            "skipped_details":{},"send_attempt_errors":[{"attempt_number":1,"timestamp":"2026-11-20T10:00:00.000Z",
            "external_message":"550 mailbox full","external_details":{"code":550},"internal_message":"Rejected",
            "internal_details":null}]})");
        QCOMPARE(retried.sendRetries, 2);
        QCOMPARE(retried.nextRetryAtMillis, std::optional<qint64>(90));
        QVERIFY(retried.skippedDetailsJson.isEmpty());
        QCOMPARE(retried.attemptErrors.size(), 1);
        QCOMPARE(retried.attemptErrors.first().externalMessage, u"550 mailbox full"_s);
        QCOMPARE(retried.attemptErrors.first().atMillis,
                 std::optional<qint64>(QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch()));
        QVERIFY(retried.attemptErrors.first().externalDetailsJson.contains(u"550"_s));
        QVERIFY(retried.attemptErrors.first().internalDetailsJson.isEmpty());

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
        QVERIFY(!info.boostActive);
        QCOMPARE(info.boostMultiplier, 1.0);
        const auto boosted = api::parseJson<api::DeliveryInfo>(
            R"({"stats":{"hour":{"sent":0,"bounced":0,"marked_as_spam":0},"day":{"sent":0,"bounced":0,"marked_as_spam":0},
            "week":{"sent":0,"bounced":0,"marked_as_spam":0},"month":{"sent":0,"bounced":0,"marked_as_spam":0}},
            "capacity":{"rate_per_second":111.1,"boost_multiplier":4,"penalty_factor":1,"is_boost_active":true,
            "boost_expires_at":"2026-11-24T14:00:00.000Z"}})");
        QVERIFY(boosted.boostActive);
        QCOMPARE(boosted.boostMultiplier, 4.0);
        QCOMPARE(boosted.boostExpiresAt, std::optional<QDateTime>(QDateTime(QDate(2026, 11, 24), QTime(14, 0), QTimeZone::utc())));
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<api::DeliveryInfo>(R"({"stats":{"hour":{}}})"));
    }

    void smallAnswers()
    {
        QCOMPARE(api::parseJson<api::CreatedEmailObject>(R"({"id":"d-1"})").id, u"d-1"_s);
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<api::CreatedEmailObject>(R"({})"));

        const auto rendered = api::parseJson<api::RenderedEmail>(
            R"({"html":"<p>Hi</p>","subject":"Welcome","notification_category":"Marketing","editable_regions":{}})");
        QCOMPARE(rendered.html, u"<p>Hi</p>"_s);
        QCOMPARE(rendered.subject, u"Welcome"_s);
        QCOMPARE(rendered.notificationCategory, u"Marketing"_s);
        const auto bare = api::parseJson<api::RenderedEmail>(R"({"html":"<p/>"})");
        QVERIFY(bare.subject.isEmpty());
        QVERIFY(bare.notificationCategory.isEmpty());
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<api::RenderedEmail>(R"({"subject":"x"})"));
        QCOMPARE(api::parseJson<api::RenderedTemplate>(R"({"rendered_html":"<p/>"})").html, u"<p/>"_s);

        const auto sent = api::parseJson<api::SentEmails>(R"({"results":[{"user_id":"u2"},{"user_id":"u1","user_email":"a@b.c"}]})");
        QCOMPARE(sent.userIds, (QStringList{u"u2"_s, u"u1"_s}));
        QVERIFY(api::parseJson<api::SentEmails>(R"({"results":[]})").userIds.isEmpty());
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<api::SentEmails>(R"({"results":{}})"));

        const auto ok = api::parseJson<api::TestEmailResult>(R"({"success":true})");
        QVERIFY(ok.success);
        QVERIFY(ok.errorMessage.isEmpty());
        const auto failed = api::parseJson<api::TestEmailResult>(
            R"({"success":false,"error_message":"Timed out. Make sure the email server is running and accepting connections."})");
        QVERIFY(!failed.success);
        QVERIFY(failed.errorMessage.startsWith(u"Timed out."_s));
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<api::TestEmailResult>(R"({"error_message":"x"})"));
    }

    void emailServerSettings()
    {
        const auto shared = api::emailServerSettingsFrom(api::parseJson<api::ConfigTree>(Fixture::load(u"35-config-rendered"_s).body));
        QVERIFY(shared.isShared);
        QCOMPARE(shared.provider, u"smtp"_s);
        QVERIFY(!shared.port);
        QVERIFY(api::emailServerSettingsFrom(api::ConfigTree()).isShared);

        const auto config = api::ConfigTree::fromJsonText(
            uR"({"emails.server":{"isShared":false,"provider":"managed","host":"smtp.example.com","port":465,"username":"u",
            "password":"p4ss","senderName":"Acme","senderEmail":"hi@acme.dev","managedSubdomain":"mail","managedSenderLocalPart":"hi"}})"_s);
        const api::EmailServerSettings settings = api::emailServerSettingsFrom(config);
        QVERIFY(!settings.isShared);
        QCOMPARE(settings.provider, u"managed"_s);
        QCOMPARE(settings.host, u"smtp.example.com"_s);
        QCOMPARE(settings.port, std::optional<int>(465));
        QCOMPARE(settings.password, u"p4ss"_s);
        QCOMPARE(settings.senderEmail, u"hi@acme.dev"_s);

        // Back to the config: the keys this client does not edit survive.
        const QJsonObject written = object(api::emailServerConfigJson(settings).toUtf8());
        QCOMPARE(written.value(u"managedSubdomain"_s).toString(), u"mail"_s);
        QCOMPARE(written.value(u"managedSenderLocalPart"_s).toString(), u"hi"_s);
        QCOMPARE(written.value(u"port"_s).toInt(), 465);
        QCOMPARE(written.value(u"isShared"_s).toBool(true), false);
        QCOMPARE(written.size(), 10);

        api::EmailServerSettings sharedAgain = settings;
        sharedAgain.isShared = true;
        sharedAgain.host.clear();
        sharedAgain.port.reset();
        sharedAgain.password.clear();
        const QJsonObject cleared = object(api::emailServerConfigJson(sharedAgain).toUtf8());
        QVERIFY(!cleared.contains(u"host"_s));
        QVERIFY(!cleared.contains(u"port"_s));
        QVERIFY(!cleared.contains(u"password"_s));
        QCOMPARE(cleared.value(u"isShared"_s).toBool(false), true);
    }

    void createDraftLeavesOutTheProjectTheme()
    {
        const api::ProjectScope scope = api::ProjectScope::project(u"p1"_s);
        COMPARE_BODY(emails::createDraft(scope, u"Hello"_s).request.body, R"({"display_name":"Hello"})");
        COMPARE_BODY(emails::createDraft(scope, u"Hello"_s, {EmailThemeChoice::Kind::None, {}}).request.body,
                     R"({"display_name":"Hello","theme_id":false})");
        COMPARE_BODY(emails::createDraft(scope, u"Hello"_s, {EmailThemeChoice::Kind::Theme, u"th"_s}, u"<x/>"_s)
                         .request.body,
                     R"({"display_name":"Hello","theme_id":"th","tsx_source":"<x/>"})");
    }

    void updateTemplateSendsTheThemeOnlyWhenGiven()
    {
        const api::ProjectScope scope = api::ProjectScope::project(u"p1"_s);
        COMPARE_BODY(emails::updateTemplate(scope, u"t1"_s, u"src"_s).request.body, R"({"tsx_source":"src"})");
        COMPARE_BODY(emails::updateTemplate(scope, u"t1"_s, u"src"_s, EmailThemeChoice{}).request.body,
                     R"({"tsx_source":"src","theme_id":null})");
        COMPARE_BODY(
            emails::updateTemplate(scope, u"t1"_s, u"src"_s, EmailThemeChoice{EmailThemeChoice::Kind::None, {}})
                .request.body,
            R"({"tsx_source":"src","theme_id":false})");
    }

    void draftChangeAlwaysCarriesTheTheme()
    {
        emails::DraftChange change;
        change.displayName = u"Renamed"_s;
        COMPARE_BODY(change.toJson(), R"({"display_name":"Renamed","theme_id":null})");
        change.theme = {EmailThemeChoice::Kind::None, {}};
        change.tsxSource = u"<x/>"_s;
        COMPARE_BODY(change.toJson(), R"({"display_name":"Renamed","theme_id":false,"tsx_source":"<x/>"})");
        emails::DraftChange themed;
        themed.theme = {EmailThemeChoice::Kind::Theme, u"a0172b5d-cff0-463b-83bb-85124697373a"_s};
        COMPARE_BODY(themed.toJson(), R"({"theme_id":"a0172b5d-cff0-463b-83bb-85124697373a"})");
    }

    void renderRequestBodies()
    {
        emails::RenderRequest byId;
        byId.templateId = u"t-1"_s;
        COMPARE_BODY(byId.toJson(), R"({"template_id":"t-1"})");
        emails::RenderRequest draft;
        draft.templateTsxSource = u"src"_s;
        draft.theme = {EmailThemeChoice::Kind::None, {}};
        COMPARE_BODY(draft.toJson(), R"({"template_tsx_source":"src","theme_id":false})");
        draft.theme = {EmailThemeChoice::Kind::Theme, u"th"_s};
        COMPARE_BODY(draft.toJson(), R"({"template_tsx_source":"src","theme_id":"th"})");
        draft.themeTsxSource = u"theme src"_s; // a theme's own source wins over the choice
        COMPARE_BODY(draft.toJson(), R"({"template_tsx_source":"src","theme_tsx_source":"theme src"})");
    }

    void sendEmailRequestBodies()
    {
        emails::SendEmailRequest fromDraft;
        fromDraft.userIds = {u"u1"_s, u"u2"_s};
        fromDraft.draftId = u"d1"_s;
        COMPARE_BODY(fromDraft.toJson(), R"({"user_ids":["u1","u2"],"draft_id":"d1"})");

        emails::SendEmailRequest html;
        html.allUsers = true;
        html.html = u"<p>Hi</p>"_s;
        html.subject = u"News"_s;
        html.notificationCategoryName = u"Marketing"_s;
        html.scheduledAtMillis = 1800000000000;
        COMPARE_BODY(html.toJson(), R"({"all_users":true,"subject":"News","notification_category_name":"Marketing",
            "html":"<p>Hi</p>","scheduled_at_millis":1800000000000})");

        emails::SendEmailRequest fromTemplate;
        fromTemplate.userIds = {u"u1"_s};
        fromTemplate.templateId = u"t1"_s;
        fromTemplate.variablesJson = uR"({"otp":"123456","n":2})"_s;
        COMPARE_BODY(fromTemplate.toJson(), R"({"user_ids":["u1"],"template_id":"t1","variables":{"otp":"123456","n":2}})");
        fromTemplate.variablesJson.clear();
        COMPARE_BODY(fromTemplate.toJson(), R"({"user_ids":["u1"],"template_id":"t1"})");
        fromTemplate.variablesJson = u"{not json"_s;
        QVERIFY_THROWS_EXCEPTION(std::exception, fromTemplate.toJson());

        emails::SendEmailRequest nobody; // an empty list is still a list (the server answers {results: []})
        nobody.html = u"x"_s;
        COMPARE_BODY(nobody.toJson(), R"({"user_ids":[],"html":"x"})");
    }

    void outboxChangeBodies()
    {
        COMPARE_BODY(emails::OutboxChange{}.toJson(), "{}");
        emails::OutboxChange pause;
        pause.paused = true;
        COMPARE_BODY(pause.toJson(), R"({"is_paused":true})");
        emails::OutboxChange resume;
        resume.paused = false;
        COMPARE_BODY(resume.toJson(), R"({"is_paused":false})");
        emails::OutboxChange cancel;
        cancel.cancel = true;
        COMPARE_BODY(cancel.toJson(), R"({"cancel":true})");
        emails::OutboxChange retry;
        retry.scheduledAtMillis = 1800000000000;
        COMPARE_BODY(retry.toJson(), R"({"scheduled_at_millis":1800000000000})");
    }

    void testEmailRequestBody()
    {
        emails::TestEmailRequest request;
        request.recipientEmail = u"me@example.com"_s;
        request.server.host = u"smtp.example.com"_s;
        request.server.username = u"user"_s;
        request.server.password = u"secret"_s;
        request.server.senderName = u"Acme"_s;
        request.server.senderEmail = u"hi@acme.dev"_s;
        COMPARE_BODY(request.toJson(), R"({"recipient_email":"me@example.com","email_config":{"host":"smtp.example.com","port":587,
            "username":"user","password":"secret","sender_name":"Acme","sender_email":"hi@acme.dev"}})");
        request.server.port = 2525;
        QCOMPARE(object(request.toJson()).value(u"email_config"_s).toObject().value(u"port"_s).toInt(), 2525);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestEmail)
#include "tst_Email.moc"
