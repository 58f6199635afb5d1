#pragma once

// libsodium must be initialised once before any of its functions is used.

namespace bph::core {

// Initialises libsodium on the first call (thread-safe); false when it could
// not be, in which case no hash or signature can be made or checked.
bool sodiumReady();

} // namespace bph::core
