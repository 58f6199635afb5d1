#pragma once

// Turns whatever a reader types into a safe FTS5 MATCH expression. User text
// never reaches MATCH as syntax: every word is quoted, so operators, quotes,
// colons, stars and brackets are only ever searched for as words (or dropped).

#include <QList>
#include <QString>
#include <QStringList>

namespace bph::core {

struct Synonym {
    QStringList phrase;  // folded words a patient might type, e.g. {"slipped", "disc"}
    QStringList means;   // folded words the guides use, e.g. {"herniated", "disc"}
};

// Lower-cases and strips accents, as the index's tokenizer does.
QString foldForSearch(const QString &text);

// The words of `text` as the index would split them: letters, digits and
// combining marks; everything else separates words. Bounded in number and
// length so that pasted novels cost no more than a sentence.
QStringList searchWords(const QString &text);

// A MATCH expression over all words (the last one as a prefix while the
// reader is still typing it), OR the same with each synonym phrase replaced.
// Empty when the text holds no words.
QString buildMatchExpression(const QString &text, const QList<Synonym> &synonyms = {});

} // namespace bph::core
