#include "soundserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

constexpr int kStartTimeoutMs = 10000;
// The server quits this long after its last client leaves, so a crashed
// test leaves nothing running for long.
constexpr auto kIdleExit = "--exit-idle-time=10"_L1;

} // namespace

SoundServer::~SoundServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

SoundServer::Outcome SoundServer::start()
{
    if (!m_dir.isValid()) {
        m_error = u"Cannot create a temporary directory: "_s + m_dir.errorString();
        return Outcome::Failed;
    }
    const QString socket = m_dir.filePath(u"native"_s);
    // Set either way: libpulse then tries this socket only and never a
    // desktop's own server.
    qputenv("PULSE_SERVER", "unix:" + QFile::encodeName(socket));

    const QString program = QStandardPaths::findExecutable(u"pulseaudio"_s);
    if (program.isEmpty())
        return Outcome::NotInstalled;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Its cookie, state and runtime files go to the temporary directory.
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
    env.insert(u"PULSE_RUNTIME_PATH"_s, m_dir.filePath(u"runtime"_s));
    env.insert(u"PULSE_STATE_PATH"_s, m_dir.filePath(u"state"_s));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList arguments{
        u"--daemonize=no"_s, u"--no-cpu-limit"_s, u"--disable-shm=yes"_s, u"--use-pid-file=no"_s,
        u"-n"_s,  // no default configuration: only the two modules below
        kIdleExit, u"--log-target=stderr"_s,
        u"-L"_s, u"module-null-sink sink_name=silent"_s,
        u"-L"_s, u"module-native-protocol-unix auth-anonymous=1 socket="_s + socket,
    };
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        m_error = u"pulseaudio did not start: "_s + m_process.errorString();
        return Outcome::Failed;
    }
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!QFileInfo::exists(socket)) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_error = u"pulseaudio did not open its socket: "_s
                    + QString::fromLocal8Bit(m_process.readAll());
            return Outcome::Failed;
        }
        m_process.waitForReadyRead(50);
    }
    return Outcome::Started;
}
