#pragma once

// "Did you mean …?" for one language: each word of a query that the content
// never uses is replaced by the closest word it does use (Damerau-Levenshtein,
// accent-blind, frequent words first), and a word typed without its accents
// is offered with them ("ciatica" → "ciática").

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace bph::core {

// One written form of a word of the content, from the search_vocab table.
struct VocabularyEntry {
    QString word;       // folded, as the index stores it
    QString form;       // as the content writes it: lower case, accents kept
    int documents = 0;  // guides and FAQs that use this form
};

class SpellingSuggester final
{
public:
    SpellingSuggester() = default;  // knows no words, so suggests nothing
    // `knownWords` are more folded words to take as correctly spelled: the
    // patient words of the synonym list, which the content itself need not use.
    explicit SpellingSuggester(QList<VocabularyEntry> entries, const QStringList &knownWords = {});
    Q_DISABLE_COPY_MOVE(SpellingSuggester)

    // `query` with each misspelt word replaced by its correction, everything
    // else as typed; empty when no word needs (or has) a correction.
    QString suggest(const QString &query) const;

    qsizetype wordCount() const { return qsizetype(m_words.size()); }

private:
    struct Word {
        QString folded;
        QString display;      // the form the content uses most
        quint64 letters = 0;  // one (hashed) bit per letter: skips hopeless candidates cheaply
        int documents = 0;
        qsizetype firstForm = 0;  // this word's forms in m_forms
        qsizetype formCount = 0;
    };

    const Word *find(const QString &folded) const;
    bool isPrefixOfAWord(const QString &folded) const;
    QString correction(QStringView typed, bool stillTyping) const;
    const Word *closest(const QString &folded, int maxDistance) const;

    std::vector<Word> m_words;  // sorted by folded spelling
    QStringList m_forms;
    std::vector<std::vector<qsizetype>> m_byLength;  // indices into m_words, by folded length
    QSet<QString> m_knownWords;
};

} // namespace bph::core
