// The red-flag triage, row by row: every item of the bundled content in every
// language with every answer, the rules table itself, several answers at
// once (the most urgent wins), and the emergency number for each territory.

#include "contentstore.h"
#include "emergencynumber.h"
#include "triage.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <memory>

using namespace Qt::StringLiterals;
using bph::core::CareLevel;
using bph::core::ContentStore;
using bph::core::RedFlag;
using bph::core::Triage;
using Answer = bph::core::Triage::Answer;

namespace {

// Levels and answers by name, so that a failing row says what it meant.
QString levelName(std::optional<CareLevel> level)
{
    if (!level)
        return u"none"_s;
    switch (*level) {
    case CareLevel::Emergency:
        return u"emergency"_s;
    case CareLevel::Urgent:
        return u"urgent"_s;
    case CareLevel::Routine:
        return u"routine"_s;
    }
    return u"?"_s;
}

QString answerName(Answer answer)
{
    switch (answer) {
    case Answer::Unanswered:
        return u"unanswered"_s;
    case Answer::No:
        return u"no"_s;
    case Answer::Yes:
        return u"yes"_s;
    case Answer::NotSure:
        return u"notsure"_s;
    }
    return u"?"_s;
}

constexpr Answer kAllAnswers[] = {Answer::Unanswered, Answer::No, Answer::Yes, Answer::NotSure};
constexpr CareLevel kAllLevels[] = {CareLevel::Emergency, CareLevel::Urgent, CareLevel::Routine};

// The rules as the issue states them, written out independently of the
// table in triage.cpp.
QString expectedLevel(CareLevel item, Answer answer)
{
    switch (answer) {
    case Answer::Unanswered:
    case Answer::No:
        return u"none"_s;
    case Answer::Yes:
        return levelName(item);
    case Answer::NotSure:
        return item == CareLevel::Emergency ? u"emergency"_s : u"routine"_s;
    }
    return u"?"_s;
}

RedFlag flag(const char *id, CareLevel level)
{
    RedFlag item;
    item.id = QString::fromLatin1(id);
    item.area = u"area"_s;
    item.level = level;
    item.question = u"Question "_s + item.id;
    return item;
}

// Two items of each level, in a fixed order.
QList<RedFlag> syntheticItems()
{
    return {flag("e1", CareLevel::Emergency), flag("u1", CareLevel::Urgent), flag("r1", CareLevel::Routine),
            flag("e2", CareLevel::Emergency), flag("u2", CareLevel::Urgent), flag("r2", CareLevel::Routine)};
}

} // namespace

class TestTriage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundledContentHasEveryLevel_data();
    void bundledContentHasEveryLevel();
    void everyItemEveryAnswer_data();
    void everyItemEveryAnswer();
    void rulesTable_data();
    void rulesTable();
    void mostUrgentWins_data();
    void mostUrgentWins();
    void sameAnswerToEveryBundledItem_data();
    void sameAnswerToEveryBundledItem();
    void answersCanChangeAndBeCleared();
    void unknownIdsAreIgnored();
    void emergencyNumberForTerritory_data();
    void emergencyNumberForTerritory();
    void emergencyNumberOverride_data();
    void emergencyNumberOverride();

private:
    std::unique_ptr<ContentStore> m_store;
};

void TestTriage::initTestCase()
{
    bph::core::ContentError error;
    m_store = ContentStore::openEmbedded(&error);
    QVERIFY2(m_store, qPrintable(error.message()));
}

void TestTriage::bundledContentHasEveryLevel_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("es") << u"es"_s;
}

// Otherwise the row-by-row test below would silently skip a level.
void TestTriage::bundledContentHasEveryLevel()
{
    QFETCH(QString, lang);
    QSet<QString> levels;
    for (const RedFlag &item : m_store->redFlags(lang))
        levels.insert(levelName(item.level));
    QCOMPARE(levels, (QSet<QString>{u"emergency"_s, u"urgent"_s, u"routine"_s}));
}

void TestTriage::everyItemEveryAnswer_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("id");
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<QString>("expected");
    for (const QString &lang : {u"en"_s, u"es"_s}) {
        const QList<RedFlag> items = m_store->redFlags(lang);
        QVERIFY(!items.isEmpty());
        for (const RedFlag &item : items) {
            for (const Answer answer : kAllAnswers) {
                QTest::addRow("%s %s (%s) %s", qPrintable(lang), qPrintable(item.id), qPrintable(levelName(item.level)),
                              qPrintable(answerName(answer)))
                    << lang << item.id << answer << expectedLevel(item.level, answer);
            }
        }
    }
}

void TestTriage::everyItemEveryAnswer()
{
    QFETCH(QString, lang);
    QFETCH(QString, id);
    QFETCH(Answer, answer);
    QFETCH(QString, expected);

    Triage triage(m_store->redFlags(lang));
    QVERIFY(triage.setAnswer(id, answer));
    QCOMPARE(triage.answer(id), answer);

    const Triage::Result result = triage.result();
    QCOMPARE(levelName(result.level), expected);
    QCOMPARE(result.total, triage.items().size());
    QCOMPARE(result.answered, answer == Answer::Unanswered ? 0 : 1);
    if (expected == "none"_L1) {
        QVERIFY(result.triggers.isEmpty());
    } else {
        QCOMPARE(result.triggers.size(), 1);
        QCOMPARE(result.triggers.first().item.id, id);
        QCOMPARE(result.triggers.first().answer, answer);
        QCOMPARE(levelName(result.triggers.first().level), expected);
        QVERIFY(!result.triggers.first().item.why.isEmpty());
        QVERIFY(!result.triggers.first().item.action.isEmpty());
    }
}

void TestTriage::rulesTable_data()
{
    QTest::addColumn<CareLevel>("itemLevel");
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<QString>("expected");
    for (const CareLevel level : kAllLevels)
        for (const Answer answer : kAllAnswers)
            QTest::addRow("%s item, %s", qPrintable(levelName(level)), qPrintable(answerName(answer)))
                << level << answer << expectedLevel(level, answer);
}

void TestTriage::rulesTable()
{
    QFETCH(CareLevel, itemLevel);
    QFETCH(Answer, answer);
    QFETCH(QString, expected);
    QCOMPARE(levelName(Triage::levelFor(itemLevel, answer)), expected);
}

void TestTriage::mostUrgentWins_data()
{
    // answers: "id=answer" pairs; triggers: the ids that raise the level, in
    // checklist order.
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("triggers");

    QTest::newRow("nothing answered") << QStringList{} << u"none"_s << QStringList{};
    QTest::newRow("all no") << QStringList{u"e1=no"_s, u"u1=no"_s, u"r1=no"_s, u"e2=no"_s, u"u2=no"_s, u"r2=no"_s}
                            << u"none"_s << QStringList{};
    QTest::newRow("routine yes") << QStringList{u"r2=yes"_s, u"e1=no"_s} << u"routine"_s << QStringList{u"r2"_s};
    QTest::newRow("urgent and routine yes") << QStringList{u"r1=yes"_s, u"u2=yes"_s} << u"urgent"_s
                                            << QStringList{u"r1"_s, u"u2"_s};
    QTest::newRow("every level yes") << QStringList{u"r1=yes"_s, u"u1=yes"_s, u"e2=yes"_s} << u"emergency"_s
                                     << QStringList{u"u1"_s, u"r1"_s, u"e2"_s};
    QTest::newRow("emergency not sure beats urgent yes") << QStringList{u"u1=yes"_s, u"e2=notsure"_s}
                                                         << u"emergency"_s << QStringList{u"u1"_s, u"e2"_s};
    QTest::newRow("urgent not sure alone") << QStringList{u"u2=notsure"_s} << u"routine"_s << QStringList{u"u2"_s};
    QTest::newRow("urgent not sure, urgent yes") << QStringList{u"u1=notsure"_s, u"u2=yes"_s} << u"urgent"_s
                                                 << QStringList{u"u1"_s, u"u2"_s};
    QTest::newRow("emergency no, urgent not sure") << QStringList{u"e1=no"_s, u"u1=notsure"_s} << u"routine"_s
                                                   << QStringList{u"u1"_s};
    QTest::newRow("routine not sure") << QStringList{u"r1=notsure"_s, u"r2=no"_s} << u"routine"_s
                                      << QStringList{u"r1"_s};
    QTest::newRow("both emergencies") << QStringList{u"e1=yes"_s, u"e2=notsure"_s, u"u1=no"_s} << u"emergency"_s
                                      << QStringList{u"e1"_s, u"e2"_s};
    QTest::newRow("answer taken back") << QStringList{u"e1=yes"_s, u"e1=unanswered"_s, u"r1=yes"_s} << u"routine"_s
                                       << QStringList{u"r1"_s};
    QTest::newRow("answer changed to no") << QStringList{u"e1=notsure"_s, u"e1=no"_s} << u"none"_s << QStringList{};
}

void TestTriage::mostUrgentWins()
{
    QFETCH(QStringList, answers);
    QFETCH(QString, expected);
    QFETCH(QStringList, triggers);

    Triage triage(syntheticItems());
    for (const QString &pair : std::as_const(answers)) {
        const QString id = pair.section(u'=', 0, 0);
        const QString name = pair.section(u'=', 1);
        const auto answer = std::find_if(std::cbegin(kAllAnswers), std::cend(kAllAnswers),
                                         [&name](Answer a) { return answerName(a) == name; });
        QVERIFY2(answer != std::cend(kAllAnswers), qPrintable(name));
        QVERIFY(triage.setAnswer(id, *answer));
    }
    const Triage::Result result = triage.result();
    QCOMPARE(levelName(result.level), expected);
    QStringList triggered;
    for (const Triage::Trigger &trigger : result.triggers)
        triggered.append(trigger.item.id);
    QCOMPARE(triggered, triggers);
}

void TestTriage::sameAnswerToEveryBundledItem_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<QString>("expected");
    for (const QString &lang : {u"en"_s, u"es"_s}) {
        const QByteArray l = lang.toLatin1();
        QTest::addRow("%s all yes", l.constData()) << lang << Answer::Yes << u"emergency"_s;
        QTest::addRow("%s all not sure", l.constData()) << lang << Answer::NotSure << u"emergency"_s;
        QTest::addRow("%s all no", l.constData()) << lang << Answer::No << u"none"_s;
        QTest::addRow("%s all unanswered", l.constData()) << lang << Answer::Unanswered << u"none"_s;
    }
}

void TestTriage::sameAnswerToEveryBundledItem()
{
    QFETCH(QString, lang);
    QFETCH(Answer, answer);
    QFETCH(QString, expected);

    Triage triage(m_store->redFlags(lang));
    for (const RedFlag &item : triage.items())
        QVERIFY(triage.setAnswer(item.id, answer));
    const Triage::Result result = triage.result();
    QCOMPARE(levelName(result.level), expected);
    QCOMPARE(result.answered, answer == Answer::Unanswered ? 0 : triage.items().size());
    // Every item triggers when the answer raises anything at all, in order.
    const bool raises = answer == Answer::Yes || answer == Answer::NotSure;
    QCOMPARE(result.triggers.size(), raises ? triage.items().size() : 0);
    for (qsizetype i = 0; i < result.triggers.size(); ++i)
        QCOMPARE(result.triggers.at(i).item.id, triage.items().at(i).id);
}

void TestTriage::answersCanChangeAndBeCleared()
{
    Triage triage(syntheticItems());
    QVERIFY(triage.setAnswer(u"u1"_s, Answer::Yes));
    QCOMPARE(levelName(triage.result().level), u"urgent"_s);
    QVERIFY(triage.setAnswer(u"u1"_s, Answer::NotSure));
    QCOMPARE(levelName(triage.result().level), u"routine"_s);
    QVERIFY(triage.setAnswer(u"e2"_s, Answer::Yes));
    QCOMPARE(triage.result().answered, 2);

    triage.clear();
    QCOMPARE(triage.answer(u"u1"_s), Answer::Unanswered);
    QCOMPARE(triage.answer(u"e2"_s), Answer::Unanswered);
    QCOMPARE(triage.result().answered, 0);
    QVERIFY(!triage.result().level);
    QCOMPARE(triage.items().size(), syntheticItems().size());
}

void TestTriage::unknownIdsAreIgnored()
{
    Triage triage(syntheticItems());
    QVERIFY(!triage.setAnswer(u"no-such-item"_s, Answer::Yes));
    QCOMPARE(triage.answer(u"no-such-item"_s), Answer::Unanswered);
    QVERIFY(!triage.result().level);
    QCOMPARE(triage.result().answered, 0);
}

void TestTriage::emergencyNumberForTerritory_data()
{
    QTest::addColumn<QLocale::Territory>("territory");
    QTest::addColumn<QString>("number");
    QTest::newRow("United States") << QLocale::UnitedStates << u"911"_s;
    QTest::newRow("Canada") << QLocale::Canada << u"911"_s;
    QTest::newRow("Mexico") << QLocale::Mexico << u"911"_s;
    QTest::newRow("Puerto Rico") << QLocale::PuertoRico << u"911"_s;
    QTest::newRow("United Kingdom") << QLocale::UnitedKingdom << u"999"_s;
    QTest::newRow("Ireland") << QLocale::Ireland << u"999"_s;
    QTest::newRow("Germany") << QLocale::Germany << u"112"_s;
    QTest::newRow("France") << QLocale::France << u"112"_s;
    QTest::newRow("Spain") << QLocale::Spain << u"112"_s;
    QTest::newRow("Italy") << QLocale::Italy << u"112"_s;
    QTest::newRow("Poland") << QLocale::Poland << u"112"_s;
    QTest::newRow("Sweden") << QLocale::Sweden << u"112"_s;
    QTest::newRow("Australia") << QLocale::Australia << u"000"_s;
    QTest::newRow("New Zealand") << QLocale::NewZealand << u"111"_s;
    QTest::newRow("Japan") << QLocale::Japan << u"119"_s;
    QTest::newRow("Switzerland") << QLocale::Switzerland << u"144"_s;
    QTest::newRow("Argentina") << QLocale::Argentina << u"107"_s;
    QTest::newRow("Colombia") << QLocale::Colombia << u"123"_s;
    QTest::newRow("India") << QLocale::India << u"112"_s;
    QTest::newRow("unknown territory") << QLocale::AnyTerritory << u"112"_s;
    QTest::newRow("not in the table") << QLocale::Antarctica << u"112"_s;
}

void TestTriage::emergencyNumberForTerritory()
{
    QFETCH(QLocale::Territory, territory);
    QFETCH(QString, number);
    QCOMPARE(bph::core::emergencyNumberForTerritory(territory), number);
    QCOMPARE(bph::core::emergencyNumber(QString(), territory), number);
}

void TestTriage::emergencyNumberOverride_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QLocale::Territory>("territory");
    QTest::addColumn<QString>("number");
    QTest::newRow("set") << u"999"_s << QLocale::UnitedStates << u"999"_s;
    QTest::newRow("set with spaces") << u" 118 "_s << QLocale::Germany << u"118"_s;
    QTest::newRow("five digits") << u"10177"_s << QLocale::SouthAfrica << u"10177"_s;
    QTest::newRow("not set") << QString() << QLocale::UnitedStates << u"911"_s;
    QTest::newRow("letters") << u"call us"_s << QLocale::Australia << u"000"_s;
    QTest::newRow("one digit") << u"9"_s << QLocale::UnitedKingdom << u"999"_s;
    QTest::newRow("too long") << u"123456789"_s << QLocale::France << u"112"_s;
    QTest::newRow("with a plus") << u"+112"_s << QLocale::NewZealand << u"111"_s;
}

void TestTriage::emergencyNumberOverride()
{
    QFETCH(QString, configured);
    QFETCH(QLocale::Territory, territory);
    QFETCH(QString, number);
    QCOMPARE(bph::core::emergencyNumber(configured, territory), number);
}

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
