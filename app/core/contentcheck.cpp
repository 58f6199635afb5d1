#include "contentcheck.h"
#include "contentstore.h"
#include "schema.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

// Every reference inside the content that must name something that exists:
// links in rendered HTML, related guides, a FAQ's guide, a guide's topic.
QStringList brokenReferences(const QSqlDatabase &db, int *checked)
{
    QStringList broken;
    QSqlQuery query(db);
    const auto exists = [&db](const QString &table, const QString &lang, const QString &id) {
        QSqlQuery lookup(db);
        lookup.prepare(u"SELECT 1 FROM "_s + table + u" WHERE lang = ? AND id = ?"_s);
        lookup.addBindValue(lang);
        lookup.addBindValue(id);
        return lookup.exec() && lookup.next();
    };
    static const QRegularExpression href(u"href=\"app://(guide|faq)/([^\"]*)\""_s);
    const auto checkHtml = [&](const QString &lang, const QString &owner, const QString &html) {
        for (const auto &match : href.globalMatch(html)) {
            ++*checked;
            const QString table = match.captured(1) == "guide"_L1 ? u"guides"_s : u"faqs"_s;
            if (!exists(table, lang, match.captured(2)))
                broken.append(u"%1 (%2) links to %3 '%4', which does not exist"_s.arg(owner, lang, match.captured(1), match.captured(2)));
        }
    };

    query.exec(u"SELECT lang, id, html, topic FROM guides"_s);
    while (query.next()) {
        const QString lang = query.value(0).toString(), id = query.value(1).toString();
        checkHtml(lang, u"guide '%1'"_s.arg(id), query.value(2).toString());
        ++*checked;
        if (!exists(u"topics"_s, lang, query.value(3).toString()))
            broken.append(u"guide '%1' (%2) is in topic '%3', which does not exist"_s.arg(id, lang, query.value(3).toString()));
    }
    query.exec(u"SELECT lang, id, answer_html, guide FROM faqs"_s);
    while (query.next()) {
        const QString lang = query.value(0).toString(), id = query.value(1).toString();
        checkHtml(lang, u"FAQ '%1'"_s.arg(id), query.value(2).toString());
        ++*checked;
        if (!exists(u"guides"_s, lang, query.value(3).toString()))
            broken.append(u"FAQ '%1' (%2) belongs to guide '%3', which does not exist"_s.arg(id, lang, query.value(3).toString()));
    }
    query.exec(u"SELECT lang, guide, related FROM guide_related"_s);
    while (query.next()) {
        ++*checked;
        if (!exists(u"guides"_s, query.value(0).toString(), query.value(2).toString()))
            broken.append(u"guide '%1' (%2) lists related guide '%3', which does not exist"_s.arg(
                    query.value(1).toString(), query.value(0).toString(), query.value(2).toString()));
    }
    return broken;
}

} // namespace

ContentCheckReport checkContentFile(const QString &path)
{
    ContentCheckReport report;
    report.lines.append(u"Checking %1"_s.arg(path));
    ContentError error;
    const auto store = ContentStore::openFile(path, &error);
    if (!store) {
        report.lines.append(u"FAIL  "_s + error.message());
        report.lines.append(u"Result: this file cannot be used."_s);
        return report;
    }
    report.lines.append(u"ok    SQLite database, schema version %1"_s.arg(schema::kVersion));
    report.lines.append(u"ok    all %1 required tables present"_s.arg(schema::kRequiredTables.size()));

    QSqlQuery query(store->database());
    QStringList integrity;
    if (query.exec(u"PRAGMA integrity_check"_s))
        while (query.next())
            integrity.append(query.value(0).toString());
    const bool intact = integrity == QStringList{u"ok"_s};
    report.lines.append(intact ? u"ok    integrity check"_s
                               : u"FAIL  integrity check: "_s + integrity.mid(0, 5).join(u"; "_s));

    int checked = 0;
    const QStringList broken = brokenReferences(store->database(), &checked);
    if (broken.isEmpty())
        report.lines.append(u"ok    all %1 internal links and references resolve"_s.arg(checked));
    for (const QString &problem : broken)
        report.lines.append(u"FAIL  "_s + problem);

    const QStringList languages = store->languages();
    report.lines.append(u"      languages: %1"_s.arg(languages.join(u", "_s)));
    for (const QString &lang : languages)
        if (store->topics(lang).isEmpty())
            report.lines.append(u"FAIL  language %1 has no guides"_s.arg(lang));

    report.sound = intact && broken.isEmpty() && !languages.isEmpty()
                   && std::none_of(report.lines.cbegin(), report.lines.cend(), [](const QString &line) { return line.startsWith("FAIL"_L1); });
    report.lines.append(report.sound ? u"Result: sound."_s : u"Result: this file has problems (see FAIL lines)."_s);
    return report;
}

} // namespace bph::core
