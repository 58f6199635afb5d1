// Finding the guide viewer module, and the page process's memory setting.

#include "readerloader.h"
#include "readermodule.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReaderLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chromiumFlagsKeepTheUsersAndAddTheMemorySetting_data();
    void chromiumFlagsKeepTheUsersAndAddTheMemorySetting();
    void moduleIsFoundInTheBuild();
    void missingModuleNamesTheFoldersLookedIn();
    void damagedModuleNamesTheFile();
};

void TestReaderLoader::chromiumFlagsKeepTheUsersAndAddTheMemorySetting_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("none") << QByteArray() << QByteArray("--js-flags=--optimize-for-size");
    QTest::newRow("the user's") << QByteArray("--no-sandbox --disable-gpu")
                                << QByteArray("--no-sandbox --disable-gpu --js-flags=--optimize-for-size");
    QTest::newRow("the user's own V8 flags win") << QByteArray("--js-flags=--max-old-space-size=64")
                                                 << QByteArray("--js-flags=--max-old-space-size=64");
}

void TestReaderLoader::chromiumFlagsKeepTheUsersAndAddTheMemorySetting()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QCOMPARE(bph::ui::withPageMemorySetting(before), after);
}

void TestReaderLoader::moduleIsFoundInTheBuild()
{
    const auto loaded = bph::ui::loadReaderModule({QStringLiteral(BPH_READER_BUILD_DIR)});
    QVERIFY2(loaded.module, qPrintable(loaded.error));
    QVERIFY(loaded.error.isEmpty());
    // Loaded once: a second window gets the same module.
    QCOMPARE(bph::ui::loadReaderModule({QStringLiteral(BPH_READER_BUILD_DIR)}).module, loaded.module);
}

void TestReaderLoader::missingModuleNamesTheFoldersLookedIn()
{
    QTemporaryDir first;
    QTemporaryDir second;
    const auto loaded = bph::ui::loadReaderModule({first.path(), second.path()});
    QVERIFY(!loaded.module);
    QCOMPARE(loaded.error, u"the guide viewer (bph_reader) was not found in %1, %2"_s.arg(first.path(), second.path()));
}

void TestReaderLoader::damagedModuleNamesTheFile()
{
    QTemporaryDir empty;
    QTemporaryDir damaged;
#ifdef Q_OS_WIN
    const QString file = damaged.filePath(u"bph_reader.dll"_s);
#else
    const QString file = damaged.filePath(u"libbph_reader.so"_s);
#endif
    QFile module(file);
    QVERIFY(module.open(QIODevice::WriteOnly) && module.write("not a library") > 0);
    module.close();
    // The damaged copy is named, for whoever looks after the computer.
    const auto loaded = bph::ui::loadReaderModule({empty.path(), damaged.path()});
    QVERIFY(!loaded.module);
    QVERIFY2(loaded.error.contains(QDir::toNativeSeparators(file)), qPrintable(loaded.error));
}

int main(int argc, char *argv[])
{
    // As the app starts: the flags it sets are the ones QtWebEngine sees.
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox");
    bph::ui::prepareForReaderModule();
    if (qgetenv("QTWEBENGINE_CHROMIUM_FLAGS") != "--no-sandbox --js-flags=--optimize-for-size") {
        qCritical("prepareForReaderModule did not set the page memory flag");
        return 1;
    }
    QApplication app(argc, argv);
    TestReaderLoader test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_readerloader.moc"
