#pragma once

#include "Emulator.h"

namespace hexclave::emulator {

class DataStore;

// Fills the store with the internal project (the dashboard account), the demo project with
// options.userCount users and a small second project. Everything follows from options.seed;
// timestamps are spread over the two years before a fixed instant (kAnchorMillis), so the same
// seed gives byte-identical answers on every run.
class SampleDataGenerator
{
public:
    static constexpr qint64 kAnchorMillis = 1793491200000; // 2026-11-01T00:00:00Z

    static DemoAccount populate(DataStore &store, const EmulatorOptions &options);
};

} // namespace hexclave::emulator
