#include "fuzzentries.h"

#include "contentreader.h"
#include "contentstore.h"
#include "ftsquery.h"
#include "kioskconfig.h"
#include "searchtext.h"

#include <sqlite3.h>

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace bph::fuzz {

namespace {

// A few words of the guides, so prefix and phrase queries have rows to match.
constexpr const char *kCreateFts = R"sql(
CREATE VIRTUAL TABLE docs USING fts5(
    title, body, lang UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO docs VALUES ('Sciatica', 'Pain down the leg from a herniated disc.', 'en');
INSERT INTO docs VALUES ('Ciática', 'Dolor en la pierna por una hernia de disco.', 'es');
)sql";

// One FTS5 table for the whole run: made once, only ever read.
sqlite3 *ftsDatabase()
{
    static sqlite3 *const db = [] {
        sqlite3 *handle = nullptr;
        if (sqlite3_open(":memory:", &handle) != SQLITE_OK
            || sqlite3_exec(handle, kCreateFts, nullptr, nullptr, nullptr) != SQLITE_OK)
            qFatal("fuzz: cannot create the FTS5 table: %s", sqlite3_errmsg(handle));
        return handle;
    }();
    return db;
}

QList<core::Synonym> synonyms()
{
    return {
        {{u"slipped"_s, u"disc"_s}, {u"herniated"_s, u"disc"_s}},
        {{u"sciatica"_s}, {u"sciatic"_s, u"nerve"_s}},
        {{u"ciatica"_s}, {u"nervio"_s, u"ciatico"_s}},
    };
}

} // namespace

void searchQuery(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    core::searchWords(text);
    const bool searchable = core::isSearchable(text);
    const QString expression = core::buildMatchExpression(text, synonyms());
    if (expression.isEmpty())
        return;
    if (!searchable)
        qFatal("fuzz: an unsearchable text gave the expression %s", qUtf8Printable(expression));

    sqlite3 *db = ftsDatabase();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT rowid FROM docs WHERE docs MATCH ?1 ORDER BY rank", -1, &statement, nullptr) != SQLITE_OK)
        qFatal("fuzz: prepare failed: %s", sqlite3_errmsg(db));
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(statement);
    const QByteArray message = sqlite3_errmsg(db);
    sqlite3_finalize(statement);
    // Any error here (syntax, unknown column, bad special query) means user
    // text reached MATCH as syntax.
    if (rc != SQLITE_DONE)
        qFatal("fuzz: MATCH %s failed: %s", utf8.constData(), message.constData());
}

void frontMatter(const QByteArray &data)
{
    content::Diagnostics diagnostics;
    content::ContentReader reader(diagnostics);
    const auto guide = reader.readGuide(u"content/en/guides/fuzz.md"_s, data);
    if (!guide && diagnostics.isEmpty())
        qFatal("fuzz: a guide was refused without a diagnostic");
}

void dataFile(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    const QStringList &names = content::ContentReader::dataFileNames();
    const QString path = u"content/en/"_s + names.at(static_cast<unsigned char>(data.at(0)) % names.size());
    const QByteArray text = data.mid(1);
    content::Diagnostics diagnostics;
    content::LanguageContent read;
    content::ContentReader(diagnostics).readDataFile(path, text, read);

    const int lastLine = static_cast<int>(text.count('\n')) + 1;
    const auto outside = [&](const content::SourceLocation &where) {
        return where.file != path || where.line < 1 || where.line > lastLine;
    };
    for (const content::Diagnostic &diagnostic : diagnostics)
        if (outside(diagnostic.where))
            qFatal("fuzz: a diagnostic points outside the file: %s", qUtf8Printable(diagnostic.toString()));
    QList<content::SourceLocation> entries;
    for (const auto &topic : read.topics)
        entries.append(topic.where);
    for (const auto &faq : read.faqs)
        entries.append(faq.where);
    for (const auto &area : read.redFlagAreas)
        entries.append(area.where);
    for (const auto &flag : read.redFlags)
        entries.append(flag.where);
    for (const auto &synonym : read.synonyms)
        entries.append(synonym.where);
    for (const content::SourceLocation &where : entries)
        if (outside(where))
            qFatal("fuzz: an entry was read at line %d of a %d-line file", where.line, lastLine);
}

void kioskConfig(const QByteArray &data)
{
    const core::KioskConfig config = core::KioskConfig::parse(data, u"/etc/xdg/BackPainHub/kiosk.conf"_s);
    const bool inRange = config.idleTimeoutSeconds() >= core::KioskConfig::kMinIdleTimeout
        && config.idleTimeoutSeconds() <= core::KioskConfig::kMaxIdleTimeout
        && config.warningCountdownSeconds() >= core::KioskConfig::kMinWarningCountdown
        && config.warningCountdownSeconds() <= core::KioskConfig::kMaxWarningCountdown
        && config.textScale() >= core::KioskConfig::kMinTextScale
        && config.textScale() <= core::KioskConfig::kMaxTextScale
        && (config.packPublicKey().isEmpty() || config.packPublicKey().size() == 32);
    if (!inRange)
        qFatal("fuzz: kiosk.conf gave a value outside its documented range");
    config.urgentMessage();
    config.languages();
    config.phoneBaseUrl();
    config.contentPackPath();
}

void contentDatabase(const QByteArray &data)
{
    core::ContentError error;
    const auto store = core::ContentStore::openBytes(data, u"/tmp/fuzz/content.db"_s, &error);
    if (!store) {
        if (!error)
            qFatal("fuzz: a database was refused without a reason");
        error.message();
        return;
    }
    for (const QString &lang : store->languages()) {
        store->topics(lang);
        if (const QString id = store->firstGuideId(lang); !id.isEmpty())
            store->guide(lang, id);
        for (const core::Faq &faq : store->faqs(lang))
            store->faq(lang, faq.id);
        store->redFlagAreas(lang);
        store->redFlags(lang);
        store->synonyms(lang);
        store->search(u"back pain"_s, lang, 20);
        store->search(u"slipped dis"_s, lang, 20);
        store->suggestion(u"sciatcia"_s, lang);
    }
}

} // namespace bph::fuzz
