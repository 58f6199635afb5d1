// Search over the built-in content: ranked, prefix-matching, accent-blind,
// unbreakable by anything a reader can type or paste, finding the medical
// terms from a patient's own words, and offering "did you mean" for slips.

#include "contentconnection.h"
#include "contentstore.h"
#include "ftsquery.h"
#include "searchengine.h"
#include "searchresultsmodel.h"

#include <QAbstractItemModelTester>

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

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
    void patientWordsFindTheMedicalTerms_data();
    void patientWordsFindTheMedicalTerms();
    void didYouMean_data();
    void didYouMean();
    void everyWordOfTheContentIsSpelledRight();
    void anotherThreadSearchesOverItsOwnConnection();
    void resultsModelListsTheHits();

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
    QTest::newRow("one letter so far") << u"s"_s << QString();
    QTest::newRow("one letter after a word") << u"back p"_s << u"\"back\""_s;
    QTest::newRow("one-letter word, finished") << u"x "_s << u"\"x\""_s;
    QTest::newRow("one letter and a star") << u"s*"_s << QString();
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

void TestSearch::patientWordsFindTheMedicalTerms_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("guide");  // a guide that uses the medical term
    QTest::addColumn<QString>("faq");    // a question that does

    // From content/<lang>/synonyms.yaml; the expected items use the words
    // the phrase means, not (only) the phrase itself.
    QTest::newRow("en slipped disc") << u"en"_s << u"slipped disc"_s << u"spine-and-disc"_s << u"disc-bulge-serious"_s;
    QTest::newRow("en pins and needles") << u"en"_s << u"pins and needles"_s << u"sciatica"_s << u"what-is-sciatica"_s;
    QTest::newRow("en pee") << u"en"_s << u"pee"_s << u"when-to-get-help"_s << u"what-is-cauda-equina"_s;
    QTest::newRow("en numb bum") << u"en"_s << u"numb bum"_s << u"overview"_s << u"what-is-cauda-equina"_s;
    QTest::newRow("en trapped nerve") << u"en"_s << u"trapped nerve"_s << u"sciatica"_s << u"what-is-sciatica"_s;
    QTest::newRow("en pinched nerve, finished") << u"en"_s << u"pinched nerve "_s << u"sciatica"_s << u"what-is-sciatica"_s;
    QTest::newRow("es hernia de disco") << u"es"_s << u"hernia de disco"_s << u"spine-and-disc"_s << u"disc-bulge-serious"_s;
    QTest::newRow("es cosquilleo") << u"es"_s << u"cosquilleo"_s << u"sciatica"_s << u"what-is-sciatica"_s;
    QTest::newRow("es pis") << u"es"_s << u"pis"_s << u"when-to-get-help"_s << u"what-is-cauda-equina"_s;
    QTest::newRow("es nalgas dormidas") << u"es"_s << u"nalgas dormidas"_s << u"when-to-get-help"_s << u"what-is-cauda-equina"_s;
    QTest::newRow("es nervio pinchado") << u"es"_s << u"nervio pinchado"_s << u"sciatica"_s << u"what-is-sciatica"_s;
    QTest::newRow("es pipí with accent") << u"es"_s << u"pipí"_s << u"when-to-get-help"_s << u"what-is-cauda-equina"_s;
}

void TestSearch::patientWordsFindTheMedicalTerms()
{
    QFETCH(QString, lang);
    QFETCH(QString, query);
    QFETCH(QString, guide);
    QFETCH(QString, faq);

    const QList<SearchHit> hits = m_store->search(query, lang, 20);
    const auto has = [&hits](SearchHit::Kind kind, const QString &id) {
        return std::any_of(hits.cbegin(), hits.cend(),
                           [&](const SearchHit &hit) { return hit.kind == kind && hit.id == id; });
    };
    QVERIFY2(has(SearchHit::Kind::Guide, guide), qPrintable(guide));
    QVERIFY2(has(SearchHit::Kind::Faq, faq), qPrintable(faq));
}

void TestSearch::didYouMean_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("suggestion");

    QTest::newRow("siatica") << u"en"_s << u"siatica"_s << u"sciatica"_s;
    QTest::newRow("inflamation") << u"en"_s << u"inflamation"_s << u"inflammation"_s;
    QTest::newRow("magnesum") << u"en"_s << u"magnesum"_s << u"magnesium"_s;
    QTest::newRow("ciatica in English") << u"en"_s << u"ciatica"_s << u"sciatica"_s;
    QTest::newRow("ciatica in Spanish keeps the accent") << u"es"_s << u"ciatica"_s << u"ciática"_s;
    QTest::newRow("siatica in Spanish") << u"es"_s << u"siatica"_s << u"ciática"_s;
    QTest::newRow("inflamacion") << u"es"_s << u"inflamacion"_s << u"inflamación"_s;
    QTest::newRow("swapped letters") << u"en"_s << u"pian"_s << u"pain"_s;
    QTest::newRow("the rest of the query is kept") << u"en"_s << u"siatica and back pain"_s << u"sciatica and back pain"_s;
    QTest::newRow("two slips in one query") << u"en"_s << u"inflamation magnesum "_s << u"inflammation magnesium "_s;
    QTest::newRow("the reader's capitals") << u"en"_s << u"Inflamation"_s << u"Inflammation"_s;
    QTest::newRow("all capitals") << u"en"_s << u"SIATICA"_s << u"SCIATICA"_s;
    QTest::newRow("correct word") << u"en"_s << u"sciatica"_s << QString();
    QTest::newRow("correct words") << u"en"_s << u"inflammation and magnesium"_s << QString();
    QTest::newRow("correct with accent") << u"es"_s << u"ciática"_s << QString();
    QTest::newRow("upper case is not a slip") << u"en"_s << u"SCIATICA"_s << QString();
    QTest::newRow("both Spanish spellings are words") << u"es"_s << u"esta"_s << QString();
    QTest::newRow("still typing a word") << u"en"_s << u"inflam"_s << QString();
    QTest::newRow("patient words") << u"en"_s << u"numb bum"_s << QString();
    QTest::newRow("synonym not in the guides") << u"en"_s << u"lumbago"_s << QString();
    QTest::newRow("gibberish") << u"en"_s << u"xqzvbnm"_s << QString();
    QTest::newRow("gibberish in Spanish") << u"es"_s << u"wkkqxj"_s << QString();
    QTest::newRow("too short to guess") << u"en"_s << u"sxi"_s << QString();
    QTest::newRow("numbers") << u"en"_s << u"12345"_s << QString();
    QTest::newRow("empty") << u"en"_s << QString() << QString();
    QTest::newRow("punctuation") << u"en"_s << u"?!"_s << QString();
}

void TestSearch::didYouMean()
{
    QFETCH(QString, lang);
    QFETCH(QString, query);
    QFETCH(QString, suggestion);
    QCOMPARE(m_store->suggestion(query, lang), suggestion);
}

void TestSearch::everyWordOfTheContentIsSpelledRight()
{
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(u"SELECT lang, form FROM search_vocab"_s));
    int words = 0;
    while (query.next()) {
        const QString lang = query.value(0).toString();
        const QString word = query.value(1).toString() + u' ';
        QVERIFY2(m_store->suggestion(word, lang).isEmpty(), qPrintable(lang + u": "_s + word));
        ++words;
    }
    QVERIFY(words > 1000);
}

void TestSearch::anotherThreadSearchesOverItsOwnConnection()
{
    QList<SearchHit> found;
    QString suggestion;
    QThread *searchThread = nullptr;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        searchThread = QThread::currentThread();
        const auto connection = m_store->openConnection();
        QVERIFY(connection->isOpen());
        bph::core::SearchEngine engine(connection->database());
        found = engine.search(u"trapped nerve"_s, u"en"_s, 10);
        suggestion = engine.suggestion(u"siatica"_s, u"en"_s);
    }));
    thread->start();
    QVERIFY(thread->wait());
    QVERIFY(searchThread && searchThread != QThread::currentThread());

    const QList<SearchHit> expected = m_store->search(u"trapped nerve"_s, u"en"_s, 10);
    QCOMPARE(found.size(), expected.size());
    for (qsizetype i = 0; i < found.size(); ++i)
        QCOMPARE(found.at(i).id, expected.at(i).id);
    QCOMPARE(suggestion, u"sciatica"_s);
}

void TestSearch::resultsModelListsTheHits()
{
    bph::core::SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<SearchHit> hits = m_store->search(u"sciatica"_s, u"en"_s, 10);
    QVERIFY(hits.size() > 2);
    model.setHits(hits);
    QCOMPARE(model.rowCount(), hits.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const SearchHit &hit = hits.at(row);
        QCOMPARE(index.data().toString(), hit.title);
        QCOMPARE(index.data(bph::core::SearchResultsModel::IdRole).toString(), hit.id);
        QCOMPARE(index.data(bph::core::SearchResultsModel::IsFaqRole).toBool(), hit.kind == SearchHit::Kind::Faq);
        QCOMPARE(index.data(bph::core::SearchResultsModel::KindTextRole).toString(),
                 hit.kind == SearchHit::Kind::Faq ? u"Question"_s : u"Guide"_s);
        const QString text = index.data(bph::core::SearchResultsModel::SnippetTextRole).toString();
        QVERIFY(!text.contains(u"<mark>"_s) && !text.contains(u"&amp;"_s));
    }
    model.setHits({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
