#pragma once

// The report behind `backpainhub --check-content FILE`: is this database one
// the app can safely show to a patient?

#include <QStringList>

namespace bph::core {

struct ContentCheckReport {
    bool sound = false;
    QStringList lines;  // one line per check, then the verdict
};

ContentCheckReport checkContentFile(const QString &path);

} // namespace bph::core
