#pragma once

// What each fuzz target does with one input, shared by the libFuzzer programs
// and tst_fuzzregressions (which replays the corpus and every saved crash), so
// a regression test runs exactly the code that crashed. Each entry aborts
// (qFatal) when a property it checks fails, as well as on a crash.

#include <QByteArray>

namespace bph::fuzz {

// Bytes as typed text → buildMatchExpression; the expression must always be
// valid FTS5 syntax, checked against an in-memory FTS5 table.
void searchQuery(const QByteArray &data);
// Bytes as a guide file → ContentReader::readGuide.
void frontMatter(const QByteArray &data);
// The first byte picks a data file (topics, FAQs, red flags, synonyms), the
// rest is its text → ContentReader::readDataFile. Everything it reports, and
// everything it reads, must point at a line of that file.
void dataFile(const QByteArray &data);
// Bytes as kiosk.conf → KioskConfig::parse and every accessor.
void kioskConfig(const QByteArray &data);
// Bytes as a content database → ContentStore::openBytes (deep check), then
// every query the app makes when it opens.
void contentDatabase(const QByteArray &data);

} // namespace bph::fuzz
