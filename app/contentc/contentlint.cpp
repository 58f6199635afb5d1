#include "contentlint.h"

#include <QFile>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bph::content {

namespace {

using Exemption = LintRule::Exemption;

// How many words before a claim a negation may stand: enough for "no hay una
// cura milagrosa", few enough that "nothing else" far back cannot excuse it.
constexpr int kNegationWindow = 4;

const QString kPromise = u"say what helps and how much, without promises"_s;

QRegularExpression wordPattern(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption);
}

QList<LintRule> builtInRules()
{
    const QString percentMessage = u"quotes a percentage without a source ('%1'); cite the study in the same "
                                   "sentence, as in '(Smith and others, 2019)', or say it in words"_s;
    const QString clickMessage = u"tells the reader to click ('%1'); name where the link goes instead"_s;
    const QString videoMessage = u"points to a video ('%1'); the app has no videos: say it in words"_s;
    const QString buyMessage = u"asks the reader to buy ('%1'); the app sells nothing"_s;
    return {
        // English
        {u"en"_s, wordPattern(u"\\b(?:cure[sd]?|curing|curative)\\b"_s), Exemption::Negated,
         u"promises a cure ('%1'); "_s + kPromise},
        {u"en"_s, wordPattern(u"\\b(?:miracles?|miraculous(?:ly)?)\\b"_s), Exemption::Negated,
         u"promises a miracle ('%1'); "_s + kPromise},
        {u"en"_s, wordPattern(u"\\bguarantee(?:s|d|ing)?\\b"_s), Exemption::Negated,
         u"gives a guarantee ('%1'); "_s + kPromise},
        {u"en"_s, wordPattern(u"\\bper\\s*cent\\b"_s), Exemption::Cited, percentMessage},
        {u"en"_s, wordPattern(u"\\bclick\\s+(?:here|below|(?:on\\s+)?(?:this|the)\\s+link)\\b|\\btap\\s+here\\b"_s),
         Exemption::None, clickMessage},
        {u"en"_s, wordPattern(u"\\b(?:watch|see|view)\\s+(?:the|this|our|a|my)\\s+video\\b"_s), Exemption::None,
         videoMessage},
        {u"en"_s, wordPattern(u"\\b(?:buy|order|shop)\\s+(?:it\\s+|them\\s+|one\\s+)?(?:now|today|here)\\b"_s),
         Exemption::Negated, buyMessage},
        // Spanish. "curación" is left out on purpose: it is the everyday word
        // for tissue healing ("la curación de los tejidos").
        {u"es"_s, wordPattern(u"\\b(?:curas?|curan|curar(?:se|á|án|la|lo)?|curad[oa]s?|curativ[oa]s?)\\b"_s),
         Exemption::Negated, u"promises a cure ('%1'); "_s + kPromise},
        {u"es"_s, wordPattern(u"\\bmilagr(?:os?|os[oa]s?|osamente)\\b"_s), Exemption::Negated,
         u"promises a miracle ('%1'); "_s + kPromise},
        {u"es"_s, wordPattern(u"\\bgarant(?:[ií]as?|iza(?:r|n|mos|d[oa]s?)?)\\b"_s), Exemption::Negated,
         u"gives a guarantee ('%1'); "_s + kPromise},
        {u"es"_s, wordPattern(u"\\bpor\\s+ciento\\b"_s), Exemption::Cited, percentMessage},
        {u"es"_s, wordPattern(u"\\b(?:haga|haz|hacer|pulse|pulsa|presione|toque)\\s+(?:clic|click)\\b"
                              "|\\b(?:clic|click|pulse|toque)\\s+aqu[ií]\\b"_s),
         Exemption::None, clickMessage},
        {u"es"_s, wordPattern(u"\\b(?:vea|vean|mire|ve|mira|ver)\\s+(?:el|este|nuestro|un|mi)\\s+v[ií]deo\\b"_s),
         Exemption::None, videoMessage},
        {u"es"_s, wordPattern(u"\\bc[oó]mpre(?:lo|la|los|las)?\\b|\\bcompr[ae]\\s+(?:ya|ahora|hoy|aqu[ií])\\b"
                              "|\\bpida\\s+(?:ya|ahora|hoy)\\b"_s),
         Exemption::Negated, buyMessage},
        // Every language: a number with a percent sign.
        {QString(), wordPattern(u"\\d+(?:[.,]\\d+)?\\s*%"_s), Exemption::Cited, percentMessage},
    };
}

bool isNegation(const QString &lang, const QString &word)
{
    static const QSet<QString> english{u"no"_s,      u"not"_s,     u"never"_s,   u"nothing"_s, u"nobody"_s,
                                       u"none"_s,    u"nor"_s,     u"neither"_s, u"without"_s, u"cannot"_s};
    static const QSet<QString> spanish{u"no"_s,      u"ni"_s,      u"nunca"_s,   u"jamás"_s,   u"nada"_s,
                                       u"nadie"_s,   u"sin"_s,     u"ningún"_s,  u"ninguna"_s, u"ninguno"_s,
                                       u"tampoco"_s};
    if (lang == "es"_L1)
        return spanish.contains(word);
    return english.contains(word) || word.endsWith("n't"_L1);
}

bool endsSentence(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    return (c == u'.' || c == u'!' || c == u'?') && (i + 1 == text.size() || text.at(i + 1).isSpace());
}

// The sentence holding [from, to): it ends at '.', '!' or '?' before a space,
// and at a line break (so a list item or a heading is a sentence of its own).
std::pair<qsizetype, qsizetype> sentenceAround(const QString &text, qsizetype from, qsizetype to)
{
    qsizetype start = from;
    while (start > 0 && text.at(start - 1) != u'\n' && !endsSentence(text, start - 1))
        --start;
    qsizetype end = to;
    while (end < text.size() && text.at(end) != u'\n') {
        if (endsSentence(text, end++))
            break;
    }
    return {start, end};
}

bool negatedBefore(const QString &lang, QStringView before)
{
    static const QRegularExpression word(u"[\\p{L}\\p{M}]+(?:'[\\p{L}\\p{M}]+)*"_s);
    QStringList words;
    for (const auto &match : word.globalMatch(before.toString().replace(u'’', u'\'')))
        words.append(match.captured().toLower());
    for (qsizetype i = std::max<qsizetype>(0, words.size() - kNegationWindow); i < words.size(); ++i)
        if (isNegation(lang, words.at(i)))
            return true;
    return false;
}

bool citesSource(QStringView sentence)
{
    // A citation in brackets that ends in a year: (Wilkens y otros, 2010).
    static const QRegularExpression citation(u"\\([^()]*\\b(?:19|20)\\d\\d[a-z]?\\)"_s);
    return citation.match(sentence).hasMatch();
}

// The Markdown link targets and web addresses, blanked with spaces so that
// offsets and lines stay put: "guide:cure-myths" is an address, not a claim.
QString withoutAddresses(const QString &text)
{
    static const QRegularExpression address(u"\\]\\(([^)]*)\\)|<(https?://[^>]*)>|(https?://\\S+)"_s);
    QString masked = text;
    for (const auto &match : address.globalMatch(text)) {
        for (int group = 1; group <= 3; ++group)
            if (match.capturedLength(group) > 0)
                masked.replace(match.capturedStart(group), match.capturedLength(group),
                               QString(match.capturedLength(group), u' '));
    }
    return masked;
}

// The words found and up to two words after them, without Markdown markup
// (emphasis, and the brackets of a link whose address was blanked).
QString excerpt(const QString &text, qsizetype start, qsizetype matchEnd, qsizetype sentenceEnd)
{
    static const QRegularExpression twoWords(u"^(?:[\\s*_\\[\\]()]*[\\p{L}\\p{M}\\d'’%-]+){0,2}"_s);
    static const QRegularExpression markup(u"\\]\\(\\s*\\)|[*_\\[\\]]"_s);
    const QString after = text.mid(matchEnd, sentenceEnd - matchEnd);
    QString words = text.mid(start, matchEnd - start) + twoWords.match(after).captured();
    return words.remove(markup).simplified();
}

QString brandPattern(const QStringList &brands)
{
    QStringList names;
    for (const QString &brand : brands) {
        QStringList parts;
        for (const QString &part : brand.split(u' ', Qt::SkipEmptyParts))
            parts.append(QRegularExpression::escape(part));
        names.append(parts.join(u"\\s+"_s));
    }
    return u"(?<![\\p{L}\\p{M}\\d])(?:"_s + names.join(u'|') + u")(?![\\p{L}\\p{M}\\d])"_s;
}

} // namespace

ContentLint::ContentLint(const QStringList &brands) : m_rules(builtInRules())
{
    if (!brands.isEmpty())
        m_rules.append({QString(), wordPattern(brandPattern(brands)), Exemption::None,
                        u"names a product or brand ('%1'); use the generic name (ibuprofen, not a brand of it)"_s});
}

QStringList ContentLint::readBrandList(const QString &path, Diagnostics &diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        diagnostics.append({{path, 1}, u"cannot read the list of brand names: %1"_s.arg(file.errorString())});
        return {};
    }
    QStringList brands;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString name = QString::fromUtf8(line.left(line.indexOf('#') < 0 ? line.size() : line.indexOf('#'))).simplified();
        if (!name.isEmpty())
            brands.append(name);
    }
    return brands;
}

void ContentLint::checkText(const QString &lang, const QString &text, const SourceLocation &where,
                            Diagnostics &out) const
{
    const QString masked = withoutAddresses(text);
    for (const LintRule &rule : m_rules) {
        if (!rule.lang.isEmpty() && rule.lang != lang)
            continue;
        for (const auto &match : rule.pattern.globalMatch(masked)) {
            const auto [start, end] = sentenceAround(masked, match.capturedStart(), match.capturedEnd());
            const QStringView sentence = QStringView(masked).mid(start, end - start);
            if (rule.exemption == Exemption::Negated
                && negatedBefore(lang, QStringView(masked).mid(start, match.capturedStart() - start)))
                continue;
            if (rule.exemption == Exemption::Cited && citesSource(sentence))
                continue;
            const int line = where.line + static_cast<int>(QStringView(masked).left(match.capturedStart()).count(u'\n'));
            out.append({{where.file, line}, rule.message.arg(excerpt(masked, match.capturedStart(), match.capturedEnd(), end))});
        }
    }
}

Diagnostics ContentLint::check(const ContentSet &content) const
{
    Diagnostics out;
    for (const LanguageContent &language : content) {
        const QString &lang = language.lang;
        // Sources are citations, not advice: they may name journals and
        // organisations freely, so they are not checked.
        for (const Guide &guide : language.guides) {
            checkText(lang, guide.title, {guide.where.file, guide.titleLine}, out);
            checkText(lang, guide.summary, {guide.where.file, guide.summaryLine}, out);
            checkText(lang, QString::fromUtf8(guide.markdown), {guide.where.file, guide.bodyLine}, out);
        }
        for (const Faq &faq : language.faqs) {
            checkText(lang, faq.question, {faq.where.file, faq.questionLine}, out);
            checkText(lang, QString::fromUtf8(faq.answerMarkdown), {faq.where.file, faq.answerLine}, out);
        }
        for (const RedFlag &flag : language.redFlags)
            for (const QString &text : {flag.question, flag.why, flag.action})
                checkText(lang, text, flag.where, out);
        for (const RedFlagArea &area : language.redFlagAreas)
            checkText(lang, area.title, area.where, out);
        for (const Topic &topic : language.topics)
            for (const QString &text : {topic.title, topic.summary})
                checkText(lang, text, topic.where, out);
        // synonyms.yaml is never shown: a brand name there helps a patient
        // who types "Advil" find the guide on pain medicines.
    }
    return out;
}

} // namespace bph::content
