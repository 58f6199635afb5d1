#pragma once

// Answers every question the app asks of its content: the topic tree, a
// guide, FAQs, the red-flag items and search. Read-only, in memory.

#include "contentdatabase.h"
#include "contenttypes.h"
#include "ftsquery.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace bph::core {

class ContentConnection;
class SearchEngine;

class ContentStore final
{
public:
    // The content built into the program; never fails for a sound build.
    static std::unique_ptr<ContentStore> openEmbedded(ContentError *error = nullptr);
    // A database file from disk, checked before use; nullptr with *error set
    // when it cannot be used.
    static std::unique_ptr<ContentStore> openFile(const QString &path, ContentError *error);
    // Bytes already read from `path` (and checked, say, against a signature),
    // so that what is opened is exactly what was checked.
    static std::unique_ptr<ContentStore> openBytes(QByteArray bytes, const QString &path, ContentError *error);
    // The file when given and usable, else the built-in content; *warning
    // explains a fallback in one sentence.
    static std::unique_ptr<ContentStore> openWithFallback(const QString &path, QString *warning);

    ~ContentStore();
    Q_DISABLE_COPY_MOVE(ContentStore)

    QString path() const { return m_path; }  // empty for the built-in content
    QSqlDatabase database() const;
    // Another read-only connection over the same bytes, for another thread:
    // create, use and destroy it on that thread. It keeps the bytes alive.
    std::unique_ptr<ContentConnection> openConnection() const;

    QStringList languages() const;
    bool hasLanguage(const QString &lang) const { return languages().contains(lang); }

    QList<Topic> topics(const QString &lang) const;
    std::optional<Guide> guide(const QString &lang, const QString &id) const;
    QString firstGuideId(const QString &lang) const;

    QList<Faq> faqs(const QString &lang) const;
    QList<Faq> faqsForTopic(const QString &lang, const QString &topic) const;
    QList<Faq> faqsForGuide(const QString &lang, const QString &guide) const;
    std::optional<Faq> faq(const QString &lang, const QString &id) const;

    QList<RedFlagArea> redFlagAreas(const QString &lang) const;
    QList<RedFlag> redFlags(const QString &lang) const;

    // Guides and FAQs together, best first, bm25-ranked (see SearchEngine,
    // and SearchController to search off the UI thread).
    QList<SearchHit> search(const QString &query, const QString &lang, int limit) const;
    // The query with its misspellings corrected, for "Did you mean …?"; empty
    // when there is nothing to correct.
    QString suggestion(const QString &query, const QString &lang) const;
    QList<Synonym> synonyms(const QString &lang) const;

private:
    ContentStore(QByteArray bytes, QString path, QString connectionName);
    static std::unique_ptr<ContentStore> open(QByteArray bytes, const QString &path, bool deepCheck, ContentError *error);
    QList<Faq> queryFaqs(const QString &where, const QStringList &values) const;
    SearchEngine &searchEngine() const;

    QByteArray m_bytes;  // the database itself; SQLite reads it in place
    QString m_path;
    QString m_connectionName;
    mutable std::unique_ptr<SearchEngine> m_searchEngine;  // made on the first search
};

} // namespace bph::core
