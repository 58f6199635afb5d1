#pragma once

// bph_excerpt(table, tokens, column, ...): the search result's snippet, a
// window of at most `tokens` words from the first listed column holding the
// most of the query's terms, each hit wrapped in kExcerptOpen/kExcerptClose,
// with "…" where the text goes on. FTS5's own snippet() reads every column to
// its end for every row; this one picks its window from the hit positions
// FTS5 already holds and reads the text only up to that window's end, which
// is most of a search's time saved on long guides.

#include <QChar>

class QSqlDatabase;

namespace bph::core {

inline constexpr QChar kExcerptOpen = QChar(0xE000);  // private-use: never in content
inline constexpr QChar kExcerptClose = QChar(0xE001);

// Registers bph_excerpt on this SQLite connection; false if it is not one.
bool registerExcerptFunction(const QSqlDatabase &database);

} // namespace bph::core
