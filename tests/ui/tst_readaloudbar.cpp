// The read-aloud controls as a reader meets them: named, touch-sized, off with
// a tooltip that says why when reading cannot work, and Play, Pause, Resume
// and Stop doing what they say when it can.
//
// Uses the installed speech engine and a private, silent sound server, as
// tst_readaloud does; where either is missing the disabled controls are what
// is checked, and nothing is skipped.

#include "readaloud.h"
#include "readaloudbar.h"
#include "soundserver.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>
#include <QTextToSpeech>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using bph::ui::ReadAloud;
using bph::ui::ReadAloudBar;

namespace {

constexpr int kSpeechTimeoutMs = 10000;
constexpr int kTouchTarget = 44;

const QString kNoEngine = u"No speech engine is installed on this computer."_s;
const QString kNoSpanish = u"No voice for Spanish is installed."_s;

const QString kGuideText = u"Back pain is very common.\n"
                           "Most back pain gets better within a few weeks, and staying active "
                           "helps you recover more quickly than resting in bed.\n"
                           "Keep moving gently and take simple pain relief if you need it."_s;
const QString kSpanishText = u"El dolor de espalda es muy común."_s;

// The bar's controls, found the way a test finds any widget's.
struct BarParts {
    explicit BarParts(const ReadAloudBar &bar)
        : play(bar.findChild<QToolButton *>(u"readAloudPlay"_s)),
          stop(bar.findChild<QToolButton *>(u"readAloudStop"_s)),
          speed(bar.findChild<QComboBox *>(u"readAloudSpeed"_s))
    {
    }
    bool found() const { return play && stop && speed; }

    QToolButton *play;
    QToolButton *stop;
    QComboBox *speed;
};

} // namespace

class TestReadAloudBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void missingEngineDisablesPlay();
    void controlsAreNamedAndTouchSized();
    void noTextDisablesPlay();
    void languageWithoutVoiceDisablesPlay();
    void firstPlayFindsWhatTheEngineCanDo();
    void speedFollowsAndSetsTheRate();
    void playPauseResumeStop();
    void newTextStopsTheBarsReading();
    void openingGuidesKeepsOneIcon();
    void crowdedToolbarDoesNotCutTheButtons();

private:
    static bool engineInstalled() { return !QTextToSpeech::availableEngines().isEmpty(); }
    bool expectSpeech() const { return engineInstalled() && m_soundOutcome == SoundServer::Outcome::Started; }

    SoundServer m_sound;
    SoundServer::Outcome m_soundOutcome = SoundServer::Outcome::Failed;
};

void TestReadAloudBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_soundOutcome = m_sound.start();
    if (m_soundOutcome == SoundServer::Outcome::Failed)
        QFAIL(qPrintable(m_sound.errorString()));
}

void TestReadAloudBar::missingEngineDisablesPlay()
{
    ReadAloud readAloud(u"no-such-engine"_s);
    ReadAloudBar bar(readAloud);
    bar.setText(kGuideText, u"en"_s);
    const BarParts parts(bar);
    QVERIFY(parts.found());

    QVERIFY(!parts.play->isEnabled());
    QCOMPARE(parts.play->toolTip(), kNoEngine);
    QCOMPARE(parts.play->accessibleDescription(), kNoEngine);
    QVERIFY(!parts.stop->isEnabled());
    QVERIFY(!parts.speed->isEnabled());
    QCOMPARE(parts.speed->toolTip(), kNoEngine);

    // Still off, still saying why, with no text or another language.
    bar.setText(QString(), u"en"_s);
    QVERIFY(!parts.play->isEnabled());
    QCOMPARE(parts.play->toolTip(), kNoEngine);
    bar.setText(kSpanishText, u"es"_s);
    QCOMPARE(parts.play->toolTip(), kNoEngine);
}

void TestReadAloudBar::controlsAreNamedAndTouchSized()
{
    ReadAloud readAloud;
    ReadAloudBar bar(readAloud);
    bar.setText(kGuideText, u"en"_s);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    const BarParts parts(bar);
    QVERIFY(parts.found());

    const QList<QWidget *> controls{parts.play, parts.stop, parts.speed};
    for (const QWidget *control : controls) {
        const QByteArray name = control->objectName().toUtf8();
        QVERIFY2(!control->accessibleName().isEmpty(), name.constData());
        QVERIFY2(!control->toolTip().isEmpty(), name.constData());
        QVERIFY2(control->height() >= kTouchTarget, name.constData());
        QVERIFY2(control->width() >= kTouchTarget, name.constData());
        QVERIFY2(control->focusPolicy() & Qt::TabFocus, name.constData());
    }
    QCOMPARE(parts.speed->count(), 3);
    QCOMPARE(parts.speed->currentText(), u"Normal speed"_s);
}

void TestReadAloudBar::noTextDisablesPlay()
{
    ReadAloud readAloud;
    ReadAloudBar bar(readAloud);
    const BarParts parts(bar);
    QVERIFY(parts.found());
    QVERIFY(!parts.play->isEnabled());
    // With nothing to read, the reason reading cannot work comes first.
    QCOMPARE(parts.play->toolTip(), readAloud.isAvailable() ? u"Open a guide to read it aloud."_s
                                                            : readAloud.unavailableReason());

    bar.setText(kGuideText, u"en"_s);
    QCOMPARE(parts.play->isEnabled(), readAloud.canSpeak(QLocale(QLocale::English)));
}

void TestReadAloudBar::languageWithoutVoiceDisablesPlay()
{
    ReadAloud readAloud;
    readAloud.start();
    ReadAloudBar bar(readAloud);
    bar.setText(kSpanishText, u"es"_s);
    const BarParts parts(bar);
    QVERIFY(parts.found());

    const QLocale spanish(u"es"_s);
    if (readAloud.canSpeak(spanish)) {
        // An engine with a Spanish voice: Play is on.
        QVERIFY(parts.play->isEnabled());
        return;
    }
    const QString reason = readAloud.unavailableReason(spanish);
    if (expectSpeech())
        QCOMPARE(reason, kNoSpanish);
    QVERIFY(!parts.play->isEnabled());
    QCOMPARE(parts.play->toolTip(), reason);
    QCOMPARE(parts.play->accessibleDescription(), reason);

    // The same bar given English is on again wherever English can be read.
    bar.setText(kGuideText, u"en"_s);
    QCOMPARE(parts.play->isEnabled(), readAloud.canSpeak(QLocale(QLocale::English)));
}

void TestReadAloudBar::firstPlayFindsWhatTheEngineCanDo()
{
    // A Spanish guide, and an engine not started yet: Play is on wherever an
    // engine is installed, because what it can do is not known yet.
    ReadAloud readAloud;
    ReadAloudBar bar(readAloud);
    bar.setText(kSpanishText, u"es"_s);
    const BarParts parts(bar);
    QVERIFY(parts.found());
    QVERIFY(!readAloud.hasStarted());
    QCOMPARE(parts.play->isEnabled(), engineInstalled());
    QVERIFY(parts.speed->isEnabled() || !engineInstalled());
    if (!engineInstalled())
        return;
    QTest::keyClick(parts.speed, Qt::Key_Down);  // the reader picks "Faster" before the first Play
    QCOMPARE(parts.speed->currentText(), u"Faster"_s);
    QCOMPARE(readAloud.rate(), 0.3);

    // The first Play starts it; then the bar says what stands in the way.
    QTest::mouseClick(parts.play, Qt::LeftButton);
    QVERIFY(readAloud.hasStarted());
    const QLocale spanish(u"es"_s);
    if (readAloud.canSpeak(spanish)) {
        QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), ReadAloud::State::Speaking, kSpeechTimeoutMs);
        readAloud.stop();
    } else {
        QVERIFY(!parts.play->isEnabled());
        QCOMPARE(parts.play->toolTip(), readAloud.unavailableReason(spanish));
        if (expectSpeech())
            QCOMPARE(parts.play->toolTip(), kNoSpanish);
    }
    QCOMPARE(parts.speed->isEnabled(), readAloud.canChangeRate());
    // The speed shown is the speed heard.
    if (readAloud.canChangeRate()) {
        QCOMPARE(parts.speed->currentText(), u"Faster"_s);
    } else {
        QCOMPARE(parts.speed->toolTip(), readAloud.rateUnavailableReason());
        QCOMPARE(parts.speed->currentText(), u"Normal speed"_s);
        QCOMPARE(readAloud.rate(), 0.0);
    }
}

void TestReadAloudBar::speedFollowsAndSetsTheRate()
{
    ReadAloud readAloud;
    readAloud.start();  // whether the speed can change is known from here
    ReadAloudBar bar(readAloud);
    const BarParts parts(bar);
    QVERIFY(parts.found());

    QCOMPARE(parts.speed->isEnabled(), readAloud.canChangeRate());
    if (!readAloud.canChangeRate()) {
        QCOMPARE(parts.speed->toolTip(), readAloud.rateUnavailableReason());
        QCOMPARE(parts.speed->accessibleDescription(), readAloud.rateUnavailableReason());
        readAloud.setRate(0.9);  // an engine that reads at one speed stays at it
        QCOMPARE(parts.speed->currentText(), u"Normal speed"_s);
        return;
    }
    readAloud.setRate(-0.3);
    QCOMPARE(parts.speed->currentText(), u"Slower"_s);
    readAloud.setRate(0.9);  // any rate shows as the nearest offered speed
    QCOMPARE(parts.speed->currentText(), u"Faster"_s);
    // Choosing a speed from the keyboard reaches ReadAloud.
    QTest::keyClick(parts.speed, Qt::Key_Up);
    QCOMPARE(parts.speed->currentText(), u"Normal speed"_s);
    QCOMPARE(readAloud.rate(), 0.0);
}

void TestReadAloudBar::playPauseResumeStop()
{
    ReadAloud readAloud;
    ReadAloudBar bar(readAloud);
    bar.setText(kGuideText, u"en"_s);
    const BarParts parts(bar);
    QVERIFY(parts.found());

    if (!expectSpeech()) {
        // Play is on until the engine, started by it, turns out unable.
        if (parts.play->isEnabled())
            QTest::mouseClick(parts.play, Qt::LeftButton);
        QVERIFY(!parts.play->isEnabled());
        QCOMPARE(parts.play->toolTip(), readAloud.unavailableReason());
        return;
    }
    QVERIFY(parts.play->isEnabled());
    QCOMPARE(parts.play->text(), u"Read aloud"_s);
    QVERIFY(!parts.stop->isEnabled());

    QTest::mouseClick(parts.play, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), ReadAloud::State::Speaking, kSpeechTimeoutMs);
    QCOMPARE(parts.play->text(), u"Pause"_s);
    QCOMPARE(parts.play->accessibleName(), u"Pause"_s);
    QVERIFY(parts.stop->isEnabled());

    QTest::mouseClick(parts.play, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), ReadAloud::State::Paused, kSpeechTimeoutMs);
    QCOMPARE(parts.play->text(), u"Resume"_s);

    QTest::mouseClick(parts.play, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), ReadAloud::State::Speaking, kSpeechTimeoutMs);

    QTest::mouseClick(parts.stop, Qt::LeftButton);
    QCOMPARE(readAloud.state(), ReadAloud::State::Ready);
    QCOMPARE(parts.play->text(), u"Read aloud"_s);
    QVERIFY(parts.play->isEnabled());
    QVERIFY(!parts.stop->isEnabled());
}

void TestReadAloudBar::newTextStopsTheBarsReading()
{
    ReadAloud readAloud;
    ReadAloudBar bar(readAloud);
    bar.setText(kGuideText, u"en"_s);
    const BarParts parts(bar);
    QVERIFY(parts.found());
    if (!expectSpeech())
        return;  // playPauseResumeStop covers what Play does then

    QTest::mouseClick(parts.play, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), ReadAloud::State::Speaking, kSpeechTimeoutMs);
    bar.setText(kGuideText, u"en"_s);  // the same page again: keeps reading
    QCOMPARE(readAloud.state(), ReadAloud::State::Speaking);
    bar.setText(u"Another guide."_s, u"en"_s);
    QCOMPARE(readAloud.state(), ReadAloud::State::Ready);
    QVERIFY(parts.play->isEnabled());

    // Text someone else is reading (the kiosk's checklist) is theirs to stop.
    QVERIFY(readAloud.speak(kGuideText, QLocale(QLocale::English)));
    QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), ReadAloud::State::Speaking, kSpeechTimeoutMs);
    bar.setText(u"Yet another guide."_s, u"en"_s);
    QCOMPARE(readAloud.state(), ReadAloud::State::Speaking);
    readAloud.stop();
}

void TestReadAloudBar::openingGuidesKeepsOneIcon()
{
    // Every guide opening gives the bar new text. A new icon each time would
    // leave one more pixmap in Qt's pixmap cache at every paint, and a kiosk
    // that opens guides all day would grow by megabytes.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));  // outlives the bar
    QVERIFY(fusion);
    ReadAloud readAloud;
    ReadAloudBar bar(readAloud);
    const BarParts parts(bar);
    QVERIFY(parts.found());
    bar.setText(kGuideText, u"en"_s);
    const qint64 playIcon = parts.play->icon().cacheKey();
    for (int guide = 0; guide < 3; ++guide) {
        bar.setText(u"Guide %1."_s.arg(guide), u"en"_s);
        QCOMPARE(parts.play->icon().cacheKey(), playIcon);
    }

    // The icons still follow a change of style (the kiosk's touch style sheet is one).
    bar.setStyle(fusion.get());
    QVERIFY(parts.play->icon().cacheKey() != playIcon);
    QVERIFY(!parts.play->icon().isNull());
}

void TestReadAloudBar::crowdedToolbarDoesNotCutTheButtons()
{
    // In a toolbar too narrow for everything, the buttons keep their whole
    // text (never "D...r" for "Detener"): the bar is shown whole, or it
    // waits in the toolbar's overflow menu.
    ReadAloud readAloud;
    QToolBar toolBar;
    toolBar.addAction(u"Back"_s);
    auto *bar = new ReadAloudBar(readAloud);
    bar->setText(kGuideText, u"en"_s);
    toolBar.addWidget(bar);
    for (const int width : {1000, 300}) {  // room for all; room for the bar only squeezed
        toolBar.resize(width, 60);
        toolBar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&toolBar));
        const auto *overflow = toolBar.findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
        QTRY_VERIFY(bar->isVisible() || (overflow && overflow->isVisible()));
        if (width == 1000)
            QVERIFY(bar->isVisible());
        if (!bar->isVisible())
            continue;
        const BarParts parts(*bar);
        QVERIFY(parts.found());
        for (const QToolButton *button : {parts.play, parts.stop})
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    }
}

QTEST_MAIN(TestReadAloudBar)
#include "tst_readaloudbar.moc"
