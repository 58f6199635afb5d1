#pragma once

// Monotonic time in milliseconds, behind a seam so that lockouts and idle
// timers can be tested by moving time on instead of waiting.

#include <QtGlobal>

namespace bph::core {

// The steady clock of the machine; tests pass a ManualClock instead.
class Clock
{
public:
    Clock() = default;
    virtual ~Clock() = default;
    Q_DISABLE_COPY_MOVE(Clock)

    // Milliseconds since an arbitrary fixed point; never goes backwards.
    virtual qint64 nowMs() const;
};

} // namespace bph::core
