// Read aloud and the text size join a toolbar once, in their order, and Play
// follows the guide it is given.

#include "readaloud.h"
#include "readingcontrols.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using bph::ui::ReadingControls;

namespace {

bph::core::Guide guideNamed(const QString &title)
{
    bph::core::Guide guide;
    guide.lang = u"en"_s;
    guide.id = u"overview"_s;
    guide.title = title;
    guide.summary = u"A short map."_s;
    guide.bodyText = u"Back pain is common."_s;
    return guide;
}

} // namespace

class TestReadingControls final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joinTheToolbarOnceWithTextSizeLast();
    void playFollowsTheGuide();
    void nothingHappensBeforeTheyAreAdded();
    void goingFirstTakesTheBarOffTheToolbar();
};

void TestReadingControls::joinTheToolbarOnceWithTextSizeLast()
{
    QMainWindow window;
    QToolBar *toolBar = window.addToolBar(u"Reader"_s);
    toolBar->addAction(u"Home"_s);
    toolBar->hide();
    QAction smaller(u"Smaller text"_s);
    QAction larger(u"Larger text"_s);
    ReadingControls controls;
    controls.addTo(toolBar, &smaller, &larger);
    controls.addTo(toolBar, &smaller, &larger);

    QVERIFY(controls.isAdded());
    QVERIFY(controls.readAloud());
    const QList<QAction *> actions = toolBar->actions();
    QCOMPARE(actions.size(), 6);  // Home | read aloud | smaller, larger
    QVERIFY(actions[1]->isSeparator());
    QVERIFY(toolBar->widgetForAction(actions[2])->findChild<QToolButton *>(u"readAloudPlay"_s));
    QVERIFY(actions[3]->isSeparator());
    QCOMPARE(actions[4], &smaller);  // last: the first into a narrow toolbar's overflow menu
    QCOMPARE(actions[5], &larger);
    QVERIFY(toolBar->isVisibleTo(&window));
}

void TestReadingControls::playFollowsTheGuide()
{
    QMainWindow window;
    QToolBar *toolBar = window.addToolBar(u"Reader"_s);
    QAction smaller, larger;
    ReadingControls controls;
    controls.addTo(toolBar, &smaller, &larger);
    auto *play = toolBar->findChild<QToolButton *>(u"readAloudPlay"_s);
    QVERIFY(play);

    controls.setGuide(guideNamed(u"Understanding back pain"_s), u"en"_s);
    QCOMPARE(play->isEnabled(), controls.readAloud()->isAvailable());
    controls.setGuide(std::nullopt, u"en"_s);
    QVERIFY2(!play->isEnabled(), "Play stayed on with no guide to read");
}

void TestReadingControls::nothingHappensBeforeTheyAreAdded()
{
    ReadingControls controls;
    QVERIFY(!controls.isAdded());
    QVERIFY(!controls.readAloud());
    controls.setGuide(guideNamed(u"Understanding back pain"_s), u"en"_s);
    controls.speak(u"Call for help now."_s, u"en"_s);
    QVERIFY(!controls.readAloud());
}

void TestReadingControls::goingFirstTakesTheBarOffTheToolbar()
{
    // A window may delete the controls before its toolbar: the bar, which
    // uses the controls' ReadAloud, must not stay behind on the toolbar.
    QMainWindow window;
    QToolBar *toolBar = window.addToolBar(u"Reader"_s);
    toolBar->addAction(u"Home"_s);
    QAction smaller, larger;
    auto controls = std::make_unique<ReadingControls>();
    controls->addTo(toolBar, &smaller, &larger);
    QVERIFY(toolBar->findChild<QToolButton *>(u"readAloudPlay"_s));
    controls.reset();
    QVERIFY(!toolBar->findChild<QToolButton *>(u"readAloudPlay"_s));
    toolBar->setStyle(QApplication::style());  // every widget left on the toolbar hears of it
}

QTEST_MAIN(TestReadingControls)
#include "tst_readingcontrols.moc"
