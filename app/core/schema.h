#pragma once

// The content database's layout, shared by the compiler that writes it and
// the store that reads it. Bump kVersion whenever a table or column changes.

#include <array>

namespace bph::core::schema {

inline constexpr int kVersion = 2;

// The tables a content database must have; --check-content tests each one.
inline constexpr std::array<const char *, 13> kRequiredTables{
    "meta", "topics", "guides", "guide_related", "guide_sources", "faqs",
    "red_flag_areas", "red_flags", "synonyms", "guides_fts", "faqs_fts", "guides_vocab",
    "search_vocab"};

inline constexpr const char *kCreateSql = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE topics (
    lang TEXT NOT NULL, id TEXT NOT NULL, position INTEGER NOT NULL,
    title TEXT NOT NULL, summary TEXT NOT NULL,
    PRIMARY KEY (lang, id));
CREATE TABLE guides (
    lang TEXT NOT NULL, id TEXT NOT NULL, topic TEXT NOT NULL, position INTEGER NOT NULL,
    title TEXT NOT NULL, summary TEXT NOT NULL, html TEXT NOT NULL, body_text TEXT NOT NULL,
    reviewed TEXT NOT NULL, next_review TEXT NOT NULL,
    PRIMARY KEY (lang, id));
CREATE TABLE guide_related (
    lang TEXT NOT NULL, guide TEXT NOT NULL, position INTEGER NOT NULL, related TEXT NOT NULL,
    PRIMARY KEY (lang, guide, position));
CREATE TABLE guide_sources (
    lang TEXT NOT NULL, guide TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (lang, guide, position));
CREATE TABLE faqs (
    lang TEXT NOT NULL, id TEXT NOT NULL, guide TEXT NOT NULL, position INTEGER NOT NULL,
    question TEXT NOT NULL, answer_html TEXT NOT NULL, answer_text TEXT NOT NULL,
    PRIMARY KEY (lang, id));
CREATE TABLE red_flag_areas (
    lang TEXT NOT NULL, id TEXT NOT NULL, position INTEGER NOT NULL, title TEXT NOT NULL,
    PRIMARY KEY (lang, id));
CREATE TABLE red_flags (
    lang TEXT NOT NULL, id TEXT NOT NULL, area TEXT NOT NULL, position INTEGER NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('emergency', 'urgent', 'routine')),
    question TEXT NOT NULL, why TEXT NOT NULL, action TEXT NOT NULL,
    PRIMARY KEY (lang, id));
CREATE TABLE synonyms (
    lang TEXT NOT NULL, phrase TEXT NOT NULL, means TEXT NOT NULL);
CREATE INDEX synonyms_by_lang ON synonyms (lang);
CREATE VIRTUAL TABLE guides_fts USING fts5(
    title, summary, body, lang UNINDEXED, id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6');
CREATE VIRTUAL TABLE faqs_fts USING fts5(
    question, answer, lang UNINDEXED, id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6');
CREATE VIRTUAL TABLE guides_vocab USING fts5vocab(guides_fts, row);
-- Each language's own words, for "did you mean": the FTS vocabulary has no
-- language and no accents. `word` is folded as the index folds it, `form` is
-- as written (lower case, accents kept), `documents` counts the guides and
-- FAQs that use that form.
CREATE TABLE search_vocab (
    lang TEXT NOT NULL, word TEXT NOT NULL, form TEXT NOT NULL, documents INTEGER NOT NULL,
    PRIMARY KEY (lang, word, form)) WITHOUT ROWID;
)sql";

} // namespace bph::core::schema
