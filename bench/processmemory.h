#pragma once

// Memory as the system counts it for a QtWebEngine program: the proportional
// set size (PSS) of a process and of every process below it (QtWebEngine's
// zygote, renderer and GPU processes), so shared libraries are counted once.

#include <sys/types.h>

#include <QtGlobal>

namespace bph::bench {

// Sum of `Pss:` in /proc/<pid>/smaps_rollup over `root` and its
// descendants, in KiB; -1 if `root` cannot be read.
qint64 treePssKiB(pid_t root);

// Each process of that tree by its role ("app" for `root`, else the
// QtWebEngine --type, e.g. "renderer", "zygote", "utility"), with the PSS
// of each role summed, as "app 80123 KiB, renderer 61234 KiB, ...".
QString treePssByRole(pid_t root);

// How many processes that sum covers.
int treeProcessCount(pid_t root);

// The renderer's heap grows between garbage collections and is trimmed some
// seconds after the page goes idle, so one reading can be 20% off. This runs
// the event loop for `windowMs`, reads treePssKiB every half second, and
// returns the smallest reading: what the programs hold once idle.
qint64 settledTreePssKiB(pid_t root, int windowMs = 20000);

} // namespace bph::bench
