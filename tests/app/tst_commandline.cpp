// The real backpainhub executable, as a user or an administrator runs it.

#include "contentdatabase.h"
#include "pinhash.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(BACKPAINHUB_PATH), arguments);
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// As runApp, with `input` on the program's standard input (a pipe, not a
// terminal).
Run runAppWithInput(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(BACKPAINHUB_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsEveryOption();
    void version();
    void badCommandLineExitsWithTwo_data();
    void badCommandLineExitsWithTwo();
    void checkContentOnSoundDatabase();
    void checkContentOnBrokenFile_data();
    void checkContentOnBrokenFile();
    void checkContentFindsBrokenLinks();
    void appFallsBackAndShowsTheBuiltInContent_data();
    void appFallsBackAndShowsTheBuiltInContent();
    void helpListsKioskOptions();
    void checkKioskConfig_data();
    void checkKioskConfig();
    void hashPin_data();
    void hashPin();
    void packKeySignVerifyRoundTrip();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_soundCopy;
};

QString TestCommandLine::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestCommandLine::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(BACKPAINHUB_PATH)));
    const QByteArray embedded = bph::core::ContentDatabase::embeddedBytes();
    QVERIFY(!embedded.isEmpty());
    m_soundCopy = writeFile(u"sound.db"_s, QByteArray(embedded.constData(), embedded.size()));
}

void TestCommandLine::helpListsEveryOption()
{
    const Run run = runApp({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const QString &option : {u"--help"_s, u"--version"_s, u"--lang <CODE>"_s, u"--article <ID>"_s,
                                  u"--content <PATH>"_s, u"--check-content <PATH>"_s})
        QVERIFY2(run.out.contains(option), qPrintable(option));
}

void TestCommandLine::version()
{
    const Run run = runApp({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), u"Back Pain Hub " BPH_VERSION ""_s);
}

void TestCommandLine::badCommandLineExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"Unknown option 'bogus'."_s;
    QTest::newRow("unknown short option") << QStringList{u"-x"_s} << u"Unknown option 'x'."_s;
    QTest::newRow("missing value") << QStringList{u"--lang"_s} << u"Missing value after '--lang'."_s;
    QTest::newRow("stray argument") << QStringList{u"guide.db"_s} << u"Unexpected argument 'guide.db'."_s;
    QTest::newRow("sign without database") << QStringList{u"--sign-pack"_s, u"clinic.key"_s}
                                           << u"Missing the content database after '--sign-pack KEY'."_s;
    QTest::newRow("verify without database") << QStringList{u"--verify-pack"_s, u"clinic.pub"_s}
                                             << u"Missing the content database after '--verify-pack PUBKEY'."_s;
    QTest::newRow("two databases") << QStringList{u"--verify-pack"_s, u"clinic.pub"_s, u"a.db"_s, u"b.db"_s}
                                   << u"Unexpected argument 'b.db'."_s;
    QTest::newRow("kiosk-config without path") << QStringList{u"--kiosk-config"_s} << u"Missing value after '--kiosk-config'."_s;
}

void TestCommandLine::badCommandLineExitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runApp(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.err.contains(u"--help"_s));
}

void TestCommandLine::checkContentOnSoundDatabase()
{
    const Run run = runApp({u"--check-content"_s, m_soundCopy});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"ok    integrity check"_s), qPrintable(run.out));
    QVERIFY(run.out.trimmed().endsWith(u"Result: sound."_s));
}

void TestCommandLine::checkContentOnBrokenFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("sentence");
    const QByteArray embedded = bph::core::ContentDatabase::embeddedBytes();
    QTest::newRow("missing") << u"none.db"_s << QByteArray() << u"does not exist."_s;
    QTest::newRow("not SQLite") << u"text.db"_s << QByteArray("hello") << u"is not an SQLite database."_s;
    QTest::newRow("truncated") << u"short.db"_s << QByteArray(embedded.constData(), 8192) << u"is truncated"_s;
}

void TestCommandLine::checkContentOnBrokenFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, sentence);
    const QString path = bytes.isNull() ? m_dir.filePath(name) : writeFile(name, bytes);
    const Run run = runApp({u"--check-content"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"FAIL  The content database \"%1\" %2"_s.arg(path, sentence)), qPrintable(run.out));
}

void TestCommandLine::checkContentFindsBrokenLinks()
{
    const QString path = writeFile(u"links.db"_s, QByteArray(bph::core::ContentDatabase::embeddedBytes().constData(),
                                                            bph::core::ContentDatabase::embeddedBytes().size()));
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"UPDATE guides SET html = html || '<a href=\"app://guide/nowhere\">x</a>' "
                                   "WHERE lang = 'es' AND id = 'overview'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"edit"_s);
    const Run run = runApp({u"--check-content"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"FAIL  guide 'overview' (es) links to guide 'nowhere', which does not exist"_s), qPrintable(run.out));
}

void TestCommandLine::appFallsBackAndShowsTheBuiltInContent_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("warning");
    QTest::newRow("missing content file") << QStringList{u"--content"_s, u"/nonexistent/content.db"_s}
                                          << u"The content database \"/nonexistent/content.db\" does not exist. Using the built-in content instead."_s;
    QTest::newRow("not SQLite") << QStringList{u"--content"_s, u"@text"_s}
                                << u"is not an SQLite database. Using the built-in content instead."_s;
    QTest::newRow("unknown language") << QStringList{u"--lang"_s, u"xx"_s} << u"There is no content in language 'xx'"_s;
    QTest::newRow("unknown guide") << QStringList{u"--article"_s, u"nowhere"_s} << u"There is no guide 'nowhere'; starting at the overview."_s;
}

void TestCommandLine::appFallsBackAndShowsTheBuiltInContent()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, warning);
    arguments.replaceInStrings(u"@text"_s, writeFile(u"text.db"_s, "not a database"));

    QProcess app;
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(QStringLiteral(BACKPAINHUB_PATH), arguments);
    QVERIFY(app.waitForStarted());
    // The window still comes up and renders a guide from the built-in content.
    QString output;
    QTRY_VERIFY2_WITH_TIMEOUT((output += QString::fromUtf8(app.readAll())).contains(u"first guide rendered"_s),
                              qPrintable(output), 60000);
    QVERIFY2(output.contains(warning), qPrintable(output));
    QCOMPARE(app.state(), QProcess::Running);
    app.kill();
    app.waitForFinished();
}

void TestCommandLine::helpListsKioskOptions()
{
    const Run run = runApp({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const QString &option : {u"--kiosk "_s, u"--kiosk-config <PATH>"_s, u"--check-kiosk-config <PATH>"_s, u"--hash-pin"_s, u"--make-pack-key <PREFIX>"_s,
                                  u"--sign-pack <KEY>"_s, u"--verify-pack <PUBKEY>"_s, u"--sign-pack KEY DB"_s,
                                  u"--verify-pack PUBKEY DB"_s})
        QVERIFY2(run.out.contains(option), qPrintable(option));
}

void TestCommandLine::checkKioskConfig_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("sound") << QByteArray("[kiosk]\nenabled = true\n") << 0 << u"No problems found."_s;
    QTest::newRow("a value out of range") << QByteArray("[kiosk]\nenabled = true\nidle_timeout = 5\n") << 1
                                          << u"1 problem found"_s;
}

void TestCommandLine::checkKioskConfig()
{
    // Each problem once, on standard output with the rest of the report
    // (not logged again on standard error), and an exit code for scripts.
    QFETCH(QByteArray, text);
    QFETCH(int, exitCode);
    QFETCH(QString, verdict);
    const Run run = runApp({u"--check-kiosk-config"_s, writeFile(u"kiosk.conf"_s, text)});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.trimmed().section(u'\n', -1).startsWith(verdict), qPrintable(run.out));
    QVERIFY(run.out.contains(u"  kiosk mode: on"_s));
    QVERIFY2(!run.err.contains(u"idle_timeout"_s), qPrintable(run.err));
}

void TestCommandLine::hashPin_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");  // on standard error
    QTest::newRow("four digits") << QByteArray("2468\n") << 0 << QString();
    QTest::newRow("twelve digits, CRLF") << QByteArray("123456789012\r\n") << 0 << QString();
    QTest::newRow("no line end") << QByteArray("2468") << 0 << QString();
    QTest::newRow("too short") << QByteArray("12\n") << 1 << u"a staff PIN is 4 to 12 digits"_s;
    QTest::newRow("too long") << QByteArray("1234567890123\n") << 1 << u"a staff PIN is 4 to 12 digits"_s;
    QTest::newRow("letters") << QByteArray("24ab\n") << 1 << u"a staff PIN is 4 to 12 digits"_s;
    QTest::newRow("a very long line") << QByteArray(5000, '1') + '\n' << 1 << u"a staff PIN is 4 to 12 digits"_s;
    QTest::newRow("nothing") << QByteArray() << 1 << u"no PIN was given."_s;
}

void TestCommandLine::hashPin()
{
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = runAppWithInput({u"--hash-pin"_s}, input);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        return;
    }
    const QString hash = run.out.trimmed();
    QVERIFY2(hash.startsWith(u"$argon2id$"_s), qPrintable(run.out));
    QVERIFY(!hash.contains(u'\n'));
    QVERIFY(bph::core::verifyPin(hash, QString::fromLatin1(input.trimmed())));
}

void TestCommandLine::packKeySignVerifyRoundTrip()
{
    const QString prefix = m_dir.filePath(u"clinic"_s);
    Run run = runApp({u"--make-pack-key"_s, prefix});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(prefix + u".key"_s));
    QVERIFY(QFile::exists(prefix + u".pub"_s));
    const auto line = QRegularExpression(u"^pack_public_key = (\\S+)$"_s, QRegularExpression::MultilineOption).match(run.out);
    QVERIFY2(line.hasMatch(), qPrintable(run.out));
    const QString publicKey = line.captured(1);

    run = runApp({u"--make-pack-key"_s, prefix});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"already exists"_s), qPrintable(run.err));

    const QString pack = writeFile(u"pack.db"_s, QByteArray(bph::core::ContentDatabase::embeddedBytes().constData(),
                                                             bph::core::ContentDatabase::embeddedBytes().size()));
    run = runApp({u"--sign-pack"_s, prefix + u".key"_s, pack});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"wrote \"%1.sig\""_s.arg(pack)), qPrintable(run.out));

    run = runApp({u"--verify-pack"_s, prefix + u".pub"_s, pack});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Good signature"_s), qPrintable(run.out));
    QCOMPARE(runApp({u"--verify-pack"_s, publicKey, pack}).exitCode, 0);  // the key as kiosk.conf holds it

    // Another key: refused.
    QCOMPARE(runApp({u"--make-pack-key"_s, m_dir.filePath(u"other"_s)}).exitCode, 0);
    run = runApp({u"--verify-pack"_s, m_dir.filePath(u"other.pub"_s), pack});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"does not match"_s), qPrintable(run.err));

    // One flipped byte: refused.
    QByteArray bytes = bph::core::ContentDatabase::embeddedBytes();
    bytes.detach();
    bytes[bytes.size() - 100] = char(bytes.at(bytes.size() - 100) ^ 0x40);
    writeFile(u"pack.db"_s, bytes);
    run = runApp({u"--verify-pack"_s, prefix + u".pub"_s, pack});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"does not match: the file was changed, or signed with another key."_s), qPrintable(run.err));

    // Not a key at all.
    run = runApp({u"--verify-pack"_s, u"not-a-key"_s, pack});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"is neither a public key file nor a public key"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
