#pragma once

#include "Emulator.h"

#include <atomic>

namespace hexclave::emulator {

class DataStore;

// Fills the store with the internal project (the dashboard account), the demo project with
// options.userCount users and a small second project. Everything follows from options.seed;
// timestamps are spread over the two years before options.sampleAnchorMillis (by default the fixed
// kAnchorMillis), so the same seed gives byte-identical answers on every run — except the emails' times, which SampleEmails
// sets relative to now so the delivery totals of the last hour to month have content. Each part
// draws from its own random stream, so the two phases below give the same data whenever and
// wherever they run.
// The caller holds the store lock for each call.
class SampleDataGenerator
{
public:
    static constexpr qint64 kAnchorMillis = 1793491200000; // 2026-11-01T00:00:00Z
    static_assert(EmulatorOptions{}.sampleAnchorMillis == kAnchorMillis);

    // The small part, quick at any userCount: the dashboard account, the projects with their
    // keys and teams (the demo project still without users) and the second project's 10 users.
    static DemoAccount populateAccounts(DataStore &store, const EmulatorOptions &options);
    // The bulk: the demo project's options.userCount users and their team memberships. Returns
    // early, leaving the demo project's users unusable, once `cancel` is true (teardown only).
    static void populateDemoUsers(DataStore &store, const EmulatorOptions &options, const DemoAccount &account,
                                  const std::atomic<bool> *cancel = nullptr);
    // Both, one after the other.
    static DemoAccount populate(DataStore &store, const EmulatorOptions &options);
};

} // namespace hexclave::emulator
