// The emails endpoints against the TestServer (the emulator, or a live server): the lists of
// templates, themes and drafts, a draft's life cycle with the three theme encodings (and the
// server's PATCH that resets the theme when theme_id is left out), previews and their rendering
// error, the outbox paged through its cursor, delivery totals and a test email that fails.
// Anything that mails a person — a send to a scratch user, a test email that succeeds — runs on
// the emulator only, or on a live server when HEXCLAVE_TEST_SEND_EMAILS=1 says it may (the
// scratch user's address is on example.com; the send is scheduled an hour ahead and cancelled).

#include "ApiTestHelpers.h"
#include "ScratchUsers.h"
#include "TestServer.h"

#include "core/ApiClient.h"
#include "dto/ProjectConfig.h"
#include "endpoints/ConfigEndpoints.h"
#include "endpoints/EmailsEndpoints.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace emails = api::emails;
using api::EmailThemeChoice;

namespace {

const QString unknownId = u"3241a285-8329-4d69-8f3d-316e08cf140c"_s;

const QString source = uR"tsx(import { Container, Text } from "@react-email/components";
import { Subject, NotificationCategory, Props } from "@stackframe/emails";

export function EmailTemplate({ user, project }: Props) {
  return (
    <Container>
      <Subject value="Hexclave endpoint test" />
      <NotificationCategory value="Transactional" />
      <Text>Hello from the endpoint test</Text>
    </Container>
  );
}
)tsx"_s;

} // namespace

class TestEmailsEndpoints : public ScratchUserTestCase
{
    Q_OBJECT

private:
    template <class T>
    std::optional<T> fetch(const api::Call<T> &call)
    {
        JobOutcome outcome(m_client->send(call));
        if (!outcome.waitFinished() || !outcome.succeeded()) {
            qWarning().noquote() << outcome.error().technicalSummary();
            return std::nullopt;
        }
        return outcome.value();
    }

    template <class T>
    api::ApiError failure(const api::Call<T> &call)
    {
        JobOutcome outcome(m_client->send(call));
        if (!outcome.waitFinished() || outcome.succeeded())
            return {};
        return outcome.error();
    }

    // Whether this run may mail people (see the file's comment).
    bool maySend() const { return !m_server->isLive() || qEnvironmentVariable("HEXCLAVE_TEST_SEND_EMAILS") == u"1"_s; }

    bool sharedEmailServer()
    {
        const auto config = fetch(api::config::rendered(scope()));
        return !config || api::emailServerSettingsFrom(*config).isShared;
    }

    std::optional<api::OutboxEmail> newestEmailOf(const QString &userId, const QString &status = {})
    {
        emails::OutboxQuery query;
        query.userId = userId;
        query.status = status;
        query.limit = 10;
        const auto page = fetch(emails::outbox(scope(), query));
        if (!page || page->items.isEmpty())
            return std::nullopt;
        return page->items.first();
    }

private Q_SLOTS:
    void listsParse()
    {
        const auto templates = fetch(emails::templates(scope()));
        QVERIFY(templates);
        QVERIFY(!templates->templates.isEmpty()); // every project has the built-in ones
        const auto themes = fetch(emails::themes(scope()));
        QVERIFY(themes);
        QVERIFY(!themes->themes.isEmpty());
        const auto theme = fetch(emails::theme(scope(), themes->themes.first().id));
        QVERIFY(theme);
        QVERIFY(theme->tsxSource.contains(u"EmailTheme"_s));
        QVERIFY(fetch(emails::drafts(scope())));

        const api::ApiError unknown = failure(emails::theme(scope(), unknownId));
        QCOMPARE(unknown.httpStatus, 404);
        QCOMPARE(unknown.message, u"No theme found with given id"_s);
    }

    void draftLifeCycle()
    {
        const auto themes = fetch(emails::themes(scope()));
        QVERIFY(themes && !themes->themes.isEmpty());
        const QString themeId = themes->themes.first().id;
        const QString name = TestServer::uniqueName(u"draft"_s);

        const auto created = fetch(emails::createDraft(scope(), name, {}, source));
        QVERIFY(created);
        const QString id = created->id;
        auto read = fetch(emails::draft(scope(), id));
        QVERIFY(read);
        QCOMPARE(read->displayName, name);
        QCOMPARE(read->tsxSource, source);
        QCOMPARE(read->theme.kind, EmailThemeChoice::Kind::ProjectDefault);
        QVERIFY(!read->sentAtMillis);

        emails::DraftChange change;
        change.theme = {EmailThemeChoice::Kind::None, {}};
        QVERIFY(fetch(emails::updateDraft(scope(), id, change)));
        QCOMPARE(fetch(emails::draft(scope(), id))->theme.kind, EmailThemeChoice::Kind::None);
        change.theme = {EmailThemeChoice::Kind::Theme, themeId};
        change.displayName = name + u" (renamed)"_s;
        QVERIFY(fetch(emails::updateDraft(scope(), id, change)));
        read = fetch(emails::draft(scope(), id));
        QCOMPARE(read->theme, change.theme);
        QCOMPARE(read->displayName, name + u" (renamed)"_s);

        // The server's pitfall: a PATCH without theme_id sets the draft back to the project's
        // theme — why DraftChange always sends it.
        const api::Call<api::NoContent> renameOnly{api::ApiRequest::patch(
            api::resourcePath(u"/internal/email-drafts"_s, {id}), scope(), R"({"display_name":"renamed without theme"})")};
        QVERIFY(fetch(renameOnly));
        read = fetch(emails::draft(scope(), id));
        QCOMPARE(read->theme.kind, EmailThemeChoice::Kind::ProjectDefault);
        QCOMPARE(read->displayName, u"renamed without theme"_s);

        QVERIFY(fetch(emails::drafts(scope()))->drafts.first().id == id); // newest change first
        QVERIFY(fetch(emails::deleteDraft(scope(), id)));
        const api::ApiError gone = failure(emails::draft(scope(), id));
        QCOMPARE(gone.httpStatus, 404);
        QCOMPARE(gone.message, u"No draft found with given id"_s);
        QCOMPARE(failure(emails::draft(scope(), u"not-a-uuid"_s)).code, u"SCHEMA_ERROR"_s);
    }

    void renderPreview()
    {
        emails::RenderRequest request;
        request.templateTsxSource = source;
        request.theme = {EmailThemeChoice::Kind::None, {}};
        const auto rendered = fetch(emails::renderEmail(scope(), request));
        QVERIFY(rendered);
        QCOMPARE(rendered->subject, u"Hexclave endpoint test"_s);
        QCOMPARE(rendered->notificationCategory, u"Transactional"_s);
        QVERIFY(rendered->html.contains(u"Hello from the endpoint test"_s));

        request.theme = {}; // the project's theme
        QVERIFY(fetch(emails::renderEmail(scope(), request)));

        request.templateTsxSource = QString(source).replace(u"</Text>"_s, u"</Section>"_s);
        const api::ApiError broken = failure(emails::renderEmail(scope(), request));
        QCOMPARE(broken.httpStatus, 400);
        QCOMPARE(broken.code, u"EMAIL_RENDERING_ERROR"_s);
        QVERIFY2(broken.message.startsWith(u"Failed to render email with theme: "_s), qPrintable(broken.message));

        request.templateTsxSource = source;
        request.theme = {EmailThemeChoice::Kind::Theme, unknownId};
        const api::ApiError unknownTheme = failure(emails::renderEmail(scope(), request));
        QCOMPARE(unknownTheme.httpStatus, 400);
        QCOMPARE(unknownTheme.message, u"No theme found with given id"_s);
    }

    void sendRefusals()
    {
        emails::SendEmailRequest request;
        request.userIds = {unknownId};
        request.html = u"<p>never sent</p>"_s;
        const api::ApiError refused = failure(emails::sendEmail(scope(), request));
        QCOMPARE(refused.httpStatus, 400);
        if (sharedEmailServer()) {
            QCOMPARE(refused.code, u"REQUIRES_CUSTOM_EMAIL_SERVER"_s);
            return;
        }
        QCOMPARE(refused.code, u"USER_ID_DOES_NOT_EXIST"_s);
        QCOMPARE(refused.details.value(u"user_id"_s).toString(), unknownId);

        request.userIds.clear();
        request.html.clear();
        request.draftId = unknownId;
        QCOMPARE(failure(emails::sendEmail(scope(), request)).message, u"No draft found with given draft_id"_s);
    }

    void sendToScratchUserThenPauseAndCancel()
    {
        if (!maySend())
            QSKIP("sending mails a person: set HEXCLAVE_TEST_SEND_EMAILS=1 to run this against a live server");
        QVERIFY2(!sharedEmailServer(), "sending needs a project with its own email server");
        const auto user = m_users->create(u"mail"_s);
        QVERIFY(user);

        emails::SendEmailRequest request;
        request.userIds = {user->id};
        request.html = u"<p>Hexclave endpoint test</p>"_s;
        request.subject = u"Hexclave endpoint test"_s;
        request.notificationCategoryName = u"Transactional"_s;
        request.scheduledAtMillis = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        const auto sent = fetch(emails::sendEmail(scope(), request));
        QVERIFY(sent);
        QCOMPARE(sent->userIds, QStringList{user->id});

        std::optional<api::OutboxEmail> email;
        QVERIFY(QTest::qWaitFor([&] { return (email = newestEmailOf(user->id)).has_value(); }, 20000));
        QCOMPARE(email->recipientUserId, user->id);
        QCOMPARE(email->status, u"scheduled"_s);
        QVERIFY(email->isEditable());

        emails::OutboxChange pause;
        pause.paused = true;
        auto changed = fetch(emails::updateOutboxEmail(scope(), email->id, pause));
        QVERIFY(changed);
        QVERIFY(changed->isPaused);
        QCOMPARE(changed->status, u"paused"_s);
        emails::OutboxChange resume;
        resume.paused = false;
        changed = fetch(emails::updateOutboxEmail(scope(), email->id, resume));
        QVERIFY(changed && !changed->isPaused);
        emails::OutboxChange cancel;
        cancel.cancel = true;
        changed = fetch(emails::updateOutboxEmail(scope(), email->id, cancel));
        QVERIFY(changed);
        QCOMPARE(changed->status, u"skipped"_s);
        QCOMPARE(changed->skippedReason, u"MANUALLY_CANCELLED"_s);
        QVERIFY(!changed->isEditable());

        const api::ApiError notEditable = failure(emails::updateOutboxEmail(scope(), email->id, cancel));
        QCOMPARE(notEditable.code, u"EMAIL_NOT_EDITABLE"_s);
        QCOMPARE(notEditable.details.value(u"status"_s).toString(), u"SKIPPED"_s);
        QVERIFY(notEditable.message.contains(u"cannot be edited because it is in status \"SKIPPED\""_s));
        QCOMPARE(fetch(emails::outboxEmail(scope(), email->id))->status, u"skipped"_s);
        QCOMPARE(failure(emails::outboxEmail(scope(), unknownId)).message, u"Email not found"_s);
    }

    void sendADraftNow()
    {
        if (!maySend())
            QSKIP("sending mails a person: set HEXCLAVE_TEST_SEND_EMAILS=1 to run this against a live server");
        QVERIFY2(!sharedEmailServer(), "sending needs a project with its own email server");
        const auto user = m_users->create(u"draftmail"_s);
        QVERIFY(user);
        const auto draft = fetch(emails::createDraft(scope(), TestServer::uniqueName(u"send"_s), {}, source));
        QVERIFY(draft);

        emails::SendEmailRequest request;
        request.userIds = {user->id};
        request.draftId = draft->id;
        QVERIFY(fetch(emails::sendEmail(scope(), request)));
        QVERIFY(fetch(emails::draft(scope(), draft->id))->sentAtMillis);

        // Delivered (or failed) once the server is done with it; then it can no longer change.
        std::optional<api::OutboxEmail> email;
        QVERIFY(QTest::qWaitFor([&] {
            email = newestEmailOf(user->id);
            return email && email->simpleStatus != u"in-progress"_s;
        }, 60000));
        QCOMPARE(email->createdWith, u"draft"_s);
        QCOMPARE(email->emailDraftId, draft->id);
        if (!email->isEditable()) {
            emails::OutboxChange pause;
            pause.paused = true;
            QCOMPARE(failure(emails::updateOutboxEmail(scope(), email->id, pause)).code, u"EMAIL_NOT_EDITABLE"_s);
        }
        QVERIFY(fetch(emails::deleteDraft(scope(), draft->id)));
    }

    void outboxPagesWithoutRepeats()
    {
        emails::OutboxQuery query;
        query.limit = 30;
        const auto reference = fetch(emails::outbox(scope(), query));
        QVERIFY(reference);
        QVERIFY(reference->isPaginated);

        query.limit = 4;
        QStringList paged;
        QSet<QString> seen;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int page = 0; page < 8; ++page) {
            const auto answer = fetch(emails::outbox(scope(), query));
            QVERIFY(answer);
            QVERIFY(answer->items.size() <= 4);
            for (const api::OutboxEmail &email : answer->items) {
                QVERIFY2(!seen.contains(email.id), qPrintable(email.id));
                seen.insert(email.id);
                paged << email.id;
                QVERIFY(email.createdAtMillis <= previous); // newest first
                previous = email.createdAtMillis;
            }
            if (!answer->nextCursor)
                break;
            query.cursor = *answer->nextCursor;
        }
        for (int i = 0; i < std::min(paged.size(), reference->items.size()); ++i)
            QCOMPARE(paged.at(i), reference->items.at(i).id);
        if (!m_server->isLive())
            QCOMPARE(paged.size(), 32); // eight full pages: the emulator's sample outbox has hundreds

        query = {};
        query.simpleStatus = u"error"_s;
        const auto errors = fetch(emails::outbox(scope(), query));
        QVERIFY(errors);
        if (!m_server->isLive())
            QVERIFY(!errors->items.isEmpty()); // the sample outbox has emails in every status
        for (const api::OutboxEmail &email : errors->items)
            QCOMPARE(email.simpleStatus, u"error"_s);

        query = {};
        query.limit = 101;
        const api::ApiError tooMany = failure(emails::outbox(scope(), query));
        QCOMPARE(tooMany.httpStatus, 400);
        QCOMPARE(tooMany.message, u"Limit cannot exceed 100"_s);
    }

    void outboxAndDeliveryWithAServerKey()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::ServerKey);
        const auto serverClient = m_server->serverClient(&m_network);
        JobOutcome info(serverClient->send(emails::deliveryInfo(scope())));
        HEXCLAVE_WAIT_JOB(info);
        QVERIFY2(info.succeeded(), qPrintable(info.error().technicalSummary()));
        const api::DeliveryInfo &totals = info.value();
        QVERIFY(totals.hour.sent <= totals.day.sent);
        QVERIFY(totals.day.sent <= totals.week.sent);
        QVERIFY(totals.week.sent <= totals.month.sent);
        QVERIFY(totals.ratePerSecond > 0);
        if (!m_server->isLive())
            QVERIFY(totals.month.sent > 0);

        JobOutcome page(serverClient->send(emails::outbox(scope(), {})));
        HEXCLAVE_WAIT_JOB(page);
        QVERIFY(page.succeeded());
        JobOutcome drafts(serverClient->send(emails::drafts(scope())));
        HEXCLAVE_WAIT_JOB(drafts);
        QCOMPARE(drafts.error().httpStatus, 401); // admin only
    }

    void testEmailThatCannotBeDelivered()
    {
        emails::TestEmailRequest request;
        request.recipientEmail = u"nobody@example.com"_s;
        request.server.host = u"unreachable.invalid"_s;
        request.server.port = 587;
        request.server.username = u"user"_s;
        request.server.password = u"not-a-password"_s;
        request.server.senderName = u"Hexclave test"_s;
        request.server.senderEmail = u"test@example.com"_s;
        JobOutcome outcome(m_client->send(emails::sendTestEmail(scope(), request)));
        QVERIFY(outcome.waitFinished(30000)); // the server gives up after 10 s
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error().technicalSummary()));
        QVERIFY(!outcome.value().success);
        QVERIFY(!outcome.value().errorMessage.isEmpty());

        if (m_server->isLive())
            return; // a test email that works reaches a real mailbox
        request.server.host = u"smtp.example.com"_s;
        const auto delivered = fetch(emails::sendTestEmail(scope(), request));
        QVERIFY(delivered);
        QVERIFY(delivered->success);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestEmailsEndpoints)
#include "tst_EmailsEndpoints.moc"
