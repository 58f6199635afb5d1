// Replays every fuzz seed and every input that once crashed a fuzzer
// (tests/fuzz/corpus/<target>/, tests/fuzz/regressions/<target>/) through the
// same function the fuzzer runs, so a fixed crash stays fixed.

#include "fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replay_data();
    void replay();
};

namespace {

using Entry = void (*)(const QByteArray &);

Entry entryFor(const QString &target)
{
    if (target == "searchquery"_L1)
        return bph::fuzz::searchQuery;
    if (target == "frontmatter"_L1)
        return bph::fuzz::frontMatter;
    if (target == "datafile"_L1)
        return bph::fuzz::dataFile;
    if (target == "kioskconfig"_L1)
        return bph::fuzz::kioskConfig;
    if (target == "contentdb"_L1)
        return bph::fuzz::contentDatabase;
    return nullptr;
}

} // namespace

void TestFuzzRegressions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Malformed inputs are logged by design; the test only cares that none crashes.
    QLoggingCategory::setFilterRules(u"*.warning=false"_s);
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    int rows = 0;
    for (const QString &kind : {u"corpus"_s, u"regressions"_s}) {
        const QDir kindDir(QStringLiteral(BPH_FUZZ_DIR) + u'/' + kind);
        for (const QString &target : kindDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir dir(kindDir.filePath(target));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                const QString row = kind + u'/' + target + u'/' + name;
                QTest::newRow(qPrintable(row)) << target << dir.filePath(name);
                ++rows;
            }
        }
    }
    QVERIFY2(rows > 0, "no fuzz corpus found under " BPH_FUZZ_DIR);
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    const Entry entry = entryFor(target);
    QVERIFY2(entry, qPrintable(u"unknown fuzz target folder "_s + target));
    QFile input(file);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.errorString()));
    entry(input.readAll());
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
