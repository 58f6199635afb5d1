#pragma once

// Narrows the FAQ tree to what the reader is looking for: the questions whose
// question or answer holds every typed word (as the start of a word, ignoring
// case and accents), optionally only those of one guide. A topic stays while
// any of its questions does.

#include <QSortFilterProxyModel>
#include <QStringList>

namespace bph::core {

class FaqFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FaqFilterModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FaqFilterModel)

    // What the reader typed, as typed; an empty text (or one with no words)
    // filters nothing.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    QStringList filterWords() const { return m_words; }

    // Only the questions of this guide; empty for every guide.
    void setGuideFilter(const QString &guideId);
    QString guideFilter() const { return m_guideId; }

    bool isFiltering() const { return !m_words.isEmpty() || !m_guideId.isEmpty(); }
    // True when the model is filtering and not a single question is left.
    bool isEmptyResult() const;

    // The first question row below (or at) proxyParent, depth first; invalid when none.
    QModelIndex firstFaq(const QModelIndex &proxyParent = {}) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matchesWords(const QString &searchText) const;

    QString m_text;
    QStringList m_words;  // folded, as the search index splits them
    QString m_guideId;
};

} // namespace bph::core
