#pragma once

// The hits of one search as a flat list, best first, for a results view.

#include "contenttypes.h"

#include <QAbstractListModel>

namespace bph::core {

class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,  // the guide's or the FAQ's id
        IsFaqRole,
        KindTextRole,     // "Guide" or "Question", translated
        SnippetHtmlRole,  // escaped text with <mark> around the matched words
        SnippetTextRole,  // the same without markup
    };

    explicit SearchResultsModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

    void setHits(const QList<SearchHit> &hits);
    const QList<SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<SearchHit> m_hits;
    QStringList m_snippetTexts;
};

} // namespace bph::core
