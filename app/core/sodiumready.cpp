#include "sodiumready.h"

#include <sodium.h>

namespace bph::core {

bool sodiumReady()
{
    // A function-local static is initialised exactly once, even with threads;
    // sodium_init() returns 1 when something else initialised it already.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace bph::core
