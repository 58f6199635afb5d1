// The search result's snippet (bph_excerpt): the window with the most of the
// reader's words, from the preferred column, every hit marked, "…" where the
// text goes on, accents and punctuation as written.

#include "ftsexcerpt.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using bph::core::kExcerptClose;
using bph::core::kExcerptOpen;

class TestFtsExcerpt final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void excerpt_data();
    void excerpt();
    void longTextIsCutAroundTheHit();
    void badArgumentsAreAnError();

private:
    // The excerpt for the row `id` found by `match`, with [ ] for the marks.
    QString excerptOf(const QString &match, int id, const QString &arguments = u"5, 1, 2"_s);

    QSqlDatabase m_db;
};

void TestFtsExcerpt::initTestCase()
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"excerpt"_s);
    m_db.setDatabaseName(u":memory:"_s);
    QVERIFY(m_db.open());
    QVERIFY(bph::core::registerExcerptFunction(m_db));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(u"CREATE VIRTUAL TABLE t USING fts5(title, summary, body, tokenize = 'unicode61 remove_diacritics 2')"_s));
    const QList<QStringList> rows = {
        {u"Sleep"_s, u"Rest helps."_s, u"Good sleep can ease back pain over time. Pain at night is common."_s},
        {u"Disc"_s, u"About the spine."_s, u"A slipped disc often heals. Most people with a slipped disc get better."_s},
        {u"Ciática"_s, u"Dolor de la pierna."_s, u"La ciática baja por la pierna."_s},
        {u"Both"_s, u"Walking eases pain."_s, u"Walking eases pain for many people, and walking is free."_s},
        {u"Titled only"_s, u"One two three four five six seven."_s, u"Eight nine."_s},
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        query.prepare(u"INSERT INTO t (rowid, title, summary, body) VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(i + 1);
        for (const QString &value : rows.at(i))
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
}

void TestFtsExcerpt::cleanupTestCase()
{
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(u"excerpt"_s);
}

QString TestFtsExcerpt::excerptOf(const QString &match, int id, const QString &arguments)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT bph_excerpt(t, %1) FROM t WHERE t MATCH ? AND rowid = ?"_s.arg(arguments));
    query.addBindValue(match);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return u"<error: %1>"_s.arg(query.lastError().text());
    return query.value(0).toString().replace(kExcerptOpen, u'[').replace(kExcerptClose, u']');
}

void TestFtsExcerpt::excerpt_data()
{
    QTest::addColumn<QString>("match");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("expected");

    QTest::newRow("middle of the text: cut before and after") << u"pain"_s << 1 << u"…[pain] over time. [Pain] at…"_s;
    QTest::newRow("the window with the most words wins") << u"pain AND night"_s << 1 << u"…time. [Pain] at [night] is…"_s;
    QTest::newRow("a phrase is marked as one") << u"\"slipped disc\""_s << 2 << u"A [slipped disc] often heals…"_s;
    QTest::newRow("prefix") << u"heal*"_s << 2 << u"…disc often [heals]. Most people…"_s;
    QTest::newRow("accents as written") << u"ciatica"_s << 3 << u"La [ciática] baja por la…"_s;
    QTest::newRow("end of text keeps its full stop") << u"pierna"_s << 3 << u"Dolor de la [pierna]."_s;
    QTest::newRow("summary before body on a tie") << u"walking"_s << 4 << u"[Walking] eases pain."_s;
    QTest::newRow("only the title matched: the summary's start") << u"titled"_s << 5 << u"One two three four five…"_s;
}

void TestFtsExcerpt::excerpt()
{
    QFETCH(QString, match);
    QFETCH(int, row);
    QFETCH(QString, expected);
    QCOMPARE(excerptOf(match, row), expected);
}

void TestFtsExcerpt::longTextIsCutAroundTheHit()
{
    QString body;
    for (int i = 0; i < 20000; ++i)
        body += u"word%1 "_s.arg(i);
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO t (rowid, title, summary, body) VALUES (99, 'Long', 'Short.', ?)"_s);
    query.addBindValue(body);
    QVERIFY(query.exec());
    QCOMPARE(excerptOf(u"word10000"_s, 99), u"…word9998 word9999 [word10000] word10001 word10002…"_s);
    QCOMPARE(excerptOf(u"word0"_s, 99), u"[word0] word1 word2 word3 word4…"_s);
}

void TestFtsExcerpt::badArgumentsAreAnError()
{
    for (const QString &arguments : {u"0, 1"_s, u"5"_s, u"5, 7"_s, u"500, 1"_s, u"5, -1"_s})
        QVERIFY2(excerptOf(u"pain"_s, 1, arguments).startsWith(u"<error: bph_excerpt"_s), qPrintable(arguments));
}

QTEST_GUILESS_MAIN(TestFtsExcerpt)
#include "tst_ftsexcerpt.moc"
