#include "searchworker.h"
#include "contentconnection.h"
#include "contentstore.h"
#include "searchengine.h"

#include <QLoggingCategory>

namespace bph::core {

namespace {

Q_LOGGING_CATEGORY(lcWorker, "bph.core.search.worker")

} // namespace

SearchWorker::SearchWorker(const ContentStore &store, const std::atomic<quint64> &latest)
    : m_store(&store), m_latest(latest)
{
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::open()
{
    m_connection = m_store->openConnection();
    m_store = nullptr;
    if (m_connection->isOpen())
        m_engine = std::make_unique<SearchEngine>(m_connection->database());
    else
        qCWarning(lcWorker).noquote() << "search is unavailable:" << m_connection->error().message();
}

void SearchWorker::run(quint64 generation, const QString &text, const QString &lang, int limit)
{
    // Requests queue up while the reader types; only the newest matters.
    if (isStale(generation))
        return;
    QList<SearchHit> hits;
    QString suggestion;
    if (m_engine) {
        hits = m_engine->search(text, lang, limit);
        if (isStale(generation))
            return;
        suggestion = m_engine->suggestion(text, lang);
    }
    Q_EMIT finished(generation, text, hits, suggestion);
}

} // namespace bph::core
