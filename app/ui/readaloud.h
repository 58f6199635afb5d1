#pragma once

// Reads text aloud in its own language through the platform's speech engine,
// and says in plain words why it cannot when it cannot.
//
// The engine starts on first use (speak() or start()): its voices and sound
// output take megabytes that a reader who never listens should not pay for.
// Until then only whether an engine is installed is known; what it can do
// (sound output, voices, speed) is known once it has started().
//
// Make one for the application and share it (the reader's toolbar, the
// kiosk's checklist): with Qt 6.4's flite engine, destroying one instance
// frees the voices every other live instance is still using.

#include <QLocale>
#include <QObject>
#include <QStringList>

class QTextToSpeech;

namespace bph::ui {

class ReadAloud final : public QObject
{
    Q_OBJECT
public:
    enum class State { Ready, Speaking, Paused, Error };
    Q_ENUM(State)

    // The platform's preferred engine, not started yet.
    explicit ReadAloud(QObject *parent = nullptr);
    // A named engine ("flite", "speechd", "sapi", ...); an empty name means the
    // platform's preferred one. A name that is not installed leaves read-aloud
    // unavailable, exactly as a computer without any engine would.
    explicit ReadAloud(const QString &engine, QObject *parent = nullptr);
    ~ReadAloud() override;
    Q_DISABLE_COPY_MOVE(ReadAloud)

    // Starts the engine now, if it has not started; emits started() when it
    // has (whether or not it can speak).
    void start();
    bool hasStarted() const { return m_started; }

    // Empty until the engine has started, and when it could not be loaded.
    QString engineName() const;
    // An engine installed; once started, one that started and has a sound
    // output to play through.
    bool isAvailable() const { return m_unavailableReason.isEmpty(); }
    // Why nothing can be read, for a tooltip; empty when something can.
    QString unavailableReason() const { return m_unavailableReason; }
    // Available, and (once started) a voice speaks this language.
    bool canSpeak(const QLocale &language) const;
    // Why text in this language cannot be read; empty when it can.
    QString unavailableReason(const QLocale &language) const;
    // The engine locale that reads this language (same language, the same
    // country preferred); QLocale::c() when no voice speaks it.
    QLocale voiceLocale(const QLocale &language) const;

    // Speed runs from -1 (slowest) through 0 (normal) to 1 (fastest). Whether
    // the engine can change it is known once it has started.
    bool canChangeRate() const { return rateUnavailableReason().isEmpty(); }
    QString rateUnavailableReason() const;
    double rate() const { return m_rate; }
    // Takes effect from the next sentence. Where the engine cannot change
    // speed the rate stays 0; a rate set before the engine started goes back
    // to 0 (rateChanged) if the engine turns out unable.
    void setRate(double rate);

    State state() const { return m_state; }
    // The last failure, in words for a reader; cleared by speak() and stop().
    QString errorString() const { return m_errorString; }

    // Reads text aloud, replacing anything being read; starts the engine
    // first if need be. Returns false, and
    // emits errorOccurred(), when it cannot be read in that language; returns
    // false quietly when there is nothing to read.
    bool speak(const QString &text, const QLocale &language);
    void pause();
    void resume();
    void stop();

Q_SIGNALS:
    // The engine has started (or failed to): what it can do is known now.
    void started();
    void stateChanged(bph::ui::ReadAloud::State state);
    void rateChanged(double rate);
    // The whole text has been read.
    void finished();
    void errorOccurred(const QString &message);

private:
    // Where the current reading is between the engine's own state changes.
    enum class Step { Idle, WaitingForStop, WaitingForStart, Playing };

    void startEngine();
    // Speaking, paused, a chunk on its way to it, or a stop not yet done.
    bool engineBusy() const;
    void stopEngine();
    // Stops reading and returns once the engine has stopped (or after a
    // timeout), so that destroying it is safe.
    void stopAndWaitForEngine();
    void onEngineStateChanged(State engineState);
    void onEngineError();
    void sayNext();
    void finishReading();
    void setState(State state);

    QString m_engineRequested;  // empty: the platform's preferred one
    bool m_started = false;
    QTextToSpeech *m_engine = nullptr;
    QString m_unavailableReason;
    QStringList m_chunks;  // the text, a sentence or a few at a time
    qsizetype m_next = 0;  // the chunk to say after the one playing
    Step m_step = Step::Idle;
    bool m_pauseRequested = false;  // asked for between two chunks
    bool m_stopInFlight = false;    // sent to the engine, not yet reported done
    State m_state = State::Ready;
    double m_rate = 0.0;
    QString m_errorString;
};

} // namespace bph::ui
