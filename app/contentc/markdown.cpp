#include "markdown.h"

#include <md4c-html.h>
#include <md4c.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bph::content {

namespace {

constexpr unsigned kParserFlags = MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;

void appendToByteArray(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, static_cast<qsizetype>(size));
}

struct PlainTextState {
    QString text;
};

int onBlockLeave(MD_BLOCKTYPE, void *, void *userdata)
{
    auto *state = static_cast<PlainTextState *>(userdata);
    if (!state->text.endsWith(u'\n'))
        state->text.append(u'\n');
    return 0;
}

int onNothing(MD_SPANTYPE, void *, void *) { return 0; }
int onBlockEnter(MD_BLOCKTYPE, void *, void *) { return 0; }

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *state = static_cast<PlainTextState *>(userdata);
    switch (type) {
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        state->text.append(u' ');
        break;
    case MD_TEXT_NULLCHAR:
        break;
    case MD_TEXT_ENTITY:
        state->text.append(u' ');
        break;
    default:
        state->text.append(QString::fromUtf8(text, static_cast<qsizetype>(size)));
    }
    return 0;
}

} // namespace

QString internalLinkUrl(const QString &kind, const QString &target)
{
    if (kind == "checklist"_L1)
        return u"app://checklist"_s;
    return u"app://"_s + kind + u'/' + target;
}

QString markdownToHtml(const QByteArray &markdown)
{
    QByteArray html;
    md_html(markdown.constData(), static_cast<MD_SIZE>(markdown.size()), appendToByteArray, &html,
            kParserFlags, 0);
    QString result = QString::fromUtf8(html);
    static const QRegularExpression internalHref(u"href=\"(guide|faq|checklist):([a-z0-9-]*)\""_s);
    QString rewritten;
    qsizetype last = 0;
    for (const auto &match : internalHref.globalMatch(result)) {
        rewritten += QStringView(result).mid(last, match.capturedStart() - last);
        rewritten += u"href=\""_s + internalLinkUrl(match.captured(1), match.captured(2)) + u'"';
        last = match.capturedEnd();
    }
    rewritten += QStringView(result).mid(last);
    return rewritten;
}

QString markdownToPlainText(const QByteArray &markdown)
{
    PlainTextState state;
    MD_PARSER parser{};
    parser.flags = kParserFlags;
    parser.enter_block = onBlockEnter;
    parser.leave_block = onBlockLeave;
    parser.enter_span = onNothing;
    parser.leave_span = onNothing;
    parser.text = onText;
    md_parse(markdown.constData(), static_cast<MD_SIZE>(markdown.size()), &parser, &state);
    return state.text.trimmed();
}

QList<Link> findLinks(const QByteArray &markdown, int firstLine)
{
    // Inline links only: the content format has no reference-style links.
    static const QRegularExpression linkTarget(u"\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)"_s);
    static const QRegularExpression internal(u"^(guide|faq|checklist):(.*)$"_s);
    QList<Link> links;
    const QList<QByteArray> lines = markdown.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        for (const auto &match : linkTarget.globalMatch(line)) {
            const QString target = match.captured(1);
            const int lineNumber = firstLine + static_cast<int>(i);
            const auto parts = internal.match(target);
            if (parts.hasMatch())
                links.append({parts.captured(1), parts.captured(2), lineNumber});
            else if (target.startsWith("https://"_L1) || target.startsWith("mailto:"_L1))
                links.append({u"external"_s, target, lineNumber});
            else
                links.append({u"invalid"_s, target, lineNumber});
        }
    }
    return links;
}

} // namespace bph::content
