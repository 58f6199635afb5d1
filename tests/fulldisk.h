#pragma once

// A full disk for the length of a scope, which works as root too: the soft
// RLIMIT_FSIZE drops to 0, so every write to a file fails with EFBIG (SIGXFSZ
// is ignored meanwhile, or it would end the process). Both are put back when
// the scope ends. Pipes are not files: test output is unaffected.

#include <QtGlobal>

#include <csignal>
#include <sys/resource.h>

namespace bphtest {

class FullDisk final
{
public:
    FullDisk()
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_active = getrlimit(RLIMIT_FSIZE, &m_oldLimit) == 0;
        rlimit none = m_oldLimit;
        none.rlim_cur = 0;
        m_active = m_active && setrlimit(RLIMIT_FSIZE, &none) == 0;
    }
    ~FullDisk()
    {
        setrlimit(RLIMIT_FSIZE, &m_oldLimit);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    Q_DISABLE_COPY_MOVE(FullDisk)

    // False if the limit could not be set: the test cannot run.
    bool isActive() const { return m_active; }

private:
    rlimit m_oldLimit{};
    void (*m_oldHandler)(int) = SIG_DFL;
    bool m_active = false;
};

} // namespace bphtest
