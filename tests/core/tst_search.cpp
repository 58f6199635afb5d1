// Search over the built-in content: ranked, prefix-matching, accent-blind,
// and unbreakable by anything a reader can type or paste.

#include "contentstore.h"
#include "ftsquery.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using bph::core::ContentStore;
using bph::core::SearchHit;

class TestSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void nastyInputNeverBreaksSearch_data();
    void nastyInputNeverBreaksSearch();
    void matchExpression_data();
    void matchExpression();
    void findsGuidesAndFaqsRanked_data();
    void findsGuidesAndFaqsRanked();
    void snippetsHighlightTheMatch();
    void limitIsRespected();

private:
    std::unique_ptr<ContentStore> m_store;
};

void TestSearch::initTestCase()
{
    m_store = ContentStore::openEmbedded();
    QVERIFY(m_store);
}

void TestSearch::init()
{
    // Any SQL or FTS5 error is logged by the store: that is a failure here.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestSearch::nastyInputNeverBreaksSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("findsInflammation");  // the words left still find the guide

    QTest::newRow("plain word") << u"inflammation"_s << true;
    QTest::newRow("double quote before") << u"\"inflammation"_s << true;
    QTest::newRow("double quote after") << u"inflammation\""_s << true;
    QTest::newRow("quoted") << u"\"inflammation\""_s << true;
    QTest::newRow("only quotes") << u"\"\"\""_s << false;
    QTest::newRow("single quotes") << u"'inflammation'"_s << true;
    QTest::newRow("AND") << u"AND"_s << false;
    QTest::newRow("OR") << u"OR"_s << false;
    QTest::newRow("NOT") << u"NOT"_s << false;
    QTest::newRow("NEAR") << u"NEAR"_s << false;
    QTest::newRow("trailing operator") << u"inflammation AND"_s << false;
    QTest::newRow("leading NOT") << u"NOT inflammation"_s << false;
    QTest::newRow("NEAR group") << u"NEAR(inflammation pain, 5)"_s << false;
    QTest::newRow("double OR") << u"inflammation OR OR"_s << false;
    QTest::newRow("lone star") << u"*"_s << false;
    QTest::newRow("star prefix") << u"inflam*"_s << true;
    QTest::newRow("leading star") << u"*inflammation"_s << true;
    QTest::newRow("caret") << u"^inflammation"_s << true;
    QTest::newRow("caret after") << u"inflammation^"_s << true;
    QTest::newRow("open parenthesis") << u"("_s << false;
    QTest::newRow("close parenthesis") << u")"_s << false;
    QTest::newRow("unbalanced parentheses") << u"((inflammation"_s << true;
    QTest::newRow("colon alone") << u":"_s << false;
    QTest::newRow("column filter") << u"title:inflammation"_s << false;
    QTest::newRow("unindexed column filter") << u"lang:en"_s << false;
    QTest::newRow("braces") << u"{title summary}:inflammation"_s << false;
    QTest::newRow("plus and minus") << u"+inflammation -pain"_s << true;
    QTest::newRow("SQL injection") << u"'; DROP TABLE guides; --"_s << false;
    QTest::newRow("backslashes") << u"\\inflammation\\"_s << true;
    QTest::newRow("10 kB of one letter") << QString(10240, u'a') << false;
    QTest::newRow("10 kB of words") << u"inflammation "_s.repeated(800) << true;
    QTest::newRow("invalid UTF-8") << QString::fromUtf8("\xff\xfe\xc3(inflammation\x80") << true;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u"inflammation"_s << true;
    QTest::newRow("NUL character") << QString(QChar(0)) + u"inflammation"_s << true;
    QTest::newRow("emoji only") << u"🔥🔥"_s << false;
    QTest::newRow("emoji around a word") << u"🔥 inflammation 🔥"_s << true;
    QTest::newRow("only punctuation") << u"!?.,;:-_+=[]{}<>/|~`@#$%&"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("whitespace") << u" \t\n "_s << false;
    QTest::newRow("combining mark alone") << u"\u0301"_s << false;
    QTest::newRow("other scripts") << u"التهاب 炎症 воспаление"_s << false;
    QTest::newRow("upper case") << u"INFLAMMATION"_s << true;
    QTest::newRow("prefix while typing") << u"inflam"_s << true;
    QTest::newRow("HTML") << u"<b>inflammation</b>"_s << false;
}

void TestSearch::nastyInputNeverBreaksSearch()
{
    QFETCH(QString, query);
    QFETCH(bool, findsInflammation);

    for (const QString &lang : {u"en"_s, u"es"_s}) {
        const QList<SearchHit> hits = m_store->search(query, lang, 20);
        if (findsInflammation && lang == "en"_L1) {
            const bool found = std::any_of(hits.cbegin(), hits.cend(), [](const SearchHit &hit) {
                return hit.kind == SearchHit::Kind::Guide && hit.id == "inflammation"_L1;
            });
            QVERIFY2(found, qPrintable(query.left(80)));
        }
    }
    // The expression alone is valid FTS5 syntax, whatever the input.
    const QString match = bph::core::buildMatchExpression(query);
    if (!match.isEmpty()) {
        QSqlQuery check(m_store->database());
        check.prepare(u"SELECT count(*) FROM guides_fts WHERE guides_fts MATCH ?"_s);
        check.addBindValue(match);
        QVERIFY2(check.exec(), qPrintable(match.left(200)));
    }
}

void TestSearch::matchExpression_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one word, still typing") << u"sciat"_s << u"\"sciat\"*"_s;
    QTest::newRow("finished word") << u"sciatica "_s << u"\"sciatica\""_s;
    QTest::newRow("two words") << u"back pain"_s << u"\"back\" \"pain\"*"_s;
    QTest::newRow("operators are words") << u"pain OR NOT"_s << u"\"pain\" \"or\" \"not\"*"_s;
    QTest::newRow("accents folded") << u"ciática"_s << u"\"ciatica\"*"_s;
    QTest::newRow("synonym") << u"slipped disc"_s << u"(\"slipped\" \"disc\"*) OR (\"herniated\" \"disc\")"_s;
    QTest::newRow("synonym mid-query") << u"my slipped disc hurts "_s
                                       << u"(\"my\" \"slipped\" \"disc\" \"hurts\") OR (\"my\" \"herniated\" \"disc\" \"hurts\")"_s;
    QTest::newRow("nothing searchable") << u"(*)"_s << QString();
}

void TestSearch::matchExpression()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const QList<bph::core::Synonym> synonyms{{{u"slipped"_s, u"disc"_s}, {u"herniated"_s, u"disc"_s}}};
    QCOMPARE(bph::core::buildMatchExpression(query, synonyms), expected);
}

void TestSearch::findsGuidesAndFaqsRanked_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("firstGuide");

    QTest::newRow("title beats body") << u"en"_s << u"inflammation"_s << u"inflammation"_s;
    QTest::newRow("prefix") << u"en"_s << u"inflamm"_s << u"inflammation"_s;
    QTest::newRow("Spanish with accent") << u"es"_s << u"inflamación"_s << u"inflammation"_s;
    QTest::newRow("Spanish without accent") << u"es"_s << u"inflamacion"_s << u"inflammation"_s;
}

void TestSearch::findsGuidesAndFaqsRanked()
{
    QFETCH(QString, lang);
    QFETCH(QString, query);
    QFETCH(QString, firstGuide);

    const auto hits = m_store->search(query, lang, 50);
    QVERIFY(!hits.isEmpty());
    const auto firstGuideHit = std::find_if(hits.cbegin(), hits.cend(), [](const SearchHit &h) { return h.kind == SearchHit::Kind::Guide; });
    QVERIFY(firstGuideHit != hits.cend());
    QCOMPARE(firstGuideHit->id, firstGuide);
    // FAQs come back with guides, and the list is in rank order.
    QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [](const SearchHit &h) { return h.kind == SearchHit::Kind::Faq; }));
    for (qsizetype i = 1; i < hits.size(); ++i)
        QVERIFY(hits.at(i - 1).rank <= hits.at(i).rank);
}

void TestSearch::snippetsHighlightTheMatch()
{
    const auto hits = m_store->search(u"inflammation"_s, u"en"_s, 10);
    QVERIFY(!hits.isEmpty());
    for (const auto &hit : hits) {
        QVERIFY2(hit.snippetHtml.contains(u"<mark>"_s) || hit.title.contains(u"nflammation"_s), qPrintable(hit.snippetHtml));
        // Only our own markup: no stray private-use markers.
        QVERIFY(!hit.snippetHtml.contains(QChar(0xE000)));
    }
}

void TestSearch::limitIsRespected()
{
    QCOMPARE(m_store->search(u"pain"_s, u"en"_s, 3).size(), 3);
    QVERIFY(m_store->search(u"pain"_s, u"en"_s, 0).isEmpty());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
