// A clinic kiosk runs for days. This drives one kiosk window through
// thousands of reader actions (search, the red-flag checklist, guides from
// the navigator with back and forward) and idle resets through a clock the
// test moves, and checks that every live QObject in the process, and the
// live heap, end where they were after a warm-up.
//
// One iteration: a search typed into the toolbar box and answered by the
// real search thread, then emptied; a checklist round (two answers clicked,
// then "Clear answers"). Every kChecklistCloseEvery iterations the checklist
// is closed, so the next round opens a new dialog from the toolbar. Every
// kNavigateEvery iterations: the next guide from the navigator, then Back
// and Forward from the toolbar, each waited for until the page has loaded.
// Every kResetEvery iterations: the reader switches to Spanish, leaves the
// checklist answered and a search typed, and the clock runs out the idle
// timeout and the warning countdown; the reset brings a new web view.
//
// Page loads and new dialogs are what cost time (about 50 ms a page, a new
// web profile at every reset), so they come less often than searches and
// answers. Default (BPH_LONGRUN_ITERATIONS unset): 1000 iterations = 1000
// searches, 2000 answers and 1000 clears, 100 checklist dialogs, 50 guide
// visits (150 page loads) and 10 idle resets, the first 200 iterations being
// the warm-up. Under ASan, 400 iterations. Figures in docs/PERFORMANCE.md.
// Longer: BPH_LONGRUN_ITERATIONS=20000 ctest --preset dev -L longrun

#include "readertestapp.h"
#include "readersignals.h"
#include "contentstore.h"
#include "idlewarning.h"
#include "kioskconfig.h"
#include "kioskcontroller.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "preferences.h"
#include "readeractions.h"
#include "redflagdialog.h"
#include "redflagtesting.h"
#include "searchbox.h"
#include "searchcontroller.h"
#include "searchresultsmodel.h"
#include "topictreemodel.h"

#include <QtCore/private/qhooks_p.h>

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cstdlib>
#include <functional>
#include <memory>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BPH_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(BPH_ASAN)
#define BPH_ASAN 1
#endif

#ifdef BPH_ASAN
#if __has_include(<sanitizer/allocator_interface.h>)
#include <sanitizer/allocator_interface.h>
#else
// GCC installs no allocator_interface.h; its libasan exports the function all the same.
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif
#elif defined(__GLIBC__)
#include <malloc.h>
#else
#error "tst_longrun reads the live heap through glibc or ASan; tests/ui/CMakeLists.txt builds it on Linux only"
#endif

using namespace Qt::StringLiterals;
using bph::ui::KioskController;
using bph::ui::MainWindow;

namespace {

#ifdef BPH_ASAN
constexpr int kDefaultIterations = 400;  // each iteration takes about twice as long under ASan
#else
constexpr int kDefaultIterations = 1000;
#endif
constexpr int kChecklistCloseEvery = 10;
constexpr int kNavigateEvery = 20;
constexpr int kResetEvery = 100;
constexpr int kWarmUpIterations = 2 * kResetEvery;
constexpr int kIdleTimeoutSeconds = 120;
constexpr int kCountdownSeconds = 20;
constexpr int kPageTimeoutMs = 20000;
constexpr int kSearchTimeoutMs = 10000;
// Both samples are taken in the same state (just reset, home guide shown, no
// dialog, empty search), and the count has matched exactly in every run. The
// slack is for objects Qt and QtWebEngine may create or drop on their own
// timers (a queued reply, a cached style object); one object leaked per
// iteration adds at least kResetEvery, four times as many, in the shortest run.
constexpr qint64 kObjectTolerance = 25;
// The heap may wobble with caches (fonts, glyphs, the SQLite page cache of
// the search thread) and with what the browser process keeps of closed
// profiles: 5% of the heap after warm-up, plus 2 MiB.
constexpr qint64 kHeapSlackBytes = 2 * 1024 * 1024;
constexpr int kHeapPercent = 5;

// Words that find guides and questions; a slip that only gets "Did you
// mean"; and nonsense that finds nothing.
const QStringList kQueries = {u"sciatica"_s, u"numb"_s, u"sleep"_s, u"siatica"_s, u"posture"_s,
                              u"inflammation"_s, u"xqzvbnm"_s, u"disc"_s, u"pregnancy"_s, u"walking"_s};
const QStringList kQueriesWithoutHits = {u"siatica"_s, u"xqzvbnm"_s};

// Every QObject alive in the process, whatever its thread or parent: Qt calls
// these hooks from QObject's constructor and destructor (the mechanism
// GammaRay uses). Objects made before the hooks went in are not counted, so
// only differences mean anything.
std::atomic<qint64> g_liveObjects{0};
QHooks::AddQObjectCallback g_previousAdd = nullptr;
QHooks::RemoveQObjectCallback g_previousRemove = nullptr;

void objectAdded(QObject *object)
{
    g_liveObjects.fetch_add(1, std::memory_order_relaxed);
    if (g_previousAdd)
        g_previousAdd(object);
}

void objectRemoved(QObject *object)
{
    g_liveObjects.fetch_sub(1, std::memory_order_relaxed);
    if (g_previousRemove)
        g_previousRemove(object);
}

bool installObjectHooks()
{
    if (qtHookData[QHooks::HookDataSize] <= QHooks::RemoveQObject)
        return false;
    g_previousAdd = reinterpret_cast<QHooks::AddQObjectCallback>(qtHookData[QHooks::AddQObject]);
    g_previousRemove = reinterpret_cast<QHooks::RemoveQObjectCallback>(qtHookData[QHooks::RemoveQObject]);
    qtHookData[QHooks::AddQObject] = reinterpret_cast<quintptr>(&objectAdded);
    qtHookData[QHooks::RemoveQObject] = reinterpret_cast<quintptr>(&objectRemoved);
    return true;
}

// Bytes allocated and not yet freed in this process (QtWebEngine's renderer
// is another process and not counted).
qint64 liveHeapBytes()
{
#ifdef BPH_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);  // chunks in use in every arena, plus mmapped big blocks
#endif
}

struct Sample {
    qint64 objects = 0;
    qint64 heapBytes = 0;
};

// The live heap once two readings a tenth of a second apart agree. A fresh
// web view goes on allocating for a moment after its page has loaded (its
// first frames: about 5 MB here), and a reading taken inside that moment
// caught it half way, anywhere from 0 to 5 MB short (seen as a false alarm).
qint64 settledHeapBytes()
{
    constexpr qint64 kAgreeBytes = 64 * 1024;
    constexpr int kMaxReadings = 30;
    qint64 previous = liveHeapBytes();
    for (int reading = 0; reading < kMaxReadings; ++reading) {
        QTest::qWait(100);
        const qint64 now = liveHeapBytes();
        if (std::abs(now - previous) < kAgreeBytes)
            return now;
        previous = now;
    }
    return previous;
}

// Lets deferred deletions and queued work finish first, so the figures show
// what is alive, not what is on its way out or still being made.
Sample measure()
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
    const qint64 heapBytes = settledHeapBytes();
    return {g_liveObjects.load(), heapBytes};
}

// Waits in the event loop (no polling) until `spy` has caught a signal whose
// first argument is `value`.
bool waitForArgument(QSignalSpy &spy, const QString &value, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (spy.isEmpty() || spy.last().first().toString() != value)
        if (deadline.hasExpired() || !spy.wait(int(deadline.remainingTime())))
            return false;
    return true;
}

// The offscreen platform warns that it cannot raise or resize a window at
// every dialog. QtTest prints at most 2000 messages, and these alone reached
// that in a run of 8000 iterations, hiding the rest of the run's figures.
QtMessageHandler g_testLogHandler = nullptr;

void dropOffscreenPlatformNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"This plugin does not support"_s))
        return;
    g_testLogHandler(type, context, message);
}

// BPH_LONGRUN_ITERATIONS or the default; at least the warm-up and one more
// reset interval, in whole intervals.
int iterationCount()
{
    bool set = false;
    const int asked = qEnvironmentVariableIntValue("BPH_LONGRUN_ITERATIONS", &set);
    const int iterations = std::max(set ? asked : kDefaultIterations, kWarmUpIterations + kResetEvery);
    return (iterations + kResetEvery - 1) / kResetEvery * kResetEvery;
}

bph::core::KioskConfig kioskConfig()
{
    const QByteArray ini = "[kiosk]\nenabled = true\nidle_timeout = " + QByteArray::number(kIdleTimeoutSeconds)
                           + "\nwarning_countdown = " + QByteArray::number(kCountdownSeconds)
                           + "\nhome_guide = overview\nlanguages = en, es\n";
    return bph::core::KioskConfig::parse(ini, u"kiosk.conf"_s);
}

} // namespace

class TestLongRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void liveObjectsAndHeapStayFlat();

private:
    void search(const QString &query);
    void checklistRound(int iteration);
    void visitGuide(const QString &id);
    void clickToolButton(QAction *action);
    void expectGuideShown(const std::function<void()> &step, const QString &id);
    void idleReset();

    std::unique_ptr<bph::core::ContentStore> m_store;
    std::unique_ptr<bph::core::Preferences> m_preferences;
    bph::core::ManualClock m_clock{1'000'000};
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<KioskController> m_kiosk;
    bph::core::SearchResultsModel *m_results = nullptr;
    QLineEdit *m_searchField = nullptr;
    QStringList m_guides;  // every guide once, in navigator order
    QStringList m_noAnswers;  // checklist items answered "No"
    QStringList m_routineItems;  // "Yes" to these is routine care: no full-screen alert
};

void TestLongRun::initTestCase()
{
    g_testLogHandler = qInstallMessageHandler(dropOffscreenPlatformNoise);  // QtTest's own is in place now
    QStandardPaths::setTestModeEnabled(true);
    m_store = bph::core::ContentStore::openEmbedded();
    QVERIFY(m_store);
    for (const auto &topic : m_store->topics(u"en"_s))
        for (const auto &guide : topic.guides)
            if (!m_guides.contains(guide.id))
                m_guides.append(guide.id);
    QVERIFY(m_guides.size() > 2);
    for (const auto &flag : m_store->redFlags(u"en"_s))
        (flag.level == bph::core::CareLevel::Routine ? m_routineItems : m_noAnswers).append(flag.id);
    QVERIFY(!m_routineItems.isEmpty() && !m_noAnswers.isEmpty());

    const auto config = kioskConfig();
    QVERIFY(config.enabled());
    m_preferences = std::make_unique<bph::core::Preferences>(nullptr, true);  // as main() builds them for a kiosk
    m_window = std::make_unique<MainWindow>(*m_store, *m_preferences, u"en"_s, u"overview"_s, QElapsedTimer());
    m_kiosk = std::make_unique<KioskController>(*m_window, config, m_clock);
    QSignalSpy ready(m_window.get(), &MainWindow::articleViewReady);
    m_kiosk->start();
    QVERIFY(m_window->articleView() || ready.wait(kPageTimeoutMs));
    QSignalSpy shown(m_window->readerSignals(), &bph::ui::ReaderSignals::guideShown);
    QVERIFY(waitForArgument(shown, u"overview"_s, kPageTimeoutMs));

    m_searchField = m_window->searchBox()->findChild<QLineEdit *>(u"searchField"_s);
    m_results = m_window->searchBox()->findChild<bph::core::SearchResultsModel *>();
    auto *controller = m_window->searchBox()->findChild<bph::core::SearchController *>();
    QVERIFY(m_searchField && m_results && controller);
    // The pause in typing is for people; thousands of searches would spend
    // minutes waiting for it. The query still goes to the search thread.
    controller->setDebounceInterval(std::chrono::milliseconds(0));
}

void TestLongRun::cleanupTestCase()
{
    m_kiosk.reset();
    if (m_window)
        m_window->allowClose();
    m_window.reset();
}

void TestLongRun::liveObjectsAndHeapStayFlat()
{
    const int iterations = iterationCount();

    QElapsedTimer elapsed;
    elapsed.start();
    Sample warm;
    int visits = 0;
    for (int i = 1; i <= iterations; ++i) {
        search(kQueries.at(i % kQueries.size()));
        if (QTest::currentTestFailed())
            return;
        checklistRound(i);
        if (QTest::currentTestFailed())
            return;
        if (i % kNavigateEvery == 0) {
            QString next = m_guides.at(visits++ % m_guides.size());
            if (next == m_window->currentGuideId())
                next = m_guides.at(visits++ % m_guides.size());
            visitGuide(next);
            if (QTest::currentTestFailed())
                return;
        }
        if (i % kResetEvery == 0) {
            idleReset();
            if (QTest::currentTestFailed())
                return;
            const Sample now = measure();
            qInfo("%5d iterations, %6.1f s: %lld live QObjects, %lld heap bytes", i, elapsed.elapsed() / 1000.0,
                  static_cast<long long>(now.objects), static_cast<long long>(now.heapBytes));
            if (i == kWarmUpIterations)
                warm = now;
        }
    }
    const Sample end = measure();

    const qint64 objectGrowth = end.objects - warm.objects;
    qInfo("%d iterations (%d after warm-up): live QObjects %lld after warm-up, %lld at the end (%+lld, tolerance %lld)",
          iterations, iterations - kWarmUpIterations, static_cast<long long>(warm.objects),
          static_cast<long long>(end.objects), static_cast<long long>(objectGrowth),
          static_cast<long long>(kObjectTolerance));
    QVERIFY2(objectGrowth <= kObjectTolerance, "live QObjects grew: something is leaked or never deleted");

    const qint64 heapGrowth = end.heapBytes - warm.heapBytes;
    const qint64 heapBound = warm.heapBytes * kHeapPercent / 100 + kHeapSlackBytes;
    qInfo("live heap %lld bytes after warm-up, %lld at the end (%+lld, bound %lld)",
          static_cast<long long>(warm.heapBytes), static_cast<long long>(end.heapBytes),
          static_cast<long long>(heapGrowth), static_cast<long long>(heapBound));
    QVERIFY2(heapGrowth <= heapBound, "the live heap grew");
}

// Types `query` as a reader would, waits for the search thread's answer,
// then empties the box.
void TestLongRun::search(const QString &query)
{
    auto *controller = m_window->searchBox()->findChild<bph::core::SearchController *>();
    QSignalSpy answered(controller, &bph::core::SearchController::resultsReady);
    m_window->searchBox()->focusSearch();
    QTest::keyClicks(m_searchField, query);
    QVERIFY(waitForArgument(answered, query, kSearchTimeoutMs));
    QCOMPARE(m_results->rowCount() == 0, kQueriesWithoutHits.contains(query));
    QTest::keyClick(m_searchField, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_searchField, Qt::Key_Backspace);
    QCOMPARE(m_window->searchBox()->text(), QString());
}

// Answers two checklist questions and clears them. The dialog stays open
// between rounds (opened from the toolbar when it is not); every
// kChecklistCloseEvery rounds it is closed, which deletes it.
void TestLongRun::checklistRound(int iteration)
{
    if (!m_window->checklistDialog())
        clickToolButton(m_window->actions()->checklist);
    bph::ui::RedFlagDialog *dialog = m_window->checklistDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->result().answered, 0);
    QVERIFY(bph::test::click(*dialog, m_noAnswers.at(iteration % m_noAnswers.size()), u"no"_s));
    QVERIFY(bph::test::click(*dialog, m_routineItems.at(iteration % m_routineItems.size()), u"yes"_s));
    QCOMPARE(dialog->result().answered, 2);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"clearAnswers"_s), Qt::LeftButton);
    QCOMPARE(dialog->result().answered, 0);
    if (iteration % kChecklistCloseEvery != 0)
        return;
    QSignalSpy destroyed(dialog, &QObject::destroyed);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"closeChecklist"_s), Qt::LeftButton);
    // WA_DeleteOnClose deletes it later; there is no outer event loop here to get there.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(destroyed.count(), 1);
    QVERIFY(!m_window->checklistDialog());
}

// Picks `id` in the navigator, then goes Back and Forward from the toolbar.
void TestLongRun::visitGuide(const QString &id)
{
    const QString previous = m_window->currentGuideId();
    const QModelIndex index = static_cast<bph::core::TopicTreeModel *>(m_window->navigator()->model())->indexOfGuide(id);
    QVERIFY(index.isValid());
    expectGuideShown([&] { m_window->navigator()->setCurrentIndex(index); }, id);
    expectGuideShown([this] { clickToolButton(m_window->actions()->back); }, previous);
    expectGuideShown([this] { clickToolButton(m_window->actions()->forward); }, id);
}

void TestLongRun::clickToolButton(QAction *action)
{
    QTRY_VERIFY(action->isEnabled());
    QWidget *button = m_window->toolBar()->widgetForAction(action);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Does `step`, then waits until the page of guide `id` has loaded.
void TestLongRun::expectGuideShown(const std::function<void()> &step, const QString &id)
{
    if (QTest::currentTestFailed())
        return;
    QSignalSpy shown(m_window->readerSignals(), &bph::ui::ReaderSignals::guideShown);
    step();
    QVERIFY(waitForArgument(shown, id, kPageTimeoutMs));
}

// The reader switches to Spanish, leaves the checklist answered and a search
// typed, and walks away; the clock runs out the timeout and the countdown.
void TestLongRun::idleReset()
{
    const QString current = m_window->currentGuideId();
    expectGuideShown([this] { m_window->actions()->languageAction(u"es"_s)->trigger(); }, current);
    QCOMPARE(m_window->language(), u"es"_s);
    clickToolButton(m_window->actions()->checklist);
    QVERIFY(m_window->checklistDialog() && m_window->checklistDialog()->isVisible());
    QVERIFY(bph::test::click(*m_window->checklistDialog(), m_noAnswers.first(), u"no"_s));
    QTest::keyClicks(m_searchField, u"ciatica"_s);

    QSignalSpy reset(m_kiosk.get(), &KioskController::readerReset);
    m_clock.advance(kIdleTimeoutSeconds * 1000);
    m_kiosk->poll();
    QVERIFY(m_kiosk->idleWarning()->isVisible());
    m_clock.advance(kCountdownSeconds * 1000);
    m_kiosk->poll();
    QCOMPARE(reset.count(), 1);
    QSignalSpy shown(m_window->readerSignals(), &bph::ui::ReaderSignals::guideShown);  // a new view
    QVERIFY(waitForArgument(shown, u"overview"_s, kPageTimeoutMs));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);  // the closed checklist
    QVERIFY(!m_window->checklistDialog());
    QCOMPARE(m_window->language(), u"en"_s);
    QCOMPARE(m_window->searchBox()->text(), QString());
    QVERIFY(!m_window->articleView()->canGoBack());
    QVERIFY(!m_kiosk->idleWarning()->isVisible());
}

int main(int argc, char *argv[])
{
    // Before QApplication, so every object of the run is counted.
    if (!installObjectHooks()) {
        qCritical("this Qt has no QObject hooks");
        return 1;
    }
    // QtTest stops a test function after five minutes; a longer run asked for
    // gets a watchdog to match (about ten times what an iteration takes here
    // in the Debug build), so only a hang stops it.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT",
                QByteArray::number(std::clamp(qint64(iterationCount()) * 200, qint64(300'000), qint64(INT_MAX))));
    bphtest::ReaderTestApp app(argc, argv);
    TestLongRun test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_longrun.moc"
