#include "databasewriter.h"
#include "markdown.h"
#include "schema.h"
#include "searchtext.h"

#include <sqlite3.h>

#include <variant>

#include <QFile>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace bph::content {

namespace {

class Database final
{
public:
    explicit Database(const QString &path)
    {
        if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
            m_error = lastError();
    }
    ~Database() { sqlite3_close(m_db); }
    Q_DISABLE_COPY_MOVE(Database)

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    void exec(const char *sql)
    {
        if (!ok())
            return;
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK)
            m_error = QString::fromUtf8(message);
        sqlite3_free(message);
    }

    // Runs one INSERT with text and integer parameters bound in order.
    void insert(const char *sql, std::initializer_list<std::variant<QString, int>> values)
    {
        if (!ok())
            return;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            m_error = lastError();
            return;
        }
        int index = 1;
        for (const auto &value : values) {
            if (const auto *text = std::get_if<QString>(&value)) {
                const QByteArray utf8 = text->toUtf8();
                sqlite3_bind_text(statement, index++, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int(statement, index++, std::get<int>(value));
            }
        }
        if (sqlite3_step(statement) != SQLITE_DONE)
            m_error = lastError();
        sqlite3_finalize(statement);
    }

private:
    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    sqlite3 *m_db = nullptr;
    QString m_error;
};

// Counts, for one language, how many documents use each written form of a
// word: the "did you mean" suggester's vocabulary, accents and all.
class Vocabulary final
{
public:
    Vocabulary() = default;
    Q_DISABLE_COPY_MOVE(Vocabulary)

    void addDocument(const QStringList &texts)
    {
        QSet<QString> forms;
        for (const QString &text : texts)
            for (const core::WordSpan &span : core::searchWordSpans(text))
                if (span.length <= core::kMaxSearchWordLength)
                    forms.insert(text.mid(span.start, span.length).normalized(QString::NormalizationForm_C).toLower());
        for (const QString &form : std::as_const(forms))
            ++m_documents[form];
    }

    void write(Database &db, const QString &lang) const
    {
        // In order, so that the same content always makes the same bytes.
        QStringList forms = m_documents.keys();
        forms.sort();
        for (const QString &form : std::as_const(forms)) {
            const QString word = core::foldForSearch(form);
            if (!word.isEmpty())
                db.insert("INSERT INTO search_vocab VALUES (?, ?, ?, ?)", {lang, word, form, m_documents.value(form)});
        }
    }

private:
    QHash<QString, int> m_documents;
};

void writeLanguage(Database &db, const LanguageContent &content)
{
    const QString &lang = content.lang;
    Vocabulary vocabulary;
    int position = 0;
    for (const Topic &topic : content.topics)
        db.insert("INSERT INTO topics VALUES (?, ?, ?, ?, ?)", {lang, topic.id, position++, topic.title, topic.summary});

    for (const Guide &guide : content.guides) {
        const QString body = markdownToPlainText(guide.markdown);
        db.insert("INSERT INTO guides VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  {lang, guide.id, guide.topic, guide.order, guide.title, guide.summary,
                   markdownToHtml(guide.markdown), body, guide.reviewed.toString(Qt::ISODate),
                   guide.nextReview.toString(Qt::ISODate)});
        for (int i = 0; i < guide.related.size(); ++i)
            db.insert("INSERT INTO guide_related VALUES (?, ?, ?, ?)", {lang, guide.id, i, guide.related.at(i)});
        for (int i = 0; i < guide.sources.size(); ++i)
            db.insert("INSERT INTO guide_sources VALUES (?, ?, ?, ?)", {lang, guide.id, i, guide.sources.at(i)});
        db.insert("INSERT INTO guides_fts (title, summary, body, lang, id) VALUES (?, ?, ?, ?, ?)",
                  {guide.title, guide.summary, body, lang, guide.id});
        vocabulary.addDocument({guide.title, guide.summary, body});
    }

    position = 0;
    for (const Faq &faq : content.faqs) {
        const QString answer = markdownToPlainText(faq.answerMarkdown);
        db.insert("INSERT INTO faqs VALUES (?, ?, ?, ?, ?, ?, ?)",
                  {lang, faq.id, faq.guide, position++, faq.question, markdownToHtml(faq.answerMarkdown), answer});
        db.insert("INSERT INTO faqs_fts (question, answer, lang, id) VALUES (?, ?, ?, ?)", {faq.question, answer, lang, faq.id});
        vocabulary.addDocument({faq.question, answer});
    }

    vocabulary.write(db, lang);

    position = 0;
    for (const RedFlagArea &area : content.redFlagAreas)
        db.insert("INSERT INTO red_flag_areas VALUES (?, ?, ?, ?)", {lang, area.id, position++, area.title});
    position = 0;
    for (const RedFlag &flag : content.redFlags)
        db.insert("INSERT INTO red_flags VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  {lang, flag.id, flag.area, position++, flag.level, flag.question, flag.why, flag.action});

    for (const Synonym &synonym : content.synonyms)
        for (const QString &means : synonym.means)
            db.insert("INSERT INTO synonyms VALUES (?, ?, ?)", {lang, synonym.phrase, means});
}

} // namespace

QString writeDatabase(const ContentSet &content, const QString &path)
{
    const QString temporary = path + u".tmp"_s;
    QFile::remove(temporary);
    {
        Database db(temporary);
        db.exec("PRAGMA journal_mode = OFF; BEGIN;");
        db.exec(core::schema::kCreateSql);
        db.insert("INSERT INTO meta VALUES ('schema', ?)", {QString::number(core::schema::kVersion)});
        for (const LanguageContent &language : content)
            db.insert("INSERT INTO meta VALUES (?, ?)", {u"language."_s + language.lang, language.lang});
        // One language after another: search finds each language's rows as
        // one block of rowids and need not read their language one by one.
        for (const LanguageContent &language : content)
            writeLanguage(db, language);
        db.exec("INSERT INTO guides_fts (guides_fts) VALUES ('optimize');"
                "INSERT INTO faqs_fts (faqs_fts) VALUES ('optimize');");
        const QByteArray version = "PRAGMA user_version = " + QByteArray::number(core::schema::kVersion) + ';';
        db.exec(version.constData());
        db.exec("COMMIT; VACUUM;");
        if (!db.ok()) {
            QFile::remove(temporary);
            return u"cannot write the database %1: %2"_s.arg(path, db.error());
        }
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path))
        return u"cannot move the new database to %1"_s.arg(path);
    return {};
}

} // namespace bph::content
