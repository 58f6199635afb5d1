#pragma once

// A clock that moves only when told to, for tests of time-dependent logic.

#include "clock.h"

namespace bph::core {

// Time that tests set and advance by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0) : m_nowMs(startMs) {}
    Q_DISABLE_COPY_MOVE(ManualClock)

    qint64 nowMs() const override { return m_nowMs; }
    void advance(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs = 0;
};

} // namespace bph::core
