#include "SampleConversations.h"

#include "Clock.h"
#include "ProjectConfigStore.h"
#include "ProjectRecord.h"
#include "Random.h"
#include "SupportStore.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <vector>

using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

// What a conversation is about: its subject, the customer's first message and a fitting tag.
struct Topic
{
    const char *subject;
    const char *opening;
    const char *tag; // may be empty
};

constexpr char kLongOpening[] =
    "Hi team,\n\n"
    "we have been using Hexclave for our customer portal since the spring and overall it works really well, "
    "but since last Tuesday a growing number of our users report that they are signed out after a few minutes, "
    "sometimes in the middle of filling in a long form. We did not deploy anything on our side that day.\n\n"
    "What we checked so far: the clocks of our servers are in sync, the refresh tokens are stored in the cookie "
    "as described in the docs, and the problem happens in Chrome, Firefox and Safari alike. It seems to affect "
    "mostly users who have the portal open in two tabs at the same time, but we are not completely sure about "
    "that yet.\n\n"
    "Could you have a look at whether something changed in how sessions are refreshed? We can send you HAR files "
    "and the ids of a few affected users if that helps.\n\n"
    "Thanks a lot,\nthe portal team";

constexpr char kLongUrlOpening[] =
    "After signing in with Google I end up on this page instead of our dashboard: "
    "https://app.example-customer.io/handler/oauth-callback?code=4%2F0AfJohXkZ8s7d6f5g4h3j2k1l0p9o8i7u6y5t4r3e2w1q"
    "aZsXdCfVgBhNjMkLpOiUyTrEwQaSdFgHjKlZxCvBnMqWeRtYuIoPlKjHgFdSaMnBvCxZlKjHgFdSaPoIuYtReWqAsDfGhJkLzXcVbNm"
    "&state=eyJyZWRpcmVjdFVybCI6Imh0dHBzOi8vYXBwLmV4YW1wbGUtY3VzdG9tZXIuaW8vZGFzaGJvYXJkIiwibm9uY2UiOiIxMjM0NTY3"
    "ODkwYWJjZGVmIn0&error=redirect_uri_mismatch — is our redirect URL configured wrongly?";

constexpr Topic kTopics[] = {
    {"Can't sign in after password reset", "I reset my password this morning but the new one is not accepted. The old one doesn't work either.", "login"},
    {"Charged twice for the Pro plan", "My card was charged twice this month for the Pro plan (two identical invoices). Can you refund one of them?", "billing"},
    {"Invoice needs our VAT number", "Could you re-issue last month's invoice with our VAT number DE 812 345 678 on it? Our accounting needs it.", "billing"},
    {"Users signed out after a few minutes", kLongOpening, "bug"},
    {"Redirect after Google sign-in fails", kLongUrlOpening, "login"},
    {"Feature request: SAML single sign-on", "We are evaluating Hexclave for a larger rollout and our IT department requires SAML SSO. Is that on the roadmap?", "feature-request"},
    {"Verification email never arrives", "I signed up an hour ago and still have no verification email. Spam folder is empty too.", "login"},
    {"How do I export all users?", "Is there a way to export all our users with their sign-up date to a CSV file?", ""},
    {"Two-factor code not accepted", "My authenticator app shows a code but the sign-in page says it is invalid every time.", "login"},
    {"Upgrade to the team plan", "We'd like to move from the individual plan to the team plan. Will we lose any data?", "billing"},
    {"Webhook deliveries failing with 500", "Since yesterday all webhook deliveries to our endpoint show status 500 in the dashboard, but our logs show nothing.", "bug"},
    {"Delete my account", "Please delete my account and all data you have about me.", ""},
    {"Passkey option missing on iPhone", "The 'Sign in with a passkey' button does not appear on my iPhone, only on my laptop.", "bug"},
    {"Refund request for unused seats", "We bought 20 seats but only use 12. Can we get a refund for the unused ones?", "billing"},
    {"Dark mode for the sign-in page", "It would be great if the hosted sign-in page followed the system dark mode.", "feature-request"},
    {"API key stopped working", "Our server key suddenly returns 401. We did not revoke it as far as I know.", "bug"},
    {"Change the email address of my account", "I changed jobs and need to move my account to my new email address.", "login"},
    {"Team invitation link expired", "I got an invitation to my company's team but the link says it has expired.", "login"},
    {"Question about data residency", "Where is our user data stored? We need it to stay within the EU.", "vip"},
    {"Slow dashboard when listing users", "Listing users in the dashboard takes more than ten seconds for our project.", "bug"},
    {"Cannot connect my GitHub account", "Connecting GitHub fails with 'account already used for sign-in' but I never used it before.", "login"},
    {"Custom domain for emails", "How can we send the verification emails from our own domain instead of the shared one?", "feature-request"},
    {"Payment failed but card is fine", "The renewal payment failed although the card works everywhere else.", "billing"},
    {"Onboarding call for our team", "We just signed the enterprise contract. Could we schedule an onboarding call next week?", "vip"},
};

constexpr const char *kAgentReplies[] = {
    "Thanks for reaching out! I'm looking into this now and will get back to you shortly.",
    "Thanks for the details. Could you tell me the email address of the affected account and roughly when it happened?",
    "I've checked your account and fixed the problem on our side. Could you try again and let me know if it works now?",
    "Sorry for the trouble! This is a known issue and a fix is being rolled out today.",
    "I have passed this on to our engineering team. I'll update you as soon as I hear back.",
    "Good news: the refund has been issued. It can take 5-10 business days to show up on your statement.",
    "You can find this under Settings → Project → Users → Export. Let me know if anything is unclear.",
    "Could you send us a screenshot of the error message? That would help us narrow it down.",
    "I've re-sent the email. Please also check whether your mail server blocks messages from new senders.",
    "Thanks for your patience while we looked into this.\n\n"
    "Here is what we found: the sessions of the affected users were refreshed from two tabs at nearly the same "
    "moment, and the second refresh used a token the first one had already rotated. The server then treated it as "
    "a reused token and signed the user out, which is the safe thing to do but clearly not what you want here.\n\n"
    "We have deployed a change that allows a short grace period for exactly this case. Nothing needs to change on "
    "your side; users who were signed out only need to sign in once more.\n\n"
    "If you still see sign-outs after today, please send us the user ids and the approximate times.",
};

constexpr const char *kCustomerFollowUps[] = {
    "Thanks, I'll try that and report back.",
    "It still doesn't work, unfortunately. Same error as before.",
    "Here is the screenshot you asked for. The error appears right after clicking 'Continue'.",
    "The account is the one I'm writing from. It happened around 9:30 this morning.",
    "Any news on this? It is blocking a few of our users.",
    "Just tried again on a different browser, same result.",
    "Okay, that makes sense. One more question: does this also apply to our staging project?",
    "I checked the spam folder and the mail server logs — nothing there.",
    "Is there anything else you need from me?",
    "Following up on this — we have a release on Friday and need it sorted before then.",
};

constexpr const char *kThanks[] = {
    "That fixed it, thank you so much!",
    "Works now. Thanks for the quick help!",
    "Perfect, thanks!",
};

constexpr const char *kNotes[] = {
    "Checked the logs: the token refresh fails with a clock skew error. Escalating to the platform team.",
    "Customer is on the enterprise plan — handle with priority.",
    "Duplicate charge confirmed in Stripe. Refund issued from the billing console.",
    "Looks like the same issue as last week's ticket about the OAuth callback. Linking both.",
    "Waiting for engineering to confirm the fix is deployed before replying.",
    "Asked in #support-eng whether this is expected behaviour.",
};

constexpr const char *kTags[] = {"billing", "bug", "login", "feature-request", "vip", "urgent-followup", "docs"};

// Assignees besides the dashboard account (free strings, like the dashboard writes them).
const SupportSender kOtherAgents[] = {
    {SupportSenderType::Agent, "5b2d8f4e-7c1a-4e3b-9f6d-2a8c4e1b7d30", "Maria Keller", "maria.keller@support.example.com"},
    {SupportSenderType::Agent, "c81e6a29-3f4d-4b7e-8a5c-9d2f1e6b4a07", "Tom Okafor", "tom.okafor@support.example.com"},
};

enum class Step : quint8 { Customer, Agent, Note, Close, Reopen, Pend };

// The messages of a conversation that ends in `status`, in order. Customer-started ones (chat,
// email) begin with the customer's message, manual ones with the agent's.
std::vector<Step> scriptFor(Random &random, bool customerStarted, ConversationStatus status)
{
    std::vector<Step> steps;
    steps.push_back(customerStarted ? Step::Customer : Step::Agent);
    const quint32 rounds = random.below(4);
    for (quint32 i = 0; i < rounds; ++i) {
        if (steps.back() == Step::Customer) {
            if (random.chance(0.3))
                steps.push_back(Step::Note);
            steps.push_back(Step::Agent);
            steps.push_back(Step::Customer);
        } else {
            steps.push_back(Step::Customer);
            steps.push_back(Step::Agent);
        }
    }
    switch (status) {
    case ConversationStatus::Open:
        if (steps.back() != Step::Customer)
            steps.push_back(Step::Customer);
        if (random.chance(0.12)) { // closed too early: the customer wrote again, the agent reopened
            steps.insert(steps.end(), {Step::Agent, Step::Close, Step::Customer, Step::Reopen});
        } else if (random.chance(0.15)) {
            steps.push_back(Step::Note);
        }
        break;
    case ConversationStatus::Pending:
        if (steps.back() != Step::Customer)
            steps.push_back(Step::Customer);
        if (random.chance(0.12)) {
            steps.insert(steps.end(), {Step::Note, Step::Pend});
        } else {
            steps.push_back(Step::Agent);
        }
        break;
    case ConversationStatus::Closed:
        if (steps.back() == Step::Customer)
            steps.push_back(Step::Agent);
        if (random.chance(0.3))
            steps.push_back(Step::Customer); // "thanks"
        steps.push_back(Step::Close);
        if (random.chance(0.15))
            steps.push_back(Step::Customer); // writing into a closed conversation leaves it closed
        break;
    }
    return steps;
}

ConversationStatus pickStatus(Random &random)
{
    const quint32 roll = random.below(100);
    if (roll < 40)
        return ConversationStatus::Open;
    if (roll < 68)
        return ConversationStatus::Pending;
    return ConversationStatus::Closed;
}

ConversationPriority pickPriority(Random &random)
{
    const quint32 roll = random.below(100);
    if (roll < 18)
        return ConversationPriority::Low;
    if (roll < 68)
        return ConversationPriority::Normal;
    if (roll < 90)
        return ConversationPriority::High;
    return ConversationPriority::Urgent;
}

const char *pickSource(Random &random)
{
    const quint32 roll = random.below(100);
    if (roll < 50)
        return "chat";
    if (roll < 78)
        return "email";
    return "manual";
}

// How long ago the last message was. Open conversations are partly within the SLA window (due
// soon) and partly well past it (overdue); the rest spread over six weeks, most recent first.
qint64 pickAge(Random &random, ConversationStatus status)
{
    if (status == ConversationStatus::Open) {
        const quint32 roll = random.below(100);
        if (roll < 30)
            return random.between(3 * kMinuteMillis, 50 * kMinuteMillis);
        if (roll < 45)
            return random.between(2 * kHourMillis, 3 * kHourMillis + 50 * kMinuteMillis);
        return random.between(5 * kHourMillis, 4 * kDayMillis);
    }
    return qint64(std::pow(random.unit(), 1.8) * double(42 * kDayMillis)) + random.between(10 * kMinuteMillis, kHourMillis);
}

std::vector<quint32> liveUsers(const ProjectRecord &project)
{
    std::vector<quint32> users;
    for (quint32 i = 0; i < project.users.slotCount(); ++i) {
        const UserRecord &user = project.users.at(i);
        if (!user.deleted && !user.anonymous)
            users.push_back(i);
    }
    return users;
}

std::string pickText(Random &random, const char *const *texts, std::size_t count)
{
    return texts[random.below(quint32(count))];
}

template<std::size_t N>
std::string pickText(Random &random, const char *const (&texts)[N])
{
    return pickText(random, texts, N);
}

// The `index`th conversation: the first ones go through every topic (so the long messages are
// always there), later ones pick at random.
ConversationRecord makeConversation(const ProjectRecord &project, Random &random, int index, const std::vector<quint32> &users,
                                    const SupportSender &me, const SupportSla &sla, qint64 nowMillis)
{
    ConversationRecord conversation;
    conversation.id = Uuid::random(random);
    const Topic &topic = std::size_t(index) < std::size(kTopics) ? kTopics[index] : random.pick(kTopics);
    conversation.subject = topic.subject;
    const ConversationStatus status = pickStatus(random);
    conversation.priority = pickPriority(random);
    conversation.source = pickSource(random);
    const bool customerStarted = conversation.source != "manual";

    SupportSender customer{SupportSenderType::User, {}, {}, {}};
    if (!users.empty()) {
        const UserRecord &user = project.users.at(users[random.below(quint32(users.size()))]);
        conversation.userId = user.id;
        customer = {SupportSenderType::User, user.id.toString(), user.displayName, user.primaryEmail};
    }

    // Who handles it: nobody yet, the dashboard account, or one of the two others.
    SupportSender handler = me;
    const quint32 assigneeRoll = random.below(100);
    if (assigneeRoll >= 35) {
        if (assigneeRoll >= 60)
            handler = kOtherAgents[assigneeRoll >= 80 ? 1 : 0];
        conversation.assignedToUserId = handler.id;
        conversation.assignedToDisplayName = handler.displayName;
    }
    if (topic.tag[0] != '\0' && random.chance(0.8))
        conversation.tags.emplace_back(topic.tag);
    if (random.chance(0.2)) {
        const std::string extra = random.pick(kTags);
        if (std::find(conversation.tags.begin(), conversation.tags.end(), extra) == conversation.tags.end())
            conversation.tags.push_back(extra);
    }

    const std::vector<Step> steps = scriptFor(random, customerStarted, status);
    const qint64 lastAt = nowMillis - pickAge(random, status);
    // Message i at created + span * i / (n - 1), a few minutes to days apart.
    const qint64 gap = random.between(4 * kMinuteMillis, status == ConversationStatus::Open ? 40 * kMinuteMillis : 20 * kHourMillis);
    const qint64 span = gap * qint64(steps.size() - 1);
    conversation.createdAtMillis = lastAt - span - random.between(1000, 20000);
    conversation.updatedAtMillis = conversation.createdAtMillis;
    if (customerStarted && sla.enabled && sla.firstResponseMinutes)
        conversation.firstResponseDueAtMillis = conversation.createdAtMillis + *sla.firstResponseMinutes * kMinuteMillis;
    conversation.entryPoints.push_back({Uuid::random(random), conversation.source,
                                        conversation.source == "chat" ? "support-chat" : "support-dashboard",
                                        conversation.createdAtMillis});

    for (std::size_t i = 0; i < steps.size(); ++i) {
        const qint64 at = steps.size() == 1 ? lastAt : conversation.createdAtMillis + span * qint64(i) / qint64(steps.size() - 1) + 1000;
        SupportMessage message;
        message.id = Uuid::random(random);
        message.createdAtMillis = i + 1 == steps.size() ? lastAt : at;
        const bool first = i == 0;
        const bool afterClose = i > 0 && steps[i - 1] == Step::Close;
        switch (steps[i]) {
        case Step::Customer:
            message.sender = customer;
            if (first)
                message.body = topic.opening;
            else if (status == ConversationStatus::Closed && (afterClose || (i + 1 < steps.size() && steps[i + 1] == Step::Close)))
                message.body = pickText(random, kThanks);
            else
                message.body = pickText(random, kCustomerFollowUps);
            SupportStore::appendMessage(conversation, std::move(message), sla);
            break;
        case Step::Agent:
            message.sender = handler;
            if (first) { // POST /internal/conversations: the agent opens it and it stays open
                message.body = std::string("Hi! Following up on your call about \"") + topic.subject
                    + "\": I've opened this conversation so we can keep everything in one place. Could you send us "
                      "the details here?";
                conversation.lastAgentReplyAtMillis = message.createdAtMillis;
                conversation.updatedAtMillis = message.createdAtMillis;
                conversation.messages.push_back(std::move(message));
                break;
            }
            message.body = pickText(random, kAgentReplies);
            SupportStore::appendMessage(conversation, std::move(message), sla);
            break;
        case Step::Note:
            message.type = SupportMessageType::InternalNote;
            message.sender = handler;
            message.body = pickText(random, kNotes);
            SupportStore::appendMessage(conversation, std::move(message), sla);
            break;
        case Step::Close:
        case Step::Reopen:
        case Step::Pend: {
            const ConversationStatus target = steps[i] == Step::Close ? ConversationStatus::Closed
                : steps[i] == Step::Reopen                           ? ConversationStatus::Open
                                                                     : ConversationStatus::Pending;
            SupportStore::changeStatus(conversation, target, handler, message.createdAtMillis);
            conversation.messages.back().id = message.id; // seeded, not random
            break;
        }
        }
    }
    return conversation;
}

// Nested rather than dotted: the emulator's config has no "support" defaults, and a dotted key
// without its parent object would be dropped when rendering.
void enableSla(ProjectRecord &project)
{
    project.config.patch(ConfigLevel::Branch,
                         {{"support",
                           {{"sla", {{"enabled", true}, {"firstResponseMinutes", 60}, {"nextResponseMinutes", 240}}},
                            {"defaultPriority", "normal"}}}});
}

void addInbox(ProjectRecord &project, Random &random, int count, const SupportSender &agent, qint64 nowMillis)
{
    const SupportSla sla = SupportSla::of(project);
    const std::vector<quint32> users = liveUsers(project);
    project.support.reserve(project.support.size() + std::size_t(count));
    for (int i = 0; i < count; ++i)
        project.support.add(makeConversation(project, random, i, users, agent, sla, nowMillis));
}

} // namespace

void SampleConversations::addDemoInbox(ProjectRecord &project, Random &random, int count, const SupportSender &agent,
                                       qint64 nowMillis)
{
    enableSla(project);
    addInbox(project, random, count, agent, nowMillis);
}

void SampleConversations::addSecondInbox(ProjectRecord &project, Random &random, const SupportSender &agent, qint64 nowMillis)
{
    // SLA off: nothing in its config (the default), which keeps its overrides as fixture 36 has them.
    addInbox(project, random, 3, agent, nowMillis);
}

std::string SampleConversations::customerSentence(std::size_t index)
{
    return kCustomerFollowUps[index % std::size(kCustomerFollowUps)];
}

} // namespace hexclave::emulator
