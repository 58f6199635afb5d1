#pragma once

// The content lint: checks every word a patient reads against the house rules
// on honesty (no promised cures, miracles or guarantees, no percentages
// without a source, no "click here", no videos, no selling, no brand names).

#include "contentmodel.h"

#include <QRegularExpression>

namespace bph::content {

// One lint rule: a pattern, the languages it applies to, and when a match is
// acceptable after all.
struct LintRule {
    enum class Exemption {
        None,     // every match is a finding
        Negated,  // allowed after a negation ("there is no cure", "no hay cura")
        Cited,    // allowed when the same sentence cites a study, "(Smith, 2019)"
    };
    QString lang;  // "en", "es", or empty for every language
    QRegularExpression pattern;
    Exemption exemption = Exemption::None;
    QString message;  // %1 is the words that were found
};

// Runs the lint rules over titles, summaries, guide bodies, FAQs, red flags
// and topics; every finding is a Diagnostic at the line of the words.
class ContentLint final
{
public:
    // `brands`: product and brand names that must not appear (brands.txt).
    explicit ContentLint(const QStringList &brands);

    // Reads content/lint/brands.txt: one name a line; '#' starts a comment.
    static QStringList readBrandList(const QString &path, Diagnostics &diagnostics);

    Diagnostics check(const ContentSet &content) const;

    // Checks one text (plain or Markdown) of language `lang`; `where` is the
    // file and the line of the text's first line.
    void checkText(const QString &lang, const QString &text, const SourceLocation &where, Diagnostics &out) const;

private:
    QList<LintRule> m_rules;
};

} // namespace bph::content
