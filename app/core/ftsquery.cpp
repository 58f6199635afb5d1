#include "ftsquery.h"

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

constexpr qsizetype kMaxWords = 16;
constexpr qsizetype kMaxWordLength = 48;

QString quoted(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString conjunction(const QStringList &words, bool lastIsPrefix)
{
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i)
        terms.append(quoted(words.at(i)) + (lastIsPrefix && i == words.size() - 1 ? u"*"_s : QString()));
    return terms.join(u' ');
}

bool isWordCharacter(uint c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing
           || QChar::category(c) == QChar::Mark_SpacingCombining;
}

} // namespace

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    return folded;
}

QStringList searchWords(const QString &text)
{
    QStringList words;
    QString current;
    // Enough characters for kMaxWords long words; the rest cannot matter.
    const QList<uint> codePoints = text.left(kMaxWords * (kMaxWordLength + 1) * 2).toUcs4();
    const auto flush = [&]() {
        if (!current.isEmpty() && words.size() < kMaxWords)
            words.append(foldForSearch(current.left(kMaxWordLength)));
        current.clear();
    };
    for (const uint c : codePoints) {
        if (words.size() >= kMaxWords)
            break;
        if (isWordCharacter(c))
            current.append(QChar::fromUcs4(char32_t(c)));
        else
            flush();
    }
    flush();
    words.removeAll(QString());
    return words;
}

QString buildMatchExpression(const QString &text, const QList<Synonym> &synonyms)
{
    const QStringList words = searchWords(text);
    if (words.isEmpty())
        return {};
    // The reader is still typing the last word unless a space or mark follows
    // it; a star typed after it asks for a prefix too.
    const bool lastIsPrefix = !text.isEmpty() && (isWordCharacter(text.back().unicode()) || text.back() == u'*')
                              && words.size() < kMaxWords;

    QStringList alternatives{conjunction(words, lastIsPrefix)};
    for (const Synonym &synonym : synonyms) {
        const qsizetype length = synonym.phrase.size();
        for (qsizetype start = 0; length > 0 && start + length <= words.size(); ++start) {
            if (words.mid(start, length) != synonym.phrase)
                continue;
            QStringList replaced = words.mid(0, start) + synonym.means + words.mid(start + length);
            const bool phraseAtEnd = start + length == words.size();
            alternatives.append(conjunction(replaced, lastIsPrefix && !phraseAtEnd));
            break;
        }
    }
    alternatives.removeDuplicates();
    if (alternatives.size() == 1)
        return alternatives.first();
    return u'(' + alternatives.join(u") OR ("_s) + u')';
}

} // namespace bph::core
