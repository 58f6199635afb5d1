#include "topicnavigator.h"
#include "topictreemodel.h"

#include <QEvent>
#include <QResizeEvent>
#include <QStyledItemDelegate>

namespace bph::ui {

namespace {

// Rows as tall as their wrapped titles at the list's width: a tree view
// asks its delegate for a row's size without saying how wide it will be,
// and the style wraps the text only when told.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        int depth = 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        const int indent = m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
        QStyleOptionViewItem atWidth = option;
        atWidth.rect = QRect(0, 0, std::max(1, m_view->viewport()->width() - indent), 1);
        return QStyledItemDelegate::sizeHint(atWidth, index);
    }

private:
    QTreeView *m_view;
};

} // namespace

TopicNavigator::TopicNavigator(QWidget *parent) : QTreeView(parent), m_topics(new core::TopicTreeModel(this))
{
    setModel(m_topics);
    setHeaderHidden(true);
    setWordWrap(true);
    setItemDelegate(new WrappingDelegate(this));
    setAccessibleName(tr("Topics and guides"));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (index.data(core::TopicTreeModel::IsGuideRole).toBool())
            Q_EMIT guideActivated(index.data(core::TopicTreeModel::IdRole).toString());
    });
}

void TopicNavigator::setTopics(QList<core::Topic> topics)
{
    m_topics->setTopics(std::move(topics));
    expandAll();
}

void TopicNavigator::selectGuide(const QString &id)
{
    const QModelIndex index = m_topics->indexOfGuide(id);
    if (index.isValid() && currentIndex() != index)
        setCurrentIndex(index);
}

void TopicNavigator::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        scheduleDelayedItemsLayout();  // rows take their heights at the new width
}

void TopicNavigator::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Topics and guides"));
}

} // namespace bph::ui
