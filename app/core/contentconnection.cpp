#include "contentconnection.h"

#include <QAtomicInteger>

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"bph-content-thread-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

ContentConnection::ContentConnection(QByteArray bytes, const QString &path)
    : m_bytes(std::move(bytes)), m_name(newConnectionName())
{
    // No deep check: the store checked these very bytes when it opened them.
    ContentDatabase::open(m_bytes, m_name, path, false, &m_error);
}

ContentConnection::~ContentConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ContentConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace bph::core
