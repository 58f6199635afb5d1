// The FAQ tree and its filter over the built-in content: every question sits
// under its topic in both languages, and the filter finds what a reader types,
// with or without accents, a word at a time.

#include "contentstore.h"
#include "faqfiltermodel.h"
#include "faqmodel.h"
#include "ftsquery.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using bph::core::ContentStore;
using bph::core::Faq;
using bph::core::FaqFilterModel;
using bph::core::FaqModel;
using bph::core::Topic;

class TestFaqModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFaqUnderItsTopic_data();
    void everyFaqUnderItsTopic();
    void questionRowsCarryTheAnswer();
    void topicsWithoutQuestionsAreLeftOut();
    void filter_data();
    void filter();
    void guideFilter();
    void guideFilterWithWords();
    void filterSurvivesNewContent();

private:
    // The ids of the questions the proxy lists, in order.
    static QStringList listedFaqIds(const QAbstractItemModel &model);
    void fill(FaqModel &model, const QString &lang) const;

    std::unique_ptr<ContentStore> m_store;
};

void TestFaqModel::initTestCase()
{
    bph::core::ContentError error;
    m_store = ContentStore::openEmbedded(&error);
    QVERIFY2(m_store, qPrintable(error.message()));
}

QStringList TestFaqModel::listedFaqIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int t = 0; t < model.rowCount(); ++t) {
        const QModelIndex topic = model.index(t, 0);
        for (int q = 0; q < model.rowCount(topic); ++q)
            ids.append(model.index(q, 0, topic).data(FaqModel::IdRole).toString());
    }
    return ids;
}

void TestFaqModel::fill(FaqModel &model, const QString &lang) const
{
    model.setContent(m_store->topics(lang), m_store->faqs(lang));
}

void TestFaqModel::everyFaqUnderItsTopic_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void TestFaqModel::everyFaqUnderItsTopic()
{
    QFETCH(QString, lang);
    FaqModel model;
    QAbstractItemModelTester tester(&model);
    fill(model, lang);

    const QList<Faq> faqs = m_store->faqs(lang);
    QVERIFY(!faqs.isEmpty());
    QCOMPARE(model.faqCount(), faqs.size());
    for (const Faq &faq : faqs) {
        const QModelIndex index = model.indexOfFaq(faq.id);
        QVERIFY2(index.isValid(), qPrintable(faq.id));
        QCOMPARE(index.data().toString(), faq.question);
        QCOMPARE(index.parent().data(FaqModel::IdRole).toString(), faq.topic);
        QVERIFY(index.data(FaqModel::IsFaqRole).toBool());
        QVERIFY(!index.parent().data(FaqModel::IsFaqRole).toBool());
    }
    // The store hands FAQs out in reading order; the tree keeps it.
    QStringList expectedOrder;
    for (const Faq &faq : faqs)
        expectedOrder.append(faq.id);
    QCOMPARE(listedFaqIds(model), expectedOrder);

    // Topics in the topic tree's order, each with at least one question.
    QStringList topicOrder;
    for (const Topic &topic : m_store->topics(lang))
        if (!m_store->faqsForTopic(lang, topic.id).isEmpty())
            topicOrder.append(topic.id);
    QStringList listedTopics;
    for (int row = 0; row < model.rowCount(); ++row) {
        listedTopics.append(model.index(row, 0).data(FaqModel::IdRole).toString());
        QVERIFY(model.rowCount(model.index(row, 0)) > 0);
    }
    QCOMPARE(listedTopics, topicOrder);
    QVERIFY(!model.indexOfFaq(u"no-such-faq"_s).isValid());
}

void TestFaqModel::questionRowsCarryTheAnswer()
{
    FaqModel model;
    fill(model, u"en"_s);
    for (const Faq &faq : m_store->faqs(u"en"_s)) {
        const QModelIndex index = model.indexOfFaq(faq.id);
        QCOMPARE(index.data(FaqModel::IdRole).toString(), faq.id);
        QCOMPARE(index.data(FaqModel::AnswerHtmlRole).toString(), faq.answerHtml);
        QCOMPARE(index.data(FaqModel::AnswerTextRole).toString(), faq.answerText);
        QCOMPARE(index.data(FaqModel::GuideIdRole).toString(), faq.guide);
        QCOMPARE(index.data(FaqModel::TopicIdRole).toString(), faq.topic);
        QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), faq.question);
        const auto guide = m_store->guide(u"en"_s, faq.guide);
        QVERIFY(guide);
        QCOMPARE(index.data(FaqModel::GuideTitleRole).toString(), guide->title);
        QCOMPARE(model.guideTitle(faq.guide), guide->title);
    }
}

void TestFaqModel::topicsWithoutQuestionsAreLeftOut()
{
    FaqModel model;
    QAbstractItemModelTester tester(&model);
    const QList<Topic> topics{{u"a"_s, u"A"_s, u"First"_s, {{u"ga"_s, u"Guide A"_s}}},
                              {u"b"_s, u"B"_s, u"Empty"_s, {{u"gb"_s, u"Guide B"_s}}},
                              {u"c"_s, u"C"_s, u"Third"_s, {{u"gc"_s, u"Guide C"_s}}}};
    const QList<Faq> faqs{{u"c1"_s, u"gc"_s, u"c"_s, u"C one?"_s, u"<p>c</p>"_s, u"c"_s},
                          {u"a1"_s, u"ga"_s, u"a"_s, u"A one?"_s, u"<p>a</p>"_s, u"a"_s},
                          {u"x1"_s, u"gx"_s, u"x"_s, u"Orphan?"_s, u"<p>x</p>"_s, u"x"_s}};
    model.setContent(topics, faqs);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), u"A"_s);
    QCOMPARE(model.index(0, 0).data(FaqModel::SummaryRole).toString(), u"First"_s);
    QCOMPARE(model.index(1, 0).data().toString(), u"C"_s);
    QCOMPARE(listedFaqIds(model), (QStringList{u"a1"_s, u"c1"_s}));
    QCOMPARE(model.faqCount(), 2);

    model.setContent({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestFaqModel::filter_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mustList");  // at least these questions
    QTest::addColumn<bool>("all");              // every question
    QTest::addColumn<bool>("none");             // not one question

    QTest::newRow("word in a question") << u"en"_s << u"scans"_s << QStringList{u"inflammation-on-scans"_s} << false << false;
    QTest::newRow("case ignored") << u"en"_s << u"SCIATICA"_s << QStringList{u"what-is-sciatica"_s} << false << false;
    QTest::newRow("start of a word while typing") << u"en"_s << u"infla"_s
                                                  << QStringList{u"inflammation-without-injury"_s} << false << false;
    QTest::newRow("Spanish without accents") << u"es"_s << u"inflamacion cronica"_s
                                             << QStringList{u"chronic-inflammation-causes"_s} << false << false;
    QTest::newRow("Spanish with accents") << u"es"_s << u"INFLAMACIÓN crónica"_s
                                          << QStringList{u"chronic-inflammation-causes"_s} << false << false;
    QTest::newRow("two words") << u"en"_s << u"stress inflammation"_s
                               << QStringList{u"stress-and-inflammation"_s} << false << false;
    QTest::newRow("words in the answer only") << u"en"_s << u"MRI X-rays"_s
                                              << QStringList{u"inflammation-on-scans"_s} << false << false;
    QTest::newRow("no match") << u"en"_s << u"zebra xylophone"_s << QStringList{} << false << true;
    QTest::newRow("middle of a word does not match") << u"en"_s << u"flammation"_s << QStringList{} << false << true;
    QTest::newRow("empty filter shows all") << u"en"_s << QString() << QStringList{} << true << false;
    QTest::newRow("spaces and marks show all") << u"es"_s << u"  ¿? -- "_s << QStringList{} << true << false;
}

void TestFaqModel::filter()
{
    QFETCH(QString, lang);
    QFETCH(QString, text);
    QFETCH(QStringList, mustList);
    QFETCH(bool, all);
    QFETCH(bool, none);

    FaqModel model;
    fill(model, lang);
    FaqFilterModel proxy;
    QAbstractItemModelTester tester(&proxy);
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"sciatica"_s);  // something else first: the filter must replace, not add
    proxy.setFilterText(text);
    QCOMPARE(proxy.filterText(), text);

    const QStringList listed = listedFaqIds(proxy);
    for (const QString &id : mustList)
        QVERIFY2(listed.contains(id), qPrintable(id));
    if (all)
        QCOMPARE(listed.size(), model.faqCount());
    if (none) {
        QVERIFY(listed.isEmpty());
        QCOMPARE(proxy.rowCount(), 0);  // no topic stays without a question
        QVERIFY(proxy.isEmptyResult());
    } else {
        QVERIFY(!proxy.isEmptyResult());
    }
    if (!all)
        QVERIFY(listed.size() < model.faqCount());

    // Whatever is listed holds every typed word; no topic is listed empty.
    const QStringList words = bph::core::searchWords(text);
    for (const QString &id : listed) {
        const QModelIndex index = model.indexOfFaq(id);
        const QString folded = bph::core::foldForSearch(index.data().toString() + u' '
                                                        + index.data(FaqModel::AnswerTextRole).toString());
        for (const QString &word : words)
            QVERIFY2(folded.contains(word), qPrintable(id + u" lacks "_s + word));
    }
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.rowCount(proxy.index(row, 0)) > 0);
}

void TestFaqModel::guideFilter()
{
    FaqModel model;
    fill(model, u"en"_s);
    FaqFilterModel proxy;
    QAbstractItemModelTester tester(&proxy);
    proxy.setSourceModel(&model);

    proxy.setGuideFilter(u"sciatica"_s);
    QVERIFY(proxy.isFiltering());
    QStringList expected;
    for (const Faq &faq : m_store->faqsForGuide(u"en"_s, u"sciatica"_s))
        expected.append(faq.id);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(listedFaqIds(proxy), expected);
    QCOMPARE(proxy.rowCount(), 1);  // that guide's topic only
    QCOMPARE(proxy.firstFaq().data(FaqModel::IdRole).toString(), expected.first());

    proxy.setGuideFilter(u"no-such-guide"_s);
    QVERIFY(proxy.isEmptyResult());

    proxy.setGuideFilter({});
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(listedFaqIds(proxy).size(), model.faqCount());
}

void TestFaqModel::guideFilterWithWords()
{
    FaqModel model;
    fill(model, u"en"_s);
    FaqFilterModel proxy;
    QAbstractItemModelTester tester(&proxy);
    proxy.setSourceModel(&model);

    proxy.setFilterText(u"scan"_s);
    const QStringList everywhere = listedFaqIds(proxy);
    proxy.setGuideFilter(u"inflammation"_s);
    const QStringList inGuide = listedFaqIds(proxy);
    QVERIFY(inGuide.contains(u"inflammation-on-scans"_s));
    QVERIFY(inGuide.size() < everywhere.size());  // other guides talk about scans too
    for (const QString &id : inGuide)
        QCOMPARE(model.indexOfFaq(id).data(FaqModel::GuideIdRole).toString(), u"inflammation"_s);
}

void TestFaqModel::filterSurvivesNewContent()
{
    FaqModel model;
    fill(model, u"en"_s);
    FaqFilterModel proxy;
    QAbstractItemModelTester tester(&proxy);
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"inflamacion"_s);
    QVERIFY(proxy.isEmptyResult());  // a Spanish word in the English questions

    fill(model, u"es"_s);  // the reader switches language
    QVERIFY(!proxy.isEmptyResult());
    QVERIFY(listedFaqIds(proxy).contains(u"chronic-inflammation-causes"_s));
}

QTEST_GUILESS_MAIN(TestFaqModel)
#include "tst_faqmodel.moc"
