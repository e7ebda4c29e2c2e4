#pragma once

#include "Emulator.h"

#include <QList>

#include <deque>
#include <mutex>

namespace hexclave::emulator {

// The most recent requests (a ring of 1,000) and a count of all of them.
class RequestRecorder
{
public:
    static constexpr std::size_t kCapacity = 1000;

    void record(RecordedRequest request);
    QList<RecordedRequest> recent() const;
    void clear();
    int count() const;

private:
    mutable std::mutex m_mutex;
    std::deque<RecordedRequest> m_requests;
    int m_count = 0;
};

} // namespace hexclave::emulator
