#include "spellingsuggester.h"
#include "searchtext.h"

#include <QtAlgorithms>

#include <algorithm>
#include <array>

namespace bph::core {

namespace {

// Shorter words have too many neighbours to guess from; longer ones can
// stand two slips ("inflamation", "magnesum").
constexpr qsizetype kMinCorrectableLength = 4;
constexpr qsizetype kOneSlipMaxLength = 5;

quint64 letterBits(QStringView word)
{
    quint64 bits = 0;
    for (const QChar c : word)
        bits |= quint64(1) << (c.unicode() % 64);
    return bits;
}

// Optimal-string-alignment distance (insertions, deletions, substitutions
// and swaps of neighbours), giving up with `bound + 1` as soon as it must
// exceed `bound`. Works on the stack: it runs for many words per keystroke.
int boundedDistance(QStringView a, QStringView b, int bound)
{
    constexpr qsizetype kMax = kMaxSearchWordLength + 8;
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (qAbs(n - m) > bound || n > kMax || m > kMax)
        return bound + 1;
    std::array<int, kMax + 1> rows[3];
    int *before = rows[0].data();
    int *previous = rows[1].data();
    int *current = rows[2].data();
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > bound)
            return bound + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], bound + 1);
}

// The correction written the way the reader wrote the word: "SIATICA" →
// "SCIATICA", "Siatica" → "Sciatica".
QString inReadersCase(QStringView typed, const QString &correction)
{
    const bool allUpper = typed.size() > 1 && typed.toString().toUpper() == typed && typed.toString().toLower() != typed;
    if (allUpper)
        return correction.toUpper();
    if (!typed.isEmpty() && typed.front().isUpper() && !correction.isEmpty())
        return correction.front().toUpper() + correction.mid(1);
    return correction;
}

} // namespace

SpellingSuggester::SpellingSuggester(QList<VocabularyEntry> entries, const QStringList &knownWords)
    : m_knownWords(knownWords.cbegin(), knownWords.cend())
{
    std::sort(entries.begin(), entries.end(), [](const VocabularyEntry &a, const VocabularyEntry &b) {
        if (a.word != b.word)
            return a.word < b.word;
        return a.documents != b.documents ? a.documents > b.documents : a.form < b.form;
    });
    m_forms.reserve(entries.size());
    for (const VocabularyEntry &entry : std::as_const(entries)) {
        if (entry.word.isEmpty() || entry.word.size() > kMaxSearchWordLength)
            continue;
        if (m_words.empty() || m_words.back().folded != entry.word)
            m_words.push_back({entry.word, entry.form, letterBits(entry.word), 0, m_forms.size(), 0});
        Word &word = m_words.back();
        word.documents += entry.documents;
        ++word.formCount;
        m_forms.append(entry.form);
    }
    m_byLength.resize(kMaxSearchWordLength + 1);
    for (qsizetype i = 0; i < qsizetype(m_words.size()); ++i)
        m_byLength[m_words[i].folded.size()].push_back(i);
}

const SpellingSuggester::Word *SpellingSuggester::find(const QString &folded) const
{
    const auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), folded,
                                     [](const Word &word, const QString &key) { return word.folded < key; });
    return it != m_words.cend() && it->folded == folded ? &*it : nullptr;
}

bool SpellingSuggester::isPrefixOfAWord(const QString &folded) const
{
    const auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), folded,
                                     [](const Word &word, const QString &key) { return word.folded < key; });
    return it != m_words.cend() && it->folded.startsWith(folded);
}

const SpellingSuggester::Word *SpellingSuggester::closest(const QString &folded, int maxDistance) const
{
    const quint64 letters = letterBits(folded);
    const Word *best = nullptr;
    int bestDistance = maxDistance + 1;
    const qsizetype shortest = std::max<qsizetype>(1, folded.size() - maxDistance);
    const qsizetype longest = std::min<qsizetype>(kMaxSearchWordLength, folded.size() + maxDistance);
    for (qsizetype length = shortest; length <= longest; ++length) {
        for (const qsizetype index : m_byLength[length]) {
            const Word &word = m_words[index];
            const int limit = std::min(bestDistance, maxDistance);
            // Each edit changes at most two letter bits: a cheap, safe filter.
            if (int(qPopulationCount(letters ^ word.letters)) > 2 * limit)
                continue;
            const int distance = boundedDistance(folded, word.folded, limit);
            if (distance > limit)
                continue;
            if (distance < bestDistance || word.documents > best->documents) {
                best = &word;
                bestDistance = distance;
            }
        }
    }
    return best;
}

QString SpellingSuggester::correction(QStringView typed, bool stillTyping) const
{
    const QString folded = foldForSearch(typed.toString());
    if (folded.isEmpty() || m_knownWords.contains(folded)
        || std::any_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.isDigit(); }))
        return {};
    if (const Word *word = find(folded)) {
        // Known, but maybe typed without its accents: offer the content's own
        // spelling unless the reader's is one the content uses too.
        const QString written = typed.toString().normalized(QString::NormalizationForm_C).toLower();
        for (qsizetype i = word->firstForm; i < word->firstForm + word->formCount; ++i)
            if (m_forms.at(i) == written)
                return {};
        return word->display;
    }
    if (stillTyping && isPrefixOfAWord(folded))
        return {};
    if (folded.size() < kMinCorrectableLength)
        return {};
    const Word *best = closest(folded, folded.size() <= kOneSlipMaxLength ? 1 : 2);
    return best ? best->display : QString();
}

QString SpellingSuggester::suggest(const QString &query) const
{
    if (m_words.empty())
        return {};
    const QStringView text = QStringView(query).left(kMaxSearchWords * (kMaxSearchWordLength + 1) * 2);
    const QList<WordSpan> spans = searchWordSpans(text, kMaxSearchWords);
    const bool typing = isTypingLastWord(text);
    QString suggestion;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const WordSpan &span = spans.at(i);
        if (span.length > kMaxSearchWordLength)
            continue;
        const QStringView typed = text.mid(span.start, span.length);
        const QString fixed = correction(typed, typing && i == spans.size() - 1);
        if (fixed.isEmpty())
            continue;
        suggestion += text.mid(copied, span.start - copied) + inReadersCase(typed, fixed);
        copied = span.start + span.length;
    }
    if (copied == 0)
        return {};
    return suggestion + text.mid(copied);
}

} // namespace bph::core
