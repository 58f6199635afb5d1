#pragma once

// The window's way from its first show to its first guide. The window is
// painted, whole, before the guide viewer (and QtWebEngine with it) is
// loaded, which holds the UI thread for a few hundred milliseconds; and
// what can wait (the toolbar's icons, the reading controls) waits for the
// first guide. Both moments are logged (bph.ui.startup) against the clock
// started as the process began, for bench/startup.

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace bph::ui {

class StartUpSequence final : public QObject
{
    Q_OBJECT
public:
    // `startClock`: invalid when nothing should be logged.
    StartUpSequence(QWidget &window, QElapsedTimer startClock);

    // The first guide is on screen: logged the first time, then finished().
    void guideShown();
    // There will be no guide (the viewer could not be loaded): finished().
    void viewerUnavailable();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // Once, just after the window's first paint: time to load the viewer.
    void windowPainted();
    // Once: the first guide is shown, or cannot be.
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish();

    QWidget &m_window;
    QElapsedTimer m_startClock;
    bool m_finished = false;
};

} // namespace bph::ui
