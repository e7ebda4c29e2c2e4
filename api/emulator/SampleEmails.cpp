#include "SampleEmails.h"

#include "Clock.h"
#include "EmailBuiltins.h"
#include "EmailRenderer.h"
#include "EmailStore.h"
#include "ProjectRecord.h"
#include "Random.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <vector>

using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

constexpr char kDarkThemeId[] = "a0172b5d-cff0-463b-83bb-85124697373a";
constexpr char kTransactionalId[] = "7bb82d33-2f54-4a3d-9d23-82739e0d66ef";
constexpr char kMarketingId[] = "4f6f8873-3d04-46bd-8bef-18338b1a1b4c";

constexpr char kNewsletterSource[] = R"tsx(import { Container, Heading, Text, Button } from "@react-email/components";
import { Subject, NotificationCategory, Props } from "@stackframe/emails";

export function EmailTemplate({ user, project }: Props) {
  return (
    <Container>
      <Subject value={`What's new at ${project.displayName} this month`} />
      <NotificationCategory value="Marketing" />
      <Heading as="h2">Hi {user.displayName}!</Heading>
      <Text>
        This month we shipped faster sign-in, passkeys for every plan and a brand new dashboard.
      </Text>
      <Text>Thank you for building with {project.displayName}.</Text>
      <Button href="https://example.com/changelog">Read the changelog</Button>
    </Container>
  );
}
)tsx";

constexpr char kLaunchSource[] = R"tsx(import { Container, Heading, Text } from "@react-email/components";
import { Subject, NotificationCategory, Props } from "@stackframe/emails";

export function EmailTemplate({ user, project }: Props) {
  return (
    <Container>
      <Subject value="Teams 2.0 is here" />
      <NotificationCategory value="Marketing" />
      <Heading as="h1">Teams 2.0</Heading>
      <Text>Hi {user.displayName}, invite your whole company and manage roles in one place.</Text>
    </Container>
  );
}
)tsx";

constexpr char kMaintenanceSource[] = R"tsx(import { Container, Text } from "@react-email/components";
import { Subject, NotificationCategory, Props } from "@stackframe/emails";

export function EmailTemplate({ user, project }: Props) {
  return (
    <Container>
      <Subject value={"Scheduled maintenance for " + project.displayName} />
      <NotificationCategory value="Transactional" />
      <Text>Sign-in will be unavailable on Sunday between 02:00 and 02:30 UTC.</Text>
    </Container>
  );
}
)tsx";

// What an email of the history contains.
struct Content
{
    const char *source = nullptr;     // TSX, or null for an HTML email
    const char *templateId = nullptr; // a built-in template (programmatic call)
    bool fromNewsletter = false;      // sent from the first draft
    const char *html = nullptr;
    const char *subject = nullptr;    // HTML emails only
};

std::vector<Content> contents()
{
    std::vector<Content> list;
    for (const BuiltinEmailSource &builtin : EmailBuiltins::templates()) {
        const std::string_view name = builtin.displayName;
        if (name == "Email Verification" || name == "Password Reset" || name == "Magic Link/OTP" || name == "Team Invitation")
            list.push_back({builtin.tsxSource, builtin.id, false, nullptr, nullptr});
    }
    list.push_back({kNewsletterSource, nullptr, true, nullptr, nullptr});
    list.push_back({nullptr, nullptr, false, "<p>Your weekly usage report is ready: 1,204 sign-ins, 37 new users.</p>",
                    "Your weekly usage report"});
    return list;
}

ordered_json attemptErrors(Random &random, qint64 firstMillis, int attempts)
{
    static const char *const kReasons[] = {"421 4.7.0 Try again later, closing connection.",
                                           "Connection timed out after 10000 ms",
                                           "454 4.7.1 Relay access denied"};
    ordered_json errors = ordered_json::array();
    const char *reason = random.pick(kReasons);
    for (int attempt = 0; attempt < attempts; ++attempt) {
        ordered_json error = ordered_json::object();
        error["attempt_number"] = attempt + 1;
        error["timestamp"] = Clock::isoUtc(firstMillis + attempt * 5 * kMinuteMillis).toStdString();
        error["external_message"] = std::string("Email server error: ") + reason;
        error["external_details"] = ordered_json::object();
        error["internal_message"] = std::string("SMTP send failed: ") + reason;
        error["internal_details"] = {{"host", "smtp.demo-project.example"}, {"port", 587}};
        errors.push_back(std::move(error));
    }
    return errors;
}

} // namespace

void SampleEmails::addServerAndDrafts(ProjectRecord &project, qint64 nowMillis)
{
    project.config.patch(ConfigLevel::Environment,
                         {{"emails.server",
                           {{"isShared", false},
                            {"provider", "smtp"},
                            {"host", "smtp.demo-project.example"},
                            {"port", 587},
                            {"username", "postmaster@demo-project.example"},
                            {"password", "demo-smtp-password"},
                            {"senderName", "Demo Project"},
                            {"senderEmail", "hello@demo-project.example"}}}});

    Random random(0x5EED0E3A11ull);
    const auto addDraft = [&](const char *name, const char *source, EmailThemeRef theme, qint64 updatedAgo,
                              std::optional<qint64> sentAgo) {
        EmailDraftRecord draft;
        draft.id = Uuid::random(random);
        draft.displayName = name;
        draft.tsxSource = source;
        draft.theme = std::move(theme);
        draft.createdAtMillis = nowMillis - updatedAgo - 2 * kDayMillis;
        draft.updatedAtMillis = nowMillis - updatedAgo;
        if (sentAgo)
            draft.sentAtMillis = nowMillis - *sentAgo;
        project.emails.addDraft(std::move(draft));
    };
    addDraft("November newsletter", kNewsletterSource, {}, 4 * kDayMillis, 3 * kDayMillis);
    addDraft("Product launch: Teams 2.0", kLaunchSource, {EmailThemeRef::Mode::Custom, kDarkThemeId}, 2 * kHourMillis, std::nullopt);
    addDraft("Scheduled maintenance notice", kMaintenanceSource, {EmailThemeRef::Mode::None, {}}, kDayMillis, std::nullopt);
}

void SampleEmails::addHistory(ProjectRecord &project, Random &random, int count, qint64 nowMillis)
{
    std::vector<quint32> recipients;
    for (quint32 i = 0; i < project.users.slotCount(); ++i) {
        const UserRecord &user = project.users.at(i);
        if (!user.deleted && !user.anonymous)
            recipients.push_back(i);
    }
    if (recipients.empty() || count <= 0)
        return;
    const std::vector<Content> kinds = contents();
    std::optional<Uuid> newsletterId;
    for (const EmailDraftRecord *draft : project.emails.draftsByUpdate()) {
        if (draft->sentAtMillis)
            newsletterId = draft->id;
    }
    const ordered_json *selectedTheme = project.config.valueAt("emails.selectedThemeId");
    std::optional<std::string> themeSource;
    std::optional<std::string> themeId;
    if (selectedTheme && selectedTheme->is_string()) {
        themeId = selectedTheme->get<std::string>();
        if (const ordered_json *theme = project.config.valueAt("emails.themes." + selectedTheme->get<std::string>()))
            themeSource = theme->value("tsxSource", std::string());
    }

    for (int n = 0; n < count; ++n) {
        const UserRecord &user = project.users.at(recipients[random.below(quint32(recipients.size()))]);
        const Content &content = kinds[random.below(quint32(kinds.size()))];
        OutboxEmailRecord email;
        email.id = Uuid::random(random);
        // More of them recently, as traffic grows.
        const double age = random.unit() * random.unit();
        email.createdAtMillis = nowMillis - qint64(age * 30 * kDayMillis) - qint64(random.below(60000));
        email.scheduledAtMillis = email.createdAtMillis;
        email.themeId = themeId;
        email.to = {{"type", "user-primary-email"}, {"user_id", user.id.toString()}};
        if (content.templateId) {
            email.templateId = content.templateId;
            email.variables = {{"link", "https://example.com/handler"}};
        }
        if (content.fromNewsletter && newsletterId) {
            email.createdWith = "draft";
            email.draftId = newsletterId;
        }
        email.tsxSource = content.source ? content.source : "";

        const double roll = random.unit();
        const bool future = roll >= 0.95;
        if (future) { // scheduled in the coming days, some paused
            email.createdAtMillis = nowMillis - qint64(random.below(quint32(2 * kDayMillis)));
            email.scheduledAtMillis = nowMillis + kHourMillis + qint64(random.below(quint32(4 * kDayMillis)));
            email.status = OutboxStatus::Scheduled;
            email.isPaused = roll >= 0.985;
            email.updatedAtMillis = email.createdAtMillis;
            project.emails.addEmail(std::move(email));
            continue;
        }

        const qint64 start = email.scheduledAtMillis;
        const qint64 done = start + 400 + qint64(random.below(3000));
        email.updatedAtMillis = done;
        email.startedRenderingAtMillis = start;
        if (roll >= 0.93) { // the template failed to render
            email.status = OutboxStatus::RenderError;
            email.renderError = "Build failed with 1 error:\nvirtual:/template.tsx:14:8: ERROR: Unexpected closing \"Text\" tag does not "
                                "match opening \"Section\" tag";
            project.emails.addEmail(std::move(email));
            continue;
        }
        email.renderedAtMillis = start + 150;
        if (content.source) {
            const auto rendered = EmailRenderer::render(content.source, themeSource, {project.displayName, user.displayName});
            email.subject = rendered.subject.value_or(std::string());
            email.html = rendered.html;
            email.notificationCategoryId = rendered.notificationCategory == std::optional<std::string>("Marketing") ? kMarketingId
                                                                                                                    : kTransactionalId;
        } else {
            email.subject = content.subject;
            email.bodyHtml = content.html;
            email.html = EmailRenderer::wrap(content.html, themeSource, {project.displayName, user.displayName}).html;
            email.notificationCategoryId = kTransactionalId;
        }
        email.isTransactional = email.notificationCategoryId == std::optional<std::string>(kTransactionalId);
        email.outcomeAtMillis = done;

        if (user.primaryEmail.empty()) {
            email.status = OutboxStatus::Skipped;
            email.skippedReason = "USER_HAS_NO_PRIMARY_EMAIL";
        } else if (roll < 0.46) {
            email.status = OutboxStatus::Sent;
        } else if (roll < 0.64) {
            email.status = OutboxStatus::Opened;
            email.openedAtMillis = done + qint64(random.below(quint32(6 * kHourMillis)));
        } else if (roll < 0.72) {
            email.status = OutboxStatus::Clicked;
            email.openedAtMillis = done + qint64(random.below(quint32(6 * kHourMillis)));
            email.clickedAtMillis = email.openedAtMillis + qint64(random.below(quint32(10 * kMinuteMillis)));
        } else if (roll < 0.77) {
            email.status = OutboxStatus::Bounced;
        } else if (roll < 0.785) {
            email.status = OutboxStatus::MarkedAsSpam;
        } else if (roll < 0.80) {
            email.status = OutboxStatus::DeliveryDelayed;
        } else if (roll < 0.86) {
            email.status = OutboxStatus::Skipped;
            email.skippedReason = "MANUALLY_CANCELLED";
            email.startedRenderingAtMillis = 0;
            email.renderedAtMillis = 0;
        } else {
            email.status = OutboxStatus::ServerError;
            email.sendRetries = 3;
            email.sendAttemptErrors = attemptErrors(random, start, 3);
            email.serverError = email.sendAttemptErrors.back()["external_message"].get<std::string>();
        }
        if (email.status != OutboxStatus::Skipped)
            email.startedSendingAtMillis = start + 200;
        // Opens and clicks never come from the future.
        email.openedAtMillis = std::min(email.openedAtMillis, nowMillis);
        email.clickedAtMillis = std::min(email.clickedAtMillis, nowMillis);
        project.emails.addEmail(std::move(email));
    }
}

} // namespace hexclave::emulator
