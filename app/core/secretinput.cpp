#include "secretinput.h"

#include <QByteArray>

#include <sodium.h>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace bph::core {

namespace {

constexpr int kMaxLine = 128;  // far more than a PIN; a longer line is cut short

// Turns the terminal's echo off for its lifetime, and back on even when the
// reading code returns early.
class EchoOff final
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (m_handle != INVALID_HANDLE_VALUE && GetConsoleMode(m_handle, &m_saved))
            m_changed = SetConsoleMode(m_handle, m_saved & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_changed = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_changed)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_saved);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
        // The Enter key was not echoed either: end the prompt's line.
        std::fputc('\n', stderr);
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
#ifdef Q_OS_WIN
    HANDLE m_handle = INVALID_HANDLE_VALUE;
    DWORD m_saved = 0;
#else
    termios m_saved{};
#endif
    bool m_changed = false;
};

} // namespace

bool standardInputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<QString> readSecretLine(const QString &prompt)
{
    if (!prompt.isEmpty()) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    char buffer[kMaxLine + 2] = {};
    {
        std::optional<EchoOff> echoOff;
        if (standardInputIsTerminal())
            echoOff.emplace();
        if (std::fgets(buffer, sizeof buffer, stdin) == nullptr)
            return std::nullopt;
        const size_t length = std::strlen(buffer);
        if (length == sizeof buffer - 1 && buffer[length - 1] != '\n') {
            // Too long for a PIN: drop the rest of the line; what was read
            // is already too long to be accepted.
            for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin)) {
            }
        }
    }
    QString line = QString::fromLocal8Bit(buffer);
    sodium_memzero(buffer, sizeof buffer);
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

} // namespace bph::core
