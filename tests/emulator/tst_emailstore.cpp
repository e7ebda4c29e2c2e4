// EmailStore and EmailRenderer without HTTP: the outbox's order (created_at desc, id asc), its
// cursor (the first email of the next page), filters and delivery totals; the statuses' names and
// rules; the theme encoding of drafts; what the renderer makes of TSX and how it fails.
#include "emulator/EmailBuiltins.h"
#include "emulator/EmailRenderer.h"
#include "emulator/EmailStore.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <set>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using nlohmann::ordered_json;

namespace {

OutboxEmailRecord emailAt(quint64 idLow, qint64 createdAt, OutboxStatus status, const std::string &userId = "u-1")
{
    OutboxEmailRecord email;
    email.id = Uuid(0x1234567812344123ull, 0x8123000000000000ull + idLow);
    email.createdAtMillis = createdAt;
    email.updatedAtMillis = createdAt;
    email.scheduledAtMillis = createdAt;
    email.status = status;
    email.outcomeAtMillis = createdAt + 10;
    email.to = {{"type", "user-primary-email"}, {"user_id", userId}};
    return email;
}

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

const char kTemplate[] = R"tsx(import { Container, Text } from "@react-email/components";
import { Subject, NotificationCategory, Props } from "@stackframe/emails";

export function EmailTemplate({ user, project }: Props) {
  return (
    <Container>
      <Subject value={`Welcome to ${project.displayName}`} />
      <NotificationCategory value="Marketing" />
      <Text>Hi {user.displayName}, glad you're here.</Text>
    </Container>
  );
}
)tsx";

} // namespace

class TestEmailStore : public QObject
{
    Q_OBJECT

private slots:
    void statusesLikeTheServer()
    {
        QCOMPARE(outboxStatusId(OutboxStatus::RenderError), "render-error");
        QCOMPARE(outboxStatusDbName(OutboxStatus::RenderError), std::string("RENDER_ERROR"));
        QCOMPARE(outboxStatusDbName(OutboxStatus::MarkedAsSpam), std::string("MARKED_AS_SPAM"));
        QCOMPARE(outboxSimpleStatus(OutboxStatus::Skipped), "ok");
        QCOMPARE(outboxSimpleStatus(OutboxStatus::Bounced), "error");
        QCOMPARE(outboxSimpleStatus(OutboxStatus::Scheduled), "in-progress");
        QCOMPARE(outboxStatusFromId("delivery-delayed"), std::optional<OutboxStatus>(OutboxStatus::DeliveryDelayed));
        QVERIFY(!outboxStatusFromId("SENT"));
        const std::set<OutboxStatus> editable = {OutboxStatus::Paused, OutboxStatus::Preparing, OutboxStatus::Rendering,
                                                 OutboxStatus::RenderError, OutboxStatus::Scheduled, OutboxStatus::Queued,
                                                 OutboxStatus::ServerError};
        for (int i = 0; i <= int(OutboxStatus::MarkedAsSpam); ++i)
            QCOMPARE(isEditable(OutboxStatus(i)), editable.count(OutboxStatus(i)) == 1);

        OutboxEmailRecord paused = emailAt(1, 100, OutboxStatus::Scheduled);
        paused.isPaused = true;
        QCOMPARE(paused.effectiveStatus(), OutboxStatus::Paused);
        paused.status = OutboxStatus::Sent; // a flag left over on a sent email does not make it paused
        QCOMPARE(paused.effectiveStatus(), OutboxStatus::Sent);
    }

    void themeEncoding()
    {
        QCOMPARE(EmailThemeRef::fromJson(nullptr).mode, EmailThemeRef::Mode::ProjectDefault);
        const ordered_json no = false;
        QCOMPARE(EmailThemeRef::fromJson(&no).mode, EmailThemeRef::Mode::None);
        const ordered_json null = nullptr;
        const EmailThemeRef nullTheme = EmailThemeRef::fromJson(&null);
        QCOMPARE(nullTheme.mode, EmailThemeRef::Mode::Custom);
        QVERIFY(!nullTheme.toJson()); // reads back as the project's theme: the key is left out
        const ordered_json id = "a0172b5d-cff0-463b-83bb-85124697373a";
        QVERIFY(*EmailThemeRef::fromJson(&id).toJson() == id);
        QVERIFY(*EmailThemeRef::fromJson(&no).toJson() == no);

        EmailDraftRecord draft;
        draft.id = Uuid(1, 2);
        draft.displayName = "Hello";
        const ordered_json json = EmailStore::draftJson(draft);
        QVERIFY(!json.contains("theme_id"));
        QVERIFY(json["sent_at_millis"].is_null());
    }

    void outboxOrderAndCursor()
    {
        EmailStore store;
        // Two at the same instant: the smaller id first.
        store.addEmail(emailAt(5, 1000, OutboxStatus::Sent));
        store.addEmail(emailAt(3, 3000, OutboxStatus::Sent));
        store.addEmail(emailAt(4, 2000, OutboxStatus::Bounced));
        store.addEmail(emailAt(2, 2000, OutboxStatus::Sent, "u-2"));
        store.addEmail(emailAt(1, 500, OutboxStatus::Scheduled));

        const auto first = store.list({}, std::nullopt, 2);
        QCOMPARE(first.items.size(), std::size_t(2));
        QCOMPARE(first.items[0]->id.low() & 0xff, 3ull);
        QCOMPARE(first.items[1]->id.low() & 0xff, 2ull);
        QVERIFY(first.nextCursor);
        QCOMPARE(first.nextCursor->low() & 0xff, 4ull); // the next page starts with it

        const auto second = store.list({}, first.nextCursor, 2);
        QCOMPARE(second.items[0]->id.low() & 0xff, 4ull);
        QCOMPARE(second.items[1]->id.low() & 0xff, 5ull);
        const auto last = store.list({}, second.nextCursor, 2);
        QCOMPARE(last.items.size(), std::size_t(1));
        QVERIFY(!last.nextCursor);

        QVERIFY(store.list({}, Uuid(9, 9), 10).items.empty()); // a cursor naming no email

        OutboxFilter errors;
        errors.simpleStatus = "error";
        QCOMPARE(store.list(errors, std::nullopt, 10).items.size(), std::size_t(1));
        OutboxFilter user2;
        user2.userId = "u-2";
        QCOMPARE(store.list(user2, std::nullopt, 10).items.size(), std::size_t(1));
        OutboxFilter scheduled;
        scheduled.status = OutboxStatus::Scheduled;
        QCOMPARE(store.list(scheduled, std::nullopt, 10).items.front()->id.low() & 0xff, 1ull);
    }

    void deliveryCounts()
    {
        EmailStore store;
        store.addEmail(emailAt(1, 1000, OutboxStatus::Sent));
        store.addEmail(emailAt(2, 2000, OutboxStatus::Clicked));
        store.addEmail(emailAt(3, 3000, OutboxStatus::Bounced));
        store.addEmail(emailAt(4, 4000, OutboxStatus::MarkedAsSpam));
        store.addEmail(emailAt(5, 5000, OutboxStatus::Scheduled));
        const DeliveryCounts all = store.deliveryCounts(0);
        QCOMPARE(all.sent, 3); // marked as spam was delivered first
        QCOMPARE(all.bounced, 1);
        QCOMPARE(all.markedAsSpam, 1);
        QCOMPARE(store.deliveryCounts(2500).sent, 1);
    }

    void outboxJsonPerStatus()
    {
        OutboxEmailRecord skipped = emailAt(1, 1000, OutboxStatus::Skipped);
        skipped.skippedReason = "MANUALLY_CANCELLED";
        ordered_json json = EmailStore::emailJson(skipped);
        QCOMPARE(qs(json["status"].get<std::string>()), u"skipped"_s);
        QCOMPARE(qs(json["skipped_reason"].get<std::string>()), u"MANUALLY_CANCELLED"_s);
        QCOMPARE(json["skipped_at_millis"].get<qint64>(), 1010);
        QCOMPARE(json["has_rendered"].get<bool>(), false);
        QVERIFY(!json.contains("subject"));

        OutboxEmailRecord sent = emailAt(2, 1000, OutboxStatus::Opened);
        sent.renderedAtMillis = 1001;
        sent.subject = "Hi";
        sent.html = "<p>Hi</p>";
        sent.openedAtMillis = 2000;
        json = EmailStore::emailJson(sent);
        QCOMPARE(json["has_delivered"].get<bool>(), true);
        QCOMPARE(json["opened_at_millis"].get<qint64>(), 2000);
        QCOMPARE(qs(json["simple_status"].get<std::string>()), u"ok"_s);
        QVERIFY(json["text"].is_null());
        QVERIFY(json["theme_id"].is_null());
    }

    void rendersSubjectCategoryAndText()
    {
        const auto result = EmailRenderer::render(kTemplate, std::nullopt, {"Acme", "Ada"});
        QVERIFY2(!result.error, result.error ? result.error->c_str() : "");
        QCOMPARE(result.subject, std::optional<std::string>("Welcome to Acme"));
        QCOMPARE(result.notificationCategory, std::optional<std::string>("Marketing"));
        QVERIFY(qs(result.html).contains(u"<p>Hi Ada, glad you're here.</p>"_s));
        QVERIFY(!qs(result.html).contains(u"Subject"_s));
    }

    void builtinsRenderWithTheirThemes()
    {
        for (const BuiltinEmailSource &theme : EmailBuiltins::themes()) {
            QVERIFY2(!EmailRenderer::themeProblem(theme.tsxSource), theme.displayName);
            for (const BuiltinEmailSource &builtin : EmailBuiltins::templates()) {
                const auto result = EmailRenderer::render(builtin.tsxSource, std::string(theme.tsxSource), {"Acme", "Ada"});
                QVERIFY2(!result.error, qPrintable(qs(builtin.displayName) + u": "_s + qs(result.error.value_or(""))));
                QVERIFY2(result.subject && !result.subject->empty(), builtin.displayName);
                QCOMPARE(result.notificationCategory, std::optional<std::string>("Transactional"));
                QVERIFY(qs(result.html).startsWith(u"<!DOCTYPE html><html>"_s));
            }
        }
        const auto verification = EmailRenderer::render(EmailBuiltins::templates().front().tsxSource, std::nullopt, {"Acme", "Ada"});
        QCOMPARE(verification.subject, std::optional<std::string>("Verify your email at Acme"));
        QVERIFY(qs(verification.html).contains(u"Hi, Ada! Please click on the following button"_s));
        const auto dark = EmailRenderer::render(kTemplate, std::string(EmailBuiltins::themes()[1].tsxSource), {"Acme", "Ada"});
        QVERIFY(qs(dark.html).contains(u"background-color:#323232"_s));
        QVERIFY(qs(dark.html).contains(u"to unsubscribe from these emails"_s));
    }

    void brokenSourceFailsLikeABuild()
    {
        std::string unbalanced = kTemplate;
        unbalanced.erase(unbalanced.rfind('}'));
        auto result = EmailRenderer::render(unbalanced, std::nullopt, {});
        QVERIFY(result.error);
        QVERIFY2(qs(*result.error).startsWith(u"Build failed with 1 error:\nvirtual:/template.tsx:"_s), result.error->c_str());
        QVERIFY(qs(*result.error).endsWith(u"ERROR: Expected \"}\" but found end of file"_s));
        QVERIFY(result.html.empty());

        std::string mismatched = kTemplate;
        mismatched.replace(mismatched.find("</Text>"), 7, "</Section>");
        result = EmailRenderer::render(mismatched, std::nullopt, {});
        QVERIFY(result.error);
        QVERIFY2(qs(*result.error).contains(u"virtual:/template.tsx:9:"_s), result.error->c_str());
        QVERIFY(qs(*result.error).endsWith(u"ERROR: Unexpected closing \"Section\" tag does not match opening \"Text\" tag"_s));

        std::string notExported = kTemplate;
        notExported.replace(notExported.find("export function"), 15, "function");
        result = EmailRenderer::render(notExported, std::nullopt, {});
        QCOMPARE(qs(result.error.value_or("")),
                 u"Build failed with 1 error:\nvirtual:/render.tsx:8:9: ERROR: No matching export in \"virtual:/template.tsx\" for import \"EmailTemplate\""_s);

        QCOMPARE(qs(EmailRenderer::themeProblem("export function Theme({ children }) { return <div>{children}</div>; }").value_or("")),
                 u"Build failed with 1 error:\nvirtual:/render.tsx:9:9: ERROR: No matching export in \"virtual:/theme.tsx\" for import \"EmailTheme\""_s);
    }
};

QTEST_GUILESS_MAIN(TestEmailStore)
#include "tst_emailstore.moc"
