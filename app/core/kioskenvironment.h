#pragma once

// What a kiosk process needs before Qt starts (before QApplication): no
// remote debugging port, whatever the environment says; the on-screen
// keyboard where it can start (asked for or not: with a part missing it
// would black out the screen at the first tap); and none of Qt's caches of
// compiled code on disk (the keyboard's layouts would tell which languages
// readers typed in).

#include <QString>

namespace bph::core {

// Returns a line for the error output when the keyboard cannot start, else nothing.
QString prepareKioskEnvironment();

} // namespace bph::core
