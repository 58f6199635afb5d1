#pragma once

// A read-only connection of its own over a content store's bytes, for a
// thread other than the store's: a QSqlDatabase connection belongs to the
// thread that opened it. It shares (and so keeps alive) the bytes, and closes
// itself when destroyed, on the same thread that created it.

#include "contentdatabase.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace bph::core {

class ContentConnection final
{
public:
    // Opens `bytes` (already checked by the store) under a fresh name.
    ContentConnection(QByteArray bytes, const QString &path);
    ~ContentConnection();
    Q_DISABLE_COPY_MOVE(ContentConnection)

    bool isOpen() const { return !m_error; }
    ContentError error() const { return m_error; }
    QSqlDatabase database() const;

private:
    QByteArray m_bytes;  // SQLite reads these in place
    QString m_name;
    ContentError m_error;
};

} // namespace bph::core
