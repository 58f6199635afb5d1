#pragma once

// Opens a content database entirely in memory (sqlite3_deserialize), so
// nothing is ever written to disk, and says plainly what is wrong with one
// that cannot be used.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace bph::core {

enum class ContentProblem {
    None,
    Missing,
    Unreadable,
    Empty,
    TooLarge,
    NotSqlite,
    Truncated,
    Corrupt,
    WrongVersion,
    MissingTables,
};

struct ContentError {
    ContentProblem problem = ContentProblem::None;
    QString path;    // the file, or empty for the built-in content
    QString detail;  // e.g. the version found, or the missing table

    explicit operator bool() const { return problem != ContentProblem::None; }
    // One sentence naming the file and the problem.
    QString message() const;
};

class ContentDatabase final
{
public:
    // The bytes of the database built into the program (no copy is made).
    static QByteArray embeddedBytes();

    // Reads a file into memory, refusing one that cannot be a content database.
    static QByteArray readFile(const QString &path, ContentError *error);

    // Opens `bytes` read-only under `connectionName` and checks the schema.
    // `bytes` must outlive the connection. `deepCheck` adds SQLite's
    // quick_check, for files that did not come with the program.
    static QSqlDatabase open(const QByteArray &bytes, const QString &connectionName, const QString &path,
                             bool deepCheck, ContentError *error);
};

} // namespace bph::core
