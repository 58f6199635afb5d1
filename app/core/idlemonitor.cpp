#include "idlemonitor.h"

namespace bph::core {

IdleMonitor::IdleMonitor(Clock clock, qint64 idleTimeoutMs, qint64 warningMs)
    : m_clock(std::move(clock)), m_idleTimeoutMs(idleTimeoutMs), m_warningMs(warningMs), m_lastActivity(m_clock())
{
}

void IdleMonitor::activity()
{
    m_lastActivity = m_clock();
    m_state = State::Reading;
}

IdleMonitor::State IdleMonitor::update()
{
    const qint64 idle = m_clock() - m_lastActivity;
    if (idle >= m_idleTimeoutMs + m_warningMs)
        m_state = State::ResetDue;
    else if (idle >= m_idleTimeoutMs)
        m_state = State::Warning;
    else
        m_state = State::Reading;
    return m_state;
}

int IdleMonitor::secondsUntilReset() const
{
    if (m_state != State::Warning)
        return 0;
    const qint64 left = m_lastActivity + m_idleTimeoutMs + m_warningMs - m_clock();
    return int((qMax<qint64>(left, 0) + 999) / 1000);
}

} // namespace bph::core
