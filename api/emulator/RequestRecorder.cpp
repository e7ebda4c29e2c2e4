#include "RequestRecorder.h"

namespace hexclave::emulator {

void RequestRecorder::record(RecordedRequest request)
{
    const std::lock_guard lock(m_mutex);
    ++m_count;
    m_requests.push_back(std::move(request));
    if (m_requests.size() > kCapacity)
        m_requests.pop_front();
}

QList<RecordedRequest> RequestRecorder::recent() const
{
    const std::lock_guard lock(m_mutex);
    return QList<RecordedRequest>(m_requests.begin(), m_requests.end());
}

void RequestRecorder::clear()
{
    const std::lock_guard lock(m_mutex);
    m_requests.clear();
}

int RequestRecorder::count() const
{
    const std::lock_guard lock(m_mutex);
    return m_count;
}

} // namespace hexclave::emulator
