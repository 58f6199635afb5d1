#include "guidepages.h"
#include "contentstore.h"
#include "guidehtml.h"

using namespace Qt::StringLiterals;

namespace bph::ui {

std::optional<QByteArray> GuidePages::guidePage(const QString &id, const GuidePageOptions &options) const
{
    const auto guide = m_store.guide(options.lang, id);
    if (!guide)
        return std::nullopt;
    GuidePageContext context;
    context.theme = options.theme;
    context.phoneLink = options.phoneLink;
    context.hasQuestions = !m_store.faqsForGuide(options.lang, id).isEmpty();
    for (const core::Topic &topic : m_store.topics(options.lang))
        if (topic.id == guide->topic)
            context.topicTitle = topic.title;
    return guidePageHtml(*guide, context).toUtf8();
}

QColor GuidePages::pageBackground(const QString &theme) const
{
    return guidePageBackground(theme);
}

} // namespace bph::ui
