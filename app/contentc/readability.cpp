#include "readability.h"
#include "markdown.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace bph::content {

namespace {

// Lower-case letters only, accents removed (English counts from the spelling
// of the base letters; café and cafe are the same word to it).
QString foldEnglish(QStringView word)
{
    QString folded;
    for (const QChar c : word.toString().normalized(QString::NormalizationForm_D))
        if (c.isLetter() && c.unicode() < 128)
            folded.append(c.toLower());
    return folded;
}

bool isPlainVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

// 'y' is a vowel except at the start of a word or before a vowel (yes, beyond).
bool isEnglishVowel(const QString &w, qsizetype i)
{
    const QChar c = w.at(i);
    if (isPlainVowel(c))
        return true;
    return c == u'y' && i > 0 && !(i + 1 < w.size() && isPlainVowel(w.at(i + 1)));
}

bool isConsonantAt(const QString &w, qsizetype i)
{
    return i >= 0 && i < w.size() && !isEnglishVowel(w, i);
}

// Vowel pairs read as two syllables (sci-a-tica, pe-ri-od, cal-ci-um, us-u-al,
// vid-e-o, are-a, di-et, be-ing), with the usual exceptions (spe-cial,
// na-tion, qual-ity, peo-ple, pa-tient).
int hiatusSyllables(const QString &w)
{
    int extra = 0;
    for (qsizetype i = 0; i + 1 < w.size(); ++i) {
        const QChar a = w.at(i);
        const QChar b = w.at(i + 1);
        const QChar before = i > 0 ? w.at(i - 1) : QChar();
        const QChar after = i + 2 < w.size() ? w.at(i + 2) : QChar();
        if (a == u'i' && b == u'a') {
            if (!(u"ctsg"_s.contains(before) && (after == u'l' || after == u'n')))
                ++extra;
        } else if (a == u'i' && b == u'o') {
            const bool palatal = u"tscxg"_s.contains(before);            // nation, vicious, region
            const bool yod = (before == u'l' || before == u'n') && after == u'n';  // million, onion
            if (!palatal && !yod && !(after == u'u' && i + 3 < w.size() && w.at(i + 3) == u'r'))
                ++extra;
        } else if (a == u'i' && b == u'u') {
            ++extra;
        } else if (a == u'u' && b == u'a') {
            if (before != u'q' && before != u'g')
                ++extra;
        } else if (a == u'e' && b == u'o') {
            if (!(i == 1 && w.startsWith("peo"_L1)) && after != u'u')
                ++extra;
        } else if (a == u'e' && b == u'a' && i + 2 == w.size()) {
            ++extra;
        } else if (a == u'i' && b == u'e') {
            // di-et, so-ci-e-ty, cli-ent, sci-ence; but pa-tient, ef-fi-cient.
            const bool beforeNt = after == u'n' && (w.mid(i + 3, 1) == "t"_L1 || w.mid(i + 3, 1) == "c"_L1);
            const bool softened = (before == u'c' || before == u't') && !w.left(i).endsWith("sc"_L1);
            if (after == u't' || (beforeNt && !softened))
                ++extra;
        }
    }
    const qsizetype n = w.size();
    const bool keptSoftE = n > 5 && w.at(n - 4) == u'e' && (w.at(n - 5) == u'g' || w.at(n - 5) == u'c');
    if (w.endsWith("ing"_L1) && n > 4 && isPlainVowel(w.at(n - 4)) && !keptSoftE)
        ++extra;  // be-ing, go-ing (but age-ing)
    if (w.endsWith("ism"_L1))
        ++extra;
    return extra;
}

int englishPart(const QString &w);

// Compounds and suffixes that hide a silent e inside the word: some+times,
// move+ment, complete+ly.
std::optional<int> englishCompound(const QString &w)
{
    static const QStringList leads{u"some"_s, u"where"_s, u"there"_s, u"home"_s, u"life"_s, u"time"_s, u"care"_s,
                                   u"base"_s, u"side"_s, u"more"_s, u"whole"_s, u"note"_s, u"house"_s, u"wide"_s};
    for (const QString &lead : leads)
        if (w.size() >= lead.size() + 2 && w.startsWith(lead))
            return 1 + englishPart(w.mid(lead.size()));
    static const QList<std::pair<QString, int>> suffixes{{u"ments"_s, 1}, {u"ment"_s, 1}, {u"ness"_s, 1},
                                                         {u"fully"_s, 2}, {u"ful"_s, 1},  {u"less"_s, 1},
                                                         {u"ly"_s, 1}};
    for (const auto &[suffix, syllables] : suffixes) {
        const QString stem = w.left(w.size() - suffix.size());
        if (w.endsWith(suffix) && stem.size() >= 3 && stem.endsWith(u'e'))
            return englishPart(stem) + syllables;
    }
    return std::nullopt;
}

int englishPart(const QString &w)
{
    if (w.isEmpty())
        return 0;
    if (const auto compound = englishCompound(w))
        return *compound;

    int count = 0;
    for (qsizetype i = 0; i < w.size(); ++i)
        if (isEnglishVowel(w, i) && (i == 0 || !isEnglishVowel(w, i - 1)))
            ++count;

    const qsizetype n = w.size();
    const auto at = [&w](qsizetype i) { return i >= 0 && i < w.size() ? w.at(i) : QChar(); };
    // A consonant before -le or -re keeps the e sounded: peo-ple, cen-tre,
    // tack-led (but called, filled: a doubled l or r is not syllabic).
    const auto syllabicLe = [&](qsizetype lPos) {
        const QChar before = at(lPos - 1);
        return (at(lPos) == u'l' || at(lPos) == u'r') && isConsonantAt(w, lPos - 1) && before != u'l' && before != u'r';
    };
    if (n >= 2 && w.endsWith(u'e') && isConsonantAt(w, n - 2) && !syllabicLe(n - 2))
        --count;  // silent final e: make, whole, the
    else if (n >= 4 && w.endsWith("ed"_L1) && isConsonantAt(w, n - 3) && at(n - 3) != u't' && at(n - 3) != u'd'
             && !syllabicLe(n - 3))
        --count;  // helped, moved (but need-ed, start-ed)
    else if (n >= 4 && w.endsWith("es"_L1) && isConsonantAt(w, n - 3) && !syllabicLe(n - 3)
             && !u"sxzcg"_s.contains(at(n - 3)) && !w.endsWith("ches"_L1) && !w.endsWith("shes"_L1))
        --count;  // times, bones (but chang-es, box-es, catch-es)

    count += hiatusSyllables(w);
    return std::max(count, 1);
}

bool isSpanishVowel(const QString &w, qsizetype i)
{
    static const QString vowels = u"aeiouáéíóúü"_s;
    const QChar c = w.at(i);
    if (vowels.contains(c))
        return true;
    // 'y' is a vowel alone (y) or at the end after a vowel (muy, hoy, ley).
    return c == u'y' && (w.size() == 1 || (i == w.size() - 1 && i > 0 && vowels.contains(w.at(i - 1))));
}

} // namespace

int englishSyllables(QStringView word)
{
    int total = 0;
    for (const QString &part : word.toString().split(u'-', Qt::SkipEmptyParts))
        total += englishPart(foldEnglish(part));
    return std::max(total, 1);
}

int spanishSyllables(QStringView word)
{
    // Strong vowels each make a syllable; an accented í or ú is strong too,
    // which is how it breaks a diphthong (dí-a, ba-úl). Weak vowels (i, u, ü,
    // final y) only join their neighbours (cui-da-do, ciu-dad, muy).
    static const QString strong = u"aeoáéóíú"_s;
    const QString w = word.toString().toLower();
    int count = 0;
    qsizetype i = 0;
    while (i < w.size()) {
        if (!isSpanishVowel(w, i)) {
            ++i;
            continue;
        }
        int strongInGroup = 0;
        for (; i < w.size() && isSpanishVowel(w, i); ++i)
            if (strong.contains(w.at(i)))
                ++strongInGroup;
        count += std::max(strongInGroup, 1);
    }
    return std::max(count, 1);
}

QStringList sentenceUnits(const QString &plainText)
{
    static const QRegularExpression sentenceEnd(u"(?<=[.!?…])[\"'”’»)]*\\s+"_s);
    QStringList units;
    for (const QString &line : plainText.split(u'\n')) {
        for (const QString &piece : line.split(sentenceEnd)) {
            const QString sentence = piece.trimmed();
            if (!wordsOf(sentence).isEmpty())
                units.append(sentence);
        }
    }
    return units;
}

QStringList wordsOf(const QString &sentence)
{
    static const QRegularExpression word(u"\\p{L}[\\p{L}\\p{M}]*(?:['’\\-]\\p{L}[\\p{L}\\p{M}]*)*"_s);
    QStringList words;
    for (const auto &match : word.globalMatch(sentence))
        words.append(match.captured());
    return words;
}

TextStats measurePlainText(const QString &plainText, const QString &lang)
{
    const bool spanish = lang == "es"_L1;
    TextStats stats;
    for (const QString &sentence : sentenceUnits(plainText)) {
        const QStringList words = wordsOf(sentence);
        ++stats.sentences;
        stats.words += static_cast<int>(words.size());
        for (const QString &word : words)
            stats.syllables += spanish ? spanishSyllables(word) : englishSyllables(word);
    }
    return stats;
}

TextStats measureMarkdown(const QByteArray &markdown, const QString &lang)
{
    return measurePlainText(markdownToPlainText(markdown), lang);
}

double fleschKincaidGrade(const TextStats &stats)
{
    if (stats.words == 0 || stats.sentences == 0)
        return 0.0;
    return 0.39 * stats.words / stats.sentences + 11.8 * stats.syllables / stats.words - 15.59;
}

double fernandezHuerta(const TextStats &stats)
{
    if (stats.words == 0)
        return 0.0;
    const double syllablesPer100 = 100.0 * stats.syllables / stats.words;
    const double sentencesPer100 = 100.0 * stats.sentences / stats.words;
    return 206.84 - 0.60 * syllablesPer100 - 1.02 * sentencesPer100;
}

double inflesz(const TextStats &stats)
{
    if (stats.words == 0 || stats.sentences == 0)
        return 0.0;
    return 206.835 - 62.3 * stats.syllables / stats.words - static_cast<double>(stats.words) / stats.sentences;
}

QString infleszBand(double score)
{
    if (score < 40)
        return u"muy difícil"_s;
    if (score < 55)
        return u"algo difícil"_s;
    if (score < 65)
        return u"normal"_s;
    if (score <= 80)
        return u"bastante fácil"_s;
    return u"muy fácil"_s;
}

} // namespace bph::content
