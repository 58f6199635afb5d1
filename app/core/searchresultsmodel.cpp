#include "searchresultsmodel.h"

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

// Undoes QString::toHtmlEscaped and drops the <mark> tags: the snippet as
// plain text, for screen readers.
QString plainSnippet(const QString &html)
{
    QString text = html;
    text.remove(u"<mark>"_s).remove(u"</mark>"_s);
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    return text.replace(u"&amp;"_s, u"&"_s);
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    m_snippetTexts.clear();
    for (const SearchHit &hit : hits)
        m_snippetTexts.append(plainSnippet(hit.snippetHtml));
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    const bool isFaq = hit.kind == SearchHit::Kind::Faq;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return hit.title;
    case Qt::AccessibleTextRole:
        return u"%1, %2"_s.arg(hit.title, isFaq ? tr("Question") : tr("Guide"));
    case Qt::AccessibleDescriptionRole:
    case SnippetTextRole:
        return m_snippetTexts.at(index.row());
    case IdRole:
        return hit.id;
    case IsFaqRole:
        return isFaq;
    case KindTextRole:
        return isFaq ? tr("Question") : tr("Guide");
    case SnippetHtmlRole:
        return hit.snippetHtml;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(IsFaqRole, "isFaq");
    names.insert(KindTextRole, "kindText");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(SnippetTextRole, "snippetText");
    return names;
}

} // namespace bph::core
