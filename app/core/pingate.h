#pragma once

// The staff exit of a kiosk: checks a PIN against the configured hash and,
// after repeated wrong PINs, refuses every attempt for growing intervals so a
// PIN cannot be guessed at the keypad.

#include <QString>

namespace bph::core {

class Clock;

// Decides whether a PIN typed at the kiosk lets staff out, and locks guessing.
class PinGate final
{
public:
    enum class Result {
        Accepted,   // the right PIN: staff may leave kiosk mode
        Wrong,      // a wrong PIN; lockedForMs says whether a lockout starts
        LockedOut,  // refused unchecked; lockedForMs is the time left
        NoPin,      // no usable PIN hash is configured: nothing unlocks
    };
    struct Attempt {
        Result result = Result::Wrong;
        qint64 lockedForMs = 0;  // 0 when the prompt is not locked
    };

    static constexpr int kFreeAttempts = 3;             // wrong PINs before the first lockout
    static constexpr qint64 kFirstLockoutMs = 30'000;   // doubles with each further wrong PIN
    static constexpr qint64 kMaxLockoutMs = 900'000;    // 15 minutes

    // `pinHash` from isPinHash()-valid configuration; `clock` must outlive
    // the gate.
    explicit PinGate(QString pinHash, const Clock &clock);
    Q_DISABLE_COPY_MOVE(PinGate)

    bool hasPin() const;
    // Checks `pin` unless the prompt is locked. Logs every outcome, never the
    // PIN itself.
    Attempt tryPin(const QString &pin);
    // How long the prompt stays locked from now; 0 when it is open.
    qint64 remainingLockoutMs() const;
    int wrongAttempts() const { return m_wrongAttempts; }

    // How long the prompt locks after `wrongAttempts` wrong PINs in a row.
    static qint64 lockoutAfter(int wrongAttempts);

private:
    QString m_pinHash;
    const Clock &m_clock;
    int m_wrongAttempts = 0;
    qint64 m_lockedUntilMs = 0;
};

} // namespace bph::core
