#pragma once

// SearchController's other half, living on its worker thread: opens its own
// connection there and answers one request at a time, skipping any that a
// newer request has already superseded.

#include "contenttypes.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace bph::core {

class ContentConnection;
class ContentStore;
class SearchEngine;

class SearchWorker final : public QObject
{
    Q_OBJECT
public:
    // `latest` is the controller's newest request; it outlives the worker.
    SearchWorker(const ContentStore &store, const std::atomic<quint64> &latest);
    ~SearchWorker() override;
    Q_DISABLE_COPY_MOVE(SearchWorker)

    // Both run on the worker thread; open() first.
    void open();
    void run(quint64 generation, const QString &text, const QString &lang, int limit);

Q_SIGNALS:
    void finished(quint64 generation, const QString &text, const QList<bph::core::SearchHit> &hits,
                  const QString &suggestion);

private:
    bool isStale(quint64 generation) const { return generation != m_latest.load(std::memory_order_relaxed); }

    const ContentStore *m_store = nullptr;  // only until open()
    const std::atomic<quint64> &m_latest;
    std::unique_ptr<ContentConnection> m_connection;
    std::unique_ptr<SearchEngine> m_engine;  // declared last: destroyed before the connection
};

} // namespace bph::core
