// Every way a content database file can be unusable gets one plain sentence
// naming the file and the problem, and the app falls back to its built-in
// content.

#include "contentcheck.h"
#include "contentdatabase.h"
#include "contentstore.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bph::core::ContentProblem;
using bph::core::ContentStore;

Q_DECLARE_METATYPE(bph::core::ContentProblem)

namespace {

QByteArray embedded()
{
    return QByteArray(bph::core::ContentDatabase::embeddedBytes().constData(), bph::core::ContentDatabase::embeddedBytes().size());
}

QByteArray withUserVersion(QByteArray bytes, quint32 version)
{
    for (int i = 0; i < 4; ++i)
        bytes[60 + i] = char((version >> (8 * (3 - i))) & 0xff);
    return bytes;
}

// Scribbles over the pages in the middle of the file, as a bad disk would.
QByteArray scribbled(QByteArray bytes)
{
    const qsizetype pageSize = 4096;
    for (qsizetype i = 2 * pageSize; i < bytes.size() - pageSize; i += 7)
        bytes[i] = char(0xA5);
    return bytes;
}

QByteArray emptySchemaDatabase(const QString &path)
{
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scratch"_s);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(u"CREATE TABLE meta (key TEXT, value TEXT)"_s);
        QSqlQuery(db).exec(u"PRAGMA user_version = %1"_s.arg(bph::core::schema::kVersion));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"scratch"_s);
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// Stand-ins in the test table for what is not a file's contents.
const QByteArray kFolder("<a folder>");
const QByteArray kHuge("SQLite format 3\0<then a gigabyte>");

} // namespace

class TestBrokenDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brokenFileIsExplainedAndReplaced_data();
    void brokenFileIsExplainedAndReplaced();
    void soundFileIsUsed();
    void embeddedDatabaseChecksClean();

private:
    QTemporaryDir m_dir;
};

void TestBrokenDatabase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(embedded().size() > 4096);
}

void TestBrokenDatabase::brokenFileIsExplainedAndReplaced_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents");  // null: do not create the file
    QTest::addColumn<ContentProblem>("problem");
    QTest::addColumn<QString>("sentence");

    const QByteArray whole = embedded();
    QTest::newRow("missing") << u"missing.db"_s << QByteArray() << ContentProblem::Missing << u"does not exist."_s;
    QTest::newRow("empty") << u"empty.db"_s << QByteArray("") << ContentProblem::Empty << u"is empty."_s;
    QTest::newRow("not SQLite") << u"notes.db"_s << QByteArray("These are my notes, not a database.\n")
                                << ContentProblem::NotSqlite << u"is not an SQLite database."_s;
    QTest::newRow("an image") << u"photo.db"_s << QByteArray("\x89PNG\r\n\x1a\n", 8).append(5000, '\0')
                              << ContentProblem::NotSqlite << u"is not an SQLite database."_s;
    QTest::newRow("header only") << u"header.db"_s << whole.left(60) << ContentProblem::Truncated << u"is truncated"_s;
    QTest::newRow("truncated at a page") << u"half.db"_s << whole.left(whole.size() / 2 / 4096 * 4096)
                                         << ContentProblem::Truncated << u"is truncated"_s;
    QTest::newRow("truncated mid-page") << u"cut.db"_s << whole.left(whole.size() - 1000) << ContentProblem::Truncated
                                        << u"is truncated"_s;
    QTest::newRow("corrupt") << u"corrupt.db"_s << scribbled(whole) << ContentProblem::Corrupt << u"is corrupt"_s;
    QTest::newRow("newer schema") << u"newer.db"_s << withUserVersion(whole, bph::core::schema::kVersion + 1)
                                  << ContentProblem::WrongVersion
                                  << u"has schema version %1, but this program reads version %2."_s.arg(
                                             bph::core::schema::kVersion + 1)
                                             .arg(bph::core::schema::kVersion);
    QTest::newRow("older schema") << u"older.db"_s << withUserVersion(whole, 0) << ContentProblem::WrongVersion
                                  << u"has schema version 0"_s;
    QTest::newRow("another app's database") << u"other.db"_s << emptySchemaDatabase(m_dir.filePath(u"scratch.db"_s))
                                            << ContentProblem::MissingTables << u"is not a Back Pain Hub content database"_s;
    QTest::newRow("a folder") << u"folder.db"_s << kFolder << ContentProblem::Unreadable
                              << u"cannot be read (it is not a file)."_s;
    QTest::newRow("far too large") << u"huge.db"_s << kHuge << ContentProblem::TooLarge
                                   << u"is too large to be a content database"_s;
}

void TestBrokenDatabase::brokenFileIsExplainedAndReplaced()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    QFETCH(ContentProblem, problem);
    QFETCH(QString, sentence);

    const QString path = m_dir.filePath(name);
    if (contents == kFolder) {
        QVERIFY(QDir(m_dir.path()).mkdir(name));
    } else if (!contents.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        if (contents == kHuge)
            QVERIFY(file.resize(qint64(1) << 30));  // sparse: costs no disk
    }

    bph::core::ContentError error;
    QVERIFY(!ContentStore::openFile(path, &error));
    QCOMPARE(error.problem, problem);
    const QString message = error.message();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(sentence), qPrintable(message));
    QVERIFY2(message.endsWith(u'.') && !QString(message).remove(path).contains(u". "_s), "one sentence");

    // The app falls back to the built-in content, with the sentence as warning.
    QString warning;
    const auto store = ContentStore::openWithFallback(path, &warning);
    QVERIFY(store);
    QVERIFY(store->path().isEmpty());
    QVERIFY(store->guide(u"en"_s, u"overview"_s));
    QCOMPARE(warning, message + u" Using the built-in content instead."_s);

    // --check-content says the same and calls the file unusable.
    const auto report = bph::core::checkContentFile(path);
    QVERIFY(!report.sound);
    QVERIFY2(report.lines.join(u'\n').contains(message), qPrintable(report.lines.join(u'\n')));
}

void TestBrokenDatabase::soundFileIsUsed()
{
    const QString path = m_dir.filePath(u"copy.db"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(embedded());
    file.close();

    QString warning;
    const auto store = ContentStore::openWithFallback(path, &warning);
    QVERIFY(store);
    QCOMPARE(store->path(), path);
    QVERIFY(warning.isEmpty());
    QVERIFY(store->guide(u"es"_s, u"inflammation"_s));
}

void TestBrokenDatabase::embeddedDatabaseChecksClean()
{
    const QString path = m_dir.filePath(u"embedded.db"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(embedded());
    file.close();
    const auto report = bph::core::checkContentFile(path);
    QVERIFY2(report.sound, qPrintable(report.lines.join(u'\n')));
    QCOMPARE(report.lines.last(), u"Result: sound."_s);
}

QTEST_GUILESS_MAIN(TestBrokenDatabase)
#include "tst_brokendatabase.moc"
