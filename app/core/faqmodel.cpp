#include "faqmodel.h"
#include "ftsquery.h"

#include <QHash>

namespace bph::core {

FaqModel::FaqModel(QObject *parent) : QAbstractItemModel(parent) { }

void FaqModel::setContent(const QList<Topic> &topics, const QList<Faq> &faqs)
{
    QList<Group> groups;
    QHash<QString, qsizetype> groupOfTopic;
    QHash<QString, QString> guideTitles;
    for (const Topic &topic : topics) {
        groupOfTopic.insert(topic.id, groups.size());
        groups.append({topic, {}});
        for (const GuideRef &guide : topic.guides)
            guideTitles.insert(guide.id, guide.title);
    }
    for (const Faq &faq : faqs) {
        const auto group = groupOfTopic.constFind(faq.topic);
        if (group == groupOfTopic.cend())
            continue;
        // Folded once here so that filtering as the reader types stays cheap.
        groups[*group].questions.append({faq, foldForSearch(faq.question + u'\n' + faq.answerText)});
    }
    groups.removeIf([](const Group &group) { return group.questions.isEmpty(); });

    beginResetModel();
    m_groups = std::move(groups);
    m_guideTitles = std::move(guideTitles);
    endResetModel();
}

int FaqModel::faqCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += int(group.questions.size());
    return count;
}

QModelIndex FaqModel::indexOfFaq(const QString &faqId) const
{
    for (int t = 0; t < m_groups.size(); ++t)
        for (int q = 0; q < m_groups.at(t).questions.size(); ++q)
            if (m_groups.at(t).questions.at(q).faq.id == faqId)
                return createIndex(q, 0, quintptr(t + 1));
    return {};
}

QModelIndex FaqModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FaqModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int FaqModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups.at(parent.row()).questions.size());
}

int FaqModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FaqModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return topicData(m_groups.at(index.row()), role);
    return questionData(m_groups.at(int(index.internalId() - 1)).questions.at(index.row()), role);
}

QVariant FaqModel::topicData(const Group &group, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return group.topic.title;
    case Qt::ToolTipRole:
    case SummaryRole:
        return group.topic.summary;
    case IdRole:
    case TopicIdRole:
        return group.topic.id;
    case IsFaqRole:
        return false;
    default:
        return {};
    }
}

QVariant FaqModel::questionData(const Question &question, int role) const
{
    const Faq &faq = question.faq;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return faq.question;
    case IdRole:
        return faq.id;
    case IsFaqRole:
        return true;
    case TopicIdRole:
        return faq.topic;
    case GuideIdRole:
        return faq.guide;
    case GuideTitleRole:
        return m_guideTitles.value(faq.guide);
    case AnswerHtmlRole:
        return faq.answerHtml;
    case AnswerTextRole:
        return faq.answerText;
    case SearchTextRole:
        return question.searchText;
    default:
        return {};
    }
}

QHash<int, QByteArray> FaqModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(IsFaqRole, "isFaq");
    names.insert(TopicIdRole, "topicId");
    names.insert(SummaryRole, "summary");
    names.insert(GuideIdRole, "guideId");
    names.insert(GuideTitleRole, "guideTitle");
    names.insert(AnswerHtmlRole, "answerHtml");
    names.insert(AnswerTextRole, "answerText");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace bph::core
