// Search as you type, off the UI thread: typing bursts cost one search, an
// older query's results never arrive after a newer query, the work happens
// on another thread while this one stays free, and the language can change.

#include "contentstore.h"
#include "searchcontroller.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using bph::core::ContentStore;
using bph::core::SearchController;
using bph::core::SearchHit;

namespace {

QString queryOf(const QList<QVariant> &emission)
{
    return emission.at(0).toString();
}

QList<SearchHit> hitsOf(const QList<QVariant> &emission)
{
    return emission.at(1).value<QList<SearchHit>>();
}

QString suggestionOf(const QList<QVariant> &emission)
{
    return emission.at(2).toString();
}

bool hasGuide(const QList<SearchHit> &hits, const QString &id)
{
    return std::any_of(hits.cbegin(), hits.cend(),
                       [&](const SearchHit &hit) { return hit.kind == SearchHit::Kind::Guide && hit.id == id; });
}

} // namespace

class TestSearchController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void typingBurstGivesOneResult();
    void staleResultsAreNeverDelivered();
    void searchesOnAnotherThread();
    void emptyQueryIsAnsweredAtOnce();
    void clearDropsWhatIsPending();
    void languageSwitchSearchesAgain();
    void destroyingWhileBusyIsSafe();

private:
    std::unique_ptr<ContentStore> m_store;
};

void TestSearchController::initTestCase()
{
    m_store = ContentStore::openEmbedded();
    QVERIFY(m_store);
}

void TestSearchController::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestSearchController::typingBurstGivesOneResult()
{
    SearchController controller(*m_store);
    QSignalSpy spy(&controller, &SearchController::resultsReady);
    // No event loop runs between keystrokes, so the debounce cannot fire
    // before the last one, however slow the machine.
    for (const QString &typed : {u"sc"_s, u"sci"_s, u"scia"_s, u"sciat"_s})
        controller.setQuery(typed);
    QCOMPARE(spy.count(), 0);  // never answered from inside setQuery

    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(queryOf(spy.first()), u"sciat"_s);
    QVERIFY(hasGuide(hitsOf(spy.first()), u"sciatica"_s));
    // Nothing else follows for the earlier keystrokes.
    QTest::qWait(2 * int(controller.debounceInterval().count()));
    QCOMPARE(spy.count(), 1);
}

void TestSearchController::staleResultsAreNeverDelivered()
{
    SearchController controller(*m_store);
    controller.setDebounceInterval(std::chrono::milliseconds(0));
    QSignalSpy spy(&controller, &SearchController::resultsReady);

    // Each query is dispatched to the worker before the next supersedes it.
    const QStringList older{u"inflammation"_s, u"magnesium"_s, u"pregnancy"_s, u"sleep"_s};
    for (const QString &query : older) {
        controller.setQuery(query);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
    controller.setQuery(u"sciatica"_s);
    QTRY_VERIFY(!spy.isEmpty());
    // The worker answers in order, so once a later sentinel query is
    // answered, everything older has been answered (and dropped) too.
    controller.setQuery(u"posture"_s);
    QTRY_VERIFY(!spy.isEmpty() && queryOf(spy.last()) == "posture"_L1);

    QStringList delivered;
    for (const QList<QVariant> &emission : std::as_const(spy))
        delivered.append(queryOf(emission));
    for (const QString &query : older)
        QVERIFY2(!delivered.contains(query), qPrintable(delivered.join(u", "_s)));
    QCOMPARE(delivered, (QStringList{u"sciatica"_s, u"posture"_s}));
}

void TestSearchController::searchesOnAnotherThread()
{
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    SearchController controller(*m_store);
    QSignalSpy spy(&controller, &SearchController::resultsReady);

    // The controller runs a thread of its own...
    const auto threads = controller.findChildren<QThread *>();
    QCOMPARE(threads.size(), 1);
    QTRY_VERIFY(threads.first()->isRunning());
    QVERIFY(threads.first() != QThread::currentThread());
    // ...with a connection of its own.
    QTRY_COMPARE(QSqlDatabase::connectionNames().size(), connectionsBefore.size() + 1);

    // This thread keeps turning its event loop while the search runs: a
    // timer started after the query fires (at least once) in the meantime.
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
    controller.setQuery(u"trapped nerve"_s);
    tick.start(0);
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(ticks > 0);
    QVERIFY(hasGuide(hitsOf(spy.first()), u"sciatica"_s));
}

void TestSearchController::emptyQueryIsAnsweredAtOnce()
{
    SearchController controller(*m_store);
    QSignalSpy spy(&controller, &SearchController::resultsReady);
    controller.setQuery(u"sciatica"_s);
    controller.setQuery(u"  (*) "_s);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(queryOf(spy.first()), u"  (*) "_s);
    QVERIFY(hitsOf(spy.first()).isEmpty());
    QVERIFY(suggestionOf(spy.first()).isEmpty());
    controller.setQuery(u"s"_s);  // one letter so far
    QCOMPARE(spy.count(), 2);
    QVERIFY(hitsOf(spy.last()).isEmpty());
    // The superseded "sciatica" never arrives.
    QTest::qWait(2 * int(controller.debounceInterval().count()));
    QCOMPARE(spy.count(), 2);
}

void TestSearchController::clearDropsWhatIsPending()
{
    SearchController controller(*m_store);
    controller.setDebounceInterval(std::chrono::milliseconds(0));
    QSignalSpy spy(&controller, &SearchController::resultsReady);
    controller.setQuery(u"sciatica"_s);
    QCoreApplication::processEvents();  // dispatched
    controller.clear();
    QCOMPARE(controller.query(), QString());
    // A later query is answered; the cleared one never was.
    controller.setQuery(u"sleep"_s);
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(queryOf(spy.first()), u"sleep"_s);
}

void TestSearchController::languageSwitchSearchesAgain()
{
    SearchController controller(*m_store);
    QSignalSpy spy(&controller, &SearchController::resultsReady);
    QCOMPARE(controller.language(), u"en"_s);
    controller.setQuery(u"ciatica"_s);
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(suggestionOf(spy.at(0)), u"sciatica"_s);

    controller.setLanguage(u"es"_s);
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(queryOf(spy.at(1)), u"ciatica"_s);
    QCOMPARE(suggestionOf(spy.at(1)), u"ciática"_s);
    const QList<SearchHit> hits = hitsOf(spy.at(1));
    QVERIFY(hasGuide(hits, u"sciatica"_s));
    const auto guide = m_store->guide(u"es"_s, u"sciatica"_s);
    QVERIFY(guide);
    QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &hit) { return hit.title == guide->title; }));

    // Setting the same language again changes nothing.
    controller.setLanguage(u"es"_s);
    QTest::qWait(2 * int(controller.debounceInterval().count()));
    QCOMPARE(spy.count(), 2);
}

void TestSearchController::destroyingWhileBusyIsSafe()
{
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    {
        SearchController controller(*m_store);
        controller.setDebounceInterval(std::chrono::milliseconds(0));
        for (const QString &query : {u"sciatica"_s, u"pain"_s, u"sleep"_s}) {
            controller.setQuery(query);
            QCoreApplication::processEvents();
        }
    }
    // The worker's connection went with it.
    QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
}

QTEST_GUILESS_MAIN(TestSearchController)
#include "tst_searchcontroller.moc"
