#include "validator.h"

#include <QHash>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace bph::content {

namespace {

QString languageName(const QString &code)
{
    const QLocale locale(code);
    return QLocale::languageToString(locale.language()) + u" ("_s + code + u')';
}

// Ids of one kind of item, with where each was first defined.
template<typename Item>
QHash<QString, SourceLocation> collectIds(const QList<Item> &items, const QString &kind, Diagnostics &out)
{
    QHash<QString, SourceLocation> ids;
    for (const Item &item : items) {
        if (item.id.isEmpty())
            continue;
        const auto existing = ids.constFind(item.id);
        if (existing != ids.constEnd()) {
            out.append({item.where, u"duplicate %1 id '%2' (first defined at %3:%4)"_s.arg(
                                        kind, item.id, existing->file, QString::number(existing->line))});
            continue;
        }
        ids.insert(item.id, item.where);
    }
    return ids;
}

struct LanguageIds {
    QHash<QString, SourceLocation> topics, guides, faqs, areas, flags;
};

LanguageIds checkLanguage(const LanguageContent &content, Diagnostics &out)
{
    LanguageIds ids;
    ids.topics = collectIds(content.topics, u"topic"_s, out);
    ids.guides = collectIds(content.guides, u"guide"_s, out);
    ids.faqs = collectIds(content.faqs, u"FAQ"_s, out);
    ids.areas = collectIds(content.redFlagAreas, u"red-flag area"_s, out);
    ids.flags = collectIds(content.redFlags, u"red-flag"_s, out);

    const auto checkLinks = [&](const QList<Link> &links, const QString &file) {
        for (const Link &link : links) {
            const SourceLocation where{file, link.line};
            if (link.kind == "invalid"_L1)
                out.append({where, u"link '%1' is not allowed: use guide:ID, faq:ID, checklist: or an https:// address"_s.arg(link.target)});
            else if (link.kind == "guide"_L1 && !ids.guides.contains(link.target))
                out.append({where, u"link to guide '%1', which does not exist"_s.arg(link.target)});
            else if (link.kind == "faq"_L1 && !ids.faqs.contains(link.target))
                out.append({where, u"link to FAQ '%1', which does not exist"_s.arg(link.target)});
            else if (link.kind == "checklist"_L1 && !link.target.isEmpty())
                out.append({where, u"the checklist link takes no id: write checklist:"_s});
        }
    };

    QSet<QString> topicsWithGuides;
    for (const Guide &guide : content.guides) {
        topicsWithGuides.insert(guide.topic);
        if (!ids.topics.contains(guide.topic))
            out.append({guide.where, u"guide '%1' names topic '%2', which does not exist"_s.arg(guide.id, guide.topic)});
        for (const QString &related : guide.related)
            if (!ids.guides.contains(related))
                out.append({guide.where, u"guide '%1' lists related guide '%2', which does not exist"_s.arg(guide.id, related)});
        if (guide.nextReview <= guide.reviewed)
            out.append({guide.where, u"next_review (%1) must be after reviewed (%2)"_s.arg(
                                         guide.nextReview.toString(Qt::ISODate), guide.reviewed.toString(Qt::ISODate))});
        checkLinks(guide.links, guide.where.file);
    }
    for (const Topic &topic : content.topics)
        if (!topicsWithGuides.contains(topic.id))
            out.append({topic.where, u"topic '%1' has no guides"_s.arg(topic.id)});
    for (const Faq &faq : content.faqs) {
        if (!ids.guides.contains(faq.guide))
            out.append({faq.where, u"FAQ '%1' belongs to guide '%2', which does not exist"_s.arg(faq.id, faq.guide)});
        checkLinks(faq.links, faq.where.file);
    }
    for (const RedFlag &flag : content.redFlags)
        if (!ids.areas.contains(flag.area))
            out.append({flag.where, u"red flag '%1' names area '%2', which does not exist"_s.arg(flag.id, flag.area)});
    return ids;
}

// Reports every id of `have` that `lacks` does not have.
void checkTwins(const QHash<QString, SourceLocation> &have, const QHash<QString, SourceLocation> &lacks,
                const QString &kind, const QString &missingLanguage, Diagnostics &out)
{
    for (auto it = have.constBegin(); it != have.constEnd(); ++it)
        if (!lacks.contains(it.key()))
            out.append({it.value(), u"%1 '%2' has no %3 version"_s.arg(kind, it.key(), missingLanguage)});
}

} // namespace

Diagnostics validate(const ContentSet &content)
{
    Diagnostics out;
    QMap<QString, LanguageIds> ids;
    for (const LanguageContent &language : content)
        ids.insert(language.lang, checkLanguage(language, out));

    const auto reference = ids.constFind(u"en"_s);
    if (reference == ids.constEnd()) {
        out.append({{u"content/en"_s, 1}, u"English content (the reference language) is missing"_s});
        return out;
    }
    for (auto other = ids.constBegin(); other != ids.constEnd(); ++other) {
        if (other.key() == reference.key())
            continue;
        const QString otherName = languageName(other.key());
        const QString english = languageName(reference.key());
        checkTwins(reference->topics, other->topics, u"topic"_s, otherName, out);
        checkTwins(reference->guides, other->guides, u"guide"_s, otherName, out);
        checkTwins(reference->faqs, other->faqs, u"FAQ"_s, otherName, out);
        checkTwins(reference->areas, other->areas, u"red-flag area"_s, otherName, out);
        checkTwins(reference->flags, other->flags, u"red flag"_s, otherName, out);
        checkTwins(other->topics, reference->topics, u"topic"_s, english, out);
        checkTwins(other->guides, reference->guides, u"guide"_s, english, out);
        checkTwins(other->faqs, reference->faqs, u"FAQ"_s, english, out);
        checkTwins(other->areas, reference->areas, u"red-flag area"_s, english, out);
        checkTwins(other->flags, reference->flags, u"red flag"_s, english, out);
    }
    return out;
}

} // namespace bph::content
