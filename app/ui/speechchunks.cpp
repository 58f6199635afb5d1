#include "speechchunks.h"

#include <QTextBoundaryFinder>

namespace bph::ui {

namespace {

// Sentences as Unicode's rules see them, whitespace collapsed.
QStringList sentences(const QString &text)
{
    QStringList result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        const QString sentence = text.mid(start, end - start).simplified();
        if (!sentence.isEmpty())
            result.append(sentence);
        start = end;
    }
    return result;
}

void appendWithSpace(QString &to, const QString &text)
{
    if (!to.isEmpty())
        to += u' ';
    to += text;
}

// Splits one over-long sentence between words.
QStringList splitBetweenWords(const QString &sentence, qsizetype maxChars)
{
    QStringList pieces;
    QString piece;
    const QStringList words = sentence.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!piece.isEmpty() && piece.size() + 1 + word.size() > maxChars) {
            pieces.append(piece);
            piece.clear();
        }
        appendWithSpace(piece, word);
    }
    if (!piece.isEmpty())
        pieces.append(piece);
    return pieces;
}

// Joins the sentences of one line into pieces that fit.
void appendLineChunks(const QString &line, qsizetype maxChars, QStringList &chunks)
{
    QString chunk;
    const QStringList all = sentences(line);
    for (const QString &sentence : all) {
        const QStringList pieces = sentence.size() > maxChars
                ? splitBetweenWords(sentence, maxChars)
                : QStringList{sentence};
        for (const QString &piece : pieces) {
            if (!chunk.isEmpty() && chunk.size() + 1 + piece.size() > maxChars) {
                chunks.append(chunk);
                chunk.clear();
            }
            appendWithSpace(chunk, piece);
        }
    }
    if (!chunk.isEmpty())
        chunks.append(chunk);
}

} // namespace

QStringList speechChunks(const QString &text, qsizetype maxChars)
{
    QStringList chunks;
    QString normalized = text;
    normalized.replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
    const QStringList lines = normalized.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines)
        appendLineChunks(line, maxChars, chunks);
    return chunks;
}

} // namespace bph::ui
