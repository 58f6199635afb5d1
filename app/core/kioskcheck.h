#pragma once

// The report behind `backpainhub --check-kiosk-config FILE`: every problem
// in a clinic's kiosk configuration, and what the kiosk will do with it, for
// an administrator to read before the kiosk goes into a waiting room.

#include <QStringList>

namespace bph::core {

class ContentStore;

struct KioskCheckReport {
    bool sound = false;  // no problems
    QStringList lines;   // the problems, what the kiosk will do, the verdict
};

// `builtIn`: the content the kiosk shows when the configuration names no
// content pack, or one that is refused.
KioskCheckReport checkKioskConfigFile(const QString &path, const ContentStore &builtIn);

} // namespace bph::core
