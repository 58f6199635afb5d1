#pragma once

// Writes checked content into a new SQLite database with the schema in
// core/schema.h, its search indexes, and the schema version.

#include "contentmodel.h"

namespace bph::content {

// Writes to `path` through a temporary file, so a failed build never leaves
// a half-written database behind. Returns an error message, or empty.
QString writeDatabase(const ContentSet &content, const QString &path);

} // namespace bph::content
