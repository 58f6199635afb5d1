#pragma once

// Turns the reader's window into a clinic kiosk: full screen and locked, a
// reset for the next reader after an idle warning, and a staff-only exit.

#include "idlemonitor.h"
#include "kioskconfig.h"
#include "pingate.h"

#include <QObject>
#include <QPointer>

class QKeyEvent;
class QTimer;
class QToolButton;

namespace bph::core {
class Clock;
}

namespace bph::ui {

class IdleWarning;
class MainWindow;

class KioskController final : public QObject
{
    Q_OBJECT
public:
    // `clock` drives the idle timer and the PIN lockout; it must outlive this.
    KioskController(MainWindow &window, core::KioskConfig config, const core::Clock &clock, QObject *parent = nullptr);
    ~KioskController() override;

    // Locks the window and starts watching for idleness.
    void start();
    // Re-reads the clock and acts on it: warn, count down or reset. A timer
    // calls it every quarter second; tests call it after moving the clock.
    void poll();
    // Back to the clinic's defaults, with no trace of the last reader.
    void resetForNextReader();
    // Shows the PIN prompt (the hidden gesture and the key chord call this).
    void requestStaffExit();

    IdleWarning *idleWarning() const { return m_warning; }
    QToolButton *logo() const { return m_logo; }
    const core::KioskConfig &config() const { return m_config; }

Q_SIGNALS:
    void readerReset();
    void staffExitAccepted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lockWindow();
    void addLanguageButtons();
    void onLogoTapped();
    bool isBlockedKey(const QKeyEvent *event) const;

    MainWindow &m_window;
    core::KioskConfig m_config;
    const core::Clock &m_clock;
    core::IdleMonitor m_idle;
    core::PinGate m_pinGate;
    IdleWarning *m_warning = nullptr;
    QToolButton *m_logo = nullptr;
    QTimer *m_poll = nullptr;
    QList<qint64> m_logoTaps;
    bool m_promptOpen = false;
};

} // namespace bph::ui
