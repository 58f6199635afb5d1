#include "searchengine.h"
#include "documentfrequencies.h"
#include "ftsexcerpt.h"
#include "ftsrank.h"
#include "spellingsuggester.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

Q_LOGGING_CATEGORY(lcSearch, "bph.core.search")

// One kind's first kMaxRanked matches in the language's block of rows,
// ranked (titles and questions weigh most, then summaries, then bodies and
// answers). The inner ORDER BY rowid also stops SQLite from merging the two
// SELECTs into one, which would rank every match before the LIMIT. The
// caller reads only as many rows as it shows: an outer LIMIT would make
// SQLite build and free a temporary b-tree on every query.
// Where the block holds only that language, the language is not read row by
// row: FTS5 would fetch every match's stored row for it.
QString rankSql(SearchHit::Kind kind)
{
    const QString table = kind == SearchHit::Kind::Guide ? u"guides_fts"_s : u"faqs_fts"_s;
    const QString weights = kind == SearchHit::Kind::Guide ? u"10.0, 4.0, 1.0"_s : u"8.0, 1.0"_s;
    return u"SELECT r, s FROM (SELECT rowid AS r, bph_rank(%1, ?, %2) AS s FROM %1"
           " WHERE %1 MATCH ? AND rowid BETWEEN ? AND ? AND (? OR lang = ?) ORDER BY rowid LIMIT ?) ORDER BY s"_s.arg(table, weights);
}

// A guide's snippet comes from its summary or body (its title is shown
// above it anyway); a FAQ's from its answer.
QString showSql(SearchHit::Kind kind)
{
    return kind == SearchHit::Kind::Guide
        ? u"SELECT id, title, bph_excerpt(guides_fts, 14, 1, 2) FROM guides_fts WHERE guides_fts MATCH ? AND rowid = ?"_s
        : u"SELECT id, question, bph_excerpt(faqs_fts, 14, 1) FROM faqs_fts WHERE faqs_fts MATCH ? AND rowid = ?"_s;
}

// One kind's rows of one language: the compiler writes each language's
// rows one after another, so they are one rowid range.
struct RowBlock {
    qint64 first = 1;
    qint64 last = 0;  // first > last: no rows
    bool pure = false;  // no other language's rows in between
    int rows = 0;
};

RowBlock rowBlock(const QSqlDatabase &db, const QString &table, const QString &lang)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT min(rowid), max(rowid), count(*) FROM %1 WHERE lang = ?"_s.arg(table));
    query.addBindValue(lang);
    RowBlock block;
    if (!query.exec() || !query.next()) {
        qCWarning(lcSearch) << "cannot find the rows of" << table << query.lastError().text();
        return block;
    }
    block.rows = query.value(2).toInt();
    if (block.rows > 0) {
        block.first = query.value(0).toLongLong();
        block.last = query.value(1).toLongLong();
        block.pure = block.last - block.first + 1 == block.rows;
    }
    return block;
}

struct Candidate {
    SearchHit::Kind kind;
    qint64 rowid;
    double rank;
};

// Scores from two indexes do not compare (the many short answers score
// higher than any guide), so each list is scored against its own best match
// and the two are merged; a guide, the fuller read, goes first on a near tie.
constexpr double kFaqWeight = 0.9;

void mergeByRelativeScore(QList<Candidate> &candidates, int limit)
{
    double best[2] = {0, 0};  // scores are negative: lower is better
    for (const Candidate &candidate : std::as_const(candidates)) {
        double &kindBest = best[candidate.kind == SearchHit::Kind::Faq ? 1 : 0];
        kindBest = std::min(kindBest, candidate.rank);
    }
    for (Candidate &candidate : candidates) {
        const bool faq = candidate.kind == SearchHit::Kind::Faq;
        const double kindBest = best[faq ? 1 : 0];
        const double relative = kindBest < 0 ? candidate.rank / kindBest : 1.0;
        candidate.rank = -relative * (faq ? kFaqWeight : 1.0);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.rank < b.rank; });
    if (candidates.size() > limit)
        candidates.resize(limit);
}

// Turns the excerpt's markers into <mark> after escaping the text itself.
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

struct SearchEngine::Language {
    QList<Synonym> synonyms;
    QList<VocabularyEntry> vocabulary;
    DocumentFrequencies frequencies;
    std::unique_ptr<SpellingSuggester> suggester;  // made on first use
    RowBlock guides;
    RowBlock faqs;
};

SearchEngine::SearchEngine(QSqlDatabase database) : m_database(std::move(database))
{
    if (!registerExcerptFunction(m_database) || !registerRankFunction(m_database))
        qCWarning(lcSearch) << "cannot add the search functions: search is unavailable";
}

SearchEngine::~SearchEngine() = default;

std::unique_ptr<QSqlQuery> SearchEngine::prepare(const QString &sql) const
{
    auto query = std::make_unique<QSqlQuery>(m_database);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        qCWarning(lcSearch) << "cannot prepare the search:" << query->lastError().text();
    return query;
}

QList<SearchHit> SearchEngine::search(const QString &text, const QString &lang, int limit)
{
    const Language &language = this->language(lang);
    const QString match = buildMatchExpression(text, language.synonyms);
    if (match.isEmpty() || limit <= 0)
        return {};
    if (!m_rankGuides) {
        m_rankGuides = prepare(rankSql(SearchHit::Kind::Guide));
        m_rankFaqs = prepare(rankSql(SearchHit::Kind::Faq));
        m_showGuide = prepare(showSql(SearchHit::Kind::Guide));
        m_showFaq = prepare(showSql(SearchHit::Kind::Faq));
    }

    const QString idfs = language.frequencies.idfList(matchTerms(match));
    QList<Candidate> candidates;
    for (const auto kind : {SearchHit::Kind::Guide, SearchHit::Kind::Faq}) {
        const RowBlock &block = kind == SearchHit::Kind::Guide ? language.guides : language.faqs;
        QSqlQuery &rank = kind == SearchHit::Kind::Guide ? *m_rankGuides : *m_rankFaqs;
        int i = 0;
        for (const QVariant &value : {QVariant(idfs), QVariant(match), QVariant(block.first), QVariant(block.last),
                                      QVariant(block.pure), QVariant(lang), QVariant(kMaxRanked)})
            rank.bindValue(i++, value);
        if (!rank.exec()) {
            qCWarning(lcSearch) << "search failed:" << rank.lastError().text();
            return {};
        }
        for (int read = 0; read < limit && rank.next(); ++read)
            candidates.append({kind, rank.value(0).toLongLong(), rank.value(1).toDouble()});
        rank.finish();  // ends the read at once, rather than at the next exec
    }
    mergeByRelativeScore(candidates, limit);

    // Snippets, the costly part, only for the rows shown.
    QList<SearchHit> hits;
    for (const Candidate &candidate : std::as_const(candidates)) {
        QSqlQuery &show = candidate.kind == SearchHit::Kind::Guide ? *m_showGuide : *m_showFaq;
        show.bindValue(0, match);
        show.bindValue(1, candidate.rowid);
        if (!show.exec() || !show.next()) {
            qCWarning(lcSearch) << "cannot show a search result:" << show.lastError().text();
            continue;
        }
        hits.append({candidate.kind, show.value(0).toString(), show.value(1).toString(),
                     snippetToHtml(show.value(2).toString()), candidate.rank});
        show.finish();
    }
    return hits;
}

QString SearchEngine::suggestion(const QString &text, const QString &lang)
{
    Language &language = this->language(lang);
    if (!language.suggester) {
        // A patient's own words are not misspellings, even where the guides
        // never use them: the synonym list is what finds them.
        QStringList known;
        for (const Synonym &synonym : std::as_const(language.synonyms))
            known += synonym.phrase;
        language.suggester = std::make_unique<SpellingSuggester>(language.vocabulary, known);
    }
    return language.suggester->suggest(text);
}

const QList<Synonym> &SearchEngine::synonyms(const QString &lang)
{
    return language(lang).synonyms;
}

SearchEngine::Language &SearchEngine::language(const QString &lang)
{
    auto &slot = m_languages[lang];
    if (slot)
        return *slot;
    slot = std::make_unique<Language>();
    QSqlQuery synonyms = select(m_database, u"SELECT phrase, means FROM synonyms WHERE lang = ?"_s, lang);
    while (synonyms.next())
        slot->synonyms.append({searchWords(synonyms.value(0).toString()), searchWords(synonyms.value(1).toString())});
    QSqlQuery vocabulary = select(m_database, u"SELECT word, form, documents FROM search_vocab WHERE lang = ?"_s, lang);
    while (vocabulary.next())
        slot->vocabulary.append({vocabulary.value(0).toString(), vocabulary.value(1).toString(), vocabulary.value(2).toInt()});
    slot->guides = rowBlock(m_database, u"guides_fts"_s, lang);
    slot->faqs = rowBlock(m_database, u"faqs_fts"_s, lang);
    slot->frequencies = DocumentFrequencies(slot->vocabulary, slot->guides.rows + slot->faqs.rows);
    return *slot;
}

} // namespace bph::core
