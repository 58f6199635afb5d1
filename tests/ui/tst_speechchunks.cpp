// How text is cut into pieces for the speech engine: short enough to pause
// and stop promptly, never inside a word, and at every line break.

#include "speechchunks.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSpeechChunks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunks_data();
    void chunks();
};

void TestSpeechChunks::chunks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << 300 << QStringList();
    QTest::newRow("only whitespace") << u"  \n\t \n"_s << 300 << QStringList();
    QTest::newRow("short sentences share a chunk")
            << u"Back pain is common. It gets better."_s << 300
            << QStringList{u"Back pain is common. It gets better."_s};
    QTest::newRow("a line break ends a chunk")
            << u"Keep moving\nRest a little"_s << 300
            << QStringList{u"Keep moving"_s, u"Rest a little"_s};
    QTest::newRow("sentences split where they would not fit")
            << u"One two three. Four five six."_s << 20
            << QStringList{u"One two three."_s, u"Four five six."_s};
    QTest::newRow("a long sentence splits between words")
            << u"alpha beta gamma delta epsilon"_s << 12
            << QStringList{u"alpha beta"_s, u"gamma delta"_s, u"epsilon"_s};
    QTest::newRow("whitespace collapses") << u"  Walk   a\tlittle.  "_s << 300
                                          << QStringList{u"Walk a little."_s};
    QTest::newRow("an over-long word stays whole")
            << u"a spondylolisthesis b"_s << 8
            << QStringList{u"a"_s, u"spondylolisthesis"_s, u"b"_s};
}

void TestSpeechChunks::chunks()
{
    QFETCH(QString, text);
    QFETCH(int, maxChars);
    QFETCH(QStringList, expected);
    QCOMPARE(bph::ui::speechChunks(text, maxChars), expected);
}

QTEST_GUILESS_MAIN(TestSpeechChunks)
#include "tst_speechchunks.moc"
