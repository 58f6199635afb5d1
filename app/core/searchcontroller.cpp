#include "searchcontroller.h"
#include "ftsquery.h"
#include "searchworker.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace bph::core {

SearchController::SearchController(const ContentStore &store, QObject *parent)
    : QObject(parent), m_lang(u"en"_s), m_thread(new QThread(this)), m_worker(new SearchWorker(store, m_latest))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounce);
    connect(&m_debounce, &QTimer::timeout, this, &SearchController::dispatch);

    m_thread->setObjectName(u"bph-search"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, &SearchController::deliver);
    m_thread->start();
    // The connection must be opened on the thread that will use it.
    QMetaObject::invokeMethod(m_worker, &SearchWorker::open, Qt::QueuedConnection);
}

SearchController::~SearchController()
{
    supersede();  // whatever is still queued is skipped
    m_thread->quit();
    m_thread->wait();  // the worker and its connection are gone when this returns
}

void SearchController::setQuery(const QString &text)
{
    if (text == m_query)
        return;
    m_query = text;
    supersede();
    if (!isSearchable(text)) {
        m_debounce.stop();
        Q_EMIT resultsReady(text, {}, {});
        return;
    }
    m_debounce.start();
}

void SearchController::clear()
{
    m_query.clear();
    supersede();
    m_debounce.stop();
}

void SearchController::setLanguage(const QString &lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    supersede();
    if (isSearchable(m_query)) {
        m_debounce.stop();
        dispatch();
    }
}

void SearchController::supersede()
{
    m_latest.fetch_add(1, std::memory_order_relaxed);
}

void SearchController::dispatch()
{
    const quint64 generation = m_latest.load(std::memory_order_relaxed);
    QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, generation, text = m_query, lang = m_lang, limit = m_limit] {
                worker->run(generation, text, lang, limit);
            },
            Qt::QueuedConnection);
}

void SearchController::deliver(quint64 generation, const QString &query, const QList<SearchHit> &hits,
                               const QString &suggestion)
{
    if (generation != m_latest.load(std::memory_order_relaxed))
        return;  // a newer query (or a clear) superseded this one
    Q_EMIT resultsReady(query, hits, suggestion);
}

} // namespace bph::core
