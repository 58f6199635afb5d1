#include "topictreemodel.h"

namespace bph::core {

TopicTreeModel::TopicTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

void TopicTreeModel::setTopics(QList<Topic> topics)
{
    beginResetModel();
    m_topics = std::move(topics);
    endResetModel();
}

QModelIndex TopicTreeModel::indexOfGuide(const QString &guideId) const
{
    for (int t = 0; t < m_topics.size(); ++t)
        for (int g = 0; g < m_topics.at(t).guides.size(); ++g)
            if (m_topics.at(t).guides.at(g).id == guideId)
                return createIndex(g, 0, quintptr(t + 1));
    return {};
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topics.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_topics.at(parent.row()).guides.size());
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isGuide = index.internalId() != 0;
    const Topic &topic = m_topics.at(isGuide ? int(index.internalId() - 1) : index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return isGuide ? topic.guides.at(index.row()).title : topic.title;
    case Qt::ToolTipRole:
    case SummaryRole:
        return isGuide ? QVariant() : topic.summary;
    case IdRole:
        return isGuide ? topic.guides.at(index.row()).id : topic.id;
    case IsGuideRole:
        return isGuide;
    default:
        return {};
    }
}

QHash<int, QByteArray> TopicTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(IsGuideRole, "isGuide");
    names.insert(SummaryRole, "summary");
    return names;
}

} // namespace bph::core
