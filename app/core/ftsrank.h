#pragma once

// bph_rank(table, idfs, weight, ...): FTS5's bm25 ranking (lower is better),
// column weights included, but with each phrase's rarity (IDF) handed in by
// the caller as space-separated numbers, one per phrase in the MATCH
// expression's order. FTS5's own bm25() counts, on every query, every
// document holding each phrase; for a common word in a big content set that
// count alone costs more than the whole search may. The caller knows the
// counts already (search_vocab).

class QSqlDatabase;

namespace bph::core {

// Registers bph_rank on this SQLite connection; false if it is not one.
bool registerRankFunction(const QSqlDatabase &database);

// The IDF bm25 gives a phrase found in `matching` of `total` documents.
double inverseDocumentFrequency(double matching, double total);

} // namespace bph::core
