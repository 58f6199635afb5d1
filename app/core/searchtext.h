#pragma once

// How search splits and folds text, shared by the content compiler (which
// records each language's vocabulary) and the reader (which splits what a
// reader types), so both see the same words as the FTS5 index does.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <limits>

namespace bph::core {

// Where one word sits in a text, in UTF-16 code units.
struct WordSpan {
    qsizetype start = 0;
    qsizetype length = 0;
};

// True for the characters the index keeps in words: letters, digits and
// combining marks (unicode61 with remove_diacritics 2).
bool isSearchWordCharacter(char32_t c);

// Lower-cases and strips accents, as the index's tokenizer does.
QString foldForSearch(const QString &text);

// Where the words of `text` are, at most `maxWords` of them.
QList<WordSpan> searchWordSpans(QStringView text, qsizetype maxWords = std::numeric_limits<qsizetype>::max());

// The words of `text` as the index would split them, folded. Bounded in
// number and length so that pasted novels cost no more than a sentence.
QStringList searchWords(const QString &text);

// True while the reader is still typing the last word: no space or mark
// follows it (a star typed after it asks for a prefix too).
bool isTypingLastWord(QStringView text);

// The limits searchWords applies.
inline constexpr qsizetype kMaxSearchWords = 16;
inline constexpr qsizetype kMaxSearchWordLength = 48;

} // namespace bph::core
