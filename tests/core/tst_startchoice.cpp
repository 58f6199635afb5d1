// Where the app opens: the command line first, then the saved preferences,
// then the system language; unknown choices are explained, never fatal.

#include "commandline.h"
#include "contentstore.h"
#include "startchoice.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestStartChoice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_store = bph::core::ContentStore::openEmbedded(); QVERIFY(m_store); }
    void choose_data();
    void choose();

private:
    std::unique_ptr<bph::core::ContentStore> m_store;
};

void TestStartChoice::choose_data()
{
    QTest::addColumn<QString>("langOption");
    QTest::addColumn<QString>("articleOption");
    QTest::addColumn<QString>("savedLanguage");
    QTest::addColumn<QString>("lastGuide");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("guide");
    QTest::addColumn<int>("warnings");

    QTest::newRow("first start, English system") << u""_s << u""_s << u""_s << u""_s << u"en_GB"_s << u"en"_s << u"overview"_s << 0;
    QTest::newRow("first start, Spanish system") << u""_s << u""_s << u""_s << u""_s << u"es_MX"_s << u"es"_s << u"overview"_s << 0;
    QTest::newRow("first start, other system") << u""_s << u""_s << u""_s << u""_s << u"de_DE"_s << u"en"_s << u"overview"_s << 0;
    QTest::newRow("saved language wins over system") << u""_s << u""_s << u"es"_s << u""_s << u"en_US"_s << u"es"_s << u"overview"_s << 0;
    QTest::newRow("command line wins over saved") << u"en"_s << u""_s << u"es"_s << u""_s << u"es_ES"_s << u"en"_s << u"overview"_s << 0;
    QTest::newRow("last guide reopens") << u""_s << u""_s << u""_s << u"sciatica"_s << u"en_US"_s << u"en"_s << u"sciatica"_s << 0;
    QTest::newRow("article wins over last guide") << u""_s << u"flares"_s << u""_s << u"sciatica"_s << u"en_US"_s << u"en"_s << u"flares"_s << 0;
    QTest::newRow("unknown language") << u"xx"_s << u""_s << u""_s << u""_s << u"es_ES"_s << u"es"_s << u"overview"_s << 1;
    QTest::newRow("unknown article") << u""_s << u"nowhere"_s << u""_s << u""_s << u"en_US"_s << u"en"_s << u"overview"_s << 1;
    QTest::newRow("stale last guide") << u""_s << u""_s << u""_s << u"removed-guide"_s << u"en_US"_s << u"en"_s << u"overview"_s << 0;
    QTest::newRow("no last guide on a kiosk") << u""_s << u""_s << u""_s << u""_s << u"en_US"_s << u"en"_s << u"overview"_s << 0;
}

void TestStartChoice::choose()
{
    QFETCH(QString, langOption);
    QFETCH(QString, articleOption);
    QFETCH(QString, savedLanguage);
    QFETCH(QString, lastGuide);
    QFETCH(QString, system);
    QFETCH(QString, lang);
    QFETCH(QString, guide);
    QFETCH(int, warnings);

    const auto choice = bph::core::chooseStart(*m_store, {langOption, articleOption, {}, false, {}}, savedLanguage, lastGuide, system);
    QCOMPARE(choice.lang, lang);
    QCOMPARE(choice.guide, guide);
    QCOMPARE(choice.warnings.size(), warnings);
}

QTEST_GUILESS_MAIN(TestStartChoice)
#include "tst_startchoice.moc"
