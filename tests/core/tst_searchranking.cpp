// How search ranks at any size: the terms FTS5 numbers, each term's rarity
// from the vocabulary, and the bounded candidate set: the reader's language
// only (even where a content file mixes languages' rows), a full page from
// a word in every row, and the best row first wherever it sits.

#include "documentfrequencies.h"
#include "ftsquery.h"
#include "ftsrank.h"
#include "schema.h"
#include "searchengine.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using bph::core::DocumentFrequencies;
using bph::core::MatchTerm;
using bph::core::SearchEngine;
using bph::core::SearchHit;

class TestSearchRanking final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void matchTerms_data();
    void matchTerms();
    void rarityComesFromTheVocabulary();
    void onlyTheReadersLanguageWhenLanguagesInterleave();
    void aWordInEveryRowStillFillsThePage();
    void bestRowFirstWherever_data();
    void bestRowFirstWherever();

private:
    // Adds a guide row to the FTS index only: all the engine reads.
    bool addGuide(const QString &lang, const QString &id, const QString &title, const QString &body);

    QSqlDatabase m_db;
};

void TestSearchRanking::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"ranking"_s);
    m_db.setDatabaseName(u":memory:"_s);
    QVERIFY(m_db.open());
    QSqlQuery query(m_db);
    QString sql = QString::fromUtf8(bph::core::schema::kCreateSql);
    sql.remove(QRegularExpression(u"--[^\n]*"_s));  // comments, one statement at a time below
    for (const QString &statement : sql.split(u';')) {
        if (!statement.trimmed().isEmpty())
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text() + statement));
    }
}

void TestSearchRanking::cleanup()
{
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(u"ranking"_s);
}

bool TestSearchRanking::addGuide(const QString &lang, const QString &id, const QString &title, const QString &body)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO guides_fts (title, summary, body, lang, id) VALUES (?, 'A guide.', ?, ?, ?)"_s);
    for (const QString &value : {title, body, lang, id})
        query.addBindValue(value);
    return query.exec();
}

void TestSearchRanking::matchTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");  // a prefix ends in *

    QTest::newRow("words and a prefix") << u"back pain"_s << QStringList{u"back"_s, u"pain*"_s};
    QTest::newRow("synonym alternatives in order") << u"slipped disc "_s
                                                   << QStringList{u"slipped"_s, u"disc"_s, u"herniated"_s, u"disc"_s};
    QTest::newRow("a quote splits words") << u"it\"s "_s << QStringList{u"it"_s, u"s"_s};
    QTest::newRow("nothing") << u"(*)"_s << QStringList{};
}

void TestSearchRanking::matchTerms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    const QList<bph::core::Synonym> synonyms{{{u"slipped"_s, u"disc"_s}, {u"herniated"_s, u"disc"_s}}};
    QStringList found;
    for (const MatchTerm &term : bph::core::matchTerms(bph::core::buildMatchExpression(text, synonyms)))
        found.append(term.word + (term.prefix ? u"*"_s : QString()));
    QCOMPARE(found, terms);
    // A quote inside a term is doubled, as FTS5 reads it.
    const QList<MatchTerm> quoted = bph::core::matchTerms(u"\"a\"\"b\"* AND \"c\""_s);
    QCOMPARE(quoted.size(), 2);
    QCOMPARE(quoted.first().word, u"a\"b"_s);
    QVERIFY(quoted.first().prefix && !quoted.last().prefix);
}

void TestSearchRanking::rarityComesFromTheVocabulary()
{
    // "pain" has two written forms; "painful" and "paint" start with "pain".
    const DocumentFrequencies frequencies({{u"pain"_s, u"pain"_s, 6}, {u"pain"_s, u"páin"_s, 1}, {u"painful"_s, u"painful"_s, 3},
                                           {u"paint"_s, u"paint"_s, 40}, {u"rare"_s, u"rare"_s, 1}},
                                          50);
    using bph::core::inverseDocumentFrequency;
    QCOMPARE(frequencies.idf({u"pain"_s, false}), inverseDocumentFrequency(7, 50));
    QCOMPARE(frequencies.idf({u"pain"_s, true}), inverseDocumentFrequency(50, 50));  // 50 at most
    QCOMPARE(frequencies.idf({u"painf"_s, true}), inverseDocumentFrequency(3, 50));
    QCOMPARE(frequencies.idf({u"unknown"_s, false}), inverseDocumentFrequency(0, 50));
    QVERIFY(frequencies.idf({u"rare"_s, false}) > frequencies.idf({u"pain"_s, false}));
    QVERIFY(inverseDocumentFrequency(50, 50) > 0);  // common, yet never negative
}

void TestSearchRanking::onlyTheReadersLanguageWhenLanguagesInterleave()
{
    // A hand-made content file may mix the languages' rows; the compiler
    // never does, but the engine must not show Spanish to an English reader.
    for (int i = 0; i < 40; ++i)
        QVERIFY(addGuide(i % 2 ? u"es"_s : u"en"_s, u"g%1"_s.arg(i), u"Dolor %1"_s.arg(i), u"dolor de espalda"_s));
    SearchEngine engine(m_db);
    for (const QString &lang : {u"en"_s, u"es"_s}) {
        const QList<SearchHit> hits = engine.search(u"dolor"_s, lang, 50);
        QCOMPARE(hits.size(), 20);
        for (const SearchHit &hit : hits) {
            const int number = hit.id.mid(1).toInt();
            QCOMPARE(number % 2 ? u"es"_s : u"en"_s, lang);
        }
    }
}

void TestSearchRanking::aWordInEveryRowStillFillsThePage()
{
    const int rows = SearchEngine::kMaxRanked * 3;
    for (int i = 0; i < rows; ++i)
        QVERIFY(addGuide(u"en"_s, u"g%1"_s.arg(i), u"Guide %1"_s.arg(i), u"Back pain is common."_s));
    SearchEngine engine(m_db);
    const QList<SearchHit> hits = engine.search(u"pain"_s, u"en"_s, 20);
    QCOMPARE(hits.size(), 20);
    for (const SearchHit &hit : hits)
        QVERIFY2(hit.snippetHtml.contains(u"<mark>pain</mark>"_s), qPrintable(hit.snippetHtml));
}

void TestSearchRanking::bestRowFirstWherever_data()
{
    QTest::addColumn<int>("position");
    QTest::newRow("first") << 0;
    QTest::newRow("middle") << SearchEngine::kMaxRanked / 2;
    QTest::newRow("last ranked") << SearchEngine::kMaxRanked - 1;
}

void TestSearchRanking::bestRowFirstWherever()
{
    QFETCH(int, position);
    for (int i = 0; i < SearchEngine::kMaxRanked; ++i) {
        const bool best = i == position;
        QVERIFY(addGuide(u"en"_s, u"g%1"_s.arg(i), best ? u"Sciatica"_s : u"Guide %1"_s.arg(i),
                         u"Sciatica is a nerve pain. It often gets better."_s));
    }
    SearchEngine engine(m_db);
    const QList<SearchHit> hits = engine.search(u"sciatica "_s, u"en"_s, 5);
    QCOMPARE(hits.size(), 5);
    QCOMPARE(hits.first().id, u"g%1"_s.arg(position));
    QCOMPARE(hits.first().rank, -1.0);
}

QTEST_GUILESS_MAIN(TestSearchRanking)
#include "tst_searchranking.moc"
