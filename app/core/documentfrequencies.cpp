#include "documentfrequencies.h"
#include "ftsrank.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bph::core {

DocumentFrequencies::DocumentFrequencies(const QList<VocabularyEntry> &entries, int documents) : m_documents(documents)
{
    for (const VocabularyEntry &entry : entries)
        m_words.emplace_back(entry.word, entry.documents);
    std::sort(m_words.begin(), m_words.end());
    // One word's forms (e.g. "ciática", "ciatica") are one entry here. A
    // document using two forms counts twice: an over-count, capped below.
    std::vector<std::pair<QString, int>> merged;
    for (const auto &word : m_words) {
        if (!merged.empty() && merged.back().first == word.first)
            merged.back().second += word.second;
        else
            merged.push_back(word);
    }
    m_words = std::move(merged);
}

int DocumentFrequencies::documentsUsing(const MatchTerm &term) const
{
    auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), term.word,
                               [](const std::pair<QString, int> &word, const QString &key) { return word.first < key; });
    long long documents = 0;
    if (!term.prefix)
        documents = it != m_words.cend() && it->first == term.word ? it->second : 0;
    for (; term.prefix && it != m_words.cend() && it->first.startsWith(term.word) && documents < m_documents; ++it)
        documents += it->second;
    return int(std::min<long long>(documents, m_documents));
}

double DocumentFrequencies::idf(const MatchTerm &term) const
{
    return inverseDocumentFrequency(documentsUsing(term), m_documents);
}

QString DocumentFrequencies::idfList(const QList<MatchTerm> &terms) const
{
    QStringList idfs;
    for (const MatchTerm &term : terms)
        idfs.append(QString::number(idf(term), 'g', 6));
    return idfs.join(u' ');
}

} // namespace bph::core
