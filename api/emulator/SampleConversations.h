#pragma once

#include <QtGlobal>

#include <cstddef>
#include <string>

namespace hexclave::emulator {

class Random;
struct ProjectRecord;
struct SupportSender;

// The support inboxes of the sample data (see /work/notes/support-facts.md):
// - the demo project has SLA on (support.sla.enabled, firstResponseMinutes 60,
//   nextResponseMinutes 240) and `count` conversations with its users over the last weeks:
//   every status and priority, sources chat/email/manual, threads of customer messages, agent
//   replies, internal notes and status changes (a few long messages with paragraphs, one with a
//   very long unbroken URL), assigned to nobody, the dashboard account or two fictitious agents,
//   tagged (billing, bug, login, feature-request, vip, …); open ones are partly overdue and
//   partly due within the hour;
// - the second project has SLA off and 3 conversations.
// Content and ids follow from the random stream; times are relative to `nowMillis`. Thousands
// generate in milliseconds (the inbox benchmarks).
class SampleConversations
{
public:
    // `agent`: the dashboard account, as the sender of its replies and as an assignee.
    static void addDemoInbox(ProjectRecord &project, Random &random, int count, const SupportSender &agent,
                             qint64 nowMillis);
    static void addSecondInbox(ProjectRecord &project, Random &random, const SupportSender &agent, qint64 nowMillis);
    // A customer's follow-up sentence (Emulator::appendCustomerMessage without a body).
    static std::string customerSentence(std::size_t index);
};

} // namespace hexclave::emulator
