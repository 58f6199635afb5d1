#include "guidehtml.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GuidePage", text);
}

const QString &pageTemplate()
{
    static const QString html = [] {
        QFile file(u":/ui/article/guide.html"_s);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return html;
}

QString relatedSection(const core::Guide &guide)
{
    if (guide.related.isEmpty())
        return {};
    QString items;
    for (const core::GuideRef &related : guide.related)
        items += u"<li><a href=\"app://guide/%1\">%2</a></li>"_s.arg(related.id.toHtmlEscaped(), related.title.toHtmlEscaped());
    return u"<nav class=\"related\" aria-labelledby=\"related-heading\"><h2 id=\"related-heading\">%1</h2><ul>%2</ul></nav>"_s.arg(
            tr("Related guides").toHtmlEscaped(), items);
}

QString sourcesSection(const core::Guide &guide)
{
    QString items;
    for (const QString &source : guide.sources)
        items += u"<li>"_s + source.toHtmlEscaped() + u"</li>"_s;
    return u"<section class=\"sources\" aria-labelledby=\"sources-heading\"><h2 id=\"sources-heading\">%1</h2><ol>%2</ol></section>"_s.arg(
            tr("Sources").toHtmlEscaped(), items);
}

} // namespace

QString guidePageHtml(const core::Guide &guide, const QString &topicTitle)
{
    const QLocale locale(guide.lang);
    const QString review = tr("Last reviewed %1. Next review due %2.")
                                   .arg(locale.toString(guide.reviewed, QLocale::LongFormat),
                                        locale.toString(guide.nextReview, QLocale::LongFormat));
    const QString footer = tr("This guide helps you learn; it cannot tell what is causing your pain. For advice about you, "
                              "talk to your doctor, physiotherapist or pharmacist. Worried about a symptom? "
                              "Use the <a href=\"app://checklist\">red-flag checklist</a>.");
    QString html = pageTemplate();
    // Body and footer are trusted HTML (rendered at build time, or ours);
    // every other value is escaped text.
    html.replace(u"{{lang}}"_s, guide.lang.toHtmlEscaped());
    html.replace(u"{{title}}"_s, guide.title.toHtmlEscaped());
    html.replace(u"{{topic}}"_s, topicTitle.toHtmlEscaped());
    html.replace(u"{{summary}}"_s, guide.summary.toHtmlEscaped());
    html.replace(u"{{related}}"_s, relatedSection(guide));
    html.replace(u"{{sources}}"_s, sourcesSection(guide));
    html.replace(u"{{review}}"_s, review.toHtmlEscaped());
    html.replace(u"{{footer}}"_s, footer);
    html.replace(u"{{body}}"_s, guide.html);
    return html;
}

} // namespace bph::ui
