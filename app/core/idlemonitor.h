#pragma once

// Decides when a kiosk has been left alone: reading, then an "Are you still
// reading?" warning with a countdown, then a reset for the next reader.
// Pure logic over an injectable clock, so tests can skip minutes at once.

#include <QtGlobal>

#include <functional>

namespace bph::core {

class IdleMonitor final
{
public:
    enum class State { Reading, Warning, ResetDue };
    using Clock = std::function<qint64()>;  // milliseconds, monotonic

    IdleMonitor(Clock clock, qint64 idleTimeoutMs, qint64 warningMs);

    // Any touch, key or mouse movement: back to Reading, timer restarted.
    void activity();
    // Re-reads the clock; call it often (the UI does, from a timer).
    State update();
    State state() const { return m_state; }
    // Whole seconds left before the reset while warning; 0 otherwise.
    int secondsUntilReset() const;
    // After a reset has been carried out: a fresh start for the next reader.
    void restart() { activity(); }

private:
    Clock m_clock;
    qint64 m_idleTimeoutMs;
    qint64 m_warningMs;
    qint64 m_lastActivity = 0;
    State m_state = State::Reading;
};

} // namespace bph::core
