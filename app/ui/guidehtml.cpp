#include "guidehtml.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

const QString &pageTemplate()
{
    static const QString html = [] {
        QFile file(u":/ui/article/guide.html"_s);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return html;
}

// The page's style sheet, inline: a request fewer before the page can be
// drawn. The page's Content Security Policy allows exactly this sheet, by
// its hash, and no other style.
struct InlineStyle
{
    QString css;
    QString hash;  // as a CSP source: 'sha256-…' without the quotes
};

const InlineStyle &inlineStyle()
{
    static const InlineStyle style = [] {
        QFile file(u":/ui/article/article.css"_s);
        const QByteArray css = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        return InlineStyle{QString::fromUtf8(css),
                           u"sha256-"_s + QString::fromLatin1(QCryptographicHash::hash(css, QCryptographicHash::Sha256).toBase64())};
    }();
    return style;
}

QString relatedSection(const core::Guide &guide)
{
    if (guide.related.isEmpty())
        return {};
    QString items;
    for (const core::GuideRef &related : guide.related)
        items += u"<li><a href=\"app://guide/%1\">%2</a></li>"_s.arg(related.id.toHtmlEscaped(), related.title.toHtmlEscaped());
    return u"<nav class=\"related\" aria-labelledby=\"related-heading\"><h2 id=\"related-heading\">%1</h2><ul>%2</ul></nav>"_s.arg(
            QCoreApplication::translate("GuidePage", "Related guides").toHtmlEscaped(), items);
}

QString sourcesSection(const core::Guide &guide)
{
    QString items;
    for (const QString &source : guide.sources)
        items += u"<li>"_s + source.toHtmlEscaped() + u"</li>"_s;
    return u"<section class=\"sources\" aria-labelledby=\"sources-heading\"><h2 id=\"sources-heading\">%1</h2><ol>%2</ol></section>"_s.arg(
            QCoreApplication::translate("GuidePage", "Sources").toHtmlEscaped(), items);
}

} // namespace

QColor guidePageBackground(const QString &theme)
{
    // The light theme is the sheet's plain :root block, the others its
    // :root[data-theme="…"] blocks.
    const QString selector = theme == "light"_L1 ? u":root"_s : u":root[data-theme=\"%1\"]"_s.arg(theme);
    const QRegularExpression background(QRegularExpression::escape(selector)
                                        + u"\\s*\\{[^}]*--background:\\s*(#[0-9a-fA-F]{6})\\b"_s);
    const QRegularExpressionMatch match = background.match(inlineStyle().css);
    return match.hasMatch() ? QColor(match.captured(1)) : QColor();
}

QString guidePageHtml(const core::Guide &guide, const GuidePageContext &context)
{
    const QLocale locale(guide.lang);
    const QString review = QCoreApplication::translate("GuidePage", "Last reviewed %1. Next review due %2.")
                                   .arg(locale.toString(guide.reviewed, QLocale::LongFormat),
                                        locale.toString(guide.nextReview, QLocale::LongFormat));
    const QString footer = QCoreApplication::translate("GuidePage", "This guide helps you learn; it cannot tell what is causing your pain. For advice about you, "
                              "talk to your doctor, physiotherapist or pharmacist. Worried about a symptom? "
                              "Use the <a href=\"app://checklist\">red-flag checklist</a>.");
    const QString questions = context.hasQuestions
            ? u"<p class=\"questions\"><a href=\"app://questions/%1\">%2</a></p>"_s.arg(
                      guide.id.toHtmlEscaped(), QCoreApplication::translate("GuidePage", "Questions about this guide").toHtmlEscaped())
            : QString();
    const QString phone = context.phoneLink
            ? u"<p class=\"phone\"><a href=\"app://phone/%1\">%2</a></p>"_s.arg(
                      guide.id.toHtmlEscaped(), QCoreApplication::translate("GuidePage", "Read this guide on your phone").toHtmlEscaped())
            : QString();
    // Body and footer are trusted HTML (rendered at build time, or ours);
    // every other value is escaped text.
    const QHash<QString, QString> values{
        {u"lang"_s, guide.lang.toHtmlEscaped()},
        {u"theme"_s, context.theme.toHtmlEscaped()},
        {u"style"_s, inlineStyle().css},
        {u"stylehash"_s, inlineStyle().hash},
        {u"title"_s, guide.title.toHtmlEscaped()},
        {u"topic"_s, context.topicTitle.toHtmlEscaped()},
        {u"summary"_s, guide.summary.toHtmlEscaped()},
        {u"body"_s, guide.html},
        {u"questions"_s, questions + phone},
        {u"related"_s, relatedSection(guide)},
        {u"sources"_s, sourcesSection(guide)},
        {u"review"_s, review.toHtmlEscaped()},
        {u"footer"_s, footer},
    };
    // One pass over the template, so no value is ever read as a placeholder.
    static const QRegularExpression placeholder(u"\\{\\{([a-z]+)\\}\\}"_s);
    const QString &page = pageTemplate();
    QString html;
    html.reserve(page.size() + guide.html.size() + 4096);
    qsizetype last = 0;
    for (const auto &match : placeholder.globalMatch(page)) {
        html += QStringView(page).mid(last, match.capturedStart() - last);
        html += values.value(match.captured(1));
        last = match.capturedEnd();
    }
    html += QStringView(page).mid(last);
    return html;
}

} // namespace bph::ui
