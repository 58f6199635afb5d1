// The kiosk's idle timer, driven by a clock the test controls.

#include "idlemonitor.h"

#include <QTest>

using bph::core::IdleMonitor;
using State = IdleMonitor::State;

class TestIdleMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksThroughTheStates_data();
    void walksThroughTheStates();
    void activityRestartsTheTimer();
    void countdownIsInWholeSeconds();
};

void TestIdleMonitor::walksThroughTheStates_data()
{
    QTest::addColumn<qint64>("idleMs");
    QTest::addColumn<State>("state");
    QTest::newRow("just touched") << qint64(0) << State::Reading;
    QTest::newRow("a minute later") << qint64(60'000) << State::Reading;
    QTest::newRow("just before the timeout") << qint64(119'999) << State::Reading;
    QTest::newRow("timeout: warning") << qint64(120'000) << State::Warning;
    QTest::newRow("in the countdown") << qint64(130'000) << State::Warning;
    QTest::newRow("countdown over: reset") << qint64(140'000) << State::ResetDue;
    QTest::newRow("long after") << qint64(3'600'000) << State::ResetDue;
}

void TestIdleMonitor::walksThroughTheStates()
{
    QFETCH(qint64, idleMs);
    QFETCH(State, state);
    qint64 now = 1'000'000;
    IdleMonitor monitor([&now] { return now; }, 120'000, 20'000);
    now += idleMs;
    QCOMPARE(monitor.update(), state);
}

void TestIdleMonitor::activityRestartsTheTimer()
{
    qint64 now = 0;
    IdleMonitor monitor([&now] { return now; }, 120'000, 20'000);
    now = 125'000;
    QCOMPARE(monitor.update(), State::Warning);
    monitor.activity();  // the reader touched the screen during the warning
    QCOMPARE(monitor.state(), State::Reading);
    now += 119'000;
    QCOMPARE(monitor.update(), State::Reading);
    now += 1'000;
    QCOMPARE(monitor.update(), State::Warning);
    now += 20'000;
    QCOMPARE(monitor.update(), State::ResetDue);
    monitor.restart();
    QCOMPARE(monitor.update(), State::Reading);
}

void TestIdleMonitor::countdownIsInWholeSeconds()
{
    qint64 now = 0;
    IdleMonitor monitor([&now] { return now; }, 120'000, 20'000);
    QCOMPARE(monitor.secondsUntilReset(), 0);
    now = 120'000;
    monitor.update();
    QCOMPARE(monitor.secondsUntilReset(), 20);
    now = 120'001;
    monitor.update();
    QCOMPARE(monitor.secondsUntilReset(), 20);
    now = 139'001;
    monitor.update();
    QCOMPARE(monitor.secondsUntilReset(), 1);
}

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
