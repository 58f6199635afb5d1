#pragma once

// Searches the content over one connection: guides and FAQs together, best
// first, with highlighted snippets, the content's synonyms and "did you mean".
// Statements are prepared once and each language's synonyms, vocabulary and
// row blocks are loaded once, so a keystroke costs two short queries plus one
// look-up per result shown. Use an engine only on the thread that opened its
// connection.

#include "contenttypes.h"
#include "ftsquery.h"

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

    // At most this many matches of each kind are ranked, in the content's own
    // order (topics and guides as listed), so a very common word costs the
    // same in a content set of any size. The bundled content has far fewer
    // guides and FAQs per language, so it is always ranked whole.
    static constexpr int kMaxRanked = 250;

    // Guides and FAQs together, best first: each bm25-ranked (titles and
    // questions weigh most), then merged by score relative to each kind's best.
    QList<SearchHit> search(const QString &text, const QString &lang, int limit);
    // The whole query with its misspellings corrected, for "Did you mean …?";
    // empty when there is nothing to correct.
    QString suggestion(const QString &text, const QString &lang);
    const QList<Synonym> &synonyms(const QString &lang);

private:
    struct Language;
    Language &language(const QString &lang);
    std::unique_ptr<QSqlQuery> prepare(const QString &sql) const;

    QSqlDatabase m_database;
    std::unique_ptr<QSqlQuery> m_rankGuides;  // one kind's best rows first
    std::unique_ptr<QSqlQuery> m_rankFaqs;
    std::unique_ptr<QSqlQuery> m_showGuide;   // one guide's id, title and snippet
    std::unique_ptr<QSqlQuery> m_showFaq;
    std::map<QString, std::unique_ptr<Language>> m_languages;
};

} // namespace bph::core
