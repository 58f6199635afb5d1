#pragma once

// Checks that need more than one file: unique ids, links and references that
// resolve, topics that hold guides, and every language having every id.

#include "contentmodel.h"

namespace bph::content {

Diagnostics validate(const ContentSet &content);

} // namespace bph::content
