// The content store over the built-in database: what the reader's window asks
// for comes back complete, in both languages, with the same ids.

#include "contentstore.h"
#include "schema.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using bph::core::ContentStore;

class TestContentStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void languages();
    void topicTree_data();
    void topicTree();
    void guideHasEverythingAReaderSees_data();
    void guideHasEverythingAReaderSees();
    void unknownGuideIsAbsent();
    void sameIdsInEveryLanguage();
    void faqs_data();
    void faqs();
    void redFlags_data();
    void redFlags();
    void embeddedDatabaseIsReadOnly();

private:
    std::unique_ptr<ContentStore> m_store;
};

void TestContentStore::initTestCase()
{
    bph::core::ContentError error;
    m_store = ContentStore::openEmbedded(&error);
    QVERIFY2(m_store, qPrintable(error.message()));
}

void TestContentStore::languages()
{
    QCOMPARE(m_store->languages(), (QStringList{u"en"_s, u"es"_s}));
    QVERIFY(m_store->path().isEmpty());
}

void TestContentStore::topicTree_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void TestContentStore::topicTree()
{
    QFETCH(QString, lang);
    const auto topics = m_store->topics(lang);
    QVERIFY(topics.size() >= 2);
    QCOMPARE(topics.first().id, u"start-here"_s);
    QCOMPARE(topics.first().guides.first().id, u"overview"_s);
    QCOMPARE(m_store->firstGuideId(lang), u"overview"_s);
    for (const auto &topic : topics) {
        QVERIFY2(!topic.title.isEmpty(), qPrintable(topic.id));
        QVERIFY2(!topic.guides.isEmpty(), qPrintable(topic.id));
        for (const auto &guide : topic.guides)
            QVERIFY2(m_store->guide(lang, guide.id).has_value(), qPrintable(guide.id));
    }
}

void TestContentStore::guideHasEverythingAReaderSees_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("id");
    for (const QString &lang : {u"en"_s, u"es"_s})
        for (const QString &id : {u"overview"_s, u"inflammation"_s})
            QTest::addRow("%s %s", qPrintable(lang), qPrintable(id)) << lang << id;
}

void TestContentStore::guideHasEverythingAReaderSees()
{
    QFETCH(QString, lang);
    QFETCH(QString, id);
    const auto guide = m_store->guide(lang, id);
    QVERIFY(guide);
    QCOMPARE(guide->id, id);
    QCOMPARE(guide->lang, lang);
    QVERIFY(!guide->title.isEmpty());
    QVERIFY(!guide->summary.isEmpty());
    QVERIFY(guide->html.contains(u"<h2>"_s));
    QVERIFY(!guide->bodyText.contains(u'<'));
    QVERIFY(guide->bodyText.size() > 500);
    QVERIFY(!guide->sources.isEmpty());
    QVERIFY(guide->reviewed.isValid());
    QVERIFY(guide->nextReview > guide->reviewed);
    for (const auto &related : guide->related)
        QVERIFY2(!related.title.isEmpty(), qPrintable(related.id));
    // Internal links were turned into app:// URLs at build time.
    QVERIFY(!guide->html.contains(u"href=\"guide:"_s));
}

void TestContentStore::unknownGuideIsAbsent()
{
    QVERIFY(!m_store->guide(u"en"_s, u"no-such-guide"_s));
    QVERIFY(!m_store->guide(u"fr"_s, u"overview"_s));
    QVERIFY(m_store->topics(u"fr"_s).isEmpty());
}

void TestContentStore::sameIdsInEveryLanguage()
{
    const auto ids = [this](const QString &lang) {
        QStringList result;
        for (const auto &topic : m_store->topics(lang))
            for (const auto &guide : topic.guides)
                result.append(topic.id + u'/' + guide.id);
        for (const auto &faq : m_store->faqs(lang))
            result.append(u"faq/"_s + faq.id);
        for (const auto &flag : m_store->redFlags(lang))
            result.append(u"flag/"_s + flag.id + u'/' + QString::number(int(flag.level)));
        return result;
    };
    QCOMPARE(ids(u"es"_s), ids(u"en"_s));
}

void TestContentStore::faqs_data()
{
    topicTree_data();
}

void TestContentStore::faqs()
{
    QFETCH(QString, lang);
    const auto all = m_store->faqs(lang);
    QVERIFY(all.size() >= 10);
    for (const auto &faq : all) {
        QVERIFY(!faq.question.isEmpty());
        QVERIFY(!faq.answerText.isEmpty());
        QVERIFY(m_store->guide(lang, faq.guide));
        const auto again = m_store->faq(lang, faq.id);
        QVERIFY(again);
        QCOMPARE(again->question, faq.question);
        QVERIFY(m_store->faqsForGuide(lang, faq.guide).size() >= 1);
    }
    // By topic: each FAQ appears under its guide's topic, and only there.
    qsizetype total = 0;
    for (const auto &topic : m_store->topics(lang)) {
        const auto inTopic = m_store->faqsForTopic(lang, topic.id);
        for (const auto &faq : inTopic)
            QCOMPARE(faq.topic, topic.id);
        total += inTopic.size();
    }
    QCOMPARE(total, all.size());
    QVERIFY(!m_store->faq(lang, u"no-such-faq"_s));
}

void TestContentStore::redFlags_data()
{
    topicTree_data();
}

void TestContentStore::redFlags()
{
    QFETCH(QString, lang);
    const auto areas = m_store->redFlagAreas(lang);
    const auto flags = m_store->redFlags(lang);
    QVERIFY(!areas.isEmpty());
    QVERIFY(flags.size() >= 12);
    QSet<QString> areaIds;
    for (const auto &area : areas)
        areaIds.insert(area.id);
    QSet<bph::core::CareLevel> levels;
    for (const auto &flag : flags) {
        QVERIFY(areaIds.contains(flag.area));
        QVERIFY(!flag.question.isEmpty() && !flag.why.isEmpty() && !flag.action.isEmpty());
        levels.insert(flag.level);
    }
    QCOMPARE(levels.size(), 3);  // emergency, urgent and routine are all present
}

void TestContentStore::embeddedDatabaseIsReadOnly()
{
    QSqlQuery query(m_store->database());
    QVERIFY(!query.exec(u"DELETE FROM guides"_s));
    QVERIFY(query.exec(u"SELECT count(*) FROM guides"_s) && query.next());
    QVERIFY(query.value(0).toInt() > 0);
}

QTEST_GUILESS_MAIN(TestContentStore)
#include "tst_contentstore.moc"
