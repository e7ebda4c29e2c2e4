#pragma once

#include <QtGlobal>

namespace hexclave::emulator {

class Random;
struct ProjectRecord;

// The demo project's emails: its own SMTP server in the environment config (so templates can be
// edited and emails sent; the second project keeps the shared server, which refuses both), three
// drafts (one sent, one with the dark theme, one without a theme), and an outbox history.
class SampleEmails
{
public:
    static void addServerAndDrafts(ProjectRecord &project, qint64 nowMillis);
    // About `count` emails to the project's users over the 30 days before `nowMillis`, in every
    // status: mostly sent, opened and clicked, some bounced, marked as spam, skipped (cancelled,
    // or a user without a primary email), server errors with their attempts, render errors, and
    // a few scheduled in the coming days, two of them paused. Relative to now, so the delivery
    // totals (last hour/day/week/month) have content whenever the emulator starts.
    static void addHistory(ProjectRecord &project, Random &random, int count, qint64 nowMillis);
};

} // namespace hexclave::emulator
