#include "searchengine.h"
#include "ftsexcerpt.h"
#include "spellingsuggester.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

Q_LOGGING_CATEGORY(lcSearch, "bph.core.search")

// Each index is ranked and cut to the limit on its own, so snippets (the
// costly part) are made only for rows that can be shown. Titles and questions
// weigh most, then summaries, then bodies and answers. A guide's snippet
// comes from its summary or body (the title is shown above it anyway).
QString searchSql()
{
    return u"SELECT * FROM ("
           "  SELECT 0, id, title, bph_excerpt(guides_fts, 14, 1, 2), rank FROM guides_fts"
           "  WHERE guides_fts MATCH ? AND rank MATCH 'bm25(10.0, 4.0, 1.0)' AND lang = ? ORDER BY rank LIMIT ?) "
           "UNION ALL SELECT * FROM ("
           "  SELECT 1, id, question, bph_excerpt(faqs_fts, 14, 1), rank FROM faqs_fts"
           "  WHERE faqs_fts MATCH ? AND rank MATCH 'bm25(8.0, 1.0)' AND lang = ? ORDER BY rank LIMIT ?)"_s;
}

// bm25 scores from two indexes do not compare (the many short answers score
// higher than any guide), so each list is scored against its own best match
// and the two are merged; a guide, the fuller read, goes first on a near tie.
constexpr double kFaqWeight = 0.9;

void mergeByRelativeScore(QList<SearchHit> &hits, int limit)
{
    double best[2] = {0, 0};  // bm25 is negative: lower is better
    for (const SearchHit &hit : std::as_const(hits)) {
        double &kindBest = best[hit.kind == SearchHit::Kind::Faq ? 1 : 0];
        kindBest = std::min(kindBest, hit.rank);
    }
    for (SearchHit &hit : hits) {
        const bool faq = hit.kind == SearchHit::Kind::Faq;
        const double kindBest = best[faq ? 1 : 0];
        const double relative = kindBest < 0 ? hit.rank / kindBest : 1.0;
        hit.rank = -relative * (faq ? kFaqWeight : 1.0);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.rank < b.rank; });
    if (hits.size() > limit)
        hits.resize(limit);
}

// Turns SQLite snippet markers into <mark> after escaping the text itself.
QString snippetToHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(kExcerptOpen, u"<mark>"_s);
    html.replace(kExcerptClose, u"</mark>"_s);
    return html;
}

QSqlQuery select(const QSqlDatabase &db, const QString &sql, const QString &lang)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(lang);
    if (!query.exec())
        qCWarning(lcSearch) << "query failed:" << query.lastError().text();
    return query;
}

} // namespace

SearchEngine::SearchEngine(QSqlDatabase database) : m_database(std::move(database))
{
    if (!registerExcerptFunction(m_database))
        qCWarning(lcSearch) << "cannot add the snippet function: search is unavailable";
}

SearchEngine::~SearchEngine() = default;

QList<SearchHit> SearchEngine::search(const QString &text, const QString &lang, int limit)
{
    const QString match = buildMatchExpression(text, synonyms(lang));
    if (match.isEmpty() || limit <= 0)
        return {};
    if (!m_search) {
        m_search = std::make_unique<QSqlQuery>(m_database);
        m_search->setForwardOnly(true);
        if (!m_search->prepare(searchSql()))
            qCWarning(lcSearch) << "cannot prepare the search:" << m_search->lastError().text();
    }
    QSqlQuery &query = *m_search;
    query.bindValue(0, match);
    query.bindValue(1, lang);
    query.bindValue(2, limit);
    query.bindValue(3, match);
    query.bindValue(4, lang);
    query.bindValue(5, limit);
    if (!query.exec()) {
        qCWarning(lcSearch) << "search failed:" << query.lastError().text();
        return {};
    }
    QList<SearchHit> hits;
    hits.reserve(2 * limit);
    while (query.next())
        hits.append({query.value(0).toInt() == 0 ? SearchHit::Kind::Guide : SearchHit::Kind::Faq, query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(), query.value(4).toDouble()});
    query.finish();  // ends the read at once, rather than at the next exec
    mergeByRelativeScore(hits, limit);
    for (SearchHit &hit : hits)
        hit.snippetHtml = snippetToHtml(hit.snippetHtml);
    return hits;
}

QString SearchEngine::suggestion(const QString &text, const QString &lang)
{
    return suggester(lang).suggest(text);
}

const QList<Synonym> &SearchEngine::synonyms(const QString &lang)
{
    auto cached = m_synonyms.find(lang);
    if (cached != m_synonyms.end())
        return *cached;
    QList<Synonym> result;
    QSqlQuery query = select(m_database, u"SELECT phrase, means FROM synonyms WHERE lang = ?"_s, lang);
    while (query.next())
        result.append({searchWords(query.value(0).toString()), searchWords(query.value(1).toString())});
    return *m_synonyms.insert(lang, result);
}

const SpellingSuggester &SearchEngine::suggester(const QString &lang)
{
    auto &slot = m_suggesters[lang];
    if (!slot) {
        QList<VocabularyEntry> entries;
        QSqlQuery query = select(m_database, u"SELECT word, form, documents FROM search_vocab WHERE lang = ?"_s, lang);
        while (query.next())
            entries.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
        // A patient's own words are not misspellings, even where the guides
        // never use them: the synonym list is what finds them.
        QStringList known;
        for (const Synonym &synonym : synonyms(lang))
            known += synonym.phrase;
        slot = std::make_unique<SpellingSuggester>(std::move(entries), known);
    }
    return *slot;
}

} // namespace bph::core
