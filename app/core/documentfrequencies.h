#pragma once

// How many of one language's guides and FAQs use each word (search_vocab),
// for ranking: a rare word says more about a match than a common one.

#include "ftsquery.h"
#include "spellingsuggester.h"

#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace bph::core {

class DocumentFrequencies final
{
public:
    DocumentFrequencies() = default;
    // `documents`: how many guides and FAQs the language has.
    DocumentFrequencies(const QList<VocabularyEntry> &entries, int documents);

    // bm25's inverse document frequency of the term; a prefix counts the
    // documents of every word it starts, as many as there are at most.
    double idf(const MatchTerm &term) const;
    // One per term, space-separated, for bph_rank.
    QString idfList(const QList<MatchTerm> &terms) const;

private:
    int documentsUsing(const MatchTerm &term) const;

    std::vector<std::pair<QString, int>> m_words;  // folded, sorted, with their documents
    int m_documents = 0;
};

} // namespace bph::core
