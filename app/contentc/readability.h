#pragma once

// Reading-level measures for the guides: syllable counting for English and
// Spanish, sentence splitting in which every Markdown list item and heading
// is a sentence, and the Flesch-Kincaid, Fernández-Huerta and INFLESZ scores.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace bph::content {

// The counts every readability formula is built from.
struct TextStats {
    int words = 0;
    int sentences = 0;
    int syllables = 0;
};

// English syllables from spelling: vowel groups, less a silent final e, -ed
// or -es, plus the vowel pairs that are two syllables (sci-a-, pe-ri-od).
// Never less than 1.
int englishSyllables(QStringView word);

// Spanish syllables: one per strong vowel (a, e, o, and an accented í or ú,
// which breaks a diphthong) in each vowel group, or one for a group of weak
// vowels only. Never less than 1.
int spanishSyllables(QStringView word);

// The sentences of plain text in which each line is a block (a paragraph,
// list item or heading, as markdownToPlainText gives): every non-empty line is
// at least one sentence, split further after '.', '!' and '?'. Sentences
// with no word (a list number such as "1.") are dropped.
QStringList sentenceUnits(const QString &plainText);

// The words of a sentence: runs of letters, with inner apostrophes and hyphens.
QStringList wordsOf(const QString &sentence);

// Counts words, sentences and syllables; `lang` is "en" or "es".
TextStats measurePlainText(const QString &plainText, const QString &lang);
TextStats measureMarkdown(const QByteArray &markdown, const QString &lang);

// 0.39 * words/sentences + 11.8 * syllables/words - 15.59 (a US school grade).
double fleschKincaidGrade(const TextStats &stats);

// 206.84 - 0.60 * syllables per 100 words - 1.02 * sentences per 100 words.
double fernandezHuerta(const TextStats &stats);

// Szigriszt-Pazos / INFLESZ: 206.835 - 62.3 * syllables/words - words/sentences.
double inflesz(const TextStats &stats);

// The INFLESZ band of a score: "muy difícil" (< 40), "algo difícil" (40-55),
// "normal" (55-65), "bastante fácil" (65-80) or "muy fácil" (> 80).
QString infleszBand(double score);

} // namespace bph::content
