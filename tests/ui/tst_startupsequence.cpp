// The window's start-up steps: the viewer is asked for only once the window
// has been painted, and what waits for the first guide is told once.

#include "startupsequence.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using bph::ui::StartUpSequence;

namespace {

// Counts its paints, to tell whether it was painted before a signal.
class PaintCountingWidget final : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};

} // namespace

class TestStartUpSequence final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void viewerIsAskedForOnceAfterTheFirstPaint();
    void finishesOnceAtTheFirstGuide();
    void finishesWhenThereIsNoViewer();
};

void TestStartUpSequence::viewerIsAskedForOnceAfterTheFirstPaint()
{
    PaintCountingWidget window;
    StartUpSequence startUp(window, QElapsedTimer());
    int paintsWhenAsked = -1;
    connect(&startUp, &StartUpSequence::windowPainted, this, [&] { paintsWhenAsked = window.paints; });
    QSignalSpy painted(&startUp, &StartUpSequence::windowPainted);
    QTest::qWait(20);
    QCOMPARE(painted.count(), 0);  // not before the window is shown

    window.resize(300, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(painted.count(), 1);
    QVERIFY(paintsWhenAsked >= 1);

    window.hide();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    QCOMPARE(painted.count(), 1);  // a second show asks for nothing
}

void TestStartUpSequence::finishesOnceAtTheFirstGuide()
{
    QWidget window;
    QElapsedTimer clock;
    clock.start();
    StartUpSequence startUp(window, clock);
    QSignalSpy finished(&startUp, &StartUpSequence::finished);
    QVERIFY(!startUp.isFinished());

    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("^first guide rendered after \\d+ ms$")));
    startUp.guideShown();
    QCOMPARE(finished.count(), 1);
    QVERIFY(startUp.isFinished());

    startUp.guideShown();  // every later guide: nothing more, nothing logged
    startUp.viewerUnavailable();
    QCOMPARE(finished.count(), 1);
}

void TestStartUpSequence::finishesWhenThereIsNoViewer()
{
    QWidget window;
    StartUpSequence startUp(window, QElapsedTimer());
    QSignalSpy finished(&startUp, &StartUpSequence::finished);
    startUp.viewerUnavailable();
    QCOMPARE(finished.count(), 1);
    QVERIFY(startUp.isFinished());
}

QTEST_MAIN(TestStartUpSequence)
#include "tst_startupsequence.moc"
