#pragma once

// A private PulseAudio server with a silent null sink, so read-aloud tests
// play real speech on a headless machine and never through anyone's speakers.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

class SoundServer final
{
public:
    enum class Outcome { Started, NotInstalled, Failed };

    SoundServer() = default;
    ~SoundServer();
    Q_DISABLE_COPY_MOVE(SoundServer)

    // Starts pulseaudio, when installed, and points this process at it. When
    // it is not installed, points this process at no server at all, so the
    // speech engine sees no sound device whatever the desktop has. Call
    // before anything in the process touches audio.
    Outcome start();
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_error;
};
