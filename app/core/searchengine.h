#pragma once

// Searches the content over one connection: guides and FAQs together, best
// first, with highlighted snippets, the content's synonyms and "did you mean".
// The statement is prepared once and each language's synonyms and vocabulary
// are loaded once, so a keystroke costs one query. Use an engine only on the
// thread that opened its connection.

#include "contenttypes.h"
#include "ftsquery.h"

#include <QHash>
#include <QSqlDatabase>

#include <map>
#include <memory>

class QSqlQuery;

namespace bph::core {

class SpellingSuggester;

class SearchEngine final
{
public:
    explicit SearchEngine(QSqlDatabase database);
    ~SearchEngine();
    Q_DISABLE_COPY_MOVE(SearchEngine)

    // Guides and FAQs together, best first: each bm25-ranked (titles and
    // questions weigh most), then merged by score relative to each kind's best.
    QList<SearchHit> search(const QString &text, const QString &lang, int limit);
    // The whole query with its misspellings corrected, for "Did you mean …?";
    // empty when there is nothing to correct.
    QString suggestion(const QString &text, const QString &lang);
    const QList<Synonym> &synonyms(const QString &lang);

private:
    const SpellingSuggester &suggester(const QString &lang);

    QSqlDatabase m_database;
    std::unique_ptr<QSqlQuery> m_search;  // prepared on first use, then reused
    QHash<QString, QList<Synonym>> m_synonyms;
    std::map<QString, std::unique_ptr<SpellingSuggester>> m_suggesters;
};

} // namespace bph::core
