#include "pingate.h"
#include "clock.h"
#include "pinhash.h"

#include <QLoggingCategory>

#include <algorithm>

namespace bph::core {

namespace {

Q_LOGGING_CATEGORY(lcPin, "bph.core.kiosk.pin")

// Whole seconds, rounded up, for log lines a person reads.
qint64 seconds(qint64 ms)
{
    return (ms + 999) / 1000;
}

} // namespace

PinGate::PinGate(QString pinHash, const Clock &clock) : m_pinHash(std::move(pinHash)), m_clock(clock)
{
}

bool PinGate::hasPin() const
{
    return isPinHash(m_pinHash);
}

qint64 PinGate::lockoutAfter(int wrongAttempts)
{
    if (wrongAttempts < kFreeAttempts)
        return 0;
    // Capping the shift keeps it defined however many attempts are made.
    const int doublings = std::min(wrongAttempts - kFreeAttempts, 16);
    return std::min(kFirstLockoutMs << doublings, kMaxLockoutMs);
}

qint64 PinGate::remainingLockoutMs() const
{
    return std::max<qint64>(0, m_lockedUntilMs - m_clock.nowMs());
}

PinGate::Attempt PinGate::tryPin(const QString &pin)
{
    if (!hasPin()) {
        qCWarning(lcPin) << "staff exit refused: no staff PIN hash is configured";
        return {Result::NoPin, 0};
    }
    if (const qint64 remaining = remainingLockoutMs(); remaining > 0) {
        qCWarning(lcPin).nospace() << "staff exit refused: the PIN prompt is locked for another " << seconds(remaining) << " s";
        return {Result::LockedOut, remaining};
    }
    if (verifyPin(m_pinHash, pin)) {
        qCInfo(lcPin).nospace() << "staff exit: PIN accepted after " << m_wrongAttempts << " wrong attempt(s); leaving kiosk mode";
        m_wrongAttempts = 0;
        m_lockedUntilMs = 0;
        return {Result::Accepted, 0};
    }
    ++m_wrongAttempts;
    const qint64 lockout = lockoutAfter(m_wrongAttempts);
    m_lockedUntilMs = lockout > 0 ? m_clock.nowMs() + lockout : 0;
    if (lockout > 0)
        qCWarning(lcPin).nospace() << "staff exit: wrong PIN (attempt " << m_wrongAttempts << "); prompt locked for " << seconds(lockout) << " s";
    else
        qCWarning(lcPin).nospace() << "staff exit: wrong PIN (attempt " << m_wrongAttempts << ")";
    return {Result::Wrong, lockout};
}

} // namespace bph::core
