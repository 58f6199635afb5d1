// ReadAloud against a real speech engine: it says why it cannot read when no
// engine, sound output or voice is there, and otherwise speaks, pauses,
// resumes and stops text in its own language.
//
// The real-engine cases use whatever engine is installed (scripts/install-deps
// adds flite) and a private, silent sound server (pulseaudio, also from
// install-deps). Where either is missing they assert what a reader would then
// get instead; nothing is skipped.

#include "readaloud.h"
#include "soundserver.h"

#include <QLibraryInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextToSpeech>
#include <QVersionNumber>

#include <algorithm>

using namespace Qt::StringLiterals;
using bph::ui::ReadAloud;

namespace {

constexpr int kSpeechTimeoutMs = 10000;

const QString kNoEngine = u"No speech engine is installed on this computer."_s;
const QString kNoSound = u"No sound output is available on this computer."_s;
const QString kOneSpeed = u"This speech engine can only read at normal speed."_s;

// Long enough to be still speaking while the test pauses and resumes it.
const QString kGuideText = u"Back pain is very common.\n"
                           "Most back pain gets better within a few weeks, and staying active "
                           "helps you recover more quickly than resting in bed.\n"
                           "Keep moving gently and take simple pain relief if you need it."_s;

const QLocale kEnglish(QLocale::English);

} // namespace

class TestReadAloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void missingEngineIsUnavailable();
    void engineStartsOnFirstUse();
    void installedEngineReportsItsState();
    void languagePicksVoice_data();
    void languagePicksVoice();
    void rateSetter();
    void speakPauseResumeStop();
    void readsEveryChunkToTheEnd();
    void speakingNewTextReplacesTheOld();
    void destroyingWhileReadingIsSafe();

private:
    static bool engineInstalled() { return !QTextToSpeech::availableEngines().isEmpty(); }
    bool expectSpeech() const
    {
        return engineInstalled() && m_soundOutcome == SoundServer::Outcome::Started;
    }

    SoundServer m_sound;
    SoundServer::Outcome m_soundOutcome = SoundServer::Outcome::Failed;
};

void TestReadAloud::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_soundOutcome = m_sound.start();
    if (m_soundOutcome == SoundServer::Outcome::Failed)
        QFAIL(qPrintable(m_sound.errorString()));
    qInfo() << "Speech engines:" << QTextToSpeech::availableEngines() << "sound server:"
            << (m_soundOutcome == SoundServer::Outcome::Started ? "private pulseaudio" : "none");
}

void TestReadAloud::missingEngineIsUnavailable()
{
    ReadAloud readAloud(u"no-such-engine"_s);
    QVERIFY(!readAloud.isAvailable());
    QCOMPARE(readAloud.unavailableReason(), kNoEngine);
    QCOMPARE(readAloud.unavailableReason(kEnglish), kNoEngine);
    QVERIFY(!readAloud.canSpeak(kEnglish));
    QVERIFY(readAloud.engineName().isEmpty());
    QCOMPARE(readAloud.voiceLocale(kEnglish), QLocale::c());
    QVERIFY(!readAloud.canChangeRate());
    QCOMPARE(readAloud.rateUnavailableReason(), kNoEngine);

    QSignalSpy errors(&readAloud, &ReadAloud::errorOccurred);
    QVERIFY(!readAloud.speak(kGuideText, kEnglish));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).toString(), kNoEngine);
    QCOMPARE(readAloud.errorString(), kNoEngine);
    QCOMPARE(readAloud.state(), ReadAloud::State::Ready);

    // Pause, resume and stop with nothing to act on are harmless.
    readAloud.pause();
    readAloud.resume();
    readAloud.stop();
    QCOMPARE(readAloud.state(), ReadAloud::State::Ready);
}

void TestReadAloud::engineStartsOnFirstUse()
{
    // Made, with text to read and a language asked about: nothing loaded yet.
    ReadAloud readAloud;
    QSignalSpy started(&readAloud, &ReadAloud::started);
    QVERIFY(!readAloud.hasStarted());
    QVERIFY(!readAloud.findChild<QTextToSpeech *>());
    QCOMPARE(readAloud.isAvailable(), engineInstalled());
    QCOMPARE(readAloud.canSpeak(kEnglish), engineInstalled());
    QVERIFY(readAloud.engineName().isEmpty());

    // The first reading starts it, once.
    const bool spoke = readAloud.speak(kGuideText, kEnglish);
    QVERIFY(readAloud.hasStarted());
    QCOMPARE(started.count(), 1);
    QCOMPARE(spoke, expectSpeech());
    QCOMPARE(bool(readAloud.findChild<QTextToSpeech *>()), engineInstalled());
    readAloud.stop();
    readAloud.start();
    QCOMPARE(started.count(), 1);

    // Without an engine, starting only confirms what was known.
    ReadAloud none(u"no-such-engine"_s);
    QSignalSpy noneStarted(&none, &ReadAloud::started);
    none.start();
    QCOMPARE(noneStarted.count(), 1);
    QVERIFY(!none.findChild<QTextToSpeech *>());
    QCOMPARE(none.unavailableReason(), kNoEngine);
}

void TestReadAloud::installedEngineReportsItsState()
{
    ReadAloud readAloud;
    readAloud.start();
    if (!engineInstalled()) {
        QCOMPARE(readAloud.unavailableReason(), kNoEngine);
        return;
    }
    QVERIFY(!readAloud.engineName().isEmpty());
    if (expectSpeech()) {
        QVERIFY2(readAloud.isAvailable(), qPrintable(readAloud.unavailableReason()));
        QVERIFY(readAloud.unavailableReason().isEmpty());
    } else if (readAloud.engineName() == "flite"_L1) {
        // flite plays through Qt Multimedia, which finds no sound device here.
        QVERIFY(!readAloud.isAvailable());
        QCOMPARE(readAloud.unavailableReason(), kNoSound);
    }
    QCOMPARE(readAloud.state(), ReadAloud::State::Ready);
}

void TestReadAloud::languagePicksVoice_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QString>("noVoiceReason");

    QTest::newRow("en") << u"en"_s << QLocale::English << u"No voice for English is installed."_s;
    QTest::newRow("es") << u"es"_s << QLocale::Spanish << u"No voice for Spanish is installed."_s;
}

void TestReadAloud::languagePicksVoice()
{
    QFETCH(QString, lang);
    QFETCH(QLocale::Language, language);
    QFETCH(QString, noVoiceReason);

    ReadAloud readAloud;
    readAloud.start();
    const QLocale wanted(lang);
    if (!engineInstalled()) {
        QCOMPARE(readAloud.voiceLocale(wanted), QLocale::c());
        QCOMPARE(readAloud.unavailableReason(wanted), kNoEngine);
        return;
    }
    // The engine's own list is the truth the choice must follow. (Asked of
    // ReadAloud's engine: a second flite engine would free the voices of the
    // first when destroyed.)
    const auto *engine = readAloud.findChild<QTextToSpeech *>();
    QVERIFY(engine);
    const QList<QLocale> locales = engine->availableLocales();
    const bool hasVoice = std::any_of(locales.cbegin(), locales.cend(),
                                      [&](const QLocale &l) { return l.language() == language; });
    if (readAloud.engineName() == "flite"_L1)
        QCOMPARE(hasVoice, language == QLocale::English);  // flite ships US English only

    const QLocale chosen = readAloud.voiceLocale(wanted);
    if (hasVoice) {
        QCOMPARE(chosen.language(), language);
        QVERIFY(locales.contains(chosen));
    } else {
        QCOMPARE(chosen, QLocale::c());
    }
    if (readAloud.isAvailable()) {
        QCOMPARE(readAloud.canSpeak(wanted), hasVoice);
        QCOMPARE(readAloud.unavailableReason(wanted), hasVoice ? QString() : noVoiceReason);
    } else {
        // A missing sound output is the reason that matters, whatever the language.
        QCOMPARE(readAloud.unavailableReason(wanted), readAloud.unavailableReason());
    }

    // Speaking picks that voice, or reports that there is none.
    QSignalSpy errors(&readAloud, &ReadAloud::errorOccurred);
    const bool spoke = readAloud.speak(u"Hola. Hello."_s, wanted);
    QCOMPARE(spoke, readAloud.canSpeak(wanted));
    if (spoke) {
        QCOMPARE(engine->locale(), chosen);
        readAloud.stop();
    } else {
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(0).toString(), readAloud.unavailableReason(wanted));
    }
}

void TestReadAloud::rateSetter()
{
    ReadAloud readAloud;
    QSignalSpy rates(&readAloud, &ReadAloud::rateChanged);
    QCOMPARE(readAloud.rate(), 0.0);

    readAloud.setRate(-0.3);
    QCOMPARE(readAloud.rate(), -0.3);
    QCOMPARE(rates.count(), 1);
    QCOMPARE(rates.at(0).at(0).toDouble(), -0.3);
    readAloud.setRate(-0.3);
    QCOMPARE(rates.count(), 1);  // no change, no signal
    readAloud.setRate(5.0);
    QCOMPARE(readAloud.rate(), 1.0);  // clamped to the engine's scale

    readAloud.start();
    auto *engine = readAloud.findChild<QTextToSpeech *>();
    if (!engineInstalled()) {
        QVERIFY(!engine);
        QCOMPARE(readAloud.rateUnavailableReason(), kNoEngine);
        return;
    }
    QVERIFY(engine);
    if (readAloud.canChangeRate()) {
        QCOMPARE(engine->rate(), 1.0);
        readAloud.setRate(0.3);
        QCOMPARE(engine->rate(), 0.3);
    } else {
        // Qt before 6.6 cuts flite off mid-sentence at any other speed.
        QCOMPARE(readAloud.engineName(), u"flite"_s);
        QVERIFY(QLibraryInfo::version() < QVersionNumber(6, 6));
        QCOMPARE(readAloud.rateUnavailableReason(), kOneSpeed);
        QCOMPARE(engine->rate(), 0.0);
    }
}

void TestReadAloud::speakPauseResumeStop()
{
    ReadAloud readAloud;
    readAloud.start();
    QSignalSpy finished(&readAloud, &ReadAloud::finished);
    if (!expectSpeech()) {
        QVERIFY(!readAloud.isAvailable());
        QVERIFY(!readAloud.speak(kGuideText, kEnglish));
        QCOMPARE(readAloud.state(), ReadAloud::State::Ready);
        return;
    }

    QVERIFY(readAloud.speak(kGuideText, kEnglish));
    QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), ReadAloud::State::Speaking, kSpeechTimeoutMs);
    readAloud.pause();
    QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), ReadAloud::State::Paused, kSpeechTimeoutMs);
    readAloud.resume();
    QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), ReadAloud::State::Speaking, kSpeechTimeoutMs);

    readAloud.stop();
    QCOMPARE(readAloud.state(), ReadAloud::State::Ready);
    // The engine itself falls silent too, and nothing starts again.
    auto *engine = readAloud.findChild<QTextToSpeech *>();
    QVERIFY(engine);
    QTRY_COMPARE_WITH_TIMEOUT(engine->state(), QTextToSpeech::Ready, kSpeechTimeoutMs);
    QTest::qWait(300);
    QCOMPARE(engine->state(), QTextToSpeech::Ready);
    QCOMPARE(readAloud.state(), ReadAloud::State::Ready);
    QCOMPARE(finished.count(), 0);  // stopped, not read to the end
}

void TestReadAloud::readsEveryChunkToTheEnd()
{
    ReadAloud readAloud;
    QSignalSpy finished(&readAloud, &ReadAloud::finished);
    QSignalSpy states(&readAloud, &ReadAloud::stateChanged);
    const bool spoke = readAloud.speak(u"Back pain.\nKeep moving."_s, kEnglish);
    QCOMPARE(spoke, expectSpeech());
    if (!spoke)
        return;

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSpeechTimeoutMs);
    QCOMPARE(readAloud.state(), ReadAloud::State::Ready);
    // One Speaking spell across both lines: no Ready flickers in between.
    QList<ReadAloud::State> seen;
    for (const QList<QVariant> &args : std::as_const(states))
        seen.append(args.at(0).value<ReadAloud::State>());
    QCOMPARE(seen, (QList<ReadAloud::State>{ReadAloud::State::Speaking, ReadAloud::State::Ready}));
}

void TestReadAloud::speakingNewTextReplacesTheOld()
{
    ReadAloud readAloud;
    QSignalSpy finished(&readAloud, &ReadAloud::finished);
    QCOMPARE(readAloud.speak(kGuideText, kEnglish), expectSpeech());
    if (!expectSpeech())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), ReadAloud::State::Speaking, kSpeechTimeoutMs);

    QVERIFY(readAloud.speak(u"Keep moving."_s, kEnglish));
    // Only the short text is left to read, so the end comes soon, and once.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSpeechTimeoutMs);
    QCOMPARE(readAloud.state(), ReadAloud::State::Ready);
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
}

void TestReadAloud::destroyingWhileReadingIsSafe()
{
    // Qt 6.4's flite engine crashed when destroyed mid-speech or mid-stop:
    // each block ends with a ReadAloud destroyed at one of those moments.
    {
        ReadAloud readAloud;
        QCOMPARE(readAloud.speak(kGuideText, kEnglish), expectSpeech());
    }
    {
        ReadAloud readAloud;
        if (readAloud.speak(kGuideText, kEnglish))
            QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), ReadAloud::State::Speaking,
                                      kSpeechTimeoutMs);
    }
    {
        ReadAloud readAloud;
        if (readAloud.speak(kGuideText, kEnglish)) {
            QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), ReadAloud::State::Speaking,
                                      kSpeechTimeoutMs);
            readAloud.stop();
            QVERIFY(readAloud.speak(kGuideText, kEnglish));  // while the stop is on its way
        }
    }
}

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
