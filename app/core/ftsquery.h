#pragma once

// Turns whatever a reader types into a safe FTS5 MATCH expression. User text
// never reaches MATCH as syntax: every word is quoted, so operators, quotes,
// colons, stars and brackets are only ever searched for as words (or dropped).

#include "searchtext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bph::core {

struct Synonym {
    QStringList phrase;  // folded words a patient might type, e.g. {"slipped", "disc"}
    QStringList means;   // folded words the guides use, e.g. {"herniated", "disc"}
};

// The shortest word still being typed that is searched for, as a prefix.
inline constexpr qsizetype kMinPrefixLength = 2;

// A MATCH expression over all words (the last one as a prefix while the
// reader is still typing it), OR the same with each synonym phrase replaced.
// Empty when the text holds no words, or only one letter still being typed.
QString buildMatchExpression(const QString &text, const QList<Synonym> &synonyms = {});

// One quoted term of a MATCH expression this file built.
struct MatchTerm {
    QString word;  // folded
    bool prefix = false;
};

// The terms of `expression`, in the order FTS5 numbers its phrases.
QList<MatchTerm> matchTerms(QStringView expression);

// True when `text` gives something to search for.
bool isSearchable(const QString &text);

} // namespace bph::core
