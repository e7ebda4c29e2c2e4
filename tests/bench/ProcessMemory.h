#pragma once

#include <QtGlobal>

namespace hexclave::bench {

// This process's memory, from /proc/self/status (Linux; 0 elsewhere).
namespace memory {

qint64 residentKb(); // VmRSS
qint64 peakKb();     // VmHWM: the highest VmRSS so far (since the last resetPeak())
// Starts a new peak at the current RSS (writes 5 to /proc/self/clear_refs); false when the
// kernel refuses, and VmHWM then covers the whole run.
bool resetPeak();
// The peak resident size of the child processes waited for so far (getrusage).
qint64 childrenPeakKb();
// Hands the heap's free memory back to the system (glibc's malloc_trim; nothing elsewhere), so
// that VmRSS shows what is in use rather than what earlier work left free.
void releaseFreeHeap();

} // namespace memory

} // namespace hexclave::bench
