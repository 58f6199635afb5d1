#include "faqfiltermodel.h"
#include "faqmodel.h"
#include "ftsquery.h"

namespace bph::core {

namespace {

// A word matches where it begins a word of the text, so that "infla" finds
// "inflammation" while the reader is still typing, but "ear" does not find "year".
bool containsWordStart(const QString &text, const QString &word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
        if (at == 0 || !text.at(at - 1).isLetterOrNumber())
            return true;
    return false;
}

} // namespace

FaqFilterModel::FaqFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Keeps a topic while any of its questions matches.
    setRecursiveFilteringEnabled(true);
}

void FaqFilterModel::setFilterText(const QString &text)
{
    m_text = text;
    const QStringList words = searchWords(text);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void FaqFilterModel::setGuideFilter(const QString &guideId)
{
    if (guideId == m_guideId)
        return;
    m_guideId = guideId;
    invalidateFilter();
}

bool FaqFilterModel::isEmptyResult() const
{
    return isFiltering() && !firstFaq().isValid();
}

QModelIndex FaqFilterModel::firstFaq(const QModelIndex &proxyParent) const
{
    if (proxyParent.isValid() && proxyParent.data(FaqModel::IsFaqRole).toBool())
        return proxyParent;
    for (int row = 0; row < rowCount(proxyParent); ++row) {
        const QModelIndex found = firstFaq(index(row, 0, proxyParent));
        if (found.isValid())
            return found;
    }
    return {};
}

bool FaqFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!source.data(FaqModel::IsFaqRole).toBool())
        return !isFiltering();  // when filtering, a topic stays only for its questions
    if (!m_guideId.isEmpty() && source.data(FaqModel::GuideIdRole).toString() != m_guideId)
        return false;
    return matchesWords(source.data(FaqModel::SearchTextRole).toString());
}

bool FaqFilterModel::matchesWords(const QString &searchText) const
{
    for (const QString &word : m_words)
        if (!containsWordStart(searchText, word))
            return false;
    return true;
}

} // namespace bph::core
