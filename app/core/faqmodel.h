#pragma once

// Every FAQ of one language as a two-level tree: topics, then their questions.

#include "contenttypes.h"

#include <QAbstractItemModel>

namespace bph::core {

class FaqModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,  // the FAQ's id on a question row, the topic's id on a topic row
        IsFaqRole,
        TopicIdRole,
        SummaryRole,     // topic rows only
        GuideIdRole,     // question rows only
        GuideTitleRole,  // question rows only
        AnswerHtmlRole,  // question rows only
        AnswerTextRole,  // question rows only
        SearchTextRole,  // question and answer, folded for matching (question rows only)
    };

    explicit FaqModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FaqModel)

    // Topics keep their order and questions keep theirs; a topic without
    // questions is left out, and so is a question whose topic is unknown.
    void setContent(const QList<Topic> &topics, const QList<Faq> &faqs);

    int faqCount() const;
    // The index of a question, or an invalid index when it is not in the tree.
    QModelIndex indexOfFaq(const QString &faqId) const;
    QString guideTitle(const QString &guideId) const { return m_guideTitles.value(guideId); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Question {
        Faq faq;
        QString searchText;
    };
    struct Group {
        Topic topic;
        QList<Question> questions;
    };

    QVariant topicData(const Group &group, int role) const;
    QVariant questionData(const Question &question, int role) const;

    // Internal ids: 0 marks a topic row; n > 0 marks a question of topic n - 1.
    QList<Group> m_groups;
    QHash<QString, QString> m_guideTitles;  // guide id -> title
};

} // namespace bph::core
