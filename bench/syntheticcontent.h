#pragma once

// A content database far bigger than the bundled one, for measuring how search
// scales: the real schema (core/schema.h), filled with text drawn from the
// bundled content's own words, so word frequencies look like real guides.

#include <QString>
#include <QStringList>

namespace bph::bench {

struct SyntheticSize {
    int guides = 10000;
    int faqs = 50000;
    int guideWords = 200;   // body length
    int answerWords = 50;
};

// Writes the database to `path` from `vocabulary` (words, most common first);
// an error message, or empty.
QString writeSyntheticContent(const QString &path, const QStringList &vocabulary, const SyntheticSize &size);

} // namespace bph::bench
