#pragma once

// Draws one search result the way a reader scans it: the title in bold, what
// it is (Guide or Question) in a quiet tag, and two lines of the text around
// the match with the matched words marked.

#include <QStyledItemDelegate>

namespace bph::ui {

class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SearchResultDelegate(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bph::ui
