#include "syntheticcontent.h"

#include "schema.h"
#include "searchtext.h"

#include <sqlite3.h>

#include <QByteArray>

#include <cmath>
#include <random>

namespace bph::bench {

namespace {

// Draws words with a Zipf-like skew: the first words of the vocabulary (the
// most common in the real guides) come up most, as in real text.
class WordSource final
{
public:
    explicit WordSource(const QStringList &vocabulary) : m_vocabulary(vocabulary) { }

    QString text(int words)
    {
        QString result;
        for (int i = 0; i < words; ++i) {
            if (i > 0)
                result += QLatin1Char(' ');
            const double u = m_uniform(m_random);
            const auto index = static_cast<qsizetype>(std::pow(u, 3.0) * double(m_vocabulary.size()));
            result += m_vocabulary.at(qMin(index, m_vocabulary.size() - 1));
        }
        return result;
    }

private:
    QStringList m_vocabulary;
    std::mt19937 m_random{20261125};  // fixed: every run builds the same database
    std::uniform_real_distribution<double> m_uniform{0.0, 1.0};
};

class Writer final
{
public:
    explicit Writer(sqlite3 *db) : m_db(db) { }

    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

    // Runs `sql` with `values` bound as text, in order.
    bool insert(const char *sql, const QStringList &values)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return false;
        QList<QByteArray> utf8;
        for (const QString &value : values)
            utf8.append(value.toUtf8());
        for (int i = 0; i < utf8.size(); ++i)
            sqlite3_bind_text(statement, i + 1, utf8.at(i).constData(), int(utf8.at(i).size()), SQLITE_STATIC);
        const int rc = sqlite3_step(statement);
        sqlite3_finalize(statement);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3 *m_db;
};

} // namespace

QString writeSyntheticContent(const QString &path, const QStringList &vocabulary, const SyntheticSize &size)
{
    if (vocabulary.isEmpty())
        return QStringLiteral("no vocabulary");
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db));
    Writer writer(db);
    WordSource words(vocabulary);
    const QString lang = QStringLiteral("en");
    bool ok = writer.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN;") && writer.exec(core::schema::kCreateSql)
        && writer.insert("INSERT INTO meta VALUES ('schema', ?)", {QString::number(core::schema::kVersion)})
        && writer.exec("INSERT INTO meta VALUES ('language.en', 'en');"
                       "INSERT INTO topics VALUES ('en', 'synthetic', 0, 'Synthetic', 'Generated guides');");
    for (int i = 0; ok && i < size.guides; ++i) {
        const QString id = QStringLiteral("guide-%1").arg(i);
        const QString title = words.text(5);
        const QString summary = words.text(15);
        const QString body = words.text(size.guideWords);
        ok = writer.insert("INSERT INTO guides VALUES (?, ?, 'synthetic', ?, ?, ?, ?, ?, '2026-11-01', '2027-11-01')",
                           {lang, id, QString::number(i), title, summary, QStringLiteral("<p>") + body + QStringLiteral("</p>"), body})
            && writer.insert("INSERT INTO guides_fts (title, summary, body, lang, id) VALUES (?, ?, ?, ?, ?)",
                             {title, summary, body, lang, id});
    }
    for (int i = 0; ok && i < size.faqs; ++i) {
        const QString id = QStringLiteral("faq-%1").arg(i);
        const QString guide = QStringLiteral("guide-%1").arg(i % qMax(1, size.guides));
        const QString question = words.text(10) + QLatin1Char('?');
        const QString answer = words.text(size.answerWords);
        ok = writer.insert("INSERT INTO faqs VALUES (?, ?, ?, ?, ?, ?, ?)",
                           {lang, id, guide, QString::number(i), question, QStringLiteral("<p>") + answer + QStringLiteral("</p>"), answer})
            && writer.insert("INSERT INTO faqs_fts (question, answer, lang, id) VALUES (?, ?, ?, ?)", {question, answer, lang, id});
    }
    // "Did you mean" reads each language's words; commoner words count more.
    for (qsizetype i = 0; ok && i < vocabulary.size(); ++i)
        ok = writer.insert("INSERT OR IGNORE INTO search_vocab VALUES (?, ?, ?, ?)",
                           {lang, core::foldForSearch(vocabulary.at(i)), vocabulary.at(i), QString::number(vocabulary.size() - i)});
    const QByteArray finish = "INSERT INTO guides_fts (guides_fts) VALUES ('optimize');"
                              "INSERT INTO faqs_fts (faqs_fts) VALUES ('optimize');"
                              "PRAGMA user_version = " + QByteArray::number(core::schema::kVersion) + "; COMMIT;";
    ok = ok && writer.exec(finish.constData());
    const QString error = ok ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    return error;
}

} // namespace bph::bench
