#pragma once

// Draws the FAQ tree for reading rather than scanning: topics as bold
// headings, each question wrapped over as many lines as it needs, with air
// between rows. Questions are never cut off with an ellipsis.

#include <QStyledItemDelegate>

class QTreeView;

namespace bph::ui {

class FaqItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FaqItemDelegate(QTreeView *view);
    Q_DISABLE_COPY_MOVE(FaqItemDelegate)

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int textWidth(const QModelIndex &index) const;

    QTreeView *m_view = nullptr;
    // The view's viewport, kept rather than asked for: it can still send
    // events while the view is being destroyed.
    QWidget *m_viewport = nullptr;
    int m_laidOutWidth = -1;
};

} // namespace bph::ui
