#include "topicnavigator.h"
#include "topictreemodel.h"

#include <QEvent>

namespace bph::ui {

TopicNavigator::TopicNavigator(QWidget *parent) : QTreeView(parent), m_topics(new core::TopicTreeModel(this))
{
    setModel(m_topics);
    setHeaderHidden(true);
    setUniformRowHeights(true);
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

void TopicNavigator::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Topics and guides"));
}

} // namespace bph::ui
