#include "contentstore.h"
#include "contentconnection.h"
#include "searchengine.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

Q_LOGGING_CATEGORY(lcStore, "bph.core.store")

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"bph-content-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

CareLevel careLevelFromString(const QString &level)
{
    if (level == "emergency"_L1)
        return CareLevel::Emergency;
    if (level == "urgent"_L1)
        return CareLevel::Urgent;
    return CareLevel::Routine;
}

// Runs a parameterised SELECT; logs (never throws) on failure.
QSqlQuery select(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qCWarning(lcStore) << "query failed:" << query.lastError().text();
    return query;
}

} // namespace

ContentStore::ContentStore(QByteArray bytes, QString path, QString connectionName)
    : m_bytes(std::move(bytes)), m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

ContentStore::~ContentStore()
{
    m_searchEngine.reset();  // its statement uses the connection closed below
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<ContentStore> ContentStore::open(QByteArray bytes, const QString &path, bool deepCheck, ContentError *error)
{
    const QString name = newConnectionName();
    bool ok = false;
    {
        ContentError problem;
        const QSqlDatabase db = ContentDatabase::open(bytes, name, path, deepCheck, &problem);
        ok = db.isOpen();
        if (error)
            *error = problem;
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(name);
        return nullptr;
    }
    return std::unique_ptr<ContentStore>(new ContentStore(std::move(bytes), path, name));
}

std::unique_ptr<ContentStore> ContentStore::openEmbedded(ContentError *error)
{
    return open(ContentDatabase::embeddedBytes(), {}, false, error);
}

std::unique_ptr<ContentStore> ContentStore::openFile(const QString &path, ContentError *error)
{
    QByteArray bytes = ContentDatabase::readFile(path, error);
    if (*error)
        return nullptr;
    return open(std::move(bytes), path, true, error);
}

std::unique_ptr<ContentStore> ContentStore::openBytes(QByteArray bytes, const QString &path, ContentError *error)
{
    return open(std::move(bytes), path, true, error);
}

std::unique_ptr<ContentStore> ContentStore::openWithFallback(const QString &path, QString *warning)
{
    if (!path.isEmpty()) {
        ContentError error;
        if (auto store = openFile(path, &error))
            return store;
        *warning = error.message() + u" Using the built-in content instead."_s;
    }
    return openEmbedded();
}

QSqlDatabase ContentStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<ContentConnection> ContentStore::openConnection() const
{
    return std::make_unique<ContentConnection>(m_bytes, m_path);
}

QStringList ContentStore::languages() const
{
    QStringList result;
    QSqlQuery query = select(database(), u"SELECT value FROM meta WHERE key LIKE 'language.%' ORDER BY value"_s, {});
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

QList<Topic> ContentStore::topics(const QString &lang) const
{
    QList<Topic> result;
    QSqlQuery query = select(database(),
                             u"SELECT t.id, t.title, t.summary, g.id, g.title FROM topics t "
                             "JOIN guides g ON g.lang = t.lang AND g.topic = t.id "
                             "WHERE t.lang = ? ORDER BY t.position, g.position, g.title"_s,
                             {lang});
    while (query.next()) {
        const QString topicId = query.value(0).toString();
        if (result.isEmpty() || result.last().id != topicId)
            result.append({topicId, query.value(1).toString(), query.value(2).toString(), {}});
        result.last().guides.append({query.value(3).toString(), query.value(4).toString()});
    }
    return result;
}

std::optional<Guide> ContentStore::guide(const QString &lang, const QString &id) const
{
    QSqlQuery query = select(database(),
                             u"SELECT topic, title, summary, html, body_text, reviewed, next_review "
                             "FROM guides WHERE lang = ? AND id = ?"_s,
                             {lang, id});
    if (!query.next())
        return std::nullopt;
    Guide guide{lang,
                id,
                query.value(0).toString(),
                query.value(1).toString(),
                query.value(2).toString(),
                query.value(3).toString(),
                query.value(4).toString(),
                QDate::fromString(query.value(5).toString(), Qt::ISODate),
                QDate::fromString(query.value(6).toString(), Qt::ISODate),
                {},
                {}};
    query = select(database(),
                   u"SELECT r.related, g.title FROM guide_related r JOIN guides g ON g.lang = r.lang AND g.id = r.related "
                   "WHERE r.lang = ? AND r.guide = ? ORDER BY r.position"_s,
                   {lang, id});
    while (query.next())
        guide.related.append({query.value(0).toString(), query.value(1).toString()});
    query = select(database(), u"SELECT text FROM guide_sources WHERE lang = ? AND guide = ? ORDER BY position"_s, {lang, id});
    while (query.next())
        guide.sources.append(query.value(0).toString());
    return guide;
}

QString ContentStore::firstGuideId(const QString &lang) const
{
    const QList<Topic> all = topics(lang);
    return all.isEmpty() ? QString() : all.first().guides.first().id;
}

QList<Faq> ContentStore::queryFaqs(const QString &where, const QStringList &values) const
{
    QVariantList bound;
    for (const QString &value : values)
        bound.append(value);
    QList<Faq> result;
    QSqlQuery query = select(database(),
                             u"SELECT f.id, f.guide, g.topic, f.question, f.answer_html, f.answer_text FROM faqs f "
                             "JOIN guides g ON g.lang = f.lang AND g.id = f.guide "
                             "JOIN topics t ON t.lang = g.lang AND t.id = g.topic WHERE "_s
                                     + where + u" ORDER BY t.position, g.position, f.position"_s,
                             bound);
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    return result;
}

QList<Faq> ContentStore::faqs(const QString &lang) const
{
    return queryFaqs(u"f.lang = ?"_s, {lang});
}

QList<Faq> ContentStore::faqsForTopic(const QString &lang, const QString &topic) const
{
    return queryFaqs(u"f.lang = ? AND g.topic = ?"_s, {lang, topic});
}

QList<Faq> ContentStore::faqsForGuide(const QString &lang, const QString &guide) const
{
    return queryFaqs(u"f.lang = ? AND f.guide = ?"_s, {lang, guide});
}

std::optional<Faq> ContentStore::faq(const QString &lang, const QString &id) const
{
    const QList<Faq> found = queryFaqs(u"f.lang = ? AND f.id = ?"_s, {lang, id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<RedFlagArea> ContentStore::redFlagAreas(const QString &lang) const
{
    QList<RedFlagArea> result;
    QSqlQuery query = select(database(), u"SELECT id, title FROM red_flag_areas WHERE lang = ? ORDER BY position"_s, {lang});
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
}

QList<RedFlag> ContentStore::redFlags(const QString &lang) const
{
    QList<RedFlag> result;
    QSqlQuery query = select(database(),
                             u"SELECT f.id, f.area, f.level, f.question, f.why, f.action FROM red_flags f "
                             "JOIN red_flag_areas a ON a.lang = f.lang AND a.id = f.area "
                             "WHERE f.lang = ? ORDER BY a.position, f.position"_s,
                             {lang});
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), careLevelFromString(query.value(2).toString()),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    return result;
}

SearchEngine &ContentStore::searchEngine() const
{
    if (!m_searchEngine)
        m_searchEngine = std::make_unique<SearchEngine>(database());
    return *m_searchEngine;
}

QList<Synonym> ContentStore::synonyms(const QString &lang) const
{
    return searchEngine().synonyms(lang);
}

QList<SearchHit> ContentStore::search(const QString &text, const QString &lang, int limit) const
{
    return searchEngine().search(text, lang, limit);
}

QString ContentStore::suggestion(const QString &text, const QString &lang) const
{
    return searchEngine().suggestion(text, lang);
}

} // namespace bph::core
