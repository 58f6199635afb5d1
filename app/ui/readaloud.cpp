#include "readaloud.h"
#include "speechchunks.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QTimer>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

Q_LOGGING_CATEGORY(lcReadAloud, "bph.ui.readaloud")

constexpr int kStopTimeoutMs = 2000;  // an engine stops in well under this

ReadAloud::State fromEngine(QTextToSpeech::State state)
{
    switch (state) {
    case QTextToSpeech::Ready:
        return ReadAloud::State::Ready;
    case QTextToSpeech::Speaking:
        return ReadAloud::State::Speaking;
    case QTextToSpeech::Paused:
        return ReadAloud::State::Paused;
    case QTextToSpeech::Error:
        break;
    }
    return ReadAloud::State::Error;
}

// Before Qt 6.6 the flite plugin treats an empty chunk of synthesized audio
// as a playback failure and cuts the sentence off; any speed but normal
// produces such chunks in about one sentence in three (qtspeech ea5c48e).
bool engineBreaksOnRateChange(const QString &engine)
{
    return engine == "flite"_L1 && QLibraryInfo::version() < QVersionNumber(6, 6);
}

} // namespace

ReadAloud::ReadAloud(QObject *parent)
    : ReadAloud(QString(), parent)
{
}

ReadAloud::ReadAloud(const QString &engine, QObject *parent)
    : QObject(parent), m_engineRequested(engine)
{
    // Only the plugins' descriptions are read here; no engine is loaded.
    const QStringList engines = QTextToSpeech::availableEngines();
    // Checked first: QTextToSpeech logs a critical message for a name it lacks.
    if (engines.isEmpty() || (!engine.isEmpty() && !engines.contains(engine))) {
        qCInfo(lcReadAloud) << "No speech engine" << engine << "among" << engines;
        m_unavailableReason = tr("No speech engine is installed on this computer.");
    }
}

void ReadAloud::start()
{
    if (m_started)
        return;
    m_started = true;
    if (isAvailable())
        startEngine();
    Q_EMIT started();
}

void ReadAloud::startEngine()
{
    m_engine = m_engineRequested.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(m_engineRequested, this);
    if (m_engine->state() == QTextToSpeech::Error) {
        qCWarning(lcReadAloud) << "Speech engine" << m_engine->engine() << "failed to start:"
                               << m_engine->errorReason() << m_engine->errorString();
        m_unavailableReason = tr("The speech engine could not start.");
        delete m_engine;
        m_engine = nullptr;
        return;
    }
    // An engine that found no sound device says so while still Ready (flite).
    if (m_engine->errorReason() == QTextToSpeech::ErrorReason::Playback) {
        qCInfo(lcReadAloud) << "No sound output:" << m_engine->errorString();
        m_unavailableReason = tr("No sound output is available on this computer.");
    } else if (m_engine->availableLocales().isEmpty()) {
        m_unavailableReason = tr("The speech engine has no voices installed.");
    }

    setRate(m_rate);  // a speed chosen before the engine started, if it can read at that speed

    connect(m_engine, &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State state) { onEngineStateChanged(fromEngine(state)); });
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ReadAloud::stopAndWaitForEngine);
    qCDebug(lcReadAloud) << "Speech engine" << m_engine->engine() << "locales"
                         << m_engine->availableLocales();
}

ReadAloud::~ReadAloud()
{
    // Normally done on aboutToQuit, while every object is still whole; this
    // covers a ReadAloud destroyed without the application quitting.
    stopAndWaitForEngine();
}

QString ReadAloud::engineName() const
{
    return m_engine ? m_engine->engine() : QString();
}

bool ReadAloud::canSpeak(const QLocale &language) const
{
    return unavailableReason(language).isEmpty();
}

QString ReadAloud::unavailableReason(const QLocale &language) const
{
    if (!isAvailable())
        return m_unavailableReason;
    if (!m_engine)
        return {};  // not started: nothing known against it yet
    if (voiceLocale(language) == QLocale::c()) {
        //: %1 is the name of a language, such as Spanish.
        return tr("No voice for %1 is installed.")
                .arg(QLocale::languageToString(language.language()));
    }
    return {};
}

QLocale ReadAloud::voiceLocale(const QLocale &language) const
{
    if (!m_engine || language.language() == QLocale::C)
        return QLocale::c();
    const QList<QLocale> locales = m_engine->availableLocales();
    for (const QLocale &locale : locales) {
        if (locale.language() == language.language() && locale.territory() == language.territory())
            return locale;
    }
    for (const QLocale &locale : locales) {
        if (locale.language() == language.language())
            return locale;
    }
    return QLocale::c();
}

QString ReadAloud::rateUnavailableReason() const
{
    if (!m_engine)
        return m_unavailableReason;
    if (engineBreaksOnRateChange(m_engine->engine()))
        return tr("This speech engine can only read at normal speed.");
    return {};
}

void ReadAloud::setRate(double rate)
{
    // An engine that reads at one speed keeps normal speed, so the speed
    // shown is always the speed heard.
    rate = canChangeRate() ? qBound(-1.0, rate, 1.0) : 0.0;
    if (qFuzzyCompare(1.0 + rate, 1.0 + m_rate))
        return;
    m_rate = rate;
    if (m_engine && canChangeRate())
        m_engine->setRate(m_rate);
    Q_EMIT rateChanged(m_rate);
}

bool ReadAloud::speak(const QString &text, const QLocale &language)
{
    start();
    const QString reason = unavailableReason(language);
    if (!reason.isEmpty()) {
        m_errorString = reason;
        Q_EMIT errorOccurred(reason);
        return false;
    }
    const QStringList chunks = speechChunks(text);
    if (chunks.isEmpty())
        return false;

    const QLocale target = voiceLocale(language);
    if (engineBusy())
        stopEngine();
    if (m_engine->locale() != target)
        m_engine->setLocale(target);
    if (canChangeRate())
        m_engine->setRate(m_rate);

    m_chunks = chunks;
    m_next = 0;
    m_pauseRequested = false;
    m_errorString.clear();
    if (m_state == State::Error)
        setState(State::Ready);
    // A stopping engine reports Ready once it has stopped; starting the new
    // text only then keeps that report from reading as "first chunk done".
    if (m_stopInFlight)
        m_step = Step::WaitingForStop;
    else
        sayNext();
    return true;
}

void ReadAloud::pause()
{
    if (m_step == Step::Idle || m_state == State::Paused)
        return;
    if (m_step == Step::Playing) {
        m_engine->pause();
        return;
    }
    // Between two chunks the engine has nothing to pause: pause the next one
    // the moment it starts.
    m_pauseRequested = true;
    setState(State::Paused);
}

void ReadAloud::resume()
{
    if (m_step == Step::Idle || m_state != State::Paused)
        return;
    if (m_pauseRequested) {
        m_pauseRequested = false;
        setState(State::Speaking);
        return;
    }
    m_engine->resume();
}

void ReadAloud::stop()
{
    if (m_engine && engineBusy())
        stopEngine();
    m_step = Step::Idle;
    m_chunks.clear();
    m_next = 0;
    m_pauseRequested = false;
    m_errorString.clear();
    setState(State::Ready);
}

bool ReadAloud::engineBusy() const
{
    return m_stopInFlight || m_step != Step::Idle || m_engine->state() == QTextToSpeech::Speaking
            || m_engine->state() == QTextToSpeech::Paused;
}

void ReadAloud::stopEngine()
{
    // Once is enough, and more is harmful: Qt 6.4's flite engine crashes on
    // a second stop sent while the first is still on its way.
    if (m_stopInFlight)
        return;
    m_stopInFlight = true;
    m_engine->stop();
}

void ReadAloud::stopAndWaitForEngine()
{
    // Qt 6.4's flite engine crashes (its audio sink is deleted twice) when it
    // is destroyed while it plays or while a stop is on its way to its worker
    // thread. Let it report that it has stopped first: a fraction of a second,
    // and only when something is being read.
    if (!m_engine || !engineBusy() || !QCoreApplication::instance())
        return;
    QEventLoop loop;
    connect(m_engine, &QTextToSpeech::stateChanged, &loop, [&loop](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Ready || state == QTextToSpeech::Error)
            loop.quit();
    });
    QTimer::singleShot(kStopTimeoutMs, &loop, &QEventLoop::quit);
    stop();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

void ReadAloud::onEngineStateChanged(State engineState)
{
    // Every stop sent ends in Ready (or Error): a busy engine stops, and a
    // chunk still on its way starts first and then stops.
    if (engineState == State::Ready || engineState == State::Error)
        m_stopInFlight = false;
    if (engineState == State::Error) {
        onEngineError();
        return;
    }
    switch (m_step) {
    case Step::Idle:
        // Stale reports from a reading already stopped or failed.
        if (engineState == State::Ready && m_state != State::Error)
            setState(State::Ready);
        return;
    case Step::WaitingForStop:
        if (engineState == State::Ready)
            sayNext();
        return;
    case Step::WaitingForStart:
        if (engineState != State::Speaking)
            return;  // the stop of an earlier chunk, reported late
        m_step = Step::Playing;
        if (m_pauseRequested) {
            m_pauseRequested = false;
            m_engine->pause();
            return;
        }
        setState(State::Speaking);
        return;
    case Step::Playing:
        if (engineState == State::Ready) {
            if (m_next < m_chunks.size())
                sayNext();
            else
                finishReading();
            return;
        }
        setState(engineState);
        return;
    }
}

void ReadAloud::onEngineError()
{
    const QString detail = m_engine->errorString();
    qCWarning(lcReadAloud) << "Speech engine error:" << m_engine->errorReason() << detail;
    if (m_step == Step::Idle)
        return;
    m_step = Step::Idle;
    m_chunks.clear();
    m_next = 0;
    m_pauseRequested = false;
    m_errorString = m_engine->errorReason() == QTextToSpeech::ErrorReason::Playback
            ? tr("Reading aloud stopped: the sound output failed.")
            : tr("Reading aloud stopped: the speech engine failed.");
    setState(State::Error);
    Q_EMIT errorOccurred(m_errorString);
}

void ReadAloud::sayNext()
{
    m_step = Step::WaitingForStart;
    m_engine->say(m_chunks.at(m_next++));
}

void ReadAloud::finishReading()
{
    m_step = Step::Idle;
    m_chunks.clear();
    m_next = 0;
    setState(State::Ready);
    Q_EMIT finished();
}

void ReadAloud::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace bph::ui
