#include "ftsquery.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bph::core {

namespace {

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

} // namespace

bool isSearchable(const QString &text)
{
    return !buildMatchExpression(text).isEmpty();
}

QString buildMatchExpression(const QString &text, const QList<Synonym> &synonyms)
{
    QStringList words = searchWords(text);
    // The reader is still typing the last word unless a space or mark follows
    // it; a star typed after it asks for a prefix too.
    bool lastIsPrefix = !words.isEmpty() && isTypingLastWord(text) && words.size() < kMaxSearchWords;
    // One letter typed so far says nothing yet, and as a prefix it would
    // match nearly every word (the index keeps prefixes of 2 and 3 only).
    if (lastIsPrefix && words.last().size() < kMinPrefixLength) {
        words.removeLast();
        lastIsPrefix = false;  // the words before it are finished
    }
    if (words.isEmpty())
        return {};

    QStringList alternatives{conjunction(words, lastIsPrefix)};
    for (const Synonym &synonym : synonyms) {
        const qsizetype length = synonym.phrase.size();
        for (qsizetype start = 0; length > 0 && start + length <= words.size(); ++start) {
            // Compared in place: this runs for every synonym on every keystroke.
            if (!std::equal(synonym.phrase.cbegin(), synonym.phrase.cend(), words.cbegin() + start))
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

QList<MatchTerm> matchTerms(QStringView expression)
{
    QList<MatchTerm> terms;
    for (qsizetype i = 0; i < expression.size(); ++i) {
        if (expression.at(i) != u'"')
            continue;
        MatchTerm term;
        // A quote inside a term is doubled; the term ends at a single one.
        for (++i; i < expression.size(); ++i) {
            if (expression.at(i) == u'"') {
                if (i + 1 < expression.size() && expression.at(i + 1) == u'"')
                    ++i;
                else
                    break;
            }
            term.word += expression.at(i);
        }
        term.prefix = i + 1 < expression.size() && expression.at(i + 1) == u'*';
        terms.append(term);
    }
    return terms;
}

} // namespace bph::core
