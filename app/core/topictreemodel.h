#pragma once

// The hub as a two-level tree for the navigator: topics, then their guides.

#include "contenttypes.h"

#include <QAbstractItemModel>

namespace bph::core {

class TopicTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, IsGuideRole, SummaryRole };

    explicit TopicTreeModel(QObject *parent = nullptr);

    void setTopics(QList<Topic> topics);
    // The index of a guide, or an invalid index when it is not in the tree.
    QModelIndex indexOfGuide(const QString &guideId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // Internal ids: 0 marks a topic row; n > 0 marks a guide of topic n - 1.
    QList<Topic> m_topics;
};

} // namespace bph::core
