#include "contentdatabase.h"
#include "schema.h"

#include <sqlite3.h>

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QResource>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <cstring>

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

Q_LOGGING_CATEGORY(lcDatabase, "bph.core.database")

constexpr qint64 kMaxFileSize = 512LL * 1024 * 1024;
constexpr char kSqliteMagic[] = "SQLite format 3"; // 16 bytes with its NUL
constexpr qsizetype kHeaderSize = 100;

quint32 bigEndian(const QByteArray &bytes, qsizetype offset, int width)
{
    quint32 value = 0;
    for (int i = 0; i < width; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(offset + i));
    return value;
}

// Checks the 100-byte SQLite header and that the file holds every page the
// header promises (a copy cut short fails here, before SQLite sees it).
ContentProblem checkHeader(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return ContentProblem::Empty;
    if (std::memcmp(bytes.constData(), kSqliteMagic, qMin<size_t>(sizeof kSqliteMagic, bytes.size())) != 0)
        return ContentProblem::NotSqlite;
    if (bytes.size() < kHeaderSize)
        return ContentProblem::Truncated;
    quint32 pageSize = bigEndian(bytes, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return ContentProblem::Corrupt;
    const quint32 pageCount = bigEndian(bytes, 28, 4);
    const bool pageCountValid = bigEndian(bytes, 24, 4) == bigEndian(bytes, 92, 4);
    if (bytes.size() % pageSize != 0)
        return ContentProblem::Truncated;
    if (pageCountValid && static_cast<quint64>(bytes.size()) < static_cast<quint64>(pageSize) * pageCount)
        return ContentProblem::Truncated;
    return ContentProblem::None;
}

bool deserialize(QSqlDatabase &db, const QByteArray &bytes)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    // READONLY: SQLite never writes to (or frees) the buffer we lend it.
    auto *data = reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.constData()));
    if (sqlite3_deserialize(sqlite, "main", data, bytes.size(), bytes.size(), SQLITE_DESERIALIZE_READONLY) != SQLITE_OK)
        return false;
    // Pages are then read in place from the buffer, not copied into SQLite's
    // page cache first: on a big content file the copies were most of a
    // search's time.
    const QByteArray mapAll = "PRAGMA mmap_size = " + QByteArray::number(bytes.size());
    return sqlite3_exec(sqlite, mapAll.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

ContentProblem checkSchema(QSqlDatabase &db, bool deepCheck, QString *detail)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        *detail = query.lastError().text();
        return ContentProblem::Corrupt;
    }
    const int version = query.value(0).toInt();
    if (version != schema::kVersion) {
        *detail = QString::number(version);
        return ContentProblem::WrongVersion;
    }
    if (deepCheck) {
        if (!query.exec(u"PRAGMA quick_check"_s) || !query.next() || query.value(0).toString() != "ok"_L1) {
            // quick_check can list hundreds of lines; the first names the damage.
            const QString found = query.isValid() ? query.value(0).toString() : query.lastError().text();
            const QStringList lines = found.split(u'\n', Qt::SkipEmptyParts);
            const auto named = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) { return !line.startsWith("***"_L1); });
            *detail = (named != lines.cend() ? *named : found).left(120);
            return ContentProblem::Corrupt;
        }
    }
    for (const char *table : schema::kRequiredTables) {
        query.prepare(u"SELECT 1 FROM sqlite_master WHERE name = ?"_s);
        query.addBindValue(QString::fromLatin1(table));
        if (!query.exec()) {
            *detail = query.lastError().text();
            return ContentProblem::Corrupt;
        }
        if (!query.next()) {
            *detail = QString::fromLatin1(table);
            return ContentProblem::MissingTables;
        }
    }
    return ContentProblem::None;
}

} // namespace

QString ContentError::message() const
{
    const QString file = path.isEmpty() ? u"The built-in content database"_s : u"The content database \"%1\""_s.arg(path);
    switch (problem) {
    case ContentProblem::None:
        return u"%1 is sound."_s.arg(file);
    case ContentProblem::Missing:
        return u"%1 does not exist."_s.arg(file);
    case ContentProblem::Unreadable:
        return u"%1 cannot be read (%2)."_s.arg(file, detail);
    case ContentProblem::Empty:
        return u"%1 is empty."_s.arg(file);
    case ContentProblem::TooLarge:
        return u"%1 is too large to be a content database (%2 bytes)."_s.arg(file, detail);
    case ContentProblem::NotSqlite:
        return u"%1 is not an SQLite database."_s.arg(file);
    case ContentProblem::Truncated:
        return u"%1 is truncated: the file ends before the database does."_s.arg(file);
    case ContentProblem::Corrupt:
        return u"%1 is corrupt (%2)."_s.arg(file, detail);
    case ContentProblem::WrongVersion:
        return u"%1 has schema version %2, but this program reads version %3."_s.arg(
                file, detail, QString::number(schema::kVersion));
    case ContentProblem::MissingTables:
        return u"%1 is not a Back Pain Hub content database: it has no \"%2\" table."_s.arg(file, detail);
    }
    return file;
}

QByteArray ContentDatabase::embeddedBytes()
{
    const QResource resource(u":/content/content.db"_s);
    if (!resource.isValid())
        return {};
    if (resource.compressionAlgorithm() == QResource::NoCompression)
        return QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size());
    return resource.uncompressedData();
}

QByteArray ContentDatabase::readFile(const QString &path, ContentError *error)
{
    *error = {ContentProblem::None, path, {}};
    const QFileInfo info(path);
    if (!info.exists()) {
        error->problem = ContentProblem::Missing;
        return {};
    }
    if (info.size() > kMaxFileSize) {
        *error = {ContentProblem::TooLarge, path, QString::number(info.size())};
        return {};
    }
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = {ContentProblem::Unreadable, path, info.isFile() ? file.errorString() : u"it is not a file"_s};
        return {};
    }
    return file.readAll();
}

QSqlDatabase ContentDatabase::open(const QByteArray &bytes, const QString &connectionName, const QString &path,
                                   bool deepCheck, ContentError *error)
{
    *error = {checkHeader(bytes), path, {}};
    if (*error)
        return {};
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(u":memory:"_s);
    if (!db.open() || !deserialize(db, bytes)) {
        *error = {ContentProblem::Corrupt, path, u"SQLite could not open it"_s};
    } else {
        error->problem = checkSchema(db, deepCheck, &error->detail);
    }
    if (*error) {
        qCWarning(lcDatabase).noquote() << error->message();
        db.close();
        return {};
    }
    return db;
}

} // namespace bph::core
