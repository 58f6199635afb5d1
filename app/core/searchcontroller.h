#pragma once

// Search as you type, off the UI thread: waits for a pause in the typing,
// runs the query on a worker thread over its own connection, and delivers
// only the newest query's results (an older query's never arrive).

#include "contenttypes.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <chrono>

class QThread;

namespace bph::core {

class ContentStore;
class SearchWorker;

class SearchController final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultDebounce{150};
    static constexpr int kDefaultLimit = 12;  // two screenfuls of the results list

    // `store` must outlive the controller.
    explicit SearchController(const ContentStore &store, QObject *parent = nullptr);
    ~SearchController() override;
    Q_DISABLE_COPY_MOVE(SearchController)

    QString query() const { return m_query; }
    // Searches `text` once the typing pauses. Text with nothing to search
    // (no words, or one letter so far) is answered at once, with no hits.
    void setQuery(const QString &text);
    // Forgets the query; nothing still pending is delivered.
    void clear();

    QString language() const { return m_lang; }
    // Searches this language's content from now on, re-running the query.
    void setLanguage(const QString &lang);

    int limit() const { return m_limit; }
    void setLimit(int limit) { m_limit = limit; }

    std::chrono::milliseconds debounceInterval() const { return m_debounce.intervalAsDuration(); }
    void setDebounceInterval(std::chrono::milliseconds interval) { m_debounce.setInterval(interval); }

Q_SIGNALS:
    // `suggestion` is the whole query corrected, for "Did you mean …?", or empty.
    void resultsReady(const QString &query, const QList<bph::core::SearchHit> &hits, const QString &suggestion);

private:
    void supersede();
    void dispatch();
    void deliver(quint64 generation, const QString &query, const QList<SearchHit> &hits, const QString &suggestion);

    QString m_query;
    QString m_lang;
    int m_limit = kDefaultLimit;
    QTimer m_debounce;
    std::atomic<quint64> m_latest{0};  // the newest request; the worker reads it to skip stale ones
    QThread *m_thread = nullptr;
    SearchWorker *m_worker = nullptr;  // lives on m_thread, deleted there
};

} // namespace bph::core
