#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace hexclave::bench {

// How long the thread's event loop went without turning: a 2 ms timer that notes the largest
// gap between its ticks (a stall of the GUI thread shows up as a late tick).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            longestMs = std::max(longestMs, now - m_lastMs);
            m_lastMs = now;
        });
        m_clock.start();
        m_timer.start();
    }

    double longestMs = 0;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_lastMs = 0;
};

} // namespace hexclave::bench
