#include "clock.h"

#include <chrono>

namespace bph::core {

qint64 Clock::nowMs() const
{
    // steady_clock, not the wall clock: a kiosk's time may be corrected while
    // it runs, and a lockout must not end (or last for ever) because of that.
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::milliseconds>(now).count();
}

} // namespace bph::core
