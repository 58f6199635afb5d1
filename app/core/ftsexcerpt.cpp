#include "ftsexcerpt.h"
#include "fts5api.h"

#include <algorithm>
#include <string>
#include <vector>

namespace bph::core {

namespace {

constexpr int kMaxTokens = 64;
constexpr int kLeadTokens = 3;  // words kept before the first hit, for context
constexpr char kOpen[] = "\xEE\x80\x80";  // kExcerptOpen in UTF-8
constexpr char kClose[] = "\xEE\x80\x81";
constexpr char kEllipsis[] = "\xE2\x80\xA6";

// One place a query phrase matched: its column, first token and length.
struct Hit {
    int column;
    int offset;
    int phrase;
    int size;
};

struct Window {
    int column = -1;
    int start = 0;  // first token shown
    int score = 0;  // distinct phrases inside
};

// The window of `tokens` tokens holding the most distinct phrases; on a tie
// the earlier column in `columns`, then the earlier place, wins.
Window bestWindow(const std::vector<Hit> &hits, const std::vector<int> &columns, int phraseCount, int tokens)
{
    Window best{columns.front(), 0, 0};
    std::vector<int> inWindow(phraseCount, 0);
    for (const int column : columns) {
        std::vector<Hit> own;
        std::copy_if(hits.cbegin(), hits.cend(), std::back_inserter(own), [column](const Hit &h) { return h.column == column; });
        std::sort(own.begin(), own.end(), [](const Hit &a, const Hit &b) { return a.offset < b.offset; });
        std::fill(inWindow.begin(), inWindow.end(), 0);
        int distinct = 0;
        size_t end = 0;  // own[first, end) lie inside the window starting at own[first]
        for (size_t first = 0; first < own.size(); ++first) {
            const int windowEnd = own[first].offset + tokens;
            for (; end < own.size() && own[end].offset + own[end].size <= windowEnd; ++end)
                distinct += inWindow[own[end].phrase]++ == 0;
            if (distinct > best.score) {
                const int span = own[end - 1].offset + own[end - 1].size - own[first].offset;
                const int lead = std::clamp((tokens - span) / 2, 0, kLeadTokens);
                best = {column, std::max(0, own[first].offset - lead), distinct};
            }
            if (end > first)
                distinct -= --inWindow[own[first].phrase] == 0;
            else
                end = first + 1;  // a phrase longer than the window: skip it
        }
    }
    return best;
}

// Reads tokens only until the window is complete.
struct WindowReader {
    WindowReader(int first, int count) : start(first), end(first + count) {}

    int start;
    int end;
    int index = 0;
    bool more = false;  // text goes on after the window
    std::vector<std::pair<int, int>> bytes;  // each shown token's [begin, end)

    static int onToken(void *context, int flags, const char *, int, int begin, int end)
    {
        auto *reader = static_cast<WindowReader *>(context);
        if (flags & FTS5_TOKEN_COLOCATED)
            return SQLITE_OK;
        if (reader->index >= reader->end) {
            reader->more = true;
            return SQLITE_DONE;  // stops the tokenizer: the rest is not read
        }
        if (reader->index >= reader->start)
            reader->bytes.emplace_back(begin, end);
        ++reader->index;
        return SQLITE_OK;
    }
};

void excerpt(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc, sqlite3_value **argv)
{
    const int tokens = argc >= 2 ? sqlite3_value_int(argv[0]) : 0;
    std::vector<int> columns;
    for (int i = 1; i < argc; ++i)
        columns.push_back(sqlite3_value_int(argv[i]));
    const int columnCount = api->xColumnCount(fts);
    if (tokens < 1 || tokens > kMaxTokens || columns.empty()
        || std::any_of(columns.cbegin(), columns.cend(), [columnCount](int c) { return c < 0 || c >= columnCount; })) {
        sqlite3_result_error(result, "bph_excerpt(table, tokens, column, ...): bad arguments", -1);
        return;
    }

    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    std::vector<Hit> hits;
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        Hit hit{};
        rc = api->xInst(fts, i, &hit.phrase, &hit.column, &hit.offset);
        hit.size = api->xPhraseSize(fts, hit.phrase);
        if (std::find(columns.cbegin(), columns.cend(), hit.column) != columns.cend())
            hits.push_back(hit);
    }
    const char *text = nullptr;
    int length = 0;
    Window window = bestWindow(hits, columns, api->xPhraseCount(fts), tokens);
    int columnTokens = 0;  // near the end, the window moves back to stay full
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, window.column, &columnTokens);
    window.start = std::max(0, std::min(window.start, columnTokens - tokens));
    if (rc == SQLITE_OK)
        rc = api->xColumnText(fts, window.column, &text, &length);
    WindowReader reader(window.start, tokens);
    if (rc == SQLITE_OK && length > 0) {
        rc = api->xTokenize(fts, text, length, &reader, &WindowReader::onToken);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    if (reader.bytes.empty()) {
        sqlite3_result_text(result, "", 0, SQLITE_STATIC);
        return;
    }

    // Which hit covers each shown token, so a phrase is marked as one.
    std::vector<int> cover(reader.bytes.size(), -1);
    for (size_t h = 0; h < hits.size(); ++h) {
        if (hits[h].column != window.column)
            continue;
        for (int t = std::max(hits[h].offset, reader.start); t < std::min(hits[h].offset + hits[h].size, reader.end); ++t)
            if (size_t(t - reader.start) < cover.size())
                cover[t - reader.start] = int(h);
    }

    std::string out;
    out.reserve(size_t(reader.bytes.back().second - reader.bytes.front().first) + 64);
    int from = 0;
    if (reader.start > 0) {
        out += kEllipsis;
        from = reader.bytes.front().first;
    }
    for (size_t t = 0; t < reader.bytes.size(); ++t) {
        const auto [begin, end] = reader.bytes[t];
        out.append(text + from, size_t(begin - from));
        const bool marked = cover[t] >= 0;
        if (marked && (t == 0 || cover[t - 1] != cover[t]))
            out += kOpen;
        out.append(text + begin, size_t(end - begin));
        if (marked && (t + 1 == cover.size() || cover[t + 1] != cover[t]))
            out += kClose;
        from = end;
    }
    if (reader.more)
        out += kEllipsis;
    else
        out.append(text + from, size_t(length - from));  // closing punctuation
    sqlite3_result_text(result, out.data(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace

bool registerExcerptFunction(const QSqlDatabase &database)
{
    fts5_api *api = fts5Api(database);
    return api && api->xCreateFunction(api, "bph_excerpt", nullptr, &excerpt, nullptr) == SQLITE_OK;
}

} // namespace bph::core
