// Search speed: a keystroke's work (ContentStore::search: expression
// building, synonyms, ranking, snippets, merging; then "did you mean")
// against the raw FTS5 MATCH of the same expression, on the bundled content
// and on a synthetic database of 10,000 guides and 50,000 FAQs. The "mix" benchmarks cycle through every
// query and report per-query p50/p99 latencies as counters.

#include "contentstore.h"
#include "ftsquery.h"
#include "syntheticcontent.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using bph::core::ContentStore;

namespace {

constexpr int kLimit = 20;  // what the search page asks for

struct Query {
    const char *name;
    QString text;
    QString lang;
};

// What patients type: whole words, a word still being typed, their own words
// for medical terms (synonyms), slips, a long question, Spanish with and
// without accents, and nothing that matches.
const QList<Query> &queries()
{
    static const QList<Query> list = {
        {"words", u"back pain"_s, u"en"_s},
        {"prefix", u"sciat"_s, u"en"_s},
        {"prefix-2", u"ex"_s, u"en"_s},
        {"synonym", u"slipped disc"_s, u"en"_s},
        {"misspelled", u"bak pian"_s, u"en"_s},
        {"sentence", u"what exercises help my lower back when it hurts at night"_s, u"en"_s},
        {"spanish", u"dolor de espalda"_s, u"es"_s},
        {"accents", u"ciatica"_s, u"es"_s},
        {"no-match", u"zzqxv"_s, u"en"_s},
    };
    return list;
}

// FTS5 with nothing around it: the two ranked MATCH queries our search runs,
// without weights or snippets, on its own connection over the same bytes.
class RawFts final
{
public:
    explicit RawFts(QByteArray bytes) : m_bytes(std::move(bytes))
    {
        sqlite3_open(":memory:", &m_db);
        auto *data = reinterpret_cast<unsigned char *>(m_bytes.data());
        sqlite3_deserialize(m_db, "main", data, m_bytes.size(), m_bytes.size(), SQLITE_DESERIALIZE_READONLY);
        sqlite3_prepare_v2(m_db, "SELECT id FROM guides_fts WHERE guides_fts MATCH ?1 AND lang = ?2 ORDER BY rank LIMIT ?3",
                           -1, &m_guides, nullptr);
        sqlite3_prepare_v2(m_db, "SELECT id FROM faqs_fts WHERE faqs_fts MATCH ?1 AND lang = ?2 ORDER BY rank LIMIT ?3",
                           -1, &m_faqs, nullptr);
    }
    ~RawFts()
    {
        sqlite3_finalize(m_guides);
        sqlite3_finalize(m_faqs);
        sqlite3_close(m_db);
    }
    Q_DISABLE_COPY_MOVE(RawFts)

    // Rows found, or -1 on an error.
    int run(const QByteArray &expression, const QByteArray &lang, int limit)
    {
        int rows = 0;
        for (sqlite3_stmt *statement : {m_guides, m_faqs}) {
            sqlite3_reset(statement);
            sqlite3_bind_text(statement, 1, expression.constData(), int(expression.size()), SQLITE_STATIC);
            sqlite3_bind_text(statement, 2, lang.constData(), int(lang.size()), SQLITE_STATIC);
            sqlite3_bind_int(statement, 3, limit);
            int rc = SQLITE_ROW;
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
                ++rows;
            if (rc != SQLITE_DONE)
                return -1;
        }
        return rows;
    }

private:
    QByteArray m_bytes;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_guides = nullptr;
    sqlite3_stmt *m_faqs = nullptr;
};

struct Corpus {
    const char *name;
    std::unique_ptr<ContentStore> store;
    std::unique_ptr<RawFts> raw;
};

QByteArray expressionFor(const ContentStore &store, const Query &query)
{
    return bph::core::buildMatchExpression(query.text, store.synonyms(query.lang)).toUtf8();
}

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, static_cast<size_t>(q * double(values.size())));
    return values[index];
}

double threadCpuMicros()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
}

// Runs `one(i)` once per iteration, cycling i through `count` queries, and
// reports the per-call latency distribution: wall-clock, and this thread's
// CPU time, which leaves out the time a shared machine gave to others.
template<typename Fn>
void latencyMix(benchmark::State &state, qsizetype count, Fn one)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    qsizetype next = 0;
    for (auto _ : state) {
        const double cpuStart = threadCpuMicros();
        const auto start = std::chrono::steady_clock::now();
        one(next);
        wall.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        cpu.push_back(threadCpuMicros() - cpuStart);
        next = (next + 1) % count;
    }
    state.counters["p50_us"] = percentile(wall, 0.50);
    state.counters["p99_us"] = percentile(wall, 0.99);
    state.counters["p50_cpu_us"] = percentile(cpu, 0.50);
    state.counters["p99_cpu_us"] = percentile(cpu, 0.99);
}

// What the search page does on each keystroke (SearchWorker::run): the
// ranked search, then "did you mean".
void keystroke(const ContentStore &store, const Query &query)
{
    benchmark::DoNotOptimize(store.search(query.text, query.lang, kLimit));
    benchmark::DoNotOptimize(store.suggestion(query.text, query.lang));
}

void registerCorpus(Corpus &corpus, const QList<Query> &list)
{
    const QString prefix = QString::fromLatin1(corpus.name);
    ContentStore *store = corpus.store.get();
    RawFts *raw = corpus.raw.get();
    for (const Query &query : list) {
        const QString name = QString::fromLatin1(query.name);
        benchmark::RegisterBenchmark(qPrintable(u"search/"_s + prefix + u'/' + name), [store, query](benchmark::State &state) {
            for (auto _ : state)
                keystroke(*store, query);
        })->Unit(benchmark::kMicrosecond);
        const QByteArray expression = expressionFor(*store, query);
        const QByteArray lang = query.lang.toUtf8();
        benchmark::RegisterBenchmark(qPrintable(u"fts5/"_s + prefix + u'/' + name), [raw, expression, lang](benchmark::State &state) {
            for (auto _ : state) {
                if (raw->run(expression, lang, kLimit) < 0) {
                    state.SkipWithError("FTS5 MATCH failed");
                    break;
                }
            }
        })->Unit(benchmark::kMicrosecond);
    }
    benchmark::RegisterBenchmark(qPrintable(u"suggestion/"_s + prefix + u"/misspelled"_s), [store](benchmark::State &state) {
        // Timing a suggester that found nothing would flatter it.
        if (store->suggestion(u"bak pian sciatcia"_s, u"en"_s).isEmpty())
            state.SkipWithError("no suggestion for the misspelled query");
        for (auto _ : state)
            benchmark::DoNotOptimize(store->suggestion(u"bak pian sciatcia"_s, u"en"_s));
    })->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(qPrintable(u"search/"_s + prefix + u"/mix"_s), [store, list](benchmark::State &state) {
        latencyMix(state, list.size(), [store, &list](qsizetype i) { keystroke(*store, list.at(i)); });
    })->Unit(benchmark::kMicrosecond);
    QList<QPair<QByteArray, QByteArray>> expressions;
    for (const Query &query : list)
        expressions.append({expressionFor(*store, query), query.lang.toUtf8()});
    benchmark::RegisterBenchmark(qPrintable(u"fts5/"_s + prefix + u"/mix"_s), [raw, expressions](benchmark::State &state) {
        latencyMix(state, expressions.size(), [raw, &expressions](qsizetype i) {
            raw->run(expressions.at(i).first, expressions.at(i).second, kLimit);
        });
    })->Unit(benchmark::kMicrosecond);
}

// The bundled content's English words, commonest first, to write synthetic
// guides with.
QStringList bundledVocabulary(const ContentStore &store)
{
    QStringList words;
    QSqlQuery query(store.database());
    if (!query.exec(u"SELECT form FROM search_vocab WHERE lang = 'en' ORDER BY documents DESC, form"_s))
        return words;
    while (query.next())
        words.append(query.value(0).toString());
    return words;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);  // the SQL driver is a plugin
    QLoggingCategory::setFilterRules(u"*.debug=false"_s);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    Corpus bundled{"bundled", ContentStore::openEmbedded(), nullptr};
    if (!bundled.store)
        return 1;
    bundled.raw = std::make_unique<RawFts>(bph::core::ContentDatabase::embeddedBytes());
    registerCorpus(bundled, queries());

    // BPH_BENCH_SYNTHETIC=0 skips the big database (a few seconds to write);
    // BPH_BENCH_SYNTHETIC_DB=file keeps it there and reuses it next time.
    QTemporaryDir dir;
    Corpus synthetic{"synthetic", nullptr, nullptr};
    if (qEnvironmentVariable("BPH_BENCH_SYNTHETIC") != "0"_L1) {
        const QString kept = qEnvironmentVariable("BPH_BENCH_SYNTHETIC_DB");
        const QString path = kept.isEmpty() ? dir.filePath(u"synthetic.db"_s) : kept;
        QElapsedTimer timer;
        timer.start();
        const QString error = QFile::exists(path) ? QString()
                                                  : bph::bench::writeSyntheticContent(path, bundledVocabulary(*bundled.store), {});
        if (!error.isEmpty()) {
            std::fprintf(stderr, "cannot write the synthetic database: %s\n", qPrintable(error));
            return 1;
        }
        std::fprintf(stderr, "synthetic database: %lld bytes written in %lld ms\n",
                     static_cast<long long>(QFile(path).size()), static_cast<long long>(timer.elapsed()));
        timer.restart();
        bph::core::ContentError openError;
        synthetic.store = ContentStore::openFile(path, &openError);
        if (!synthetic.store) {
            std::fprintf(stderr, "%s\n", qPrintable(openError.message()));
            return 1;
        }
        std::fprintf(stderr, "synthetic database opened (read + quick_check) in %lld ms\n", static_cast<long long>(timer.elapsed()));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        synthetic.raw = std::make_unique<RawFts>(file.readAll());
        QList<Query> english;
        for (const Query &query : queries())
            if (query.lang == "en"_L1)
                english.append(query);
        registerCorpus(synthetic, english);
    }

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
