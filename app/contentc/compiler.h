#pragma once

// The content compiler's one entry point: read every language folder, check
// it, and write the database only when nothing is wrong.

#include "contentmodel.h"

namespace bph::content {

struct CompileResult {
    Diagnostics diagnostics;  // sorted by file and line
    QString writeError;       // set when the database could not be written
    bool ok() const { return diagnostics.isEmpty() && writeError.isEmpty(); }
};

// Reads the languages of `contentDir` (one folder each: en, es, ...).
ContentSet readContent(const QString &contentDir, Diagnostics &diagnostics);

CompileResult compileContent(const QString &contentDir, const QString &outputPath);

} // namespace bph::content
