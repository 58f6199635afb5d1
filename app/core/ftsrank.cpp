#include "ftsrank.h"
#include "fts5api.h"

#include <cmath>
#include <cstdlib>
#include <vector>

namespace bph::core {

namespace {

// bm25's usual constants, as FTS5 uses them.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// What stays the same for every row of one query: parsed once.
struct QueryData {
    std::vector<double> idfs;
    std::vector<double> weights;
    double averageLength = 1;
};

QueryData *queryData(const Fts5ExtensionApi *api, Fts5Context *fts, int argc, sqlite3_value **argv, int *rc)
{
    if (auto *cached = static_cast<QueryData *>(api->xGetAuxdata(fts, 0)))
        return cached;
    auto *data = new QueryData;
    const char *text = argc > 0 ? reinterpret_cast<const char *>(sqlite3_value_text(argv[0])) : nullptr;
    for (char *end = nullptr; text && *text; text = end) {
        const double idf = std::strtod(text, &end);
        if (end == text)
            break;
        data->idfs.push_back(idf);
    }
    data->idfs.resize(api->xPhraseCount(fts), 1.0);  // a missing rarity counts as common
    for (int i = 1; i < argc; ++i)
        data->weights.push_back(sqlite3_value_double(argv[i]));
    data->weights.resize(api->xColumnCount(fts), 1.0);
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK)
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rows > 0 && tokens > 0)
        data->averageLength = double(tokens) / double(rows);
    if (*rc == SQLITE_OK)
        *rc = api->xSetAuxdata(fts, data, [](void *p) { delete static_cast<QueryData *>(p); });
    else
        delete data;
    return *rc == SQLITE_OK ? data : nullptr;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc, sqlite3_value **argv)
{
    int rc = SQLITE_OK;
    const QueryData *data = queryData(api, fts, argc, argv, &rc);
    int instances = 0;
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xInstCount(fts, &instances);
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    std::vector<double> frequency(data ? data->idfs.size() : 0, 0.0);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            frequency[size_t(phrase)] += data->weights[size_t(column)];
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    const double norm = kK1 * (1 - kB + kB * double(length) / data->averageLength);
    double score = 0;
    for (size_t p = 0; p < frequency.size(); ++p)
        score += data->idfs[p] * frequency[p] * (kK1 + 1) / (frequency[p] + norm);
    sqlite3_result_double(result, -score);
}

} // namespace

double inverseDocumentFrequency(double matching, double total)
{
    // As FTS5's bm25: a phrase in over half the documents would score
    // negative, so it gets a tiny positive weight instead.
    const double idf = std::log((total - matching + 0.5) / (matching + 0.5));
    return idf > 0 ? idf : 1e-6;
}

bool registerRankFunction(const QSqlDatabase &database)
{
    fts5_api *api = fts5Api(database);
    return api && api->xCreateFunction(api, "bph_rank", nullptr, &rank, nullptr) == SQLITE_OK;
}

} // namespace bph::core
