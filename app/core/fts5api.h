#pragma once

// The FTS5 extension API behind a Qt SQLite connection, for adding our own
// FTS5 functions (bph_excerpt, bph_rank) to it.

#include <sqlite3.h>

class QSqlDatabase;

namespace bph::core {

// Null when the connection is not SQLite or its SQLite has no FTS5.
fts5_api *fts5Api(const QSqlDatabase &database);

} // namespace bph::core
